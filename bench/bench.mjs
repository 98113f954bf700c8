// `npm run bench [-- --runs N]`: what a page pays for news-widgets' article card, against a bare
// Lit card with the same markup, Shoelace's sl-card and a Preact card, in headless Chromium, all in
// one run; then issue 13's targets, each measured, with met or missed. Method and latest results:
// BENCHMARKS.md. Needs `npm run build` first. Prints Markdown; the samples go to
// bench/dist/results.json.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.mjs';
import { startServer } from '../tools/server.mjs';
import {
  ALL_FOUR_MARKUP,
  assertBuilt,
  BUILDS,
  buildBaselines,
  CANDIDATES,
  CARD_MARKUP,
  emptyPage,
  SHOELACE_THEME,
  writePage,
} from './candidates.mjs';
import { freshPage, sideBySide, step } from './harness.mjs';
import { coldStart, countNodes, markup, renderCards } from './in-page.mjs';
import { TARGETS } from '../scripts/size.mjs';
import { bytes, median, round, shuffled, summary } from './stats.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
/** Measured rounds of each fresh-page measure, after one warm-up round; steady renders take twice as many. */
const RUNS = Number(args.runs);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs takes a whole number from 1, not ${args.runs}`);
const STEADY_ROUNDS = 2 * RUNS;
const STEADY_WARM_UP = 2;
/** Lighthouse's mobile profile ("slow 4G"): 150 ms round trip, 1.6 Mbit/s down, 4× slower CPU. */
const PHONE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 };

const ids = Object.keys(CANDIDATES);

assertBuilt();
await buildBaselines();
/** Per candidate: a partner page with its card, as the partner snippet loads it (sizes, phone). */
const cardPages = Object.fromEntries(
  ids.map((id) => {
    const { script, tag, styles } = CANDIDATES[id];
    const body = tag ? CARD_MARKUP.replaceAll('news-article-card', tag) : '';
    return [id, writePage(`card-${id}`, { scripts: [script], styles, body })];
  }),
);
const allFourPage = writePage('all-four', { scripts: [BUILDS.scriptTag], body: ALL_FOUR_MARKUP });

const server = await startServer();
const browser = await launchChromium();
const version = (await browser.version()).replace('/', ' ');
const url = (path) => `${server.origin}/${path}`;
const progress = (text) => process.stderr.write(`${text}\n`);

/** Every script and stylesheet the page at `path` loads until the network is idle, each gzipped (level 9). */
async function loadedFiles(path) {
  const { page, close } = await freshPage(browser);
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url(path), { waitUntil: 'networkidle0' });
  const files = { script: [], stylesheet: [] };
  for (const response of responses) {
    const list = files[response.request().resourceType()];
    if (!list || !response.ok()) continue;
    const body = await response.buffer();
    const name = new URL(response.url()).pathname.split('/').pop();
    list.push({ name, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  await close();
  const total = (list) =>
    list.reduce((sum, file) => ({ bytes: sum.bytes + file.bytes, gzip: sum.gzip + file.gzip }), {
      bytes: 0,
      gzip: 0,
    });
  return {
    js: { files: files.script.length, ...total(files.script) },
    css: total(files.stylesheet),
    scripts: files.script,
  };
}

// (1) Sizes: what each page loads.
progress('sizes');
const sizes = {};
for (const id of ids) sizes[id] = await loadedFiles(cardPages[id]);
sizes['all four'] = await loadedFiles(allFourPage);

// (2) Fresh pages, candidates interleaved in a random order each round: the cold start, the
// first card's nodes and markup, then the heap of 1,000 cards after two renders (code warm).
const samples = { cold: {}, heap: {}, steady: {}, phone: {} };
const record = (measure, id, value) => (samples[measure][id] ??= []).push(value);
const nodes = {};
const markups = {};
for (let round = 0; round <= RUNS; round++) {
  progress(`fresh pages, round ${round} of ${RUNS}${round ? '' : ' (warm-up)'}`);
  for (const id of shuffled(ids)) {
    const { page, close } = await freshPage(browser);
    await page.goto(url(emptyPage(step(id))));
    const cold = await page.evaluate(coldStart, step(id));
    nodes[id] ??= await page.evaluate(countNodes, step(id));
    markups[id] ??= await page.evaluate(markup, step(id));
    for (let i = 0; i < 2; i++) await page.evaluate(renderCards, step(id));
    const heap = await heapOf1000Cards(page, id);
    await close();
    if (round === 0) continue;
    record('cold', id, cold);
    record('heap', id, heap);
  }
}

/**
 * The JS heap in use with 1,000 cards in the page minus the same once they are removed, each when
 * the page is idle and after three of DevTools' full garbage collections (window.gc() from the
 * page now and then left removed cards alive), in KB.
 */
async function heapOf1000Cards(page, id) {
  const cdp = await page.createCDPSession();
  const used = async () => {
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => document.querySelector('#host').replaceChildren());
  await page.evaluate(renderCards, { ...step(id), keep: true });
  const withCards = await used();
  await page.evaluate(() => document.querySelector('#host').replaceChildren());
  const heap = withCards - (await used());
  await cdp.detach();
  return heap / 1024;
}

// (3) Steady render, side by side: each candidate in its own same-origin iframe of one page (its
// own document, styles and element registry, one main thread), taking turns in a random order, so
// that the machine's noise hits all alike. JIT-warm: the first rounds are discarded.
{
  progress('steady renders, side by side');
  const { page, close } = await freshPage(browser);
  await page.goto(url(writePage('side-by-side')));
  const frames = await sideBySide(page, server.origin, ids.map(step));
  for (let round = 0; round < STEADY_WARM_UP + STEADY_ROUNDS; round++) {
    for (const id of shuffled(ids)) {
      const time = await frames[id].evaluate(renderCards, step(id));
      if (round >= STEADY_WARM_UP) record('steady', id, time);
    }
  }
  await close();
}

// (4) Time to first card on a throttled phone, served compressed as a CDN would: the card-only
// page through the script tag, the one-file build, and the bare Lit card for reference.
{
  const compressed = await startServer({ compress: true });
  const phoneIds = ['news-widgets', 'one-file', 'bare-lit'];
  for (let round = 0; round <= RUNS; round++) {
    progress(`throttled phone, round ${round} of ${RUNS}${round ? '' : ' (warm-up)'}`);
    for (const id of shuffled(phoneIds)) {
      const { page, close } = await freshPage(browser);
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PHONE });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
      // From the navigation's start to the first card rendered and laid out.
      await page.evaluateOnNewDocument((tag) => {
        const rendered = customElements.whenDefined(tag).then(async () => {
          const card = document.querySelector(tag);
          await card.updateComplete;
          card.getBoundingClientRect();
          return performance.now();
        });
        let timer;
        const stuck = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no <${tag}> rendered within 60 s`)), 60_000);
        });
        window.firstCard = Promise.race([rendered, stuck]).finally(() => clearTimeout(timer));
      }, CANDIDATES[id].tag);
      await page.goto(`${compressed.origin}/${cardPages[id]}`);
      const time = await page.evaluate(() => window.firstCard);
      await close();
      if (round > 0) record('phone', id, time);
    }
  }
  await compressed.close();
}

await browser.close();
await server.close();

// Report.
const label = (id) => CANDIDATES[id].label;
const lines = [];
const table = (header, rows) => {
  lines.push(`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (i ? '---:' : '---')).join(' | ')} |`);
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  lines.push('');
};

lines.push(
  `Headless ${version}; ${RUNS} rounds after a warm-up (steady renders: ${STEADY_ROUNDS} after ${STEADY_WARM_UP}); median (min–max).`,
  '',
);

table(
  ['What the page loads', 'script files', 'JS', 'JS gzip', 'CSS gzip'],
  [...ids.map((id) => [id, sizes[id]]), ['all four', sizes['all four']]].map(([id, { js, css }]) => [
    id === 'all four' ? 'news-widgets, script tag: all four elements' : `${label(id)}: one card`,
    js.files,
    bytes(js.bytes),
    bytes(js.gzip),
    css.gzip ? `${bytes(css.gzip)} (${SHOELACE_THEME.split('/').pop()})` : '–',
  ]),
);

for (const [id, what] of [
  ['news-widgets', 'The card-only page'],
  ['all four', 'The page with all four elements'],
]) {
  const list = sizes[id].scripts.map(({ name, gzip }) => `${name} ${bytes(gzip)}`).join(', ');
  lines.push(`${what} loads through the script tag (B gzip): ${list}.`, '');
}

const ms = (values) => summary(values);
const nodeCell = ({ total, whitespace, comments }) =>
  `${total}${whitespace || comments ? ` (${whitespace} whitespace text, ${comments} comment${comments === 1 ? '' : 's'})` : ''}`;
table(
  ['Measure', ...ids.map(label)],
  [
    ['cold: script to first card (ms)', ...ids.map((id) => ms(samples.cold[id]))],
    ['steady render of 1,000 cards, side by side (ms)', ...ids.map((id) => ms(samples.steady[id]))],
    ['V8 heap per 1,000 cards (KB)', ...ids.map((id) => ms(samples.heap[id]))],
    ['DOM nodes per card', ...ids.map((id) => nodeCell(nodes[id]))],
    [
      'time to first card, throttled phone (ms)',
      ...ids.map((id) => (samples.phone[id] ? ms(samples.phone[id]) : '–')),
    ],
  ],
);

// The reference must be honest: the bare Lit card (and the Preact card) show the card's markup.
const sameMarkup = (id) => markups[id] === markups['news-widgets'];
lines.push(
  `Reference check: the bare Lit card renders the markup of <news-article-card> (elements, attributes, text): ${sameMarkup('bare-lit') ? 'yes' : '**no**'}.`,
  '',
);
for (const id of ['bare-lit', 'preact']) {
  if (sameMarkup(id)) continue;
  lines.push(
    `**The ${label(id)} no longer renders the markup of <news-article-card>**; update bench/${id}-card.js:`,
    '',
    `    news-widgets: ${markups['news-widgets']}`,
    `    ${id}: ${markups[id]}`,
    '',
  );
  process.exitCode = 1;
}

/** Met or missed, judged on the figure as printed (a ratio to two decimals). */
const verdict = (value, target, unit) =>
  (unit === '×' ? Number(value.toFixed(2)) : value) <= target ? 'met' : 'missed';
const files = (count) => `${count} file${count === 1 ? '' : 's'}`;

/** A ratio of medians, with the range of the per-round ratios when the rounds pair up. */
const ratio = (measure, id, base) => {
  const a = samples[measure][id];
  const b = samples[measure][base];
  const value = median(a) / median(b);
  const perRound = a.length === b.length ? a.map((x, i) => x / b[i]) : [];
  const range =
    perRound.length > 1
      ? `, rounds ${Math.min(...perRound).toFixed(2)}–${Math.max(...perRound).toFixed(2)}`
      : '';
  return { value, text: `${value.toFixed(2)}× (${round(median(a))} ÷ ${round(median(b))}${range})` };
};
const targets = [
  {
    what: 'JS a card-only page loads through the script tag, gzip',
    value: sizes['news-widgets'].js.gzip,
    text: `${bytes(sizes['news-widgets'].js.gzip)} B, ${files(sizes['news-widgets'].js.files)}`,
    target: TARGETS['card-only page'],
    unit: ' B',
  },
  {
    what: 'JS a page with all four elements loads, gzip',
    value: sizes['all four'].js.gzip,
    text: `${bytes(sizes['all four'].js.gzip)} B, ${files(sizes['all four'].js.files)}`,
    target: TARGETS['all-four page'],
    unit: ' B',
  },
  {
    what: 'steady render of 1,000 cards ÷ bare Lit',
    ...ratio('steady', 'news-widgets', 'bare-lit'),
    target: 1.15,
    reference: true,
  },
  {
    what: 'steady render of 1,000 cards ÷ sl-card',
    ...ratio('steady', 'news-widgets', 'sl-card'),
    target: 1,
  },
  {
    what: 'cold script to first card ÷ bare Lit',
    ...ratio('cold', 'news-widgets', 'bare-lit'),
    target: 1.2,
    reference: true,
  },
  {
    what: 'V8 heap per 1,000 cards ÷ bare Lit',
    ...ratio('heap', 'news-widgets', 'bare-lit'),
    target: 1.2,
    reference: true,
  },
  {
    what: 'DOM nodes per card ÷ bare Lit',
    value: nodes['news-widgets'].total / nodes['bare-lit'].total,
    text: `${(nodes['news-widgets'].total / nodes['bare-lit'].total).toFixed(2)}× (${nodes['news-widgets'].total} ÷ ${nodes['bare-lit'].total})`,
    target: 1.1,
    reference: true,
  },
  {
    what: 'time to first card, throttled phone: script tag ÷ one file',
    ...ratio('phone', 'news-widgets', 'one-file'),
    target: 1,
  },
];
table(
  ['Target (issue 13)', 'Measured', 'Target', ''],
  targets.map(({ what, text, value, target, unit = '×', reference }) => [
    what,
    text,
    `≤ ${unit === '×' ? target.toFixed(2) : bytes(target)}${unit}`,
    reference && !sameMarkup('bare-lit') ? 'no verdict: the reference differs' : verdict(value, target, unit),
  ]),
);

console.log(lines.join('\n'));
writeFileSync(
  'bench/dist/results.json',
  JSON.stringify({ runs: RUNS, sizes, samples, nodes, markups }, null, 2),
);

// `npm run bench`: size and speed of news-widgets against a bare Lit element and a hand-written
// custom element rendering the same card, in headless Chromium, all in one run. Candidates are
// interleaved, the first round is a discarded warm-up, and each figure is the median (min–max)
// of RUNS rounds: each round opens a fresh page per candidate, then the renders are measured again
// with the three side by side in one page. Needs `npm run build` first. Results: stdout (Markdown) and bench/results.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from '../tools/browser.mjs';
import { CARD_ATTRIBUTES } from '../bench/card.mjs';
import { coldStartInPage, renderCards } from '../bench/profiling.mjs';
import { measureSizes, sizes } from './size.mjs';
import { startServer } from '../tools/server.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const out = 'bench/dist';
mkdirSync(out, { recursive: true });

/** Bundles `contents` (or, for the baselines, a file) as a consumer's bundler would (minified, lit included). */
async function consumerBundle(name, contents) {
  const entry = contents.endsWith('.js') ? { entryPoints: [contents] } : {};
  const result = await build({
    ...entry,
    ...(entry.entryPoints ? {} : { stdin: { contents, resolveDir: process.cwd(), loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  writeFileSync(`${out}/${name}.js`, code);
  return code;
}

const card = {
  'news-widgets': { tag: 'news-article-card', script: '/dist/news-widgets.js' },
  'bare Lit': { tag: 'bare-lit-card', script: `/${out}/bare-lit.js` },
  vanilla: { tag: 'vanilla-card', script: `/${out}/vanilla.js` },
};

// (a) Sizes: the library's figures from scripts/size.mjs (which also checks the budgets), then
// the baselines bundled the same way.
const sizeRows = (await measureSizes()).map((row) => [
  row.onDemand ? `${row.label} (+${row.onDemand} gzip on demand)` : row.label,
  row,
]);
if (sizeRows.some(([, row]) => row.feedParser && row.name === 'pull-quote'))
  throw new Error('pull quote pulls in the feed parser');
// The baselines are entry points: the package's sideEffects list would let a bundler drop them.
sizeRows.push(['bare Lit card (baseline)', sizes(await consumerBundle('bare-lit', 'bench/lit-card.js'))]);
sizeRows.push(['vanilla card (baseline)', sizes(await consumerBundle('vanilla', 'bench/vanilla-card.js'))]);

// (b)–(d) Speed and memory, in Chromium.
const server = await startServer();
const browser = await launchChromium();
const samples = {};
const record = (metric, candidate, value) => ((samples[metric] ??= {})[candidate] ??= []).push(value);

/**
 * Runs in the page (`page.evaluate`, so it uses nothing else in this module): a related-stories
 * list of 1,000 items, rendered and laid out; the time in ms.
 */
async function renderListInPage() {
  const host = document.querySelector('#host');
  const element = document.createElement('news-related-stories');
  element.stories = Array.from({ length: 1000 }, (_, i) => ({ title: `Story ${i}`, url: `/s/${i}` }));
  const start = performance.now();
  host.append(element);
  await element.updateComplete;
  host.getBoundingClientRect();
  const time = performance.now() - start;
  element.remove();
  return time;
}

/** One fresh page: the cold start, then renders, the related list and the heap. */
async function measure(candidate) {
  const { tag, script } = card[candidate];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load' });
  const result = {
    cold: await page.evaluate(coldStartInPage, { tag, script, attributes: CARD_ATTRIBUTES }),
  };
  result.r100 = await renderCards(page, tag, { count: 100 });
  result.r1000 = await renderCards(page, tag);
  result.list = tag === 'news-article-card' ? await page.evaluate(renderListInPage) : null;
  // (d) Heap: 1,000 cards stay in the page for the measure below.
  await renderCards(page, tag, { keep: true });
  // (d) Heap per 1,000 cards: the heap with the cards in the page minus the heap once they are
  // removed, each after DevTools' full garbage collection (window.gc() called from the page now
  // and then left removed elements alive: see the churn test in test/e2e/security.test.mjs).
  const cdp = await page.createCDPSession();
  const heapNow = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const withCards = await heapNow();
  await page.evaluate(() => document.querySelector('#host').replaceChildren());
  result.heap = withCards - (await heapNow());
  await page.close();
  return result;
}

for (let round = 0; round <= RUNS; round++) {
  const order = Object.keys(card).sort(() => Math.random() - 0.5);
  for (const candidate of order) {
    const result = await measure(candidate);
    if (round === 0) continue; // warm-up
    record('cold script-to-first-card (ms)', candidate, result.cold);
    record('render 100 cards (ms)', candidate, result.r100);
    record('render 1,000 cards (ms)', candidate, result.r1000);
    record('JS heap per 1,000 cards (KB)', candidate, result.heap / 1024);
    if (result.list !== null) record('related stories, 1,000 items (ms)', candidate, result.list);
  }
}

// (b) again, with the three candidates side by side in one page, interleaved round by round: the
// machine's noise then hits all three alike, and the ratios move much less from run to run than
// those of separate pages.
{
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load' });
  for (const { script, tag } of Object.values(card)) {
    await page.addScriptTag({ url: script, type: 'module' });
    await page.waitForFunction((tag) => customElements.get(tag), {}, tag);
  }
  for (let round = 0; round <= RUNS; round++) {
    for (const candidate of Object.keys(card).sort(() => Math.random() - 0.5)) {
      const { tag } = card[candidate];
      const r100 = await renderCards(page, tag, { count: 100 });
      const r1000 = await renderCards(page, tag);
      if (round === 0) continue; // warm-up
      record('render 100 cards, side by side in one page (ms)', candidate, r100);
      record('render 1,000 cards, side by side in one page (ms)', candidate, r1000);
    }
  }
  await page.close();
}

// (e) CLS of the demo article page.
const page = await browser.newPage();
await page.evaluateOnNewDocument(() => {
  window.cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
});
await page.goto(`${server.origin}/demo/index.html`, { waitUntil: 'networkidle0' });
await new Promise((resolve) => setTimeout(resolve, 1000));
const cls = await page.evaluate(() => window.cls);
await browser.close();
await server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const lines = [];
lines.push(
  `Chromium ${process.env.CHROME_VERSION ?? ''}`.trim() + `, ${RUNS} rounds after one warm-up, interleaved.`,
  '',
);
lines.push('| Bundle | minified | gzip | brotli |', '| --- | ---: | ---: | ---: |');
for (const [name, size] of sizeRows) lines.push(`| ${name} | ${size.min} | ${size.gzip} | ${size.brotli} |`);
lines.push(
  '',
  '| Measure | news-widgets | bare Lit | vanilla | news-widgets ÷ bare Lit |',
  '| --- | ---: | ---: | ---: | ---: |',
);
for (const [metric, byCandidate] of Object.entries(samples)) {
  const cell = (candidate) => {
    const values = byCandidate[candidate];
    if (!values) return '–';
    return `${fmt(median(values))} (${fmt(Math.min(...values))}–${fmt(Math.max(...values))})`;
  };
  const ratio = byCandidate['bare Lit']
    ? (median(byCandidate['news-widgets']) / median(byCandidate['bare Lit'])).toFixed(2)
    : '–';
  lines.push(`| ${metric} | ${cell('news-widgets')} | ${cell('bare Lit')} | ${cell('vanilla')} | ${ratio} |`);
}
lines.push('', `CLS of demo/index.html: ${cls.toFixed(4)}`);
console.log(lines.join('\n'));
writeFileSync(
  'bench/results.json',
  JSON.stringify({ sizes: Object.fromEntries(sizeRows), samples, cls }, null, 2),
);

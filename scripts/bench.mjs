// `npm run bench`: size and speed of news-widgets against a bare Lit element and a hand-written
// custom element rendering the same card, in headless Chromium, all in one run. Candidates are
// interleaved, the first round is a discarded warm-up, and each figure is the median (min–max)
// of RUNS rounds. Needs `npm run build` first. Results: stdout (Markdown) and bench/results.json.
import { writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from '../test/e2e/support/browser.mjs';
import { CARD_ATTRIBUTES } from '../bench/card.mjs';
import { measureSizes, sizes } from './size.mjs';
import { startServer } from '../test/e2e/support/server.mjs';

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

async function measure(candidate) {
  const { tag, script } = card[candidate];
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load' });
  const result = await page.evaluate(
    async ({ tag, script, attributes }) => {
      const host = document.querySelector('#host');
      const make = () => {
        const element = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        return element;
      };
      const settle = async (elements) => {
        await Promise.all(elements.map((element) => element.updateComplete));
        host.getBoundingClientRect(); // layout done
      };
      // (c) Cold: from inserting the script tag to the first rendered card.
      const first = make();
      host.append(first);
      let start = performance.now();
      await new Promise((resolve, reject) => {
        const element = document.createElement('script');
        element.type = 'module';
        element.src = script;
        element.onload = resolve;
        element.onerror = reject;
        document.head.append(element);
      });
      await customElements.whenDefined(tag);
      await settle([first]);
      const cold = performance.now() - start;
      first.remove();
      // (b) Render N cards until layout is done.
      const render = async (count) => {
        const elements = Array.from({ length: count }, make);
        start = performance.now();
        host.append(...elements);
        await settle(elements);
        const time = performance.now() - start;
        host.replaceChildren();
        return time;
      };
      const r100 = await render(100);
      const r1000 = await render(1000);
      // A related-stories list of 1,000 items (the library only).
      let list = null;
      if (tag === 'news-article-card') {
        const element = document.createElement('news-related-stories');
        element.stories = Array.from({ length: 1000 }, (_, i) => ({ title: `Story ${i}`, url: `/s/${i}` }));
        start = performance.now();
        host.append(element);
        await settle([element]);
        list = performance.now() - start;
        element.remove();
      }
      // (d) Heap: 1,000 cards stay in the page for the measure below.
      const kept = Array.from({ length: 1000 }, make);
      host.append(...kept);
      await settle(kept);
      return { cold, r100, r1000, list };
    },
    { tag, script, attributes: CARD_ATTRIBUTES },
  );
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

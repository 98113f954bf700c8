// `node scripts/profile-phases.mjs`: where the time of rendering 1,000 article cards goes, by
// phase (script, style recalculation, layout), for news-widgets and the bare Lit baseline, from a
// Chromium performance trace of several interleaved rounds. Needs `npm run build` and
// `npm run bench` (which builds the baselines) first. Findings are in BENCHMARKS.md.
import { launchChromium } from '../test/e2e/support/browser.mjs';
import { CARD_ATTRIBUTES } from '../bench/card.mjs';
import { startServer } from '../test/e2e/support/server.mjs';

const CANDIDATES = {
  'news-widgets': { script: '/dist/news-widgets.js', tag: 'news-article-card' },
  'bare Lit': { script: '/bench/dist/bare-lit.js', tag: 'bare-lit-card' },
};
const ROUNDS = Number(process.env.ROUNDS ?? 7);
// Trace events by phase; the rest of the task is script and DOM work.
const PHASES = { UpdateLayoutTree: 'style', Layout: 'layout' };

const server = await startServer();
const browser = await launchChromium();
const totals = Object.fromEntries(Object.keys(CANDIDATES).map((name) => [name, []]));

for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, { script, tag }] of Object.entries(CANDIDATES)) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/bench/page.html`);
    await page.addScriptTag({ url: script, type: 'module' });
    await page.waitForFunction((tag) => customElements.get(tag), {}, tag);
    const render = () =>
      page.evaluate(
        async (tag, attributes) => {
          const host = document.querySelector('#host');
          const cards = Array.from({ length: 1000 }, () => {
            const card = document.createElement(tag);
            for (const [key, value] of Object.entries(attributes)) card.setAttribute(key, value);
            return card;
          });
          const start = performance.now();
          host.append(...cards);
          await Promise.all(cards.map((card) => card.updateComplete));
          host.getBoundingClientRect(); // style and layout
          const total = performance.now() - start;
          host.replaceChildren();
          host.getBoundingClientRect();
          return total;
        },
        tag,
        CARD_ATTRIBUTES,
      );
    await render(); // warm-up: templates, styles and code
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const total = await render();
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    await page.close();
    if (round === 0) continue; // discard the first round
    const phases = { total, style: 0, layout: 0 };
    for (const event of trace.traceEvents) {
      const phase = PHASES[event.name];
      if (phase && event.ph === 'X') phases[phase] += event.dur / 1000;
    }
    phases.script = total - phases.style - phases.layout;
    totals[name].push(phases);
  }
}
await browser.close();
await server.close();

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `1,000 cards, median of ${ROUNDS} rounds (ms): total, style recalculation, layout, script and DOM`,
);
for (const [name, rounds] of Object.entries(totals)) {
  const cell = (key) =>
    median(rounds.map((r) => r[key]))
      .toFixed(0)
      .padStart(5);
  console.log(`${name.padEnd(13)} ${cell('total')} ${cell('style')} ${cell('layout')} ${cell('script')}`);
}

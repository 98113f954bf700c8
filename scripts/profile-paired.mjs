// `node scripts/profile-paired.mjs`: news-widgets and the bare Lit card measured side by side in
// one page, so that the machine's noise hits both alike (`npm run bench` opens a page per
// candidate, and its 1,000-card ratio moves from run to run). Each round renders 1,000 cards of
// each candidate in a random order and splits the time into script (append until every update
// is done), style recalculation and layout; then, with 1,000 cards of each in the page, it times
// a style recalculation of each list alone (an inherited custom property changed on the list's
// parent) and a relayout (the parent's width changed).
// VARIANT=literal-tokens adds a copy of the bundle whose shadow styles use the light theme's
// values instead of `var(--_…)`, to measure what the custom-property tokens cost; COMPARE=<file>
// adds another build of dist/news-widgets.js (an earlier commit's, say) to compare with.
// Needs `npm run build` and `npm run bench` (which bundles the baseline) first. Findings are in
// BENCHMARKS.md.
import { launchChromium } from '../tools/browser.mjs';
import { CARD_ATTRIBUTES } from '../bench/card.mjs';
import { CANDIDATES } from '../bench/profiling.mjs';
import { startServer } from '../tools/server.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 11);
const RESTYLES = Number(process.env.RESTYLES ?? 31);

// The light theme's value of each private token (src/styles/tokens.styles.ts).
const LIGHT_TOKENS = {
  space: '16px',
  radius: '8px',
  text: '#1b1b1b',
  muted: '#585858',
  background: '#ffffff',
  accent: '#b0121b',
  border: '#dcdcdc',
  placeholder: '#e9e9e6',
  surface: 'transparent',
  'font-headline': 'Georgia,serif',
};
const LITERAL_SCRIPT = '/bench/dist/literal-tokens.js';
const COMPARE_SCRIPT = '/bench/dist/compare.js';

/** A copy of the bundle with its elements renamed `<prefix>-…`, so that both copies can load. */
const renamed = (code, prefix) =>
  code.replace(/"news-(article-card|pull-quote|photo-caption|related-stories)"/g, `"${prefix}-$1"`);

/** The bundle with literal token values. */
function literalTokens(code) {
  let literal = code.replaceAll(';--_link-radius: var(--_radius)', '');
  for (const [name, value] of Object.entries(LIGHT_TOKENS)) {
    literal = literal.replaceAll(`var(--_${name})`, value);
  }
  if (literal.includes('var(--_space)')) throw new Error('the tokens were not replaced');
  return renamed(literal, 'literal');
}

const candidates = { ...CANDIDATES };
if (process.env.VARIANT === 'literal-tokens') {
  candidates['literal tokens'] = { script: LITERAL_SCRIPT, tag: 'literal-article-card' };
}

if (process.env.COMPARE) {
  candidates[process.env.COMPARE] = { script: COMPARE_SCRIPT, tag: 'compare-article-card' };
}

const server = await startServer({
  alias: (path) =>
    ({ [LITERAL_SCRIPT]: CANDIDATES['news-widgets'].script, [COMPARE_SCRIPT]: `/${process.env.COMPARE}` })[
      path
    ],
  rewrite: (path, body) => {
    if (path === LITERAL_SCRIPT) return literalTokens(body.toString('utf8'));
    if (path === COMPARE_SCRIPT) return renamed(body.toString('utf8'), 'compare');
    return undefined;
  },
});
const browser = await launchChromium();
const page = await browser.newPage();
await page.goto(`${server.origin}/bench/page.html`);
for (const { script, tag } of Object.values(candidates)) {
  await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction((tag) => customElements.get(tag), {}, tag);
}

const results = await page.evaluate(
  async (candidates, attributes, rounds, restyles) => {
    const host = document.querySelector('#host');
    const shuffled = (items) =>
      items
        .map((item) => [Math.random(), item])
        .sort((a, b) => a[0] - b[0])
        .map(([, item]) => item);
    const cards = (tag) =>
      Array.from({ length: 1000 }, () => {
        const card = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
        return card;
      });
    const results = Object.fromEntries(
      Object.keys(candidates).map((name) => [
        name,
        { total: [], script: [], style: [], layout: [], restyle: [], relayout: [] },
      ]),
    );

    for (let round = 0; round <= rounds; round++) {
      for (const name of shuffled(Object.keys(candidates))) {
        const list = host.appendChild(document.createElement('div'));
        const batch = cards(candidates[name].tag);
        host.getBoundingClientRect();
        await new Promise((resolve) => setTimeout(resolve));
        const start = performance.now();
        list.append(...batch);
        await Promise.all(batch.map((card) => card.updateComplete));
        const scripted = performance.now();
        void getComputedStyle(batch.at(-1).shadowRoot.querySelector('time')).color; // style only
        const styled = performance.now();
        list.getBoundingClientRect(); // layout
        const end = performance.now();
        list.remove();
        host.getBoundingClientRect();
        if (round === 0) continue; // warm-up
        const result = results[name];
        result.total.push(end - start);
        result.script.push(scripted - start);
        result.style.push(styled - scripted);
        result.layout.push(end - styled);
      }
    }

    const lists = {};
    for (const [name, { tag }] of Object.entries(candidates)) {
      const list = host.appendChild(document.createElement('div'));
      list.style.width = '600px';
      const batch = cards(tag);
      list.append(...batch);
      await Promise.all(batch.map((card) => card.updateComplete));
      lists[name] = list;
    }
    host.getBoundingClientRect();
    for (let round = 1; round <= restyles; round++) {
      for (const name of shuffled(Object.keys(candidates))) {
        const list = lists[name];
        list.style.setProperty('--restyle', String(round));
        let start = performance.now();
        list.getBoundingClientRect();
        results[name].restyle.push(performance.now() - start);
        list.style.width = `${600 + (round % 2) * 40}px`;
        start = performance.now();
        list.getBoundingClientRect();
        results[name].relayout.push(performance.now() - start);
      }
    }
    return results;
  },
  candidates,
  CARD_ATTRIBUTES,
  ROUNDS,
  RESTYLES,
);
await browser.close();
await server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const columns = ['total', 'script', 'style', 'layout', 'restyle', 'relayout'];
console.log(
  `1,000 cards in one page, median of ${ROUNDS} interleaved rounds (restyle and relayout: ${RESTYLES}), ms`,
);
console.log(`${''.padEnd(15)}${columns.map((column) => column.padStart(9)).join('')}`);
const base = results['bare Lit'];
for (const [name, result] of Object.entries(results)) {
  console.log(
    `${name.padEnd(15)}${columns.map((column) => median(result[column]).toFixed(1).padStart(9)).join('')}`,
  );
}
console.log(
  `${'÷ bare Lit'.padEnd(15)}${columns
    .map((column) => (median(results['news-widgets'][column]) / median(base[column])).toFixed(2).padStart(9))
    .join('')}`,
);

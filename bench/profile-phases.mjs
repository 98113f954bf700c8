// `npm run profile:phases [-- --candidates ID,ID] [--compare FILE] [--rounds N] [--restyles N]`:
// where the time of rendering 1,000 cards goes, by phase, with the candidates side by side (each in
// an iframe of one page, taking turns in a random order, so that the machine's noise hits all
// alike). Each round renders 1,000 cards of each and splits the time into script (making the cards
// until every update is done), style recalculation and layout. Then, with 1,000 cards of each in
// its page, it times a style recalculation alone (an inherited custom property changed on the
// cards' parent) and a relayout (the parent's width changed). Candidates default to news-widgets
// and the bare Lit card; `--compare` adds another one-file build of news-widgets (an earlier
// commit's, say). Needs `npm run build` first.
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.mjs';
import { startServer } from '../tools/server.mjs';
import { writePage } from './candidates.mjs';
import { candidate, freshPage, sideBySide, step } from './harness.mjs';
import { renderCards } from './in-page.mjs';
import { median, shuffled } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    candidates: { type: 'string', default: 'news-widgets,bare-lit' },
    compare: { type: 'string' },
    rounds: { type: 'string', default: '11' },
    restyles: { type: 'string', default: '31' },
  },
});
const steps = [];
for (const id of args.candidates.split(',')) steps.push(await candidate(id));
if (args.compare)
  steps.push({ ...step('news-widgets'), id: 'compare', label: args.compare, script: args.compare });
const rounds = Number(args.rounds);
const restyles = Number(args.restyles);

/** In a candidate's frame, with its cards in the page: a restyle or a relayout of all of them (ms). */
function restyleInPage({ round, kind }) {
  const host = document.querySelector('#host');
  if (kind === 'restyle') host.style.setProperty('--restyle', String(round));
  else host.style.width = `${600 + (round % 2) * 40}px`;
  const start = performance.now();
  host.getBoundingClientRect();
  return performance.now() - start;
}

const server = await startServer();
const browser = await launchChromium();
const { page } = await freshPage(browser);
await page.goto(`${server.origin}/${writePage('side-by-side')}`);
const frames = await sideBySide(page, server.origin, steps);
const columns = ['total', 'script', 'style', 'layout', 'restyle', 'relayout'];
const results = Object.fromEntries(
  steps.map(({ id }) => [id, Object.fromEntries(columns.map((c) => [c, []]))]),
);
for (let round = 0; round <= rounds; round++) {
  for (const current of shuffled(steps)) {
    const phases = await frames[current.id].evaluate(renderCards, { ...current, phases: true });
    if (round === 0) continue; // warm-up
    for (const [phase, time] of Object.entries(phases)) results[current.id][phase].push(time);
  }
}
for (const current of steps)
  await frames[current.id].evaluate(renderCards, { ...current, phases: true, keep: true });
for (let round = 1; round <= restyles; round++) {
  for (const current of shuffled(steps)) {
    for (const kind of ['restyle', 'relayout']) {
      results[current.id][kind].push(await frames[current.id].evaluate(restyleInPage, { round, kind }));
    }
  }
}
await browser.close();
await server.close();

console.log(
  `1,000 cards side by side, median of ${rounds} interleaved rounds (restyle and relayout: ${restyles}), ms`,
);
const width = Math.max(...steps.map(({ label }) => label.length), 12) + 2;
console.log(`${''.padEnd(width)}${columns.map((column) => column.padStart(9)).join('')}`);
for (const { id, label } of steps) {
  console.log(
    `${label.padEnd(width)}${columns.map((c) => median(results[id][c]).toFixed(1).padStart(9)).join('')}`,
  );
}
const [first, base] = steps;
if (base) {
  const ratios = columns.map((c) => (median(results[first.id][c]) / median(results[base.id][c])).toFixed(2));
  console.log(`${`${first.id} ÷ ${base.id}`.padEnd(width)}${ratios.map((r) => r.padStart(9)).join('')}`);
}

// `node scripts/profile-phases.mjs`: where the time of rendering 1,000 article cards goes, by
// phase (script, style recalculation, layout), for news-widgets and the bare Lit baseline, from a
// Chromium performance trace of several interleaved rounds. Needs `npm run build` and
// `npm run bench` (which builds the baselines) first. Findings are in BENCHMARKS.md.
import { launchChromium } from '../tools/browser.mjs';
import { CANDIDATES, openCandidate, renderCards, traced } from '../bench/profiling.mjs';
import { startServer } from '../tools/server.mjs';

const ROUNDS = Number(process.env.ROUNDS ?? 7);
// Trace events by phase; the rest of the task is script and DOM work.
const PHASES = { UpdateLayoutTree: 'style', Layout: 'layout' };

const server = await startServer();
const browser = await launchChromium();
const totals = Object.fromEntries(Object.keys(CANDIDATES).map((name) => [name, []]));

for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, { script, tag }] of Object.entries(CANDIDATES)) {
    const page = await openCandidate(browser, server.origin, { script, tag });
    const render = () => renderCards(page, tag);
    await render(); // warm-up: templates, styles and code
    const { result: total, events } = await traced(
      page,
      ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      render,
    );
    await page.close();
    if (round === 0) continue; // discard the first round
    const phases = { total, style: 0, layout: 0 };
    for (const event of events) {
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

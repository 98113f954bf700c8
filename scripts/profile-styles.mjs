// `node scripts/profile-styles.mjs`: Chromium's selector statistics while 1,000 article cards
// render, for news-widgets and the bare Lit baseline: time, attempts and matches per selector,
// from a performance trace. Needs `npm run build` and `npm run bench` (for the baseline's bundle)
// first. Findings are in BENCHMARKS.md.
import { launchChromium } from '../tools/browser.mjs';
import { CANDIDATES, openCandidate, renderCards, traced } from '../bench/profiling.mjs';
import { startServer } from '../tools/server.mjs';

const server = await startServer();
const browser = await launchChromium();
for (const [name, { script, tag }] of Object.entries(CANDIDATES)) {
  const page = await openCandidate(browser, server.origin, { script, tag });
  const render = () => renderCards(page, tag);
  await render(); // warm-up
  const { events } = await traced(
    page,
    ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-blink.debug'],
    render,
  );
  await page.close();
  const bySelector = new Map();
  for (const event of events) {
    for (const timing of event.args?.selector_stats?.selector_timings ?? []) {
      const entry = bySelector.get(timing.selector) ?? { us: 0, attempts: 0, matches: 0 };
      entry.us += timing['elapsed (us)'];
      entry.attempts += timing.match_attempts;
      entry.matches += timing.match_count;
      bySelector.set(timing.selector, entry);
    }
  }
  const rows = [...bySelector].sort((a, b) => b[1].us - a[1].us);
  const total = rows.reduce((sum, [, entry]) => sum + entry.us, 0);
  console.log(`\n${name}: ${(total / 1000).toFixed(1)} ms matching ${rows.length} selectors; top 12:`);
  console.log('     ms  attempts  matches  selector');
  for (const [selector, { us, attempts, matches }] of rows.slice(0, 12)) {
    console.log(
      `${(us / 1000).toFixed(1).padStart(7)} ${String(attempts).padStart(9)} ${String(matches).padStart(8)}  ${selector.slice(0, 80)}`,
    );
  }
}
await browser.close();
await server.close();

// `npm run profile:selectors [-- --candidates ID,ID] [--top N]`: Chromium's selector statistics
// while 1,000 cards render: time, attempts and matches per selector, from a performance trace, per
// candidate (default news-widgets and the bare Lit card). Needs `npm run build` first.
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.mjs';
import { startServer } from '../tools/server.mjs';
import { candidate, freshPage, openCandidate, traced } from './harness.mjs';
import { renderCards } from './in-page.mjs';

const { values: args } = parseArgs({
  options: {
    candidates: { type: 'string', default: 'news-widgets,bare-lit' },
    top: { type: 'string', default: '12' },
  },
});

const server = await startServer();
const browser = await launchChromium();
for (const id of args.candidates.split(',')) {
  const step = await candidate(id);
  const { page, close } = await freshPage(browser);
  await openCandidate(page, server.origin, step);
  await page.evaluate(renderCards, step); // warm-up
  const { events } = await traced(
    page,
    ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-blink.debug'],
    () => page.evaluate(renderCards, step),
  );
  await close();
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
  console.log(
    `\n${step.label}: ${(total / 1000).toFixed(1)} ms matching ${rows.length} selectors; top ${args.top}:`,
  );
  console.log('     ms  attempts  matches  selector');
  for (const [selector, { us, attempts, matches }] of rows.slice(0, Number(args.top))) {
    console.log(
      `${(us / 1000).toFixed(1).padStart(7)} ${String(attempts).padStart(9)} ${String(matches).padStart(8)}  ${selector.slice(0, 80)}`,
    );
  }
}
await browser.close();
await server.close();

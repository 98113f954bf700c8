// `npm run profile:cpu [-- --candidate ID] [--renders N] [--top N]`: where the time of rendering
// 1,000 cards goes, by function. Chromium's sampling profiler (50 µs) over N renders (default 5)
// after a warm-up, in one page; prints the self time and the total time (with what it calls) per
// function and render. The candidate is news-widgets bundled without minifying (`readable`, the
// default, so that functions keep their names) or any of bench/candidates.mjs (`bare-lit`, …).
// Needs `npm run build` first.
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.mjs';
import { startServer } from '../tools/server.mjs';
import { addSelfTimes, candidate, freshPage, openCandidate } from './harness.mjs';
import { renderCards } from './in-page.mjs';

const { values: args } = parseArgs({
  options: {
    candidate: { type: 'string', default: 'readable' },
    renders: { type: 'string', default: '5' },
    top: { type: 'string', default: '15' },
  },
});
const step = await candidate(args.candidate);
const renders = Number(args.renders);

const server = await startServer();
const browser = await launchChromium();
const { page } = await freshPage(browser);
await openCandidate(page, server.origin, step);
const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.evaluate(renderCards, step); // warm-up
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < renders; i++) times.push(await page.evaluate(renderCards, step));
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const self = new Map();
const total = new Map();
const sampled = addSelfTimes(profile, self, total);
const top = Number(args.top);
const print = (title, byFunction) => {
  console.log(title);
  for (const [name, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / 1000 / renders).toFixed(1).padStart(8)} ms  ${name}`);
  }
};
console.log(`${step.label}: render 1,000 cards (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
console.log(`sampled: ${(sampled / 1000 / renders).toFixed(0)} ms per render`);
print(`self time per render, top ${top}:`, self);
print(`total time per render (with what it calls), top ${top}:`, total);

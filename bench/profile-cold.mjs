// `npm run profile:cold [-- --candidates ID,ID] [--rounds N] [--top N]`: where the cold start
// goes. Samples the CPU (Chromium's profiler, 25 µs) from inserting the script tag to the first card
// rendered and laid out, in N fresh pages (default 7) after a warm-up, per candidate (default
// news-widgets bundled without minifying, so that functions keep their names, and the bare Lit
// card); prints the self time per function. Needs `npm run build` first.
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.mjs';
import { startServer } from '../tools/server.mjs';
import { emptyPage } from './candidates.mjs';
import { addSelfTimes, candidate, freshPage } from './harness.mjs';
import { coldStart } from './in-page.mjs';

const { values: args } = parseArgs({
  options: {
    candidates: { type: 'string', default: 'readable,bare-lit' },
    rounds: { type: 'string', default: '7' },
    top: { type: 'string', default: '12' },
  },
});
const rounds = Number(args.rounds);
const top = Number(args.top);

const server = await startServer();
const browser = await launchChromium();
for (const id of args.candidates.split(',')) {
  const step = await candidate(id);
  const self = new Map();
  let sampled = 0;
  for (let round = 0; round <= rounds; round++) {
    const { page, close } = await freshPage(browser);
    await page.goto(`${server.origin}/${emptyPage(step)}`);
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    await page.evaluate(coldStart, step);
    const { profile } = await cdp.send('Profiler.stop');
    await close();
    if (round === 0) continue; // warm-up
    sampled += addSelfTimes(profile, self);
  }
  console.log(
    `\n${step.label}: ${(sampled / rounds / 1000).toFixed(1)} ms sampled per cold start; self time, top ${top}:`,
  );
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / rounds / 1000).toFixed(2).padStart(8)} ms  ${key}`);
  }
}
await browser.close();
await server.close();

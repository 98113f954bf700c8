// `node scripts/profile-cold.mjs`: where the cold start goes. Samples the CPU (Chromium's
// profiler, 25 µs) from inserting the script tag, with one card already in the page, to that card
// rendered and laid out; 7 fresh pages after a warm-up, for news-widgets and the bare Lit card.
// Prints the self time per function. Needs `npm run build` and `npm run bench` (which bundles
// the baseline) first; the readable bundle of profile-cards.mjs gives news-widgets' names.
// Findings are in BENCHMARKS.md.
import { existsSync } from 'node:fs';
import { launchChromium } from '../tools/browser.mjs';
import { CARD_ATTRIBUTES } from '../bench/card.mjs';
import { startServer } from '../tools/server.mjs';
import { addSelfTimes, CANDIDATES, coldStartInPage } from '../bench/profiling.mjs';

const readable = 'bench/dist/news-widgets-readable.js';
const candidates = {
  ...CANDIDATES,
  'news-widgets': {
    ...CANDIDATES['news-widgets'],
    script: existsSync(readable) ? `/${readable}` : CANDIDATES['news-widgets'].script,
  },
};
const ROUNDS = 7;

const server = await startServer();
const browser = await launchChromium();
for (const [name, { script, tag }] of Object.entries(candidates)) {
  const self = new Map();
  let sampled = 0;
  for (let round = 0; round <= ROUNDS; round++) {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load' });
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    await page.evaluate(coldStartInPage, { tag, script, attributes: CARD_ATTRIBUTES });
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    if (round === 0) continue; // warm-up
    sampled += addSelfTimes(profile, self);
  }
  console.log(
    `\n${name}: ${(sampled / ROUNDS / 1000).toFixed(1)} ms sampled per cold start; self time, top 12:`,
  );
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
    console.log(`${(micros / ROUNDS / 1000).toFixed(2).padStart(8)} ms  ${key}`);
  }
}
await browser.close();
await server.close();

// `node scripts/profile-cards.mjs`: a CPU profile (Chromium sampling profiler) of rendering 1,000
// article cards, five times after a warm-up, with self time and total time (with what it calls)
// per function, per render (the top 15 of each; TOP=n for more). CANDIDATE=bare profiles the bare
// Lit card instead (after `npm run bench`, which bundles it). VARIANT=nocq removes
// `container-type: inline-size` from the bundle, to measure what container queries cost.
// Needs `npm run build` first. Findings are in BENCHMARKS.md.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from '../tools/browser.mjs';
import { addSelfTimes, CANDIDATES, openCandidate, renderCards } from '../bench/profiling.mjs';
import { startServer } from '../tools/server.mjs';

mkdirSync('bench/dist', { recursive: true });
const bundle = 'bench/dist/news-widgets-readable.js';
await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  format: 'esm',
  outfile: bundle,
  logLevel: 'silent',
});
if (process.env.VARIANT === 'nocq') {
  writeFileSync(bundle, readFileSync(bundle, 'utf8').replaceAll('container-type: inline-size;', ''));
}

const server = await startServer();
const browser = await launchChromium();
const candidate =
  process.env.CANDIDATE === 'bare'
    ? CANDIDATES['bare Lit']
    : { script: `/${bundle}`, tag: CANDIDATES['news-widgets'].tag };
const page = await openCandidate(browser, server.origin, candidate);
const render = () => renderCards(page, candidate.tag);

const cdp = await page.createCDPSession();
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await render(); // warm-up
await cdp.send('Profiler.start');
const times = [];
for (let i = 0; i < 5; i++) times.push(await render());
const { profile } = await cdp.send('Profiler.stop');
await browser.close();
await server.close();

const self = new Map();
const total = new Map();
const sampled = addSelfTimes(profile, self, total);
console.log(`render 1,000 cards (ms): ${times.map((t) => t.toFixed(0)).join(', ')}`);
const top = Number(process.env.TOP ?? 15);
const print = (title, byFunction) => {
  console.log(title);
  for (const [name, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / 1000 / times.length).toFixed(1).padStart(8)} ms  ${name}`);
  }
};
console.log(`sampled: ${(sampled / 1000 / times.length).toFixed(0)} ms per render`);
print(`self time per render, top ${top}:`, self);
print(`total time per render (with what it calls), top ${top}:`, total);

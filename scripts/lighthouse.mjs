// `npm run lighthouse`: Lighthouse with its mobile profile (a mid-range phone on slow 4G, simulated)
// on every demo page, served by the demo server exactly as `npm start` serves it
// (web-dev-server.config.mjs, compressed text). `npm run lighthouse -- /demo/gallery.html` measures
// the pages given. It builds nothing: run `npm run build` first.
// Prints each page's four category scores and its timings, writes the reports to .lighthouse/, and
// exits with 1 when a category is below 100 or first contentful paint is not under 1.2 s.
// Uses the Chromium of tools/browser.mjs (CHROMIUM_PATH, default /usr/bin/chromium).
import { readFileSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { startDevServer } from '@web/dev-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../tools/browser.mjs';
import config from '../web-dev-server.config.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FCP_LIMIT_MS = 1200;

const demoPages = async () =>
  (await readdir(new URL('../demo/', import.meta.url)))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => (name === 'index.html' ? '/demo/' : `/demo/${name}`));
const pages = process.argv.length > 2 ? process.argv.slice(2) : await demoPages();

const lighthouseVersion = () =>
  JSON.parse(readFileSync(new URL('../node_modules/lighthouse/package.json', import.meta.url), 'utf8'))
    .version;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** One line per page, then what kept a category below 100 or the first paint too late. */
function report(page, lhr) {
  const scores = CATEGORIES.map((id) => Math.round((lhr.categories[id].score ?? 0) * 100));
  const metric = (id) => lhr.audits[id].numericValue;
  const fcp = metric('first-contentful-paint');
  console.log(
    `${page.padEnd(28)} ${scores.join(' / ')}  ` +
      `(performance ${lhr.categories.performance.score?.toFixed(3)})  ` +
      `FCP ${seconds(fcp)}  LCP ${seconds(metric('largest-contentful-paint'))}  ` +
      `SI ${seconds(metric('speed-index'))}  TBT ${Math.round(metric('total-blocking-time'))} ms  ` +
      `CLS ${metric('cumulative-layout-shift').toFixed(3)}`,
  );
  const problems = lhr.runtimeError
    ? [`Lighthouse could not measure the page: ${lhr.runtimeError.message}`]
    : [];
  if (!(fcp < FCP_LIMIT_MS))
    problems.push(`first contentful paint ${seconds(fcp)}, not under ${seconds(FCP_LIMIT_MS)}`);
  CATEGORIES.forEach((id, index) => {
    if (scores[index] === 100) return;
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        problems.push(`${lhr.categories[id].title}: ${audit.title} (${audit.displayValue ?? audit.score})`);
      }
    }
  });
  for (const problem of problems) console.log(`    - ${problem}`);
  return { fcp, passed: problems.length === 0 };
}

const server = await startDevServer({
  config: { ...config, port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});
const origin = `http://localhost:${server.server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
const results = [];
try {
  await mkdir('.lighthouse', { recursive: true });
  console.log(`Lighthouse ${lighthouseVersion()}, mobile profile, served by the demo server (${origin}):`);
  console.log(`${'page'.padEnd(28)} performance / accessibility / best practices / SEO`);
  for (const page of pages) {
    const { lhr, report: html } = await lighthouse(`${origin}${page}`, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    const name = page
      .replace(/^\/|\.html$/g, '')
      .replace(/\/$/, '/index')
      .replaceAll('/', '-');
    await writeFile(`.lighthouse/${name}.html`, html);
    await writeFile(`.lighthouse/${name}.json`, JSON.stringify(lhr, null, 2));
    results.push({ page, ...report(page, lhr) });
  }
} finally {
  await chrome.kill();
  await server.stop();
}
const slowest = results.reduce((a, b) => (b.fcp > a.fcp ? b : a));
const failed = results.filter((result) => !result.passed);
console.log(
  failed.length
    ? `${failed.length} of ${results.length} pages below 100 or with a first paint of 1.2 s or more: ${failed.map((result) => result.page).join(', ')}.`
    : `${results.length} pages: 100 in every category, first contentful paint at most ${seconds(slowest.fcp)} (${slowest.page}).`,
);
console.log('Reports: .lighthouse/<page>.html');
process.exit(failed.length ? 1 : 0);

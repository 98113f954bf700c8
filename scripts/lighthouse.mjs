// `npm run lighthouse`: Lighthouse (mobile defaults) on the demo's article page, served by the
// end-to-end tests' static server over the repository. It builds nothing: run `npm run build`
// first. Prints the four category scores and exits with 1 when any is below 100.
// Uses Debian's Chromium (CHROME_PATH, default /usr/bin/chromium).
import { writeFile, mkdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../tools/server.mjs';

const PAGE = process.argv[2] ?? '/demo/';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

// Served as a production server would: text compressed with gzip, WebP with its media type
// (the test server knows neither on its own).
const COMPRESSIBLE = /(?:\/|\.(?:html|js|mjs|css|json|jsonld|svg))$/;
const server = await startServer({
  headers: (path) =>
    path.endsWith('.webp')
      ? { 'content-type': 'image/webp' }
      : COMPRESSIBLE.test(path)
        ? { 'content-encoding': 'gzip', vary: 'accept-encoding' }
        : undefined,
  rewrite: (path, body) => (COMPRESSIBLE.test(path) ? gzipSync(body) : undefined),
});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
let failed = false;
try {
  const url = `${server.origin}${PAGE}`;
  const result = await lighthouse(url, {
    port: chrome.port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  const { lhr, report } = result;
  await mkdir('.lighthouse', { recursive: true });
  await writeFile('.lighthouse/report.html', report);
  await writeFile('.lighthouse/report.json', JSON.stringify(lhr, null, 2));
  console.log(`Lighthouse ${lhr.lighthouseVersion} on ${url} (${lhr.configSettings.formFactor})`);
  for (const id of CATEGORIES) {
    const score = Math.round((lhr.categories[id].score ?? 0) * 100);
    console.log(`  ${lhr.categories[id].title.padEnd(16)} ${score}`);
    if (score < 100) {
      failed = true;
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`    - ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
  }
  console.log('Full report: .lighthouse/report.html');
} finally {
  await chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);

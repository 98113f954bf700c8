// The script-tag files as a CDN serves them: a versioned copy of each entry, whose name never
// changes meaning (news-widgets-<version>.js; the chunks are content-hashed already), and
// dist/integrity.json with the sha384 of every file, for Subresource Integrity
// (`integrity="sha384-…"`) and import maps (`"integrity": {…}`).
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const dist = new URL('../dist/', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ENTRIES = ['news-widgets.js', 'news-widgets.iife.js', 'news-widgets.bundle.js', 'news-widgets.css'];

for (const entry of ENTRIES) {
  copyFileSync(
    new URL(entry, dist),
    new URL(entry.replace(/^news-widgets/, `news-widgets-${version}`), dist),
  );
}
const files = readdirSync(dist)
  .filter((file) => /^news-widgets[.-].*\.(js|css)$/.test(file))
  .sort();
const integrity = Object.fromEntries(
  files.map((file) => [
    file,
    `sha384-${createHash('sha384')
      .update(readFileSync(new URL(file, dist)))
      .digest('base64')}`,
  ]),
);
writeFileSync(new URL('integrity.json', dist), `${JSON.stringify({ version, files: integrity }, null, 2)}\n`);

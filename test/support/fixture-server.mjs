// Test-only endpoints on the test runner's own server:
//   /fixtures/<file>                    a file under test/fixtures, as it is
//   /fixtures/http/<status>             that HTTP status
//   /fixtures/delay/<ms>/<file>         the file after a delay
//   /fixtures/counted/<key>/<file>      the file after 300 ms, counting feed requests per key
//   /fixtures/count/<key>               how many requests /fixtures/counted/<key>/ had
//   /fixtures/big                       a 1.2 MB JSON Feed
//   /fixtures/echo/<ext>?body=…          the body given, with the content type of <ext>
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

const types = {
  json: 'application/feed+json',
  jsonld: 'application/ld+json',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  png: 'image/png',
};

const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function bigFeed() {
  const item = { id: 'x', url: 'https://news.example/x', title: 'x'.repeat(1000) };
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Big',
    items: Array(1200).fill(item),
  });
}

export async function fixtureServer(context, next) {
  if (!context.path.startsWith('/fixtures/')) return next();
  let path = context.path.slice('/fixtures/'.length);
  let match;
  if ((match = /^http\/(\d{3})$/.exec(path))) {
    context.status = Number(match[1]);
    context.body = `status ${match[1]}`;
    return;
  }
  if ((match = /^count\/([\w-]+)$/.exec(path))) {
    context.body = { count: counts.get(match[1]) ?? 0 };
    return;
  }
  if ((match = /^echo\/(\w+)$/.exec(path))) {
    context.type = types[match[1]] ?? 'text/plain';
    context.body = context.query.body ?? '';
    return;
  }
  if (path === 'big') {
    context.type = 'application/feed+json';
    context.body = bigFeed();
    return;
  }
  if ((match = /^delay\/(\d+)\/(.*)$/.exec(path))) {
    await sleep(Number(match[1]));
    path = match[2];
  } else if ((match = /^counted\/([\w-]+)\/(.*)$/.exec(path))) {
    // Images named relative to a counted feed land here too; only the feed itself counts.
    if (/\.(json|rss|atom|xml)$/.test(match[2])) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
    await sleep(300);
    path = match[2];
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    context.status = 403;
    return;
  }
  try {
    context.body = await readFile(file);
    context.type = types[file.split('.').pop()] ?? 'text/plain';
  } catch {
    context.status = 404;
  }
}

// Test-only endpoints on the test runner's own server: /fixtures/http/<status>,
// /fixtures/delay/<ms>/<file>, and files under test/fixtures served as they are.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

const types = {
  json: 'application/json',
  jsonld: 'application/ld+json',
  xml: 'application/xml',
  png: 'image/png',
};

export async function fixtureServer(context, next) {
  const match = /^\/fixtures\/(?:(http)\/(\d{3})|(delay)\/(\d+)\/)?(.*)$/.exec(context.path);
  if (!match) return next();
  const [, http, status, delay, ms, file] = match;
  if (http) {
    context.status = Number(status);
    context.body = `status ${status}`;
    return;
  }
  if (delay) await new Promise((resolve) => setTimeout(resolve, Number(ms)));
  const path = normalize(join(root, file));
  if (!path.startsWith(root)) {
    context.status = 403;
    return;
  }
  try {
    context.body = await readFile(path);
    context.type = types[path.split('.').pop()] ?? 'text/plain';
  } catch {
    context.status = 404;
  }
}

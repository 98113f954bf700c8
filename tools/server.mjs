// A small static server over the repository for end-to-end tests in a real browser: per-path
// response headers (CSP), delays (slow scripts) and a log of every request (privacy checks).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml',
};

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {{ headers?: (path: string) => Record<string, string> | undefined,
 *           delay?: (path: string) => number | undefined,
 *           alias?: (path: string) => string | undefined,
 *           rewrite?: (path: string, body: Buffer) => Buffer | string | undefined }} [options]
 */
export async function startServer(options = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    requests.push({ path: url.pathname, cookie: request.headers.cookie });
    const delay = options.delay?.(url.pathname);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    let path = options.alias?.(url.pathname) ?? decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(repositoryRoot, path));
    if (!file.startsWith(repositoryRoot)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let body = await readFile(file);
      body = options.rewrite?.(url.pathname, body) ?? body;
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...options.headers?.(url.pathname),
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

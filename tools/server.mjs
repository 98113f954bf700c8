// A small static server over the repository for end-to-end tests in a real browser: per-path
// response headers (CSP), delays (slow scripts), a log of every request (privacy checks) and, on
// request, compression as a CDN serves files (the benchmark's throttled phone profile).
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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

const COMPRESSIBLE = /^(text\/|application\/(json|ld\+json|xml)|image\/svg)/;

/** The body compressed with `encoding` (`br` or `gzip`) at the highest level, once per file and body. */
function compressor() {
  const cache = new Map();
  return (file, body, encoding) => {
    const key = `${encoding} ${file}`;
    const hit = cache.get(key);
    if (hit?.source.equals(body)) return hit.compressed;
    const compressed =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    cache.set(key, { source: body, compressed });
    return compressed;
  };
}

/** `br` or `gzip`, whichever the request's Accept-Encoding allows (brotli first), or undefined. */
function encodingFor(header = '') {
  const accepted = header.split(',').flatMap((item) => {
    const [name, ...params] = item.split(';').map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return q && !(Number(q.slice(2)) > 0) ? [] : [name];
  });
  return ['br', 'gzip'].find((encoding) => accepted.includes(encoding));
}

/**
 * Starts the server on a free port of 127.0.0.1.
 * @param {{ headers?: (path: string) => Record<string, string> | undefined,
 *           delay?: (path: string) => number | undefined,
 *           alias?: (path: string) => string | undefined,
 *           rewrite?: (path: string, body: Buffer) => Buffer | string | undefined,
 *           compress?: boolean }} [options] `compress`: text is sent brotli- or gzip-compressed at
 *   the highest level, as the request's Accept-Encoding allows (off by default).
 */
export async function startServer(options = {}) {
  const requests = [];
  const compress = compressor();
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
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...options.headers?.(url.pathname),
      };
      const encoding = options.compress && encodingFor(request.headers['accept-encoding']);
      if (encoding && COMPRESSIBLE.test(headers['content-type'])) {
        body = compress(file, Buffer.from(body), encoding);
        Object.assign(headers, { 'content-encoding': encoding, vary: 'accept-encoding' });
      }
      response.writeHead(200, headers);
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

// Test-only endpoints on the test runner's own server:
//   /fixtures/<file>                    a file under test/fixtures, as it is (`?charset=x` adds a
//                                       charset to its Content-Type, `?charset=` removes one)
//   /fixtures/http/<status>             that HTTP status
//   /fixtures/delay/<ms>/<path>         <path> after a delay
//   /fixtures/counted/<key>/<path>      <path> after 300 ms, counting feed requests per key
//   /fixtures/count/<key>               how many requests /fixtures/counted/<key>/ had
//   /fixtures/big                       a 1.2 MB JSON Feed
//   /fixtures/bytes/<n>                 a JSON Feed of exactly n bytes, streamed in 64 KiB chunks
//                                       without a Content-Length (`?declared` sends one)
//   /fixtures/echo/<ext>?body=…         the body given, with the content type of <ext> (and
//                                       `?charset=`, as above)
//   /fixtures/hold/<id>/<path>          <path>, not started until /fixtures/release/<id>
//   /fixtures/hold-body/<id>/<path>     <path>'s status, headers and first half at once, the
//                                       rest at /fixtures/release/<id>
//   /fixtures/release/<id>              releases <id>, whether its request came yet or not
//   /fixtures/arrived/<id>              answers once <id>'s request reached the server
//   /fixtures/closed/<id>               answers once the browser closed <id>'s connection early
//   /fixtures/dist-without/<name>/<file> dist/<file>, but 404 for the chunks named <name>
//                                       (news-widgets.<name>.<hash>.js): a chunk that fails to load
import { readFile } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

const types = {
  json: 'application/feed+json',
  jsonld: 'application/ld+json',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  png: 'image/png',
};

// Feeds whose server names their charset in the Content-Type (test/fixtures/feeds/encoded.mjs).
const charsets = { 'feeds/pt-latin1-header.rss': 'ISO-8859-1' };

const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Held responses by id: `arrived` settles when the request reaches the server, `released` at
 * /fixtures/release/<id>, `closed` when the browser closes the held response's connection before
 * it ended (a timeout, a cancelled load).
 */
const holds = new Map();
function hold(id) {
  if (!holds.has(id)) {
    const entry = {};
    entry.arrived = new Promise((resolve) => (entry.arrive = resolve));
    entry.released = new Promise((resolve) => (entry.release = resolve));
    entry.closed = new Promise((resolve) => (entry.close = resolve));
    holds.set(id, entry);
  }
  return holds.get(id);
}

function bigFeed() {
  const item = { id: 'x', url: 'https://news.example/x', title: 'x'.repeat(1000) };
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Big',
    items: Array(1200).fill(item),
  });
}

/** A valid JSON Feed of exactly `size` bytes, padded with an extension field. */
function feedOfBytes(size) {
  const feed = (padding) =>
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Padded',
      items: [{ id: '1', url: 'https://news.example/padded', title: `A feed of ${size} bytes` }],
      _padding: padding,
    });
  const missing = size - Buffer.byteLength(feed(''));
  if (missing < 0) throw new Error(`A feed cannot be as small as ${size} bytes`);
  return Buffer.from(feed(' '.repeat(missing)));
}

function chunks(bytes, size = 65_536) {
  const parts = [];
  for (let offset = 0; offset < bytes.length; offset += size) {
    parts.push(bytes.subarray(offset, offset + size));
  }
  return parts;
}

function withCharset(type, context, path) {
  const charset = 'charset' in context.query ? context.query.charset : charsets[path];
  return charset ? `${type}; charset=${charset}` : type;
}

/**
 * The response for `path`: `{ status, type, body, declared }`, a body of bytes and whether to send
 * its Content-Length (the default); without one it is streamed in chunks.
 */
async function respond(path, context) {
  let match;
  if ((match = /^http\/(\d{3})$/.exec(path))) {
    return { status: Number(match[1]), type: 'text/plain', body: Buffer.from(`status ${match[1]}`) };
  }
  if ((match = /^echo\/(\w+)$/.exec(path))) {
    const type = withCharset(types[match[1]] ?? 'text/plain', context, path);
    return { type, body: Buffer.from(context.query.body ?? '') };
  }
  if (path === 'big') return { type: types.json, body: Buffer.from(bigFeed()) };
  if ((match = /^bytes\/(\d+)$/.exec(path))) {
    return { type: types.json, body: feedOfBytes(Number(match[1])), declared: 'declared' in context.query };
  }
  if ((match = /^delay\/(\d+)\/(.*)$/.exec(path))) {
    await sleep(Number(match[1]));
    return respond(match[2], context);
  }
  if ((match = /^dist-without\/([\w-]+)\/(news-widgets[\w.-]*\.js)$/.exec(path))) {
    const [, name, file] = match;
    if (file.startsWith(`news-widgets.${name}.`))
      return { status: 404, type: 'text/plain', body: Buffer.from('gone') };
    return { type: 'text/javascript', body: await readFile(join(dist, file)) };
  }
  if ((match = /^counted\/([\w-]+)\/(.*)$/.exec(path))) {
    // Images named relative to a counted feed land here too; only the feed itself counts.
    if (/\.(json|rss|atom|xml)$/.test(match[2])) counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
    await sleep(300);
    return respond(match[2], context);
  }
  const file = normalize(join(root, path));
  if (!file.startsWith(root)) return { status: 403, type: 'text/plain', body: Buffer.from('forbidden') };
  try {
    const body = await readFile(file);
    return { type: withCharset(types[file.split('.').pop()] ?? 'text/plain', context, path), body };
  } catch {
    return { status: 404, type: 'text/plain', body: Buffer.from('not found') };
  }
}

function send(context, { status = 200, type, body, declared = true }, rest) {
  context.status = status;
  context.type = type;
  if (rest) {
    // Half now, so the headers and those bytes reach the browser; the rest when released.
    const stream = new PassThrough();
    const half = Math.floor(body.length / 2);
    stream.write(body.subarray(0, half));
    rest.then(() => stream.destroyed || stream.end(body.subarray(half)));
    context.body = stream;
  } else {
    context.body = declared ? body : Readable.from(chunks(body));
  }
  if (declared) context.length = body.length;
}

export async function fixtureServer(context, next) {
  if (!context.path.startsWith('/fixtures/')) return next();
  const path = context.path.slice('/fixtures/'.length);
  let match;
  if ((match = /^count\/([\w-]+)$/.exec(path))) {
    context.body = { count: counts.get(match[1]) ?? 0 };
    return;
  }
  if ((match = /^(release|arrived|closed)\/([\w-]+)$/.exec(path))) {
    const [, what, id] = match;
    if (what === 'release') hold(id).release();
    else await hold(id)[what];
    context.body = { [what]: id };
    return;
  }
  if ((match = /^hold(-body)?\/([\w-]+)\/(.*)$/.exec(path))) {
    const [, bodyOnly, id, inner] = match;
    const entry = hold(id);
    entry.arrive();
    context.res.on('close', () => context.res.writableFinished || entry.close());
    // A browser that gave up is not waited for.
    const released = Promise.race([entry.released, entry.closed]);
    if (!bodyOnly) await released;
    send(context, await respond(inner, context), bodyOnly ? released : undefined);
    return;
  }
  send(context, await respond(path, context));
}

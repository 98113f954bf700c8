import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { isAbort, LoadError } from '../src/internal/errors.js';
import { loadText, MAX_BODY_BYTES } from '../src/internal/load.js';

async function failure(promise: Promise<unknown>): Promise<LoadError> {
  try {
    await promise;
  } catch (error) {
    return error as LoadError;
  }
  throw new Error('expected the load to fail');
}

/** An id for one held response on the fixture server (test/support/fixture-server.mjs). */
const holdId = () => `t${Math.random().toString(36).slice(2)}`;
const release = (id: string) => fetch(`/fixtures/release/${id}`);
/** Resolves once held response `id`'s request reached the server. */
const arrived = (id: string) => fetch(`/fixtures/arrived/${id}`);
/** Resolves once the browser closed held response `id`'s connection before it ended. */
const closed = (id: string) => fetch(`/fixtures/closed/${id}`);

/**
 * Watches `fetch` while `run` runs: how often it was called, and a promise that resolves once the
 * caller has read the first bytes of a body (the load is then past the headers, in the body).
 */
async function watchingFetch<T>(run: (bodyStarted: Promise<void>) => Promise<T>): Promise<[T, number]> {
  const original = window.fetch;
  let calls = 0;
  let started!: () => void;
  const bodyStarted = new Promise<void>((resolve) => (started = resolve));
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    calls++;
    const response = await original(...args);
    const body = response.body;
    if (body) {
      const getReader = body.getReader.bind(body);
      body.getReader = (() => {
        const reader = getReader();
        const read = reader.read.bind(reader);
        reader.read = async () => {
          const chunk = await read();
          if (!chunk.done) started();
          return chunk;
        };
        return reader;
      }) as typeof body.getReader;
    }
    return response;
  };
  try {
    return [await run(bodyStarted), calls];
  } finally {
    window.fetch = original;
  }
}

const text = (url: string) => loadText(url, { timeout: 5000 });

describe('loadText', () => {
  it('returns the body', async () => {
    expect(await text('/fixtures/article.jsonld')).to.contain('NewsArticle');
  });

  it('shares one request between concurrent callers of the same URL', async () => {
    const url = `/fixtures/article.jsonld?shared=${holdId()}`;
    const [bodies, calls] = await watchingFetch(() => Promise.all([1, 2, 3].map(() => text(url))));
    expect(calls).to.equal(1);
    expect(new Set(bodies).size).to.equal(1);
    expect(bodies[0]).to.contain('NewsArticle');
  });

  it('rejects with reasons: http with the status, empty', async () => {
    const http = await failure(text('/fixtures/http/503'));
    expect([http.reason, http.status, http.message]).to.deep.equal(['http', 503, 'HTTP 503']);
    const empty = await failure(text('/fixtures/empty.json')); // whitespace only
    expect([empty.reason, empty.message]).to.deep.equal(['empty', 'The response body is empty']);
  });

  it('lets one caller cancel without cancelling the others', async () => {
    const id = holdId();
    const url = `/fixtures/hold/${id}/article.jsonld`;
    const controller = new AbortController();
    const cancelled = failure(loadText(url, { timeout: 5000, signal: controller.signal }));
    const kept = text(url);
    controller.abort();
    expect(isAbort(await cancelled)).to.be.true;
    await release(id);
    expect(await kept).to.contain('NewsArticle');
  });

  it('stops the request when its last caller cancels', async () => {
    const id = holdId();
    const controller = new AbortController();
    const cancelled = failure(
      loadText(`/fixtures/hold/${id}/article.jsonld`, { timeout: 5000, signal: controller.signal }),
    );
    await arrived(id);
    controller.abort();
    expect(isAbort(await cancelled)).to.be.true;
    expect(await (await closed(id)).json()).to.deep.equal({ closed: id });
  });
});

describe('loadText: the size limit', () => {
  it('loads a body of exactly MAX_BODY_BYTES, counted as it streams', async () => {
    const body = await text(`/fixtures/bytes/${MAX_BODY_BYTES}`);
    expect(body.length).to.equal(MAX_BODY_BYTES);
    expect(JSON.parse(body).title).to.equal('Padded');
  });

  it('refuses one byte more, with reason parse', async () => {
    const error = await failure(text(`/fixtures/bytes/${MAX_BODY_BYTES + 1}`));
    expect([error.reason, error.message]).to.deep.equal([
      'parse',
      'The body is over the limit of 1000000 bytes',
    ]);
  });

  it('stops reading, and cancels the stream, as soon as the count passes the limit', async () => {
    // 1.5 MB arrive at once, the rest never: only counting while reading can fail here.
    const id = holdId();
    const error = await failure(text(`/fixtures/hold-body/${id}/bytes/${3 * MAX_BODY_BYTES}`));
    expect(error.reason).to.equal('parse');
    expect(await (await closed(id)).json()).to.deep.equal({ closed: id });
  });

  it('loads a declared Content-Length of exactly MAX_BODY_BYTES', async () => {
    expect(await text(`/fixtures/bytes/${MAX_BODY_BYTES}?declared`)).to.have.length(MAX_BODY_BYTES);
  });

  it('refuses a Content-Length over the limit before reading the body', async () => {
    // Half the body arrives, the rest never does: reading it would wait forever.
    const id = holdId();
    const error = await failure(text(`/fixtures/hold-body/${id}/bytes/${MAX_BODY_BYTES + 1}?declared`));
    expect([error.reason, error.message]).to.deep.equal([
      'parse',
      'The body (1000001 bytes) is over the limit of 1000000 bytes',
    ]);
    expect(await (await closed(id)).json()).to.deep.equal({ closed: id });
  });
});

describe('loadText: the timeout, on a fake clock', () => {
  const TIMEOUT = 10_000;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    // Only the timers: fetch and the test runner keep their own clocks.
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => clock.restore());

  it('still waits for a response 1 ms before the timeout', async () => {
    const id = holdId();
    const loading = loadText(`/fixtures/hold/${id}/article.jsonld`, { timeout: TIMEOUT });
    clock.tick(TIMEOUT - 1);
    await release(id);
    expect(await loading).to.contain('NewsArticle');
  });

  it('gives up at the timeout with reason timeout, and closes the connection', async () => {
    const id = holdId();
    const loading = failure(loadText(`/fixtures/hold/${id}/article.jsonld`, { timeout: TIMEOUT }));
    await arrived(id);
    clock.tick(TIMEOUT);
    const error = await loading;
    expect([error.reason, error.message]).to.deep.equal(['timeout', 'No response within 10000 ms']);
    expect(await (await closed(id)).json()).to.deep.equal({ closed: id });
  });

  it('still waits for the rest of a body 1 ms before the timeout', async () => {
    const id = holdId();
    const url = `/fixtures/hold-body/${id}/feeds/stories.rss`;
    const [body] = await watchingFetch(async (bodyStarted) => {
      const loading = loadText(url, { timeout: TIMEOUT });
      await bodyStarted;
      clock.tick(TIMEOUT - 1);
      await release(id);
      return loading;
    });
    expect(body).to.equal(await (await fetch('/fixtures/feeds/stories.rss')).text());
  });

  it('gives up on a body that is not complete at the timeout', async () => {
    const id = holdId();
    const url = `/fixtures/hold-body/${id}/feeds/stories.rss`;
    const [error] = await watchingFetch(async (bodyStarted) => {
      const loading = failure(loadText(url, { timeout: TIMEOUT }));
      await bodyStarted;
      clock.tick(TIMEOUT);
      return loading;
    });
    expect([error.reason, error.message]).to.deep.equal([
      'timeout',
      'The body was not complete within 10000 ms',
    ]);
  });
});

describe('loadText: decoding', () => {
  const echo = (ext: string, body: string, charset?: string) =>
    `/fixtures/echo/${ext}?body=${encodeURIComponent(body)}${charset === undefined ? '' : `&charset=${charset}`}`;
  const rss = (declaration: string, title: string) =>
    `${declaration}<rss version="2.0"><channel><item><title>${title}</title></item></channel></rss>`;

  it('reads ISO-8859-1 bytes by the charset in the Content-Type', async () => {
    const body = await text('/fixtures/feeds/pt-latin1-header.rss');
    expect(body).to.contain('Governo divulga simulações do novo salário mínimo');
    expect(body).to.contain('Reações à decisão do Copom');
  });

  it('reads ISO-8859-1 bytes by the encoding in the XML declaration', async () => {
    const body = await text('/fixtures/feeds/pt-latin1-declared.rss');
    expect(body).to.contain('Governo divulga simulações do novo salário mínimo');
    expect(body).to.contain('Reações à decisão do Copom');
  });

  it('prefers the Content-Type over the XML declaration', async () => {
    const utf8 = rss('<?xml version="1.0" encoding="ISO-8859-1"?>', 'Reações');
    expect(await text(echo('rss', utf8, 'utf-8'))).to.contain('<title>Reações</title>');
    expect(await text(echo('rss', utf8))).to.contain('<title>ReaÃ§Ãµes</title>');
  });

  it('falls back to the next source when a label is unknown', async () => {
    expect(await text('/fixtures/feeds/pt-latin1-declared.rss?charset=x-no-such-charset')).to.contain(
      'simulações',
    );
    const body = rss('<?xml version="1.0" encoding="x-no-such-charset"?>', 'Reações');
    expect(await text(echo('rss', body))).to.contain('<title>Reações</title>');
  });

  it('reads UTF-8 when nothing names an encoding', async () => {
    expect(await text(echo('rss', rss('<?xml version="1.0"?>', 'Reações')))).to.contain('Reações');
    expect(await text(echo('json', '{"title":"Reações"}'))).to.equal('{"title":"Reações"}');
  });

  it('ignores a declaration of UTF-16 in a body readable as ASCII', async () => {
    const body = rss('<?xml version="1.0" encoding="UTF-16"?>', 'Reações');
    expect(await text(echo('rss', body))).to.contain('<title>Reações</title>');
  });

  it('honours a UTF-8 byte order mark and drops it, even against the Content-Type', async () => {
    for (const url of ['/fixtures/feeds/utf8-bom.json', '/fixtures/feeds/utf8-bom.json?charset=ISO-8859-1']) {
      const body = await text(url);
      expect(body.charCodeAt(0), url).to.equal('{'.charCodeAt(0));
      expect(JSON.parse(body).items[0].summary, url).to.equal('Reações em Tbilisi: “um passo importante”');
    }
  });

  it('honours UTF-16 byte order marks, little- and big-endian', async () => {
    for (const file of ['utf16le-bom.atom', 'utf16be-bom.atom']) {
      const body = await text(`/fixtures/feeds/${file}`);
      expect(body.startsWith('<?xml version="1.0" encoding="UTF-16"?>'), file).to.be.true;
      expect(body, file).to.contain('<title>NATO-ს დღეები საქართველოში ოფიციალურად გაიხსნა</title>');
    }
  });
});

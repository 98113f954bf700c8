import { expect } from '@open-wc/testing';
import { isAbort, LoadError } from '../src/internal/errors.js';
import { loadText } from '../src/internal/load.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

describe('loadText', () => {
  it('returns the body', async () => {
    expect(await loadText('/fixtures/article.jsonld', { timeout: 5000 })).to.contain('NewsArticle');
  });

  it('shares one request between concurrent callers of the same URL', async () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls++;
      return original(...args);
    };
    try {
      const url = `/fixtures/article.jsonld?shared=${Math.random()}`;
      const bodies = await Promise.all([1, 2, 3].map(() => loadText(url, { timeout: 5000 })));
      expect(calls).to.equal(1);
      expect(new Set(bodies).size).to.equal(1);
    } finally {
      window.fetch = original;
    }
  });

  it('rejects with reasons: http with the status, timeout, empty', async () => {
    const http = (await failure(loadText('/fixtures/http/503', { timeout: 5000 }))) as LoadError;
    expect([http.reason, http.status]).to.deep.equal(['http', 503]);
    const slow = (await failure(
      loadText('/fixtures/delay/2000/article.jsonld', { timeout: 200 }),
    )) as LoadError;
    expect(slow.reason).to.equal('timeout');
    const empty = (await failure(loadText('/fixtures/empty.json', { timeout: 5000 }))) as LoadError;
    expect(empty.reason).to.equal('empty');
  });

  it('lets one caller cancel without cancelling the others', async () => {
    const url = `/fixtures/delay/300/article.jsonld?cancel=${Math.random()}`;
    const controller = new AbortController();
    const cancelled = failure(loadText(url, { timeout: 5000, signal: controller.signal }));
    const kept = loadText(url, { timeout: 5000 });
    controller.abort();
    expect(isAbort(await cancelled)).to.be.true;
    expect(await kept).to.contain('NewsArticle');
  });
});

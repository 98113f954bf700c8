// Loaded on demand (dynamic import) by the first element that has a `src`.
import { LoadError } from './errors.js';

export interface LoadOptions {
  /** Give up after this many milliseconds (reason `timeout`). */
  timeout: number;
  /** Cancels this caller's interest; the request itself stops when no caller is left. */
  signal?: AbortSignal;
  /** Asks the server again instead of trusting the browser's HTTP cache (for reloads). */
  revalidate?: boolean;
}

/** Bodies larger than this are refused: no widget needs a megabyte of data. */
export const MAX_BODY_BYTES = 1_000_000;

interface SharedRequest {
  promise: Promise<string>;
  controller: AbortController;
  callers: number;
}

// Elements that ask for the same URL at the same time share one request.
const inFlight = new Map<string, SharedRequest>();

async function request(
  url: string,
  controller: AbortController,
  timeout: number,
  cache: RequestCache,
): Promise<string> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  try {
    let response: Response;
    try {
      // No cookies: a widget never needs the reader's credentials for public data.
      response = await fetch(url, { signal: controller.signal, credentials: 'omit', cache });
    } catch (error) {
      if (timedOut) throw new LoadError('timeout', `No response within ${timeout} ms`);
      throw new LoadError('network', `Network error: ${String(error)}`);
    }
    if (!response.ok) {
      throw new LoadError('http', `HTTP ${response.status}`, response.status);
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_BODY_BYTES) {
      throw new LoadError('parse', `Body of ${declared} bytes is over ${MAX_BODY_BYTES}`);
    }
    let body: string;
    try {
      body = await response.text();
    } catch {
      if (timedOut) throw new LoadError('timeout', `Body not complete within ${timeout} ms`);
      throw new LoadError('network', 'The connection closed before the body was complete');
    }
    if (body.length > MAX_BODY_BYTES) {
      throw new LoadError('parse', `Body is over ${MAX_BODY_BYTES} bytes`);
    }
    if (!body.trim()) throw new LoadError('empty', 'The response body is empty');
    return body;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches `url` as text. Rejects with a `LoadError` (or an `AbortError` `DOMException` when
 * `signal` aborts). Concurrent calls for the same URL share one request.
 */
export function loadText(url: string, { timeout, signal, revalidate }: LoadOptions): Promise<string> {
  const cache: RequestCache = revalidate ? 'no-cache' : 'default';
  const key = `${cache} ${url}`;
  let shared = inFlight.get(key);
  if (!shared) {
    const controller = new AbortController();
    const promise = request(url, controller, timeout, cache);
    const entry: SharedRequest = { promise, controller, callers: 0 };
    shared = entry;
    inFlight.set(key, entry);
    const forget = () => {
      if (inFlight.get(key) === entry) inFlight.delete(key);
    };
    promise.then(forget, forget);
  }
  const entry = shared;
  entry.callers++;
  return new Promise<string>((resolve, reject) => {
    let settled = false;
    const leave = () => {
      settled = true;
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (settled) return;
      leave();
      if (--entry.callers === 0) {
        // Nobody waits any more: stop the request, and let the next caller start afresh.
        if (inFlight.get(key) === entry) inFlight.delete(key);
        entry.controller.abort();
      }
      reject(new DOMException('The load was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    entry.promise.then(
      (body) => {
        if (settled) return;
        leave();
        entry.callers--;
        resolve(body);
      },
      (error: unknown) => {
        if (settled) return;
        leave();
        entry.callers--;
        reject(error);
      },
    );
  });
}

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

/** A decoder for `label`, or `undefined` when the Encoding Standard does not know it. */
function decoder(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

// Byte order marks, which name their encoding whatever else does.
const BOMS = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16be', [0xfe, 0xff]],
  ['utf-16le', [0xff, 0xfe]],
] as const;

/**
 * The body as text, decoded from its bytes. A byte order mark decides first, as in the Encoding
 * Standard's `decode` (the bytes speak for themselves; a server's header is the usual mistake);
 * then the charset the Content-Type names; then the encoding in an XML declaration (RFC 7303's
 * order); then UTF-8. A label no decoder knows falls through to the next source. TextDecoder maps
 * labels as browsers do (ISO-8859-1 is windows-1252).
 */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const bom = BOMS.find(([, marks]) => marks.every((byte, i) => bytes[i] === byte))?.[0];
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  const declared = decoder(/^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1]);
  // A declaration readable as ASCII is not in UTF-16, whatever it says (HTML reads a
  // `<meta charset>` that names UTF-16 the same way).
  const xml = declared?.encoding.startsWith('utf-16') ? undefined : declared;
  return (decoder(bom) ?? decoder(charset) ?? xml ?? new TextDecoder()).decode(bytes);
}

/**
 * Reads the body, counting bytes as they arrive and giving up as soon as they pass the limit (the
 * caller then aborts the transfer).
 */
async function readBody(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BODY_BYTES) {
    throw new LoadError('parse', `The body (${declared} bytes) is over the limit of ${MAX_BODY_BYTES} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      throw new LoadError('parse', `The body is over the limit of ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

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
    if (!response.ok) throw new LoadError('http', `HTTP ${response.status}`, response.status);
    let bytes: Uint8Array;
    try {
      bytes = await readBody(response);
    } catch (error) {
      if (error instanceof LoadError) throw error;
      if (timedOut) throw new LoadError('timeout', `The body was not complete within ${timeout} ms`);
      throw new LoadError('network', 'The connection closed before the body was complete');
    }
    const body = decode(bytes, response.headers.get('content-type'));
    if (!body.trim()) throw new LoadError('empty', 'The response body is empty');
    return body;
  } catch (error) {
    // Whatever failed, stop the transfer: a body left unread keeps its connection busy.
    controller.abort();
    throw error;
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

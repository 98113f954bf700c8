import type { NewsErrorReason } from './events.js';

/** A failed load, with the reason partners see in `news-error`. */
export class LoadError extends Error {
  constructor(
    readonly reason: NewsErrorReason,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

/**
 * Whether `error` is a cancellation (an aborted load, a share sheet the reader closed), which is
 * never reported as a failure.
 */
export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/**
 * For `import()` of the parts loaded on demand (the loader, the feed and JSON-LD parsers): a
 * chunk that fails to arrive is a network failure, reported as such.
 */
export function chunkFailed(error: unknown): never {
  throw new LoadError('network', `A part of news-widgets could not be loaded: ${String(error)}`);
}

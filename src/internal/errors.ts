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
 * Imports a part of the library that is loaded on demand (the data loader, a parser). An app's
 * bundler may have split it into a file of its own: one that fails to arrive, or takes longer than
 * `timeout`, is a load failure that names the part, not the data.
 */
export function importPart<T>(load: () => Promise<T>, part: string, timeout: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new LoadError('timeout', `news-widgets' ${part} did not load within ${timeout} ms`)),
      timeout,
    );
  });
  const part$ = load().catch((error: unknown) => {
    throw new LoadError('network', `news-widgets' ${part} could not be loaded: ${String(error)}`);
  });
  return Promise.race([part$, late]).finally(() => clearTimeout(timer));
}

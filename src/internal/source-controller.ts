import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { importPart, isAbort, LoadError } from './errors.js';
import { dispatchNewsEvent } from './events.js';
import { safeUrl } from './warnings.js';

export interface SourceOptions<T> {
  /** The URL to load: the element's `src`. */
  src(): string | undefined;
  /** Milliseconds before the load counts as failed. */
  timeout(): number;
  /** Turns the body into data, throwing a `LoadError` for unusable content. */
  parse(body: string, url: URL): T | Promise<T>;
}

/**
 * Loads an element's `src` in the browser: sanitized, resolved against the page, fetched by the
 * loader (imported on demand, so pages without a `src` never download it) and parsed. The data
 * and the end of `fetching` arrive in the same update, so no render sees the load finished
 * without its data. A newer load or the element leaving the page cancels the one in flight, which
 * then ends quietly; a failed load dispatches `news-error`. Reconnected after a cancelled load,
 * the element loads again.
 */
export class SourceController<T> implements ReactiveController {
  /** The data of the last load that succeeded, until the next load starts (a reload keeps it). */
  data?: T;
  /** Whether a load is in flight. */
  fetching = false;
  /** Why the last load failed, until the next one starts. */
  error?: LoadError;

  #controller?: AbortController;
  /** Whether the last load was cancelled before it ended, so that reconnecting loads again. */
  #interrupted = false;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: SourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#interrupted) void this.load();
  }

  hostDisconnected(): void {
    if (this.#controller) this.#interrupted = true;
    this.#cancel();
  }

  /**
   * Loads `src`. `revalidate` asks the server again rather than the HTTP cache, for an explicit
   * reload, and keeps the data on screen until fresh data arrives.
   */
  async load(revalidate = false): Promise<void> {
    this.#cancel();
    this.#interrupted = false;
    this.error = undefined;
    if (!revalidate) this.data = undefined;
    const src = this.options.src();
    if (isServer || !src || !this.host.isConnected) return this.host.requestUpdate();
    const safe = safeUrl(this.host, 'src', src, 'resource', 'nothing was fetched');
    if (!safe) return this.host.requestUpdate();
    const controller = new AbortController();
    this.#controller = controller;
    this.fetching = true;
    this.host.requestUpdate();
    const url = new URL(safe, this.host.ownerDocument.baseURI);
    const timeout = this.options.timeout();
    // After each step, a newer load or a disconnection may have cancelled this one.
    const current = () => this.#controller === controller;
    try {
      const { loadText } = await importPart(() => import('./load.js'), 'loader', timeout);
      if (!current()) return;
      const body = await loadText(url.href, { timeout, signal: controller.signal, revalidate });
      if (!current()) return;
      const data = await this.options.parse(body, url);
      if (current()) this.data = data;
    } catch (error) {
      if (current() && !isAbort(error)) {
        this.error = error instanceof LoadError ? error : new LoadError('parse', String(error));
        const { reason, status, message } = this.error;
        dispatchNewsEvent(this.host, 'news-error', {
          widget: this.host.localName,
          reason,
          status,
          url: url.href,
          message,
        });
      }
    } finally {
      if (current()) {
        this.#controller = undefined;
        this.fetching = false;
        this.host.requestUpdate();
      }
    }
  }

  #cancel(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.fetching = false;
  }
}

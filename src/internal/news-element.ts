import { isServer, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { version } from '../version.js';
import { dispatchNewsEvent, unwatchImpression, watchImpression } from './events.js';
import type { NewsClickDetail, NewsErrorDetail } from './events.js';
import { stringsFor, type Strings } from './i18n.js';
import { importPart, isAbort, LoadError } from './errors.js';
import { localeOf, observeLocale, resolveLocale, unobserveLocale, type Locale } from './locale.js';
import { fallbacksKeepTheirBox, mayRenderNow, nextRenderSlice } from './render-slices.js';
import { sanitizeUrl } from './urls.js';

export type Theme = 'light' | 'dark' | 'auto';

let warnedAboutVersions = false;

/**
 * What all news elements share: safe registration, the page's language and direction, the
 * colour theme, one-time warnings, and the `news-*` events.
 */
export abstract class NewsElement extends LitElement {
  /** The library version that defined this class. */
  static readonly version: string = version;

  /**
   * Registers this class as `tagName`. A tag that is already defined (by a second copy or another
   * version of the library, or by the page) is left as it is: loading twice never throws.
   */
  static define(tagName: string): void {
    const registry = globalThis.customElements;
    if (!registry) return;
    const existing = registry.get(tagName) as { version?: unknown } | undefined;
    if (!existing) {
      registry.define(tagName, this as unknown as CustomElementConstructor);
    } else if (existing !== this && existing.version !== version && !warnedAboutVersions) {
      warnedAboutVersions = true;
      console.warn(
        `news-widgets ${version}: <${tagName}> is already defined by ` +
          `${typeof existing.version === 'string' ? `version ${existing.version}` : 'another script'}; ` +
          'that definition stays. Load the library once per page.',
      );
    }
  }

  /** Colour scheme: `light` (the default), `dark`, or `auto` to follow the reader's setting. */
  @property({ reflect: true }) theme?: Theme;

  /** The language and direction in force, from the nearest ancestor that sets them. */
  @state() protected locale: Locale = localeOf('en', 'ltr');

  /** Whether a `fetchSource` call is in flight. */
  @state() protected fetching = false;

  /** Created with the first warning: most elements never warn. */
  #warned?: Set<string>;
  /** Shows the light-DOM fallback in the shadow root until the first render replaces it. */
  #fallbackSlot?: HTMLSlotElement;
  /** Custom states: `rendered` once the first render is in, for the pre-upgrade stylesheet. */
  #internals?: ElementInternals;
  #loadController?: AbortController;
  #impressionSent = false;
  /**
   * A server-rendered element (declarative shadow DOM) whose first update is its hydration. The
   * server rendered it in the default locale, as it cannot see the page's `lang` and `dir`;
   * hydration needs that same markup, so the page's locale applies from the next update.
   */
  #hydrating = !isServer && !!this.shadowRoot;

  // Callbacks shared by every element, so that a long list of them holds no closure per element.
  static #localeChanged = (element: NewsElement): void => element.#updateLocale();
  static #seen = (element: NewsElement): void => {
    element.#impressionSent = true;
    dispatchNewsEvent(element, 'news-impression', { widget: element.localName });
  };

  /** UI strings in the element's language. */
  protected get strings(): Strings {
    return stringsFor(this.locale.lang);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Where news-widgets.css lays fallbacks out, the first render may wait for its turn
    // (render-slices.ts). Meanwhile the empty shadow root would hide the light DOM: a slot keeps
    // the fallback on screen, and the element keeps matching news-widgets.css (which styles
    // elements not yet `rendered`), so nothing moves. Not with a server-rendered shadow root,
    // which already shows the widget.
    // Asked before the shadow root adopts its styles: then the page's style is still up to date
    // and reading it costs no style pass over the whole page (BENCHMARKS.md).
    const keepFallback = !isServer && !this.hasUpdated && fallbacksKeepTheirBox();
    const root = super.createRenderRoot();
    if (keepFallback && !root.firstChild) {
      this.#fallbackSlot = this.ownerDocument.createElement('slot');
      root.append(this.#fallbackSlot);
    }
    return root;
  }

  /**
   * First renders take turns (see render-slices.ts), so that many upgrades never block the page,
   * when the fallback slot keeps the element's fallback in place meanwhile.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (this.#fallbackSlot) {
      await this.prepareFirstRender();
      // Checked right before rendering, so that a burst of elements cannot all pass at once.
      while (!mayRenderNow()) await nextRenderSlice();
    }
    super.scheduleUpdate();
  }

  /** Slow work the first render needs, done beforehand in a task of its own. None by default. */
  protected prepareFirstRender(): Promise<void> | void {}

  protected override update(changed: PropertyValues<this>): void {
    this.#fallbackSlot?.remove();
    this.#fallbackSlot = undefined;
    super.update(changed);
    if (!this.hasUpdated && !isServer) {
      try {
        this.#internals ??= this.attachInternals();
        this.#internals.states.add('rendered');
      } catch {
        // No custom states here: news-widgets.css then goes by :defined alone.
      }
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#updateLocale();
    observeLocale(this, NewsElement.#localeChanged);
    if (this.hasUpdated) this.#watchImpression();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.#hydrating) {
      this.#hydrating = false;
      this.#updateLocale();
    }
    // Impressions are measured from the first render on, and set up after it.
    if (this.isConnected) this.#watchImpression();
  }

  #watchImpression(): void {
    if (this.#impressionSent) return;
    watchImpression(this, NewsElement.#seen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLocale(this);
    unwatchImpression(this);
    this.cancelFetch();
  }

  /** Whether a fetch was cancelled (or never ran) and should run again, e.g. on reconnection. */
  protected get fetchPending(): boolean {
    return !this.#loadController;
  }

  /** Cancels the `fetchSource` call in flight, if any. */
  protected cancelFetch(): void {
    this.#loadController?.abort();
    this.#loadController = undefined;
    this.fetching = false;
  }

  /**
   * Fetches `src` (sanitized, resolved against the page), turns its body into data with `parse`
   * (which throws a `LoadError` for unusable content) and hands it to `apply` in the same update
   * that ends `fetching`, so no render ever sees the load finished without its data. Nothing is
   * applied when there is no usable `src`, when a newer call cancelled this one, or when the load
   * failed, in which case `news-error` was dispatched. Runs in the browser only. `revalidate`
   * asks the server again rather than the HTTP cache, for an explicit reload. The loader is
   * imported on demand (apps' bundlers split it off, so pages without a `src` never load it).
   */
  protected async fetchSource<T>(
    src: string | undefined,
    timeout: number,
    parse: (body: string, url: URL) => T | Promise<T>,
    apply: (data: T) => void,
    revalidate = false,
  ): Promise<void> {
    this.cancelFetch();
    if (!src || !this.isConnected) return;
    const safe = sanitizeUrl(src, 'resource');
    if (!safe) {
      this.warnOnce('src', `src="${src}" is not an http(s) or relative URL; it was not fetched.`);
      return;
    }
    const controller = new AbortController();
    this.#loadController = controller;
    this.fetching = true;
    const url = new URL(safe, this.ownerDocument.baseURI);
    // After each step, a newer call or a disconnection may have cancelled this one: it then ends
    // quietly, whatever happened to it.
    const current = () => this.#loadController === controller;
    try {
      const { loadText } = await importPart(() => import('./load.js'), 'loader', timeout);
      if (!current()) return;
      const body = await loadText(url.href, { timeout, signal: controller.signal, revalidate });
      if (!current()) return;
      const data = await parse(body, url);
      if (current()) apply(data);
    } catch (error) {
      if (current() && !isAbort(error)) {
        const failure = error instanceof LoadError ? error : new LoadError('parse', String(error));
        const { reason, status, message } = failure;
        this.emitError({ reason, status, url: url.href, message });
      }
    } finally {
      if (this.#loadController === controller) {
        this.#loadController = undefined;
        this.fetching = false;
      }
    }
  }

  #updateLocale(): void {
    if (this.#hydrating) return;
    // Equal locales are one object (localeOf), so a change of object is a change of locale.
    this.locale = resolveLocale(this);
  }

  /** Logs one `console.warn` per element and `key`, naming the element. */
  protected warnOnce(key: string, message: string): void {
    this.#warned ??= new Set();
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`<${this.localName}>: ${message}`, this);
  }

  /** Dispatches `news-click` for a link or action inside the element. */
  protected emitClick(detail: Omit<NewsClickDetail, 'widget'>): void {
    dispatchNewsEvent(this, 'news-click', { widget: this.localName, ...detail });
  }

  /** Dispatches `news-error` when data could not be loaded. */
  protected emitError(detail: Omit<NewsErrorDetail, 'widget'>): void {
    dispatchNewsEvent(this, 'news-error', { widget: this.localName, ...detail });
  }
}

import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { version } from '../version.js';
import { dispatchNewsEvent, unwatchImpression, watchImpression } from './events.js';
import type { NewsClickDetail, NewsErrorDetail } from './events.js';
import { stringsFor, type Strings } from './i18n.js';
import { observeLocale, resolveLocale, type Locale } from './locale.js';

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
  @state() protected locale: Locale = { lang: 'en', dir: 'ltr' };

  #warned = new Set<string>();
  #impressionSent = false;
  #stopObservingLocale?: () => void;

  /** UI strings in the element's language. */
  protected get strings(): Strings {
    return stringsFor(this.locale.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#updateLocale();
    this.#stopObservingLocale = observeLocale(() => this.#updateLocale());
    if (!this.#impressionSent) {
      watchImpression(this, () => {
        this.#impressionSent = true;
        dispatchNewsEvent(this, 'news-impression', { widget: this.localName });
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLocale?.();
    this.#stopObservingLocale = undefined;
    unwatchImpression(this);
  }

  #updateLocale(): void {
    const next = resolveLocale(this);
    if (next.lang !== this.locale.lang || next.dir !== this.locale.dir) this.locale = next;
  }

  /** Logs one `console.warn` per element and `key`, naming the element. */
  protected warnOnce(key: string, message: string): void {
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

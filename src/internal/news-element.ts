import { isServer, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { version } from '../version.js';
import { dispatchNewsEvent, type NewsClickDetail } from './events.js';
import { fallbacksKeepTheirBox, mayRenderNow, nextRenderSlice } from './render-slices.js';
import type { ColorSchemeController } from './color-scheme.js';
import { keyword } from './warnings.js';

export type Theme = 'light' | 'dark' | 'auto';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

let warnedAboutVersions = false;

/**
 * What all news elements share: safe registration, the colour theme, the pacing of first renders,
 * and `news-click`. Each element attaches the controllers it uses for the rest (locale, loading a
 * source, impressions).
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

  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme: `light` (the default), `dark`, or `auto`: the page's `color-scheme` when it
   * sets one, else the reader's setting.
   * @default 'light'
   */
  declare theme?: Theme;

  /** Shows the light-DOM fallback in the shadow root until the first render replaces it. */
  #fallbackSlot?: HTMLSlotElement;
  /** Whether news-widgets.css lays the fallback out (it was on the page at upgrade). */
  #fallbackLaidOut = false;
  /** Work the first render waits for (a language's strings, say). */
  #firstRenderWaits?: Promise<unknown>[];
  /** With `theme="auto"` only: whether the page sets a colour scheme (loaded on demand). */
  #colorScheme?: ColorSchemeController | Promise<unknown>;
  #internals?: ElementInternals;

  /**
   * Holds the element's first render until `work` settles; its fallback shows meanwhile.
   * @internal For the library's controllers.
   */
  delayFirstRender(work: Promise<unknown>): void {
    (this.#firstRenderWaits ??= []).push(work);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.#followColorScheme();
  }

  /**
   * With `theme="auto"`, watches whether the page sets a colour scheme (color-scheme.ts, loaded
   * on demand: other themes never need it). The first render waits for it, so that a reader who
   * prefers dark never sees a light flash.
   */
  #followColorScheme(): void {
    if (this.theme === 'auto' && !isServer && !this.#colorScheme) {
      const load = import('./color-scheme.js').then(
        ({ ColorSchemeController }) => (this.#colorScheme = new ColorSchemeController(this)),
      );
      this.#colorScheme = load;
      if (!this.hasUpdated) this.delayFirstRender(load);
    }
    if (this.#colorScheme && !(this.#colorScheme instanceof Promise)) this.#colorScheme.check();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Where news-widgets.css lays fallbacks out, first renders may wait for their turn
    // (render-slices.ts). Meanwhile the empty shadow root would hide the light DOM: a slot keeps
    // the fallback on screen, and the element keeps matching news-widgets.css (which styles
    // elements not yet `rendered`), so nothing moves. Not with a server-rendered shadow root,
    // which already shows the widget. Asked before the shadow root adopts its styles: then the
    // page's style is still up to date and reading it costs no style pass over the whole page.
    const keepFallback = !isServer && !this.hasUpdated && fallbacksKeepTheirBox();
    const root = super.createRenderRoot();
    if (keepFallback && !root.firstChild) {
      this.#fallbackSlot = this.ownerDocument.createElement('slot');
      root.append(this.#fallbackSlot);
      this.#fallbackLaidOut = true;
      this.toggleState('fallback', true);
    }
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || !(this.#firstRenderWaits || this.#fallbackSlot)) return super.scheduleUpdate();
    return this.#scheduleFirstRender();
  }

  async #scheduleFirstRender(): Promise<void> {
    while (this.#firstRenderWaits?.length) await Promise.allSettled(this.#firstRenderWaits.splice(0));
    this.#firstRenderWaits = undefined;
    // First renders take turns, so that many upgrades never block the page, when the fallback
    // slot keeps each element's fallback in place meanwhile. Checked right before rendering, so
    // that a burst of elements cannot all pass at once.
    if (this.#fallbackSlot) {
      await this.prepareFirstRender();
      while (!mayRenderNow()) await nextRenderSlice();
    }
    super.scheduleUpdate();
  }

  /**
   * Slow work the first render needs, done beforehand in a task of its own when first renders
   * take turns. None by default.
   */
  protected prepareFirstRender(): Promise<void> | void {}

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) {
      keyword(this, 'theme', this.theme, THEMES, 'light');
      // Before the first render the controller has just checked, on connecting.
      if (this.hasUpdated || !this.#colorScheme) this.#followColorScheme();
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    this.#fallbackSlot?.remove();
    this.#fallbackSlot = undefined;
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // `rendered` once the element shows content of its own: while its render is a lone default
    // slot (a card waiting for its data, say), it shows its light-DOM fallback, which
    // news-widgets.css keeps laying out in the widget's box, so that nothing moves meanwhile.
    const [only, ...rest] = this.renderRoot instanceof ShadowRoot ? this.renderRoot.children : [];
    const fallback = !rest.length && only instanceof HTMLSlotElement && !only.name;
    this.toggleState('rendered', !fallback);
    // The shadow styles keep page rules off the host's ::before and ::after except in this state,
    // where news-widgets.css draws the fallback's kicker and meta lines with them. A state of its
    // own, not `:not(:state(rendered))`: where custom states are unknown, that rule would be dropped
    // and the host left open to the page's rules.
    if (this.#fallbackLaidOut) this.toggleState('fallback', fallback);
  }

  /**
   * Turns a custom state (`:state(name)` in CSS) on or off, where the browser has them.
   * @internal For the library's controllers.
   */
  toggleState(state: string, on: boolean): void {
    if (isServer) return;
    try {
      this.#internals ??= this.attachInternals();
      if (on) this.#internals.states.add(state);
      else this.#internals.states.delete(state);
    } catch {
      // No custom states here: news-widgets.css then goes by :defined alone.
    }
  }

  /** Dispatches `news-click` for a link or action inside the element. */
  protected emitClick(detail: Omit<NewsClickDetail, 'widget'>): void {
    dispatchNewsEvent(this, 'news-click', { widget: this.localName, ...detail });
  }
}

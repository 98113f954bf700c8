import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { languageChain } from '../i18n/chain.js';
import {
  directionOf,
  format,
  isLanguageLoaded,
  loadLanguage,
  onStringsChange,
  stringsFor,
  type StringKey,
  type Strings,
} from '../i18n/strings.js';

export interface Locale {
  /** A BCP 47 language tag, `en` when nothing on the page sets one. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

/** What a locale controller needs of its element. */
export interface LocaleHost extends ReactiveElement {
  /** Holds the element's first render until `work` settles. */
  delayFirstRender(work: Promise<unknown>): void;
}

/**
 * The language and direction an element speaks, and its strings in that language.
 *
 * `lang` and `dir` come from the element itself or its nearest ancestor that sets them, through
 * shadow roots, and follow them when they change; without a `dir`, the language's own direction
 * applies. The first render waits for the language's strings. On the server, and while hydrating
 * what the server rendered, only the element's own `lang` and `dir` count: the server sees nothing
 * else, and hydration needs the markup it rendered.
 */
export class LocaleController implements ReactiveController {
  #locale?: Locale;
  #hydrating: boolean;

  constructor(private readonly host: LocaleHost) {
    host.addController(this);
    this.#hydrating = !isServer && !!host.shadowRoot;
  }

  get lang(): string {
    return (this.#locale ??= this.#resolve()).lang;
  }

  get dir(): 'ltr' | 'rtl' {
    return (this.#locale ??= this.#resolve()).dir;
  }

  /** The element's strings, each from the first language of its fallback chain that has it. */
  get strings(): Strings {
    return stringsFor(this.lang);
  }

  /** The string `key` with its `{name}` placeholders filled in. */
  format(key: StringKey, values: Record<string, string>): string {
    return format(this.strings[key], values);
  }

  hostConnected(): void {
    watch(this);
    this.#update();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  hostUpdated(): void {
    if (this.#hydrating) {
      this.#hydrating = false;
      this.#update();
    }
  }

  /** A `lang` or `dir` changed somewhere on the page. */
  localeChanged(): void {
    this.#update();
  }

  /** A language arrived, or the page added a translation: of concern if it is in our chain. */
  stringsChanged(tag: string): void {
    if (languageChain(this.lang).includes(tag)) this.host.requestUpdate();
  }

  #update(): void {
    const locale = this.#resolve();
    if (!isLanguageLoaded(locale.lang)) {
      const load = loadLanguage(locale.lang);
      // Until then the element shows its fallback: better than a flash of English.
      if (!this.host.hasUpdated) this.host.delayFirstRender(load);
    }
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.host.requestUpdate();
    }
  }

  #resolve(): Locale {
    if (isServer || this.#hydrating) {
      const lang = cleanLang(this.host.getAttribute('lang')) ?? 'en';
      return localeOf(lang, cleanDir(this.host.getAttribute('dir')) ?? directionOf(lang));
    }
    const inherited = inheritedFrom(composedParent(this.host));
    const lang = cleanLang(this.host.getAttribute('lang')) ?? inherited.lang ?? 'en';
    const dir = cleanDir(this.host.getAttribute('dir')) ?? inherited.dir;
    return localeOf(lang, dir ?? directionOf(lang));
  }
}

function cleanLang(value: string | null): string | undefined {
  return value?.trim().replace(/_/g, '-') || undefined;
}

function cleanDir(value: string | null): 'ltr' | 'rtl' | undefined {
  const dir = value?.trim().toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

type Inherited = { lang?: string; dir?: 'ltr' | 'rtl' };

/**
 * What `node` and its ancestors set. Elements upgrading together (a list of a thousand cards)
 * mostly share a parent: its answer is kept until the end of the task, as the page cannot change
 * it meanwhile in a way that matters.
 */
let inheritedCache: Map<Node, Inherited> | undefined;

function inheritedFrom(start: Node | null): Inherited {
  if (!start) return {};
  if (!inheritedCache) {
    inheritedCache = new Map();
    queueMicrotask(() => (inheritedCache = undefined));
  }
  let found = inheritedCache.get(start);
  if (!found) {
    found = {};
    for (let node: Node | null = start; node && !(found.lang && found.dir); node = composedParent(node)) {
      if (!(node instanceof Element)) continue;
      found.lang ??= cleanLang(node.getAttribute('lang'));
      found.dir ??= cleanDir(node.getAttribute('dir'));
    }
    inheritedCache.set(start, found);
  }
  return found;
}

/** The parent in the composed tree: through shadow roots to their hosts. */
function composedParent(node: Node): Node | null {
  return node instanceof ShadowRoot ? node.host : node.parentNode;
}

const locales = new Map<string, Locale>();
/** Locales come from the page's markup: a page uses few, but nothing stops it using many. */
const LOCALES_LIMIT = 64;

/**
 * The one `Locale` object for a language and direction, shared (and frozen) by every element that
 * uses it, so that equal locales are the same object and a change of object is a change of locale.
 */
function localeOf(lang: string, dir: 'ltr' | 'rtl'): Locale {
  const key = `${lang} ${dir}`;
  let locale = locales.get(key);
  if (!locale) {
    if (locales.size >= LOCALES_LIMIT) locales.clear();
    locales.set(key, (locale = Object.freeze({ lang, dir })));
  }
  return locale;
}

// One MutationObserver for the whole document tells connected elements that a `lang` or `dir`
// changed somewhere above them (a language switcher on the page, say), and one listener that
// strings changed (a language arrived, the page added a translation).
const watched = new Set<LocaleController>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;
const localeChanged = (): void => watched.forEach((controller) => controller.localeChanged());
const stringsChanged = (tag: string): void => watched.forEach((controller) => controller.stringsChanged(tag));

function watch(controller: LocaleController): void {
  watched.add(controller);
  stopListening ??= onStringsChange(stringsChanged);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(localeChanged);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
}

function unwatch(controller: LocaleController): void {
  watched.delete(controller);
  if (watched.size === 0) {
    observer?.disconnect();
    observer = undefined;
    stopListening?.();
    stopListening = undefined;
  }
}

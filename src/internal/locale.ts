import { directionOf } from './i18n.js';

export interface Locale {
  /** A BCP 47 language tag, `en` when nothing on the page sets one. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** The parent in the composed tree: through shadow roots to their hosts. */
function composedParent(node: Node): Node | null {
  return node instanceof ShadowRoot ? node.host : node.parentNode;
}

/**
 * `lang` and `dir` from the element itself or its nearest ancestor that sets them, crossing
 * shadow roots. Without a `dir`, the language's own direction applies (Arabic is right to left).
 */
export function resolveLocale(element: Element): Locale {
  let lang: string | undefined;
  let dir: 'ltr' | 'rtl' | undefined;
  for (let node: Node | null = element; node && !(lang && dir); node = composedParent(node)) {
    if (!(node instanceof Element)) continue;
    lang ??= node.getAttribute('lang')?.trim().replace(/_/g, '-') || undefined;
    const value = node.getAttribute('dir')?.trim().toLowerCase();
    if (!dir && (value === 'ltr' || value === 'rtl')) dir = value;
  }
  lang ??= 'en';
  return localeOf(lang, dir ?? directionOf(lang));
}

const locales = new Map<string, Locale>();

/**
 * The one `Locale` object for a language and direction, shared (and frozen) for every element
 * that uses it: equal locales are the same object. One per `lang` value the page uses.
 */
export function localeOf(lang: string, dir: 'ltr' | 'rtl'): Locale {
  const key = `${lang} ${dir}`;
  let locale = locales.get(key);
  if (!locale) locales.set(key, (locale = Object.freeze({ lang, dir })));
  return locale;
}

// One MutationObserver for the whole document tells connected elements that a `lang` or `dir`
// changed somewhere above them (a language switcher on the page, say). Elements are kept with a
// callback shared by all of them, so watching costs no closure per element.
const watchers = new Map<Element, (element: Element) => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange(element)` whenever a `lang` or `dir` attribute changes in the document. */
export function observeLocale<T extends Element>(element: T, onChange: (element: T) => void): void {
  watchers.set(element, onChange as (element: Element) => void);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => watchers.forEach((callback, watched) => callback(watched)));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
}

/** Undoes `observeLocale` for `element`. */
export function unobserveLocale(element: Element): void {
  watchers.delete(element);
  if (watchers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

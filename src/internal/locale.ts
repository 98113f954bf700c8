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
  return { lang, dir: dir ?? directionOf(lang) };
}

// One MutationObserver for the whole document tells connected elements that a `lang` or `dir`
// changed somewhere above them (a language switcher on the page, say).
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange` whenever a `lang` or `dir` attribute changes in the document. */
export function observeLocale(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

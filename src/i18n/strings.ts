/**
 * The one strings registry: every word a widget shows or announces, in every language.
 *
 * English is built in. Each shipped language is a module of its own (`./languages/<lang>.js`),
 * loaded only by pages that use it. A page adds a language, or overrides any string of a shipped
 * one, with `addTranslation()`. A language resolves along a fallback chain, string by string:
 * `de-AT` → `de` → `en`.
 */
import { languageChain, primaryLanguage } from './chain.js';
import { quotes } from './cldr/en.js';

/** The names of the strings a translation gives. */
export type StringKey =
  | 'relatedStories'
  | 'byline'
  | 'photoCredit'
  | 'photo'
  | 'enlargePhoto'
  | 'close'
  | 'imageUnavailable'
  | 'share'
  | 'shareQuote'
  | 'copied'
  | 'copyFailed';

/**
 * A language's strings. Every field is optional: a missing one comes from the next language of
 * the fallback chain. `{name}` marks where a value goes.
 */
export type Translation = { readonly [key in StringKey]?: string } & {
  /** Opening and closing quotation marks (shipped languages take them from CLDR). */
  readonly quotes?: readonly [open: string, close: string];
  /** Month names, January first, for browsers whose `Intl` lacks the language. */
  readonly months?: readonly string[];
  /** A long date from those month names: `{day}`, `{month}` and `{year}`. */
  readonly longDate?: string;
};

/** A language's strings with nothing missing, as elements use them. */
export type Strings = { readonly [key in StringKey]: string } & {
  readonly quotes: readonly [open: string, close: string];
  readonly months?: readonly string[];
  readonly longDate?: string;
};

const en: Strings = {
  relatedStories: 'Related stories',
  byline: 'By {author}',
  photoCredit: 'Photo: {credit}',
  photo: 'Photo',
  enlargePhoto: 'Enlarge photo',
  close: 'Close',
  imageUnavailable: 'Image unavailable',
  share: 'Share',
  shareQuote: 'Share this quote',
  copied: 'Quote copied to the clipboard',
  copyFailed: 'Could not copy the quote',
  quotes,
};

const STRING_KEYS = Object.keys(en).filter((key) => key !== 'quotes') as StringKey[];

type Module = Promise<{ default: Translation }>;

/** The languages that ship with the library, each in its own module. */
const SHIPPED: Record<string, () => Module> = {
  ar: () => import('./languages/ar.js'),
  de: () => import('./languages/de.js'),
  es: () => import('./languages/es.js'),
  fr: () => import('./languages/fr.js'),
  he: () => import('./languages/he.js'),
  it: () => import('./languages/it.js'),
  ja: () => import('./languages/ja.js'),
  ka: () => import('./languages/ka.js'),
  nl: () => import('./languages/nl.js'),
  pl: () => import('./languages/pl.js'),
  pt: () => import('./languages/pt.js'),
  tr: () => import('./languages/tr.js'),
  uk: () => import('./languages/uk.js'),
  zh: () => import('./languages/zh.js'),
  'zh-hant': () => import('./languages/zh-Hant.js'),
};

/** Every language with strings of its own out of the box, English first. */
export const shippedLanguages: readonly string[] = ['en', ...Object.keys(SHIPPED).map(canonical)];

/** Shipped languages that arrived, and the page's own translations, by lower-case tag. */
const shipped = new Map<string, Translation>([['en', en]]);
const added = new Map<string, Translation>();
const loading = new Map<string, Promise<void>>();
/** Resolved strings per language tag the page uses; a page uses few, but they come from its markup. */
const resolved = new Map<string, Strings>();
const RESOLVED_LIMIT = 64;
const listeners = new Set<(tag: string) => void>();

/** `zh-hant` → `zh-Hant`, as BCP 47 writes it. */
function canonical(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The strings for `lang`, each from the first language of its chain that has it. */
export function stringsFor(lang: string): Strings {
  let strings = resolved.get(lang);
  if (strings) return strings;
  const chain = languageChain(lang);
  const find = <K extends keyof Translation>(key: K): Translation[K] => {
    for (const tag of chain) {
      const value = added.get(tag)?.[key] ?? shipped.get(tag)?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const entries = [...STRING_KEYS, 'quotes', 'months', 'longDate'].map((key) => [
    key,
    find(key as keyof Translation),
  ]);
  strings = Object.freeze(Object.fromEntries(entries)) as Strings;
  if (resolved.size >= RESOLVED_LIMIT) resolved.clear();
  resolved.set(lang, strings);
  return strings;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function format(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

/**
 * Loads the shipped modules along `lang`'s chain that have not arrived yet; resolves once they
 * have (or failed: their strings then come from the next language). Elements call it themselves;
 * call it to have a language ready before elements need it, for example before server rendering.
 */
export function loadLanguage(lang: string): Promise<void> {
  const pending = languageChain(lang)
    .filter((tag) => SHIPPED[tag] && !shipped.has(tag))
    .map((tag) => {
      let load = loading.get(tag);
      if (!load) {
        load = SHIPPED[tag]!().then(
          (module) => {
            shipped.set(tag, module.default);
            changed(tag);
          },
          (error: unknown) => {
            loading.delete(tag);
            console.warn(
              `news-widgets: the strings for "${canonical(tag)}" could not be loaded (${String(error)}); ` +
                'the next language of the fallback chain is used.',
            );
          },
        );
        loading.set(tag, load);
      }
      return load;
    });
  return pending.length ? Promise.all(pending).then(() => undefined) : Promise.resolve();
}

/** Whether every shipped module along `lang`'s chain has arrived. */
export function isLanguageLoaded(lang: string): boolean {
  return languageChain(lang).every((tag) => !SHIPPED[tag] || shipped.has(tag));
}

/**
 * Adds a language, or overrides strings of a shipped one, for every widget on the page, now and
 * later. Strings given before merge with those given now; the rest still come from the fallback
 * chain, so a partial translation is fine:
 *
 * ```js
 * addTranslation('de', { relatedStories: 'Mehr zum Thema' });
 * addTranslation('sv', { relatedStories: 'Relaterade artiklar', byline: 'Av {author}', … });
 * ```
 */
export function addTranslation(lang: string, translation: Translation): void {
  const tag = typeof lang === 'string' ? lang.trim().replace(/_/g, '-').toLowerCase() : '';
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/.test(tag)) {
    console.warn(
      `news-widgets: addTranslation(): "${String(lang)}" is not a language tag; nothing was added.`,
    );
    return;
  }
  if (typeof translation !== 'object' || translation === null) {
    console.warn(
      `news-widgets: addTranslation("${lang}"): the translation is not an object; nothing was added.`,
    );
    return;
  }
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(translation)) {
    const ok =
      key === 'quotes'
        ? Array.isArray(value) && value.length === 2 && value.every((mark) => typeof mark === 'string')
        : key === 'months'
          ? Array.isArray(value) && value.length === 12 && value.every((name) => typeof name === 'string')
          : (STRING_KEYS.includes(key as StringKey) || key === 'longDate') && typeof value === 'string';
    if (ok)
      valid[key] = key === 'quotes' || key === 'months' ? Object.freeze([...(value as string[])]) : value;
    else {
      console.warn(
        `news-widgets: addTranslation("${lang}"): ${JSON.stringify(key)} is not a string the widgets use, ` +
          `or its value has the wrong form; it was left out. Strings: ${STRING_KEYS.join(', ')}, ` +
          'quotes (two marks), months (twelve names), longDate.',
      );
    }
  }
  added.set(tag, { ...added.get(tag), ...valid });
  changed(tag);
}

/**
 * Calls `listener` with the language tag (lower case) whose strings changed: a language arrived,
 * or a translation was added.
 */
export function onStringsChange(listener: (tag: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(tag: string): void {
  resolved.clear();
  for (const listener of listeners) listener(tag);
}

/** Languages written right to left, for pages that set `lang` but not `dir`. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

/** The writing direction a language uses when nothing else says. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(primaryLanguage(lang)) ? 'rtl' : 'ltr';
}

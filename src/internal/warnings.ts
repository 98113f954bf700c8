import { isServer } from 'lit';
import { cleanPositive } from './text.js';
import { sanitizeUrl, type UrlKind } from './urls.js';

/**
 * The one place elements and their controllers warn about the page's input: one `console.warn`
 * per element and key (usually the attribute), naming the element; in the browser only (a
 * server renders many pages and has no console a partner reads).
 */
const warned = new WeakMap<Element, Set<string>>();

/** Logs `message` once per element and `key`, prefixed with the element's tag. */
export function warnOnce(element: Element, key: string, message: string): void {
  if (isServer) return;
  let keys = warned.get(element);
  if (!keys) warned.set(element, (keys = new Set()));
  if (keys.has(key)) return;
  keys.add(key);
  console.warn(`<${element.localName}>: ${message}`, element);
}

/** Warns once that `attribute="value"` cannot be used, why, and what is used instead. */
export function warnInvalid(
  element: Element,
  attribute: string,
  value: unknown,
  problem: string,
  instead: string,
): void {
  warnOnce(element, attribute, `${attribute}="${String(value)}" ${problem}; ${instead}.`);
}

/** Whether the page gave a value at all (an empty attribute is none). */
function given(value: unknown): boolean {
  return value !== undefined && value !== null && String(value).trim() !== '';
}

/** `value` when it is one of `allowed`; otherwise `fallback`, with a warning if a value was given. */
export function keyword<T extends string>(
  element: Element,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  instead = `using ${fallback}`,
): T {
  if (allowed.includes(value as T)) return value as T;
  if (given(value)) warnInvalid(element, attribute, value, `is not one of ${allowed.join(', ')}`, instead);
  return fallback;
}

/** A positive number from `"640"` or `640`, or `undefined`, with a warning if another value was given. */
export function positiveNumber(
  element: Element,
  attribute: string,
  value: unknown,
  instead: string,
): number | undefined {
  const number = cleanPositive(value);
  if (number !== undefined) return number;
  if (given(value)) warnInvalid(element, attribute, value, 'is not a positive number', instead);
  return undefined;
}

/** A heading level, a whole number from 1 to 6; otherwise `fallback`, with a warning if a value was given. */
export function headingLevel(element: Element, value: unknown, fallback: number): number {
  const level = Number(value);
  if (given(value) && Number.isInteger(level) && level >= 1 && level <= 6) return level;
  if (given(value)) {
    warnInvalid(element, 'heading-level', value, 'is not a whole number from 1 to 6', `using ${fallback}`);
  }
  return fallback;
}

const SCHEMES: Record<UrlKind, string> = {
  link: 'an http(s), mailto or relative URL',
  image: 'an http(s), relative or raster data: URL',
  resource: 'an http(s) or relative URL',
};

/** The sanitized URL, or `undefined` with a warning if a value was given but is unsafe. */
export function safeUrl(
  element: Element,
  attribute: string,
  value: unknown,
  kind: UrlKind,
  instead: string,
): string | undefined {
  const url = sanitizeUrl(value, kind);
  if (!url && given(value)) warnInvalid(element, attribute, value, `is not ${SCHEMES[kind]}`, instead);
  return url;
}

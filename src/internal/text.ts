/**
 * Turns an attribute, property or fetched value into display text, or `undefined` when there is
 * nothing a reader should see. Literal "undefined", "null" and "NaN" are templating bugs on the
 * page that sent them, never content, so they are dropped too.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text === 'undefined' || text === 'null' || text === 'NaN') return undefined;
  return text;
}

/** A positive number (from `"640"` or `640`), or `undefined`. */
export function cleanPositive(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number > 0 ? number : undefined;
}

/** An image's aspect ratio in whole pixels, as CSS writes it, when both sizes are known. */
export function aspectRatio(width: number | undefined, height: number | undefined): string | undefined {
  return width && height ? `${Math.round(width)} / ${Math.round(height)}` : undefined;
}

/**
 * `text` between Unicode's first-strong isolate and pop directional isolate: inside a string of
 * the widget's language ("By …", "Photo: …"), a name from the page keeps its own direction.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The direction of `text` by its first letter, as `dir="auto"` decides, or `undefined` when it
 * has none. For slotted text: only Chromium applies `dir="auto"` on a slot to what it shows.
 */
export function directionOfText(text: string): 'ltr' | 'rtl' | undefined {
  const letter = /\p{L}/u.exec(text)?.[0];
  return letter ? (RTL_LETTER.test(letter) ? 'rtl' : 'ltr') : undefined;
}

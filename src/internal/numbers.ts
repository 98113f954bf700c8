import { cached } from './intl-cache.js';

/** Number formatters by language and digits. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A whole number written in `locale`'s own digits, with at least `digits` of them (`01`, `٠١`). */
export function formatNumber(value: number, locale: string, digits = 1): string {
  const formatter = cached(formatters, `${locale}|${digits}`, () => {
    const options = { minimumIntegerDigits: digits, useGrouping: false };
    try {
      return new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed language tag on the page: English rather than an exception.
      return new Intl.NumberFormat('en', options);
    }
  });
  return formatter.format(value);
}

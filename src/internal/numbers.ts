/** Number formatters by language; keys come from the page's `lang` values, so bounded. */
const formatters = new Map<string, Intl.NumberFormat>();
const FORMATTERS_LIMIT = 64;

/** A whole number written in `locale`'s own digits, with at least `digits` of them (`01`, `٠١`). */
export function formatNumber(value: number, locale: string, digits = 1): string {
  const key = `${locale}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat(locale, { minimumIntegerDigits: digits, useGrouping: false });
    } catch {
      formatter = new Intl.NumberFormat('en', { minimumIntegerDigits: digits, useGrouping: false });
    }
    if (formatters.size >= FORMATTERS_LIMIT) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

import { primaryLanguage } from '../i18n/chain.js';
import { format, stringsFor } from '../i18n/strings.js';
import { cached } from './intl-cache.js';
import { nextTask } from './render-slices.js';

/** A date ready for `<time datetime="…">text</time>`. */
export interface DisplayDate {
  /** A valid `datetime` attribute value. */
  datetime: string;
  /** The date in the reader's language. */
  text: string;
}

// ISO 8601 as publishers write it: a calendar date, optionally a time and an offset.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 date or date-time into a `Date` and whether it was a calendar date only.
 * Anything else (including dates that roll over, like 2018-02-30) gives `undefined`.
 */
export function parseIsoDate(value: unknown): { date: Date; dateOnly: boolean } | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dateOnly = ISO_DATE.exec(text);
  if (dateOnly) {
    const year = Number(dateOnly[1]);
    const month = Number(dateOnly[2]);
    const day = Number(dateOnly[3]);
    // setUTCFullYear, as Date.UTC reads years 0–99 as 1900–1999.
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    const valid = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return valid ? { date, dateOnly: true } : undefined;
  }
  if (!ISO_DATE_TIME.test(text)) return undefined;
  const date = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? undefined : { date, dateOnly: false };
}

/** A long-date formatter, and whether it really speaks the language asked for. */
interface Formatter {
  format: Intl.DateTimeFormat;
  /** False where the browser lacks the language (Debian's Chromium for `ka`) and fell back. */
  speaks: boolean;
}

/** Formatters by language and time zone. */
const formatters = new Map<string, Formatter>();

function createFormatter(locale: string, timeZone: string | undefined): Formatter {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric' };
  if (timeZone) options.timeZone = timeZone;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch {
    // A malformed language tag on the page: English rather than an exception.
    format = new Intl.DateTimeFormat('en', options);
  }
  return { format, speaks: primaryLanguage(format.resolvedOptions().locale) === primaryLanguage(locale) };
}

function formatterFor(locale: string, timeZone: string | undefined): Formatter {
  return cached(formatters, `${locale}|${timeZone ?? ''}`, () => createFormatter(locale, timeZone));
}

/**
 * Creates the date formatter for `locale` in a task of its own, unless one exists. The first
 * `Intl.DateTimeFormat` on a page costs about 20 ms (ICU starts up); done here, before the first
 * render that shows a date, it does not lengthen that render's task.
 */
export async function prepareDateFormat(locale: string): Promise<void> {
  // Once ICU is up, a further formatter takes 1–2 ms (the first 20–40 ms on this machine).
  if (formatters.size) return;
  await nextTask();
  formatterFor(locale, 'UTC');
}

/**
 * Formats an ISO 8601 value as a long date in `locale`, or `undefined` for anything invalid.
 * A calendar date (`2018-04-27`) is shown as that day everywhere; a date-time is shown in the
 * reader's time zone.
 */
export function formatDate(value: unknown, locale: string): DisplayDate | undefined {
  const parsed = parseIsoDate(value);
  if (!parsed) return undefined;
  const { date, dateOnly } = parsed;
  // A calendar date that parsed is already in its valid form (the page's own string: a long list
  // then keeps one copy); a date-time is written in UTC.
  const datetime = dateOnly ? (value as string).trim() : date.toISOString();
  const timeZone = dateOnly ? 'UTC' : undefined;
  const formatter = formatterFor(locale, timeZone);
  const { months, longDate = '{month} {day}, {year}' } = stringsFor(locale);
  // Where the browser lacks the language, its own month names beat an English date.
  if (formatter.speaks || !months) return { datetime, text: formatter.format.format(date) };
  const [day, month, year] = dateOnly
    ? [date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear()]
    : [date.getDate(), date.getMonth(), date.getFullYear()];
  return {
    datetime,
    text: format(longDate, { day: String(day), month: months[month]!, year: String(year) }),
  };
}

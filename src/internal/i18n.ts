/**
 * UI strings for the languages the library ships. A language not listed here falls back to
 * English strings; dates still use `Intl` in the requested language where the browser has it.
 */

export interface Strings {
  /** Default heading of `<news-related-stories>`. */
  relatedStories: string;
  /** Prefix of a photo credit, as in "Photo: NATO". */
  photo: string;
  share: string;
  shareQuote: string;
  copied: string;
  copyFailed: string;
  close: string;
  enlargePhoto: string;
  imageUnavailable: string;
  /** Byline around an author's name. */
  byline: (author: string) => string;
  /** Month names, January first, for browsers whose `Intl` lacks this language. */
  months: readonly string[];
  /** A long date built from parts, for the same browsers. */
  longDate: (day: number, month: string, year: number) => string;
  /** Opening and closing decorative quotation marks. */
  quotes: readonly [string, string];
}

const en: Strings = {
  relatedStories: 'Related stories',
  photo: 'Photo:',
  share: 'Share',
  shareQuote: 'Share this quote',
  copied: 'Quote copied to the clipboard',
  copyFailed: 'Could not copy the quote',
  close: 'Close',
  enlargePhoto: 'Enlarge photo',
  imageUnavailable: 'Image unavailable',
  byline: (author) => `By ${author}`,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  longDate: (day, month, year) => `${month} ${day}, ${year}`,
  quotes: ['\u201C', '\u201D'],
};

const ka: Strings = {
  relatedStories: 'დაკავშირებული სიახლეები',
  photo: 'ფოტო:',
  share: 'გაზიარება',
  shareQuote: 'ციტატის გაზიარება',
  copied: 'ციტატა დაკოპირდა',
  copyFailed: 'ციტატის დაკოპირება ვერ მოხერხდა',
  close: 'დახურვა',
  enlargePhoto: 'ფოტოს გადიდება',
  imageUnavailable: 'სურათი მიუწვდომელია',
  byline: (author) => `ავტორი: ${author}`,
  months: [
    'იანვარი',
    'თებერვალი',
    'მარტი',
    'აპრილი',
    'მაისი',
    'ივნისი',
    'ივლისი',
    'აგვისტო',
    'სექტემბერი',
    'ოქტომბერი',
    'ნოემბერი',
    'დეკემბერი',
  ],
  longDate: (day, month, year) => `${day} ${month}, ${year}`,
  quotes: ['\u201E', '\u201C'],
};

const ar: Strings = {
  relatedStories: 'قصص ذات صلة',
  photo: 'صورة:',
  share: 'مشاركة',
  shareQuote: 'مشاركة هذا الاقتباس',
  copied: 'تم نسخ الاقتباس',
  copyFailed: 'تعذّر نسخ الاقتباس',
  close: 'إغلاق',
  enlargePhoto: 'تكبير الصورة',
  imageUnavailable: 'الصورة غير متاحة',
  byline: (author) => `بقلم ${author}`,
  months: [
    'يناير',
    'فبراير',
    'مارس',
    'أبريل',
    'مايو',
    'يونيو',
    'يوليو',
    'أغسطس',
    'سبتمبر',
    'أكتوبر',
    'نوفمبر',
    'ديسمبر',
  ],
  longDate: (day, month, year) => `${day} ${month} ${year}`,
  quotes: ['\u00AB', '\u00BB'],
};

const STRINGS: Record<string, Strings> = { en, ka, ar };

/** Languages written right to left, for pages that set `lang` but not `dir`. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

/** The primary language subtag, lower case: `"ka-GE"` → `"ka"`. */
export function languageOf(locale: string): string {
  return locale.split(/[-_]/)[0]!.toLowerCase();
}

/** The strings for a locale, falling back to English. */
export function stringsFor(locale: string): Strings {
  return STRINGS[languageOf(locale)] ?? en;
}

/** Whether the shipped strings cover this locale's language. */
export function isShippedLanguage(locale: string): boolean {
  return languageOf(locale) in STRINGS;
}

/** The writing direction a language uses when nothing else says. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}

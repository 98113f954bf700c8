/** Hebrew. Quotation marks from CLDR. */
import { quotes } from '../cldr/he.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'כתבות קשורות',
  byline: 'מאת {author}',
  photoCredit: 'צילום: {credit}',
  photo: 'תמונה',
  enlargePhoto: 'הגדלת התמונה',
  close: 'סגירה',
  imageUnavailable: 'התמונה אינה זמינה',
  share: 'שיתוף',
  shareQuote: 'שיתוף הציטוט',
  copied: 'הציטוט הועתק ללוח',
  copyFailed: 'לא ניתן היה להעתיק את הציטוט',
  quotes,
} satisfies Translation;

/** Arabic. Quotation marks from CLDR. */
import { quotes } from '../cldr/ar.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'قصص ذات صلة',
  byline: 'بقلم {author}',
  photoCredit: 'صورة: {credit}',
  photo: 'صورة',
  enlargePhoto: 'تكبير الصورة',
  close: 'إغلاق',
  imageUnavailable: 'الصورة غير متاحة',
  share: 'مشاركة',
  shareQuote: 'مشاركة هذا الاقتباس',
  copied: 'تم نسخ الاقتباس',
  copyFailed: 'تعذّر نسخ الاقتباس',
  quotes,
} satisfies Translation;

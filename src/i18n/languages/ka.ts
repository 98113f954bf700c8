/** Georgian. Quotation marks from CLDR. */
import { quotes } from '../cldr/ka.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'დაკავშირებული სიახლეები',
  byline: 'ავტორი: {author}',
  photoCredit: 'ფოტო: {credit}',
  photo: 'ფოტო',
  enlargePhoto: 'ფოტოს გადიდება',
  close: 'დახურვა',
  imageUnavailable: 'სურათი მიუწვდომელია',
  share: 'გაზიარება',
  shareQuote: 'ციტატის გაზიარება',
  copied: 'ციტატა დაკოპირდა',
  copyFailed: 'ციტატის დაკოპირება ვერ მოხერხდა',
  quotes,
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
  longDate: '{day} {month}, {year}',
} satisfies Translation;

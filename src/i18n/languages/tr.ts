/** Turkish. Quotation marks from CLDR. */
import { quotes } from '../cldr/tr.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'İlgili haberler',
  byline: 'Yazan: {author}',
  photoCredit: 'Fotoğraf: {credit}',
  photo: 'Fotoğraf',
  enlargePhoto: 'Fotoğrafı büyüt',
  close: 'Kapat',
  imageUnavailable: 'Görsel kullanılamıyor',
  share: 'Paylaş',
  shareQuote: 'Bu alıntıyı paylaş',
  copied: 'Alıntı panoya kopyalandı',
  copyFailed: 'Alıntı kopyalanamadı',
  quotes,
} satisfies Translation;

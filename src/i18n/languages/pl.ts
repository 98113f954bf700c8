/** Polish. Quotation marks from CLDR. */
import { quotes } from '../cldr/pl.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Powiązane artykuły',
  byline: 'Autor: {author}',
  photoCredit: 'Fot. {credit}',
  photo: 'Zdjęcie',
  enlargePhoto: 'Powiększ zdjęcie',
  close: 'Zamknij',
  imageUnavailable: 'Obraz niedostępny',
  share: 'Udostępnij',
  shareQuote: 'Udostępnij ten cytat',
  copied: 'Cytat skopiowano do schowka',
  copyFailed: 'Nie udało się skopiować cytatu',
  quotes,
} satisfies Translation;

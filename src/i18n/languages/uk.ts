/** Ukrainian. Quotation marks from CLDR. */
import { quotes } from '../cldr/uk.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Читайте також',
  byline: 'Автор: {author}',
  photoCredit: 'Фото: {credit}',
  photo: 'Фото',
  enlargePhoto: 'Збільшити фото',
  close: 'Закрити',
  imageUnavailable: 'Зображення недоступне',
  share: 'Поширити',
  shareQuote: 'Поширити цю цитату',
  copied: 'Цитату скопійовано в буфер обміну',
  copyFailed: 'Не вдалося скопіювати цитату',
  quotes,
} satisfies Translation;

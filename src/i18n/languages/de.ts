/** German. Quotation marks from CLDR. */
import { quotes } from '../cldr/de.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Mehr zum Thema',
  byline: 'Von {author}',
  photoCredit: 'Foto: {credit}',
  photo: 'Foto',
  enlargePhoto: 'Foto vergrößern',
  close: 'Schließen',
  imageUnavailable: 'Bild nicht verfügbar',
  share: 'Teilen',
  shareQuote: 'Zitat teilen',
  copied: 'Zitat in die Zwischenablage kopiert',
  copyFailed: 'Das Zitat konnte nicht kopiert werden',
  quotes,
} satisfies Translation;

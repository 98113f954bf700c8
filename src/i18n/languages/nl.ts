/** Dutch. Quotation marks from CLDR. */
import { quotes } from '../cldr/nl.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Gerelateerde artikelen',
  byline: 'Door {author}',
  photoCredit: 'Foto: {credit}',
  photo: 'Foto',
  enlargePhoto: 'Foto vergroten',
  close: 'Sluiten',
  imageUnavailable: 'Afbeelding niet beschikbaar',
  share: 'Delen',
  shareQuote: 'Dit citaat delen',
  copied: 'Citaat gekopieerd naar het klembord',
  copyFailed: 'Het citaat kon niet worden gekopieerd',
  quotes,
} satisfies Translation;

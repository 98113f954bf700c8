/** French. Quotation marks from CLDR. */
import { quotes } from '../cldr/fr.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'À lire aussi',
  byline: 'Par {author}',
  photoCredit: 'Photo\u00a0: {credit}',
  photo: 'Photo',
  enlargePhoto: 'Agrandir la photo',
  close: 'Fermer',
  imageUnavailable: 'Image indisponible',
  share: 'Partager',
  shareQuote: 'Partager cette citation',
  copied: 'Citation copiée dans le presse-papiers',
  copyFailed: 'Impossible de copier la citation',
  quotes,
} satisfies Translation;

/** Italian. Quotation marks from CLDR. */
import { quotes } from '../cldr/it.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Articoli correlati',
  byline: 'Di {author}',
  photoCredit: 'Foto: {credit}',
  photo: 'Foto',
  enlargePhoto: 'Ingrandisci la foto',
  close: 'Chiudi',
  imageUnavailable: 'Immagine non disponibile',
  share: 'Condividi',
  shareQuote: 'Condividi questa citazione',
  copied: 'Citazione copiata negli appunti',
  copyFailed: 'Impossibile copiare la citazione',
  quotes,
} satisfies Translation;

/** Spanish. Quotation marks from CLDR. */
import { quotes } from '../cldr/es.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Noticias relacionadas',
  byline: 'Por {author}',
  photoCredit: 'Foto: {credit}',
  photo: 'Foto',
  enlargePhoto: 'Ampliar la foto',
  close: 'Cerrar',
  imageUnavailable: 'Imagen no disponible',
  share: 'Compartir',
  shareQuote: 'Compartir esta cita',
  copied: 'Cita copiada al portapapeles',
  copyFailed: 'No se pudo copiar la cita',
  quotes,
} satisfies Translation;

/** Portuguese. Quotation marks from CLDR. */
import { quotes } from '../cldr/pt.js';
import type { Translation } from '../strings.js';

export default {
  relatedStories: 'Notícias relacionadas',
  byline: 'Por {author}',
  photoCredit: 'Foto: {credit}',
  photo: 'Foto',
  enlargePhoto: 'Ampliar a foto',
  close: 'Fechar',
  imageUnavailable: 'Imagem indisponível',
  share: 'Compartilhar',
  shareQuote: 'Compartilhar esta citação',
  copied: 'Citação copiada para a área de transferência',
  copyFailed: 'Não foi possível copiar a citação',
  quotes,
} satisfies Translation;

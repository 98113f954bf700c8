/**
 * Defines `<news-photo-caption>` and nothing else: `import 'news-widgets/photo-caption.js'`.
 */
import { NewsPhotoCaption } from './components/photo-caption/photo-caption.component.js';

export { NewsPhotoCaption };
export type { PhotoLoading } from './components/photo-caption/photo-caption.component.js';

NewsPhotoCaption.define('news-photo-caption');

declare global {
  interface HTMLElementTagNameMap {
    'news-photo-caption': NewsPhotoCaption;
  }
}

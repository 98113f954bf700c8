/**
 * Defines `<news-article-card>` and nothing else: `import 'news-widgets/article-card.js'`.
 */
import { NewsArticleCard } from './components/article-card/article-card.component.js';

export { NewsArticleCard };
export type { ArticleData, ArticleCardLayout } from './components/article-card/article-card.component.js';

NewsArticleCard.define('news-article-card');

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}

/**
 * Defines `<news-pull-quote>` and nothing else: `import 'news-widgets/pull-quote.js'`.
 */
import { NewsPullQuote } from './components/pull-quote/pull-quote.component.js';

export { NewsPullQuote };
export type { PullQuoteAlign, PullQuoteVariant } from './components/pull-quote/pull-quote.component.js';

NewsPullQuote.define('news-pull-quote');

declare global {
  interface HTMLElementTagNameMap {
    'news-pull-quote': NewsPullQuote;
  }
}

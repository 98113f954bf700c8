import type { NewsArticleCard } from './components/article-card/article-card.component.js';
import type { NewsPhotoCaption } from './components/photo-caption/photo-caption.component.js';
import type { NewsPullQuote } from './components/pull-quote/pull-quote.component.js';
import type { NewsRelatedStories } from './components/related-stories/related-stories.component.js';
import type { Translation } from './i18n/strings.js';

/** `window.NewsWidgets`, set by the script-tag builds. */
export interface NewsWidgetsGlobal {
  /** The library's version. */
  readonly version: string;
  /**
   * Defines the elements used inside `root` (a document, or a shadow root the library cannot
   * see into) and watches it for elements added later. Resolves once they are defined, or once
   * loading failed (the console says why; the fallback content stays).
   */
  load(root?: Document | ShadowRoot | Element): Promise<void>;
  /** Adds a language, or overrides strings of a shipped one, for every widget on the page. */
  addTranslation(lang: string, translation: Translation): void;
  /** Loads a shipped language before any widget needs it. */
  loadLanguage(lang: string): Promise<void>;
  /** The languages that ship with the library. */
  readonly shippedLanguages: readonly string[];
  /** The element classes, once defined. */
  NewsArticleCard?: typeof NewsArticleCard;
  NewsPullQuote?: typeof NewsPullQuote;
  NewsPhotoCaption?: typeof NewsPhotoCaption;
  NewsRelatedStories?: typeof NewsRelatedStories;
}

declare global {
  var NewsWidgets: NewsWidgetsGlobal | undefined;
}

/**
 * news-widgets: every element, defined. This module is the entry of the script-tag bundles.
 * To register a single element, import its own module instead (`news-widgets/article-card.js`).
 */
export * from './article-card.js';
export * from './pull-quote.js';
export * from './photo-caption.js';
export * from './related-stories.js';
export * from './strings.js';
export { version } from './version.js';
export type { Theme } from './internal/news-element.js';
export type {
  NewsClickDetail,
  NewsClickEvent,
  NewsErrorDetail,
  NewsErrorEvent,
  NewsErrorReason,
  NewsEventDetail,
  NewsImpressionEvent,
} from './internal/events.js';

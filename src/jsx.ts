/**
 * Types for writing the plain tags in React 19 TSX: `<news-article-card headline="…" />`.
 * `import 'news-widgets/jsx'` (types only) or use `news-widgets/react`, which includes it.
 * Enumerated attributes (`layout`, `variant`, `align`, `theme`) reject unknown values.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ArticleCardLayout } from './components/article-card/article-card.component.js';
import type { PhotoLoading } from './components/photo-caption/photo-caption.component.js';
import type { PullQuoteAlign, PullQuoteVariant } from './components/pull-quote/pull-quote.component.js';
import type { RelatedStoriesLayout } from './components/related-stories/related-stories.component.js';
import type { Theme } from './internal/news-element.js';

type Base<T> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, 'className'> & {
  class?: string;
  theme?: Theme;
};
type Numeric = number | `${number}`;

export interface NewsArticleCardAttributes extends Base<HTMLElement> {
  href?: string;
  headline?: string;
  summary?: string;
  kicker?: string;
  author?: string;
  published?: string;
  source?: string;
  image?: string;
  'image-alt'?: string;
  'image-srcset'?: string;
  'image-sizes'?: string;
  'image-width'?: Numeric;
  'image-height'?: Numeric;
  layout?: ArticleCardLayout;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  src?: string;
}

export interface NewsPullQuoteAttributes extends Base<HTMLElement> {
  author?: string;
  'author-title'?: string;
  cite?: string;
  variant?: PullQuoteVariant;
  align?: PullQuoteAlign;
  share?: boolean;
}

export interface NewsPhotoCaptionAttributes extends Base<HTMLElement> {
  src?: string;
  alt?: string;
  srcset?: string;
  sizes?: string;
  width?: Numeric;
  height?: Numeric;
  loading?: PhotoLoading;
  caption?: string;
  credit?: string;
  zoomable?: boolean;
}

export interface NewsRelatedStoriesAttributes extends Base<HTMLElement> {
  src?: string;
  heading?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';
  limit?: Numeric;
  exclude?: string;
  layout?: RelatedStoriesLayout;
  timeout?: Numeric;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'news-article-card': NewsArticleCardAttributes;
      'news-pull-quote': NewsPullQuoteAttributes;
      'news-photo-caption': NewsPhotoCaptionAttributes;
      'news-related-stories': NewsRelatedStoriesAttributes;
    }
  }
}

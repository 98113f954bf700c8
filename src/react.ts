/**
 * React components for the four elements, made with `@lit/react`:
 * `import { NewsArticleCard } from 'news-widgets/react'`. Importing this module defines the
 * custom elements. Props are the elements' properties; events are `onNewsClick`,
 * `onNewsImpression` and `onNewsError`; `ref` gives the element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { NewsArticleCard as ArticleCardElement } from './article-card.js';
import { NewsPhotoCaption as PhotoCaptionElement } from './photo-caption.js';
import { NewsPullQuote as PullQuoteElement } from './pull-quote.js';
import { NewsRelatedStories as RelatedStoriesElement } from './related-stories.js';
import type { NewsClickEvent, NewsErrorEvent, NewsImpressionEvent } from './internal/events.js';
// The plain tags' JSX types come along (news-widgets/jsx).
export type * from './jsx.js';

const events = {
  onNewsClick: 'news-click' as EventName<NewsClickEvent>,
  onNewsImpression: 'news-impression' as EventName<NewsImpressionEvent>,
  onNewsError: 'news-error' as EventName<NewsErrorEvent>,
};

export const NewsArticleCard = createComponent({
  react: React,
  tagName: 'news-article-card',
  elementClass: ArticleCardElement,
  events,
  displayName: 'NewsArticleCard',
});

export const NewsPullQuote = createComponent({
  react: React,
  tagName: 'news-pull-quote',
  elementClass: PullQuoteElement,
  events,
  displayName: 'NewsPullQuote',
});

export const NewsPhotoCaption = createComponent({
  react: React,
  tagName: 'news-photo-caption',
  elementClass: PhotoCaptionElement,
  events,
  displayName: 'NewsPhotoCaption',
});

export const NewsRelatedStories = createComponent({
  react: React,
  tagName: 'news-related-stories',
  elementClass: RelatedStoriesElement,
  events,
  displayName: 'NewsRelatedStories',
});

export type { NewsClickEvent, NewsErrorEvent, NewsImpressionEvent } from './internal/events.js';

/** What every news event's `detail` carries. */
export interface NewsEventDetail {
  /** The tag name of the element that dispatched the event, e.g. `news-article-card`. */
  widget: string;
  /** The URL the reader activated, when there is one. */
  href?: string;
  /** The 0-based index of the item in a list. */
  position?: number;
}

/** Why data could not be loaded. */
export type NewsErrorReason = 'http' | 'network' | 'timeout' | 'parse' | 'empty';

export interface NewsErrorDetail extends NewsEventDetail {
  reason: NewsErrorReason;
  /** The HTTP status, for `reason: 'http'`. */
  status?: number;
  /** The URL that failed. */
  url?: string;
  /** A human-readable explanation, in English, for logs. */
  message: string;
}

/** What share, copy or other actions add to `news-click`. */
export interface NewsClickDetail extends NewsEventDetail {
  /** `link` for navigation; other values name an in-widget action such as `share`. */
  action?: string;
}

export type NewsClickEvent = CustomEvent<NewsClickDetail>;
export type NewsImpressionEvent = CustomEvent<NewsEventDetail>;
export type NewsErrorEvent = CustomEvent<NewsErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'news-click': NewsClickEvent;
    'news-impression': NewsImpressionEvent;
    'news-error': NewsErrorEvent;
  }
}

/** Dispatches a bubbling, composed news event so it reaches listeners outside shadow roots. */
export function dispatchNewsEvent<K extends 'news-click' | 'news-impression' | 'news-error'>(
  target: HTMLElement,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

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

// --- Impressions ---------------------------------------------------------------------------
// One IntersectionObserver for every element on the page. Nothing of it is in the first render:
// elements queue up as they connect, and the observer is created and told about them when the
// page is next idle. An element counts as seen once at least half of it (or, for an element
// taller than the viewport, half the viewport) has been visible for one continuous second.

const IMPRESSION_DELAY_MS = 1000;
const VISIBLE_SHARE = 0.5;
/** The longest an element waits for an idle moment before it is observed anyway. */
const IDLE_TIMEOUT_MS = 500;

/** Elements being watched, with their callbacks. */
const impressionCallbacks = new Map<Element, (element: Element) => void>();
/** Watched elements not handed to the observer yet. */
const pendingElements = new Set<Element>();
/** Observed elements, with the timer of the second they have been in view, if running. */
const impressionTimers = new Map<Element, ReturnType<typeof setTimeout> | undefined>();
let observer: IntersectionObserver | undefined;
let observeScheduled = false;

function isMostlyVisible(entry: IntersectionObserverEntry): boolean {
  if (!entry.isIntersecting) return false;
  if (entry.intersectionRatio >= VISIBLE_SHARE) return true;
  const viewport = entry.rootBounds?.height ?? 0;
  return viewport > 0 && entry.intersectionRect.height >= viewport * VISIBLE_SHARE;
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    const element = entry.target;
    if (!impressionTimers.has(element)) continue;
    const timer = impressionTimers.get(element);
    if (isMostlyVisible(entry)) {
      if (timer === undefined) {
        impressionTimers.set(
          element,
          setTimeout(() => {
            const callback = impressionCallbacks.get(element);
            unwatchImpression(element);
            callback?.(element);
          }, IMPRESSION_DELAY_MS),
        );
      }
    } else if (timer !== undefined) {
      clearTimeout(timer);
      impressionTimers.set(element, undefined);
    }
  }
}

function observePending(): void {
  observeScheduled = false;
  if (!pendingElements.size) return;
  observer ??= new IntersectionObserver(onIntersection, {
    threshold: [0, 0.1, 0.2, 0.3, 0.4, VISIBLE_SHARE, 0.75, 1],
  });
  for (const element of pendingElements) {
    impressionTimers.set(element, undefined);
    observer.observe(element);
  }
  pendingElements.clear();
}

/**
 * Calls `onImpression(element)` once, when `element` has been seen. Undo with `unwatchImpression`.
 * Pass one function for all elements rather than a closure per element: it is kept until then.
 */
export function watchImpression<T extends Element>(element: T, onImpression: (element: T) => void): void {
  if (typeof IntersectionObserver === 'undefined' || impressionCallbacks.has(element)) return;
  impressionCallbacks.set(element, onImpression as (element: Element) => void);
  pendingElements.add(element);
  if (observeScheduled) return;
  observeScheduled = true;
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(observePending, { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(observePending, 0);
  }
}

/** Stops watching `element` and cancels a pending impression. */
export function unwatchImpression(element: Element): void {
  if (!impressionCallbacks.delete(element)) return;
  pendingElements.delete(element);
  clearTimeout(impressionTimers.get(element));
  if (!impressionTimers.delete(element)) return;
  observer?.unobserve(element);
  if (impressionTimers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

import type { ReactiveController, ReactiveElement } from 'lit';
import { dispatchNewsEvent } from './events.js';

/**
 * Dispatches `news-impression` once per element, when at least half of it (or, for an element
 * taller than the viewport, half the viewport) has been in view for one continuous second.
 * Nothing of it is in the first render: the element is observed from its first render on, once
 * the page is idle.
 */
export class ImpressionController implements ReactiveController {
  #sent = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.#watch();
  }

  hostUpdated(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    unwatch(this.host);
  }

  /** Called by the shared observer when the element has been seen. */
  seen(): void {
    this.#sent = true;
    dispatchNewsEvent(this.host, 'news-impression', { widget: this.host.localName });
  }

  #watch(): void {
    if (!this.#sent && this.host.isConnected) watch(this.host, this);
  }
}

// One IntersectionObserver for every element on the page. Elements queue up as they render, and
// the observer is created and told about them when the page is next idle.

const IMPRESSION_DELAY_MS = 1000;
const VISIBLE_SHARE = 0.5;
/** The longest an element waits for an idle moment before it is observed anyway. */
const IDLE_TIMEOUT_MS = 500;

/** Elements being watched, with their controllers. */
const controllers = new Map<Element, ImpressionController>();
/** Watched elements not handed to the observer yet. */
const pending = new Set<Element>();
/** Observed elements, with the timer of the second they have been in view, if running. */
const timers = new Map<Element, ReturnType<typeof setTimeout> | undefined>();
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
    if (!timers.has(element)) continue;
    const timer = timers.get(element);
    if (isMostlyVisible(entry)) {
      if (timer === undefined) {
        timers.set(
          element,
          setTimeout(() => {
            const controller = controllers.get(element);
            unwatch(element);
            controller?.seen();
          }, IMPRESSION_DELAY_MS),
        );
      }
    } else if (timer !== undefined) {
      clearTimeout(timer);
      timers.set(element, undefined);
    }
  }
}

function observePending(): void {
  observeScheduled = false;
  if (!pending.size) return;
  observer ??= new IntersectionObserver(onIntersection, {
    threshold: [0, 0.1, 0.2, 0.3, 0.4, VISIBLE_SHARE, 0.75, 1],
  });
  for (const element of pending) {
    timers.set(element, undefined);
    observer.observe(element);
  }
  pending.clear();
}

function watch(element: Element, controller: ImpressionController): void {
  if (typeof IntersectionObserver === 'undefined' || controllers.has(element)) return;
  controllers.set(element, controller);
  pending.add(element);
  if (observeScheduled) return;
  observeScheduled = true;
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(observePending, { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(observePending, 0);
  }
}

function unwatch(element: Element): void {
  if (!controllers.delete(element)) return;
  pending.delete(element);
  clearTimeout(timers.get(element));
  if (!timers.delete(element)) return;
  observer?.unobserve(element);
  if (timers.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

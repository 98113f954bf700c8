import type { ReactiveController, ReactiveElement } from 'lit';

/** What the controller needs of its element. */
export interface ColorSchemeHost extends ReactiveElement {
  theme?: string;
  /** Turns a custom state of the element on or off. */
  toggleState(state: string, on: boolean): void;
}

/**
 * For `theme="auto"`: whether the page sets a `color-scheme` for the element to follow.
 *
 * The widget's colours follow its `color-scheme` through `light-dark()`, and with `theme="auto"`
 * the host inherits the page's `color-scheme`, so a page that sets one, and toggles it, is
 * followed live by CSS alone. A page that sets none (`normal`) would make every widget light: the
 * element then gets the custom state `follows-reader`, which makes its scheme `light dark`, the
 * reader's preference. Whether the page sets one can change when the page toggles classes or
 * styles on `<html>` or `<body>`, which is watched (one observer for every such element).
 */
export class ColorSchemeController implements ReactiveController {
  constructor(private readonly host: ColorSchemeHost) {
    host.addController(this);
  }

  hostConnected(): void {
    watched.add(this);
    startWatching();
    this.check();
  }

  hostDisconnected(): void {
    watched.delete(this);
    if (!watched.size) stopWatching();
  }

  /** Reads the `color-scheme` the host would inherit from the page. */
  check(): void {
    const host = this.host;
    const parent = host.parentElement ?? (host.getRootNode() as ShadowRoot).host;
    const inherited = parent ? getComputedStyle(parent).colorScheme : 'normal';
    host.toggleState('follows-reader', host.theme === 'auto' && (!inherited || inherited === 'normal'));
  }
}

const watched = new Set<ColorSchemeController>();
let observer: MutationObserver | undefined;
const checkAll = (): void => watched.forEach((controller) => controller.check());

function startWatching(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(checkAll);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
}

function stopWatching(): void {
  observer?.disconnect();
  observer = undefined;
}

/**
 * The one-file build (dist/news-widgets.bundle.js): every element and every language, Lit
 * inlined, for pages that prefer one request to the loader's few. It sets `window.NewsWidgets`
 * as the loader does, unless a copy of the library got there first.
 */
import * as NewsWidgets from './index.js';
import type { NewsWidgetsGlobal } from './global.js';

const global: NewsWidgetsGlobal = {
  ...NewsWidgets,
  // Everything is defined already: nothing to load or watch.
  load: () => Promise.resolve(),
};
globalThis.NewsWidgets ??= global;

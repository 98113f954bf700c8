// Hydration must be loaded before the elements are defined.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'news-widgets';

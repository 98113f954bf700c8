// Hydration support must load before the elements are defined; then the page's own template is
// hydrated with the same values the server used, so property-fed elements match too.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import 'news-widgets';
import { app, stories } from './app.js';

hydrate(app(stories), document.getElementById('app'));

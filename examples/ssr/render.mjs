// Renders a page on the server with @lit-labs/ssr: each element becomes declarative shadow DOM
// (<template shadowrootmode="open">), readable before any script runs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { loadLanguage } from 'news-widgets';
import { app, stories } from './app.js';

// An element's own lang is honoured on the server: the languages it uses load first.
await loadLanguage('de');
const body = await collectResult(render(app(stories)));

/** The whole page; `clientScript` is the URL of the hydrating bundle. */
export function page(clientScript) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>news-widgets, server-rendered</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="app">${body}</div>
    <script type="module" src="${clientScript}"></script>
  </body>
</html>
`;
}

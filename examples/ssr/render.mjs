// Renders a page on the server with @lit-labs/ssr: each element becomes declarative shadow DOM
// (<template shadowrootmode="open">), readable before any script runs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import 'news-widgets';

const body = await collectResult(
  render(html`
    <news-article-card
      id="card"
      href="/stories/lead"
      kicker="Politics"
      headline="Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations"
      published="2018-04-27"
    ></news-article-card>
    <news-pull-quote id="quote" author="Jens Stoltenberg" author-title="NATO Secretary General"
      >Georgia is a very close partner of NATO.</news-pull-quote
    >
    <news-photo-caption
      id="photo"
      src="/demo/img/briefing.svg"
      alt="A lectern in front of flags"
      width="1200"
      height="675"
      credit="NATO"
      >NATO Secretary General Jens Stoltenberg at a briefing in Brussels</news-photo-caption
    >
    <news-related-stories id="related">
      <ul>
        <li>
          <a href="/stories/resolute-support"
            >New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan</a
          >
        </li>
        <li><a href="/stories/nato-days">NATO Days officially open in Georgia</a></li>
      </ul>
    </news-related-stories>
  `),
);

/** The whole page; `clientScript` is the URL of the hydrating bundle. */
export function page(clientScript) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>news-widgets, server-rendered</title>
  </head>
  <body>
    ${body}
    <script type="module" src="${clientScript}"></script>
  </body>
</html>
`;
}

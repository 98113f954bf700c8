// The page's template, shared by the server (render.mjs) and the browser (client.js), so the
// browser can hydrate it with the same values, including properties such as `stories`.
import { html } from 'lit';

export const stories = [
  {
    title: 'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
    url: '/stories/resolute-support',
    published: '2018-04-20',
  },
  { title: 'NATO Days officially open in Georgia', url: '/stories/nato-days' },
];

export const app = (data) => html`
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
  <news-related-stories id="related" .stories=${data}></news-related-stories>
  <news-article-card
    id="card-de"
    lang="de"
    href="/stories/nato-tage"
    headline="NATO-Tage in Georgien eröffnet"
    author="Anna Müller"
    published="2024-03-12"
  ></news-article-card>
  <div lang="ar" dir="rtl">
    <news-article-card
      id="card-ar"
      href="/stories/lead"
      headline="Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations"
      author="Jens Stoltenberg"
      published="2018-04-27"
    ></news-article-card>
  </div>
`;

// A Preact card as an app writes one: a component rendering the markup <news-article-card> renders
// for the benchmark's card (same elements, same attributes, no whitespace text nodes), the date
// through Intl, into the page's DOM (no shadow root; its rules are a document stylesheet). The
// harness calls `benchCandidate.render` with the cards to show.
import { h, render } from 'preact';
import { formatDate } from './date.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  .card { position: relative; display: grid; border: 1px solid #ddd; border-radius: 8px; font: 16px/1.5 system-ui, sans-serif; }
  .card .body { padding: 16px; display: flex; flex-direction: column; gap: 8px; }
  .card p { margin: 0; }
  .card .kicker { color: #b0121b; font-size: 13px; font-weight: 700; text-transform: uppercase; }
  .card .heading { margin: 0; font: 700 1.25em/1.25 Georgia, serif; }
  .card .link { color: inherit; text-decoration: none; }
  .card .link::after { content: ''; position: absolute; inset: 0; }
  .card .meta { color: #585858; font-size: 14px; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function Card({ href, headline, summary, kicker, published }) {
  return h(
    'article',
    { part: 'card', class: 'card', lang: 'en', dir: 'ltr' },
    h(
      'div',
      { part: 'body', class: 'body' },
      h('p', { part: 'kicker', class: 'kicker', dir: 'auto' }, kicker),
      h(
        'div',
        { part: 'headline', class: 'heading', role: 'heading', 'aria-level': '3', dir: 'auto' },
        h('a', { part: 'link', class: 'link', href }, headline),
      ),
      h('p', { part: 'summary', class: 'summary', dir: 'auto' }, summary),
      h(
        'p',
        { part: 'meta', class: 'meta' },
        h('span', { part: 'author', class: 'author' }),
        h('time', { part: 'date', class: 'date', dateTime: published }, formatDate(published)),
        h('span', { part: 'source', class: 'source' }),
      ),
    ),
  );
}

// Preact owns what it renders into: each call renders its cards into a container of their own.
globalThis.benchCandidate = {
  render(host, items) {
    const container = host.appendChild(document.createElement('div'));
    render(
      items.map((item) => h(Card, item)),
      container,
    );
  },
};

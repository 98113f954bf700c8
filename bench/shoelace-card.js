// Shoelace's <sl-card> (with its light theme CSS, which the page links) as a page uses it: the card's
// box, border and padding come from sl-card, and its default slot holds the benchmark's card as
// light-DOM content, made by the page's script: the text elements of <news-article-card> (kicker,
// heading with the link, summary, a line with the date through Intl), with the same attributes.
// The harness calls `benchCandidate.render`; the content's few rules are a document stylesheet.
import '@shoelace-style/shoelace/dist/components/card/card.js';
import { formatDate } from './date.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  sl-card { display: block; position: relative; }
  sl-card p { margin: 0; }
  sl-card .kicker { color: #b0121b; font-size: 13px; font-weight: 700; text-transform: uppercase; }
  sl-card .heading { margin: 0; font: 700 1.25em/1.25 Georgia, serif; }
  sl-card .link { color: inherit; text-decoration: none; }
  sl-card .link::after { content: ''; position: absolute; inset: 0; }
  sl-card .meta { color: #585858; font-size: 14px; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** An element with `part`, `class` and more attributes, and children. */
function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function card({ href, headline, summary, kicker, published }) {
  return element(
    'sl-card',
    {},
    element('p', { part: 'kicker', class: 'kicker', dir: 'auto' }, kicker),
    element(
      'div',
      { part: 'headline', class: 'heading', role: 'heading', 'aria-level': '3', dir: 'auto' },
      element('a', { part: 'link', class: 'link', href }, headline),
    ),
    element('p', { part: 'summary', class: 'summary', dir: 'auto' }, summary),
    element(
      'p',
      { part: 'meta', class: 'meta' },
      element('span', { part: 'author', class: 'author' }),
      element('time', { part: 'date', class: 'date', datetime: published }, formatDate(published)),
      element('span', { part: 'source', class: 'source' }),
    ),
  );
}

globalThis.benchCandidate = {
  /** Appends a card per item; resolves once every card has rendered. */
  async render(host, items) {
    const cards = items.map(card);
    host.append(...cards);
    await Promise.all(cards.map((node) => node.updateComplete));
  },
};

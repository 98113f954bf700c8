// <news-article-card> reads a schema.org NewsArticle from a JSON-LD script inside its tag, with
// no request, with the same fields and precedence as `src`.
import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/article-card.js';
import type { NewsArticleCard } from '../src/article-card.js';
import { captureWarnings } from './support/helpers.js';

const ARTICLE = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'NATO Days officially open in Georgia',
  url: 'https://georgiatoday.ge/nato-days',
  description: 'Flags over Tbilisi.',
  datePublished: '2018-04-27',
  author: { '@type': 'Person', name: 'Nino Beridze' },
  publisher: { '@type': 'Organization', name: 'Georgia Today' },
  articleSection: 'Politics',
  image: { '@type': 'ImageObject', url: '/img/nato-days.jpg', width: 1200, height: 675, caption: 'Flags' },
};

/** A card with `attributes` and the JSON-LD `data` inside it, plus a fallback link. */
async function card(attributes: string, data: unknown): Promise<NewsArticleCard> {
  const wrapper = await fixture(
    html`<div>
      ${unsafeHTML(`<news-article-card ${attributes}>
      <script type="application/ld+json">${JSON.stringify(data)}</script>
      <a href="/fallback">Fallback</a>
    </news-article-card>`)}
    </div>`,
  );
  const element = wrapper.querySelector('news-article-card') as NewsArticleCard;
  await element.updateComplete;
  return element;
}

const part = (element: NewsArticleCard, name: string) =>
  element
    .shadowRoot!.querySelector(`[part~="${name}"]`)
    ?.textContent?.replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('<news-article-card> with JSON-LD inside the tag', () => {
  it('shows the NewsArticle without a request, URLs resolved against the page', async () => {
    // Data requests only: the library's own modules (the JSON-LD reader) are not data.
    const data = () =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => !/\.(ts|js)(\?|$)/.test(name));
    const before = data().length;
    const element = await card('', ARTICLE);
    expect(part(element, 'headline')).to.equal('NATO Days officially open in Georgia');
    expect(part(element, 'summary')).to.equal('Flags over Tbilisi.');
    expect(part(element, 'kicker')).to.equal('Politics');
    expect(part(element, 'author')).to.equal('By Nino Beridze');
    expect(part(element, 'source')).to.equal('Georgia Today');
    expect(element.shadowRoot!.querySelector('[part~="link"]')!.getAttribute('href')).to.equal(
      'https://georgiatoday.ge/nato-days',
    );
    expect(element.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(
      new URL('/img/nato-days.jpg', document.baseURI).href,
    );
    const requests = data().slice(before);
    expect(requests.filter((name) => !name.endsWith('/img/nato-days.jpg'))).to.deep.equal([]);
  });

  it('lets attributes win over its fields, as with src', async () => {
    const element = await card('headline="From the attribute" kicker="World"', ARTICLE);
    expect(part(element, 'headline')).to.equal('From the attribute');
    expect(part(element, 'kicker')).to.equal('World');
    expect(part(element, 'summary')).to.equal('Flags over Tbilisi.');
  });

  it('reads an @graph, as search engines get it', async () => {
    const element = await card('', {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, ARTICLE],
    });
    expect(part(element, 'headline')).to.equal('NATO Days officially open in Georgia');
  });

  it('shows text as text', async () => {
    const element = await card('', { ...ARTICLE, headline: '<img src=x onerror=alert(1)>' });
    expect(part(element, 'headline')).to.equal('<img src=x onerror=alert(1)>');
    expect(element.shadowRoot!.querySelector('[part~="headline"] img')).to.be.null;
  });

  it('keeps the fallback and warns once when the JSON-LD is broken', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div>
          ${unsafeHTML(`<news-article-card><script type="application/ld+json">{ "@type": </script><a href="/f">Fallback</a></news-article-card>`)}
        </div>`,
      );
      const element = wrapper.querySelector('news-article-card') as NewsArticleCard;
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('slot')).to.exist;
      const relevant = warnings.messages.filter((message) => message.includes('JSON-LD'));
      expect(relevant).to.have.length(1);
      expect(relevant[0]).to.match(/^<news-article-card>: the JSON-LD inside the tag could not be read/);
    } finally {
      warnings.restore();
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type {
  NewsArticleCard,
  NewsPhotoCaption,
  NewsPullQuote,
  NewsRelatedStories,
  Story,
} from '../src/index.js';
import { TEXT_PAYLOADS, URL_PAYLOADS, dangerousUrls } from './support/xss-payloads.js';
import { until, wait } from './support/helpers.js';

const executed: string[] = [];
(window as unknown as { __xss: (what: string) => void }).__xss = (what) => executed.push(what);

// XML 1.0 cannot carry most control characters: a feed with them is malformed, so leave them out.
const xml = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
const echo = (ext: string, body: string) => `/fixtures/echo/${ext}?body=${encodeURIComponent(body)}`;

/** Elements a widget never renders, and event-handler attributes: if one shows up, markup was parsed. */
function injectedElements(root: Element): string[] {
  return Array.from(root.shadowRoot!.querySelectorAll('*'))
    .filter(
      (element) =>
        ['script', 'iframe', 'object', 'embed', 'style'].includes(element.localName) ||
        element.getAttributeNames().some((name) => name.startsWith('on')),
    )
    .map((element) => element.localName);
}

async function expectSafe(element: Element): Promise<void> {
  await wait(50); // let any onerror/onload handler that slipped through run
  expect(dangerousUrls(element), 'dangerous URLs').to.deep.equal([]);
  expect(injectedElements(element), 'injected elements').to.deep.equal([]);
  expect(executed, 'executed payloads').to.deep.equal([]);
}

const CARD_TEXT = [
  'headline',
  'summary',
  'kicker',
  'author',
  'source',
  'image-alt',
  'image-sizes',
  'published',
];
const CARD_URLS = ['href', 'image', 'image-srcset', 'src'];

describe('XSS payloads', () => {
  afterEach(() => expect(executed).to.deep.equal([]));

  describe('<news-article-card>', () => {
    for (const payload of TEXT_PAYLOADS) {
      it(`shows ${JSON.stringify(payload.slice(0, 40))} literally in every text attribute`, async () => {
        const card = await fixture<NewsArticleCard>(
          html`<news-article-card image="/x.png"></news-article-card>`,
        );
        for (const name of CARD_TEXT) card.setAttribute(name, payload);
        await card.updateComplete;
        expect(card.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim()).to.equal(
          payload.trim(),
        );
        expect(card.shadowRoot!.querySelector('[part="summary"]')!.textContent).to.equal(payload.trim());
        await expectSafe(card);
      });
    }

    it('drops every dangerous URL from every URL attribute', async () => {
      for (const payload of URL_PAYLOADS) {
        const card = await fixture<NewsArticleCard>(
          html`<news-article-card headline="H"></news-article-card>`,
        );
        for (const name of CARD_URLS) card.setAttribute(name, payload);
        await card.updateComplete;
        await expectSafe(card);
      }
    });

    it('is safe through the article property', async () => {
      for (const [text, url] of TEXT_PAYLOADS.map((t, i) => [t, URL_PAYLOADS[i % URL_PAYLOADS.length]!])) {
        const card = await fixture<NewsArticleCard>(html`<news-article-card></news-article-card>`);
        card.article = {
          headline: text,
          summary: text,
          author: text,
          href: url,
          image: url,
          imageSrcset: url,
        };
        await card.updateComplete;
        await expectSafe(card);
      }
    });

    it('is safe through JSON-LD', async () => {
      const document = {
        '@type': 'NewsArticle',
        headline: TEXT_PAYLOADS[1],
        description: TEXT_PAYLOADS[0],
        url: URL_PAYLOADS[0],
        image: { '@type': 'ImageObject', url: URL_PAYLOADS[10], caption: TEXT_PAYLOADS[2] },
        author: { '@type': 'Person', name: TEXT_PAYLOADS[3] },
        publisher: { name: TEXT_PAYLOADS[6] },
      };
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card src=${echo('jsonld', JSON.stringify(document))}></news-article-card>`,
      );
      await until(() => !!card.shadowRoot!.querySelector('[part="headline"]'), 5000, 'the JSON-LD headline');
      expect(card.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim()).to.equal(
        TEXT_PAYLOADS[1],
      );
      await expectSafe(card);
    });
  });

  describe('<news-pull-quote>', () => {
    it('shows text payloads literally and drops dangerous cite URLs', async () => {
      for (const [i, payload] of TEXT_PAYLOADS.entries()) {
        const quote = await fixture<NewsPullQuote>(html`<news-pull-quote share>A quote.</news-pull-quote>`);
        quote.setAttribute('author', payload);
        quote.setAttribute('author-title', payload);
        quote.setAttribute('cite', URL_PAYLOADS[i % URL_PAYLOADS.length]!);
        await quote.updateComplete;
        expect(quote.shadowRoot!.querySelector('[part="author"]')!.textContent).to.equal(payload.trim());
        await expectSafe(quote);
      }
    });
  });

  describe('<news-photo-caption>', () => {
    it('shows text payloads literally and drops dangerous image URLs', async () => {
      for (const [i, payload] of TEXT_PAYLOADS.entries()) {
        const photo = await fixture<NewsPhotoCaption>(
          html`<news-photo-caption zoomable></news-photo-caption>`,
        );
        for (const name of ['alt', 'caption', 'credit', 'sizes', 'width', 'height'])
          photo.setAttribute(name, payload);
        photo.setAttribute('src', URL_PAYLOADS[i % URL_PAYLOADS.length]!);
        photo.setAttribute('srcset', `${URL_PAYLOADS[(i + 1) % URL_PAYLOADS.length]} 2x`);
        await photo.updateComplete;
        expect(photo.shadowRoot!.textContent).to.contain(payload.trim());
        await expectSafe(photo);
      }
    });
  });

  describe('<news-related-stories>', () => {
    it('is safe through the stories property and its own attributes', async () => {
      const stories: Story[] = TEXT_PAYLOADS.map((title, i) => ({
        title,
        url: i % 2 ? URL_PAYLOADS[i % URL_PAYLOADS.length]! : `/story-${i}`,
        image: URL_PAYLOADS[(i + 3) % URL_PAYLOADS.length]!,
        imageAlt: title,
        section: title,
        summary: title,
      }));
      const el = await fixture<NewsRelatedStories>(
        html`<news-related-stories layout="grid"></news-related-stories>`,
      );
      el.setAttribute('heading', TEXT_PAYLOADS[0]!);
      el.setAttribute('exclude', URL_PAYLOADS[0]!);
      el.stories = stories;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(TEXT_PAYLOADS[0]);
      const titles = Array.from(el.shadowRoot!.querySelectorAll('[part~="title"]')).map((a) =>
        a.textContent!.trim(),
      );
      expect(titles).to.include(TEXT_PAYLOADS[0]);
      await expectSafe(el);
    });

    const jsonFeed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: TEXT_PAYLOADS.map((title, i) => ({
        title,
        url: i % 2 ? URL_PAYLOADS[i % URL_PAYLOADS.length] : `/story-${i}`,
        image: URL_PAYLOADS[(i + 5) % URL_PAYLOADS.length],
        summary: title,
        tags: [title],
      })),
    });
    const rssItems = TEXT_PAYLOADS.map(
      (
        title,
        i,
      ) => `<item><title>${xml(title)}</title><link>${xml(i % 2 ? URL_PAYLOADS[i % URL_PAYLOADS.length]! : `/s${i}`)}</link>
        <description><![CDATA[${title}]]></description><category>${xml(title)}</category>
        <enclosure url="${xml(URL_PAYLOADS[(i + 2) % URL_PAYLOADS.length]!)}" type="image/png"/></item>`,
    ).join('');
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${rssItems}</channel></rss>`;
    const atomEntries = TEXT_PAYLOADS.map(
      (title, i) => `<entry><title type="html">${xml(title)}</title>
        <link href="${xml(i % 2 ? URL_PAYLOADS[i % URL_PAYLOADS.length]! : `/a${i}`)}"/>
        <link rel="enclosure" type="image/png" href="${xml(URL_PAYLOADS[(i + 7) % URL_PAYLOADS.length]!)}"/>
        <summary type="html">${xml(title)}</summary></entry>`,
    ).join('');
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>${atomEntries}</feed>`;

    for (const [name, src] of [
      ['JSON Feed', echo('json', jsonFeed)],
      ['RSS', echo('rss', rss)],
      ['Atom', echo('atom', atom)],
    ] as const) {
      it(`is safe through ${name} items`, async () => {
        const el = await fixture<NewsRelatedStories>(
          html`<news-related-stories src=${src}></news-related-stories>`,
        );
        await until(() => el.shadowRoot!.querySelectorAll('[part~="title"]').length > 0, 5000, 'feed items');
        await expectSafe(el);
      });
    }
  });
});

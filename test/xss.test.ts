import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type {
  NewsArticleCard,
  NewsPhotoCaption,
  NewsPullQuote,
  NewsRelatedStories,
  Story,
} from '../src/index.js';
import { TEXT_PAYLOADS, URL_PAYLOADS, dangerousUrls, isDangerous, shapeOf } from './support/xss-payloads.js';
import { captureWarnings, readable, rendered } from './support/helpers.js';

// Each widget is rendered twice: once from the payloads and once from plain values in the same
// fields. The payload's text must be on screen as written, and the payload rendering may hold no
// element or attribute the plain one lacks; a dangerous URL leaves its item without the link or
// image. Markup that was never created cannot run, so nothing waits for handlers: the record of
// executed payloads is checked after every test as a last guard.

const executed: string[] = [];
(window as unknown as { __xss: (what: string) => void }).__xss = (what) => executed.push(what);

const PLAIN = 'Plain text';

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

const part = (root: Element, name: string) =>
  root.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** The markup of what `selector` finds under `root` (DOM nodes themselves make slow, huge chai messages). */
const found = (root: ParentNode, selector: string) =>
  Array.from(root.querySelectorAll(selector)).map((element) => element.outerHTML);
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const text = (element: Element | null) => collapse(element?.textContent ?? '');

/** No element or attribute that `plain`, the same widget from plain values, does not have; no dangerous URL. */
function expectOnlyPlainMarkup(element: Element, plain: Element): void {
  const allowed = shapeOf(plain);
  const added = [...shapeOf(element)].filter((entry) => !allowed.has(entry));
  expect(added, 'elements or attributes a plain rendering does not have').to.deep.equal([]);
  expect(dangerousUrls(element), 'dangerous URLs').to.deep.equal([]);
}

/** Quietly: dropped URLs and bad values warn, as they should. */
async function quietly<T>(render: () => Promise<T>): Promise<T> {
  const warnings = captureWarnings();
  try {
    return await render();
  } finally {
    warnings.restore();
  }
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
  afterEach(() => expect(executed, 'executed payloads').to.deep.equal([]));

  describe('<news-article-card>', () => {
    async function card(value: string): Promise<NewsArticleCard> {
      const el = await fixture<NewsArticleCard>(
        html`<news-article-card image="/x.png" href="/story"></news-article-card>`,
      );
      for (const name of CARD_TEXT) el.setAttribute(name, value);
      await el.updateComplete;
      return el;
    }

    for (const payload of TEXT_PAYLOADS) {
      it(`shows ${JSON.stringify(payload.slice(0, 40))} as text in every text attribute`, async () => {
        const plain = await quietly(() => card(PLAIN));
        const el = await quietly(() => card(payload));
        const shown = payload.trim();
        for (const name of ['headline', 'summary', 'kicker', 'source']) {
          expect(readable(part(el, name)), name).to.equal(shown.replace(/\s+/g, ' '));
        }
        expect(part(el, 'author')!.textContent, 'author').to.contain(shown);
        expect(part(el, 'image')!.getAttribute('alt'), 'image-alt').to.equal(shown);
        expect(readable(part(el, 'date')), 'a published that is no date').to.equal('');
        expectOnlyPlainMarkup(el, plain);
      });
    }

    it('renders without the link or image whose URL is dangerous', async () => {
      const plain = await fixture<NewsArticleCard>(
        html`<news-article-card headline="H"></news-article-card>`,
      );
      for (const payload of URL_PAYLOADS.filter(isDangerous)) {
        const el = await quietly(async () => {
          const card = await fixture<NewsArticleCard>(
            html`<news-article-card headline="H"></news-article-card>`,
          );
          for (const name of CARD_URLS) card.setAttribute(name, payload);
          await card.updateComplete;
          return card;
        });
        expect(found(el.shadowRoot!, 'a[href], img[src]'), payload).to.deep.equal([]);
        expect(part(el, 'headline')!.textContent!.trim(), payload).to.equal('H');
        expectOnlyPlainMarkup(el, plain);
      }
    });

    it('keeps a harmless look-alike as a relative link, never a dangerous one', async () => {
      for (const payload of URL_PAYLOADS.filter((url) => !isDangerous(url))) {
        const el = await quietly(() =>
          fixture<NewsArticleCard>(
            html`<news-article-card headline="H" href=${payload}></news-article-card>`,
          ),
        );
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
        expect(link, payload).to.exist;
        expect(new URL(link!.href).origin, payload).to.equal(location.origin);
        expect(dangerousUrls(el), payload).to.deep.equal([]);
      }
    });

    it('is safe through the article property', async () => {
      for (const [i, payload] of TEXT_PAYLOADS.entries()) {
        const url = URL_PAYLOADS[i % URL_PAYLOADS.length]!;
        const article = (value: string, link?: string) => ({
          headline: value,
          summary: value,
          author: value,
          href: link,
          image: link,
          imageAlt: value,
          imageSrcset: link,
        });
        const plain = await quietly(async () => {
          const card = await fixture<NewsArticleCard>(html`<news-article-card></news-article-card>`);
          card.article = article(PLAIN, isDangerous(url) ? undefined : '/safe.png');
          await card.updateComplete;
          return card;
        });
        const el = await quietly(async () => {
          const card = await fixture<NewsArticleCard>(html`<news-article-card></news-article-card>`);
          card.article = article(payload, url);
          await card.updateComplete;
          return card;
        });
        expect(part(el, 'headline')!.textContent!.trim()).to.equal(payload.trim());
        expect(part(el, 'summary')!.textContent).to.equal(payload.trim());
        if (isDangerous(url)) expect(found(el.shadowRoot!, 'a[href], img[src]'), url).to.deep.equal([]);
        expectOnlyPlainMarkup(el, plain);
      }
    });

    it('is safe through JSON-LD', async () => {
      const document = (value: (i: number) => string, url: string | undefined) => ({
        '@type': 'NewsArticle',
        headline: value(1),
        description: value(0),
        url,
        image: { '@type': 'ImageObject', url: URL_PAYLOADS[10], caption: value(2) },
        author: { '@type': 'Person', name: value(3) },
        publisher: { name: value(6) },
      });
      const load = async (doc: object) => {
        const card = await fixture<NewsArticleCard>(
          html`<news-article-card src=${echo('jsonld', JSON.stringify(doc))}></news-article-card>`,
        );
        await rendered(card, () => !!part(card, 'headline'), 'the JSON-LD headline');
        return card;
      };
      const plain = await quietly(() => load(document(() => PLAIN, undefined)));
      const el = await quietly(() => load(document((i) => TEXT_PAYLOADS[i]!, URL_PAYLOADS[0])));
      expect(part(el, 'headline')!.textContent!.trim()).to.equal(TEXT_PAYLOADS[1]);
      expect(part(el, 'summary')!.textContent).to.equal(TEXT_PAYLOADS[0]);
      expect(part(el, 'author')!.textContent).to.contain(TEXT_PAYLOADS[3]);
      expect(readable(part(el, 'source'))).to.equal(TEXT_PAYLOADS[6]!.replace(/\s+/g, ' ').trim());
      expect(found(el.shadowRoot!, 'a[href], img[src]'), 'the dangerous url and image').to.deep.equal([]);
      expectOnlyPlainMarkup(el, plain);
    });
  });

  describe('<news-pull-quote>', () => {
    it('shows text payloads as text and drops dangerous cite URLs', async () => {
      const quote = async (value: string, cite?: string) => {
        const el = await fixture<NewsPullQuote>(html`<news-pull-quote share>A quote.</news-pull-quote>`);
        el.setAttribute('author', value);
        el.setAttribute('author-title', value);
        if (cite !== undefined) el.setAttribute('cite', cite);
        await el.updateComplete;
        return el;
      };
      for (const [i, payload] of TEXT_PAYLOADS.entries()) {
        const cite = URL_PAYLOADS[i % URL_PAYLOADS.length]!;
        const plain = await quote(PLAIN, isDangerous(cite) ? undefined : '/source');
        const el = await quietly(() => quote(payload, cite));
        expect(part(el, 'author')!.textContent, payload).to.equal(payload.trim());
        expect(part(el, 'author-title')!.textContent, payload).to.equal(payload.trim());
        if (isDangerous(cite)) expect(part(el, 'quote')!.hasAttribute('cite'), cite).to.be.false;
        expectOnlyPlainMarkup(el, plain);
      }
    });
  });

  describe('<news-photo-caption>', () => {
    const PIXEL =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

    it('shows text payloads as text in alt, caption and credit', async () => {
      const photo = async (value: string) => {
        const el = await fixture<NewsPhotoCaption>(
          html`<news-photo-caption zoomable src=${PIXEL}></news-photo-caption>`,
        );
        for (const name of ['alt', 'caption', 'credit', 'sizes', 'width', 'height'])
          el.setAttribute(name, value);
        await el.updateComplete;
        return el;
      };
      for (const payload of TEXT_PAYLOADS) {
        const plain = await quietly(() => photo(PLAIN));
        const el = await quietly(() => photo(payload));
        const shown = payload.trim();
        expect(text(part(el, 'caption-text')), payload).to.equal(collapse(shown));
        expect(part(el, 'credit')!.textContent, payload).to.contain(shown);
        expect(part(el, 'image')!.getAttribute('alt'), payload).to.equal(shown);
        expectOnlyPlainMarkup(el, plain);
      }
    });

    it('renders without the image whose URL is dangerous, keeping the caption', async () => {
      const plain = await fixture<NewsPhotoCaption>(
        html`<news-photo-caption zoomable alt="A" caption="C"></news-photo-caption>`,
      );
      for (const payload of URL_PAYLOADS.filter(isDangerous)) {
        const el = await quietly(() =>
          fixture<NewsPhotoCaption>(html`
            <news-photo-caption zoomable alt="A" caption="C" src=${payload} srcset=${`${payload} 2x`}>
            </news-photo-caption>
          `),
        );
        expect(found(el.shadowRoot!, 'img, button'), payload).to.deep.equal([]);
        expect(text(part(el, 'caption-text')), payload).to.equal('C');
        expectOnlyPlainMarkup(el, plain);
      }
    });
  });

  describe('<news-related-stories>', () => {
    const titles = (el: Element) =>
      Array.from(el.shadowRoot!.querySelectorAll('[part~="title"]')).map((a) => a.textContent!.trim());
    /** The story at `i` links to a safe path when `i` is even, to a URL payload when odd. */
    const urlOf = (i: number) => (i % 2 ? URL_PAYLOADS[i % URL_PAYLOADS.length]! : `/story-${i}`);
    const imageOf = (i: number) => URL_PAYLOADS[(i + 3) % URL_PAYLOADS.length]!;

    it('shows titles as text, and a story whose link is dangerous without its link', async () => {
      const list = async (title: (i: number) => string, heading: string) => {
        const el = await fixture<NewsRelatedStories>(
          html`<news-related-stories layout="grid"></news-related-stories>`,
        );
        el.setAttribute('heading', heading);
        el.setAttribute('exclude', URL_PAYLOADS[0]!);
        el.stories = TEXT_PAYLOADS.map((_, i): Story => ({
          title: title(i),
          url: urlOf(i),
          image: imageOf(i),
          imageAlt: title(i),
          section: title(i),
          summary: title(i),
        }));
        await el.updateComplete;
        return el;
      };
      const plain = await quietly(() => list((i) => `${PLAIN} ${i}`, PLAIN));
      const el = await quietly(() => list((i) => TEXT_PAYLOADS[i]!, TEXT_PAYLOADS[0]!));
      expect(part(el, 'heading')!.textContent).to.equal(TEXT_PAYLOADS[0]);
      const shown = titles(el);
      // Every story is shown as text; one whose link is dangerous is shown without a link.
      const links = [...el.shadowRoot!.querySelectorAll('[part~="title"]')];
      for (const [i, payload] of TEXT_PAYLOADS.entries()) {
        if (i % 2 === 0 || isDangerous(urlOf(i))) expect(shown, `story ${i}`).to.include(payload.trim());
        const link = links.find((candidate) => text(candidate) === payload.trim());
        if (isDangerous(urlOf(i))) expect(link?.hasAttribute('href'), `story ${i}, ${urlOf(i)}`).to.be.false;
      }
      for (const item of Array.from(el.shadowRoot!.querySelectorAll('[part~="item"]'))) {
        const i = TEXT_PAYLOADS.findIndex((payload) => payload.trim() === text(item.querySelector('a')));
        expect(i, text(item)).to.be.at.least(0);
        if (isDangerous(imageOf(i))) expect(found(item, 'img'), imageOf(i)).to.deep.equal([]);
      }
      expectOnlyPlainMarkup(el, plain);
    });

    const jsonFeed = (title: (i: number) => string) =>
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: TEXT_PAYLOADS.map((_, i) => ({
          title: title(i),
          url: urlOf(i),
          image: URL_PAYLOADS[(i + 5) % URL_PAYLOADS.length],
          summary: title(i),
          tags: [title(i)],
        })),
      });
    const rss = (title: (i: number) => string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>${TEXT_PAYLOADS.map(
        (_, i) => `<item><title>${xml(title(i))}</title><link>${xml(urlOf(i))}</link>
        <description><![CDATA[${title(i)}]]></description><category>${xml(title(i))}</category>
        <enclosure url="${xml(URL_PAYLOADS[(i + 2) % URL_PAYLOADS.length]!)}" type="image/png"/></item>`,
      ).join('')}</channel></rss>`;
    const atom = (title: (i: number) => string) =>
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>${TEXT_PAYLOADS.map(
        (_, i) => `<entry><title type="html">${xml(title(i))}</title>
        <link href="${xml(urlOf(i))}"/>
        <link rel="enclosure" type="image/png" href="${xml(URL_PAYLOADS[(i + 7) % URL_PAYLOADS.length]!)}"/>
        <summary type="html">${xml(title(i))}</summary></entry>`,
      ).join('')}</feed>`;

    for (const [name, ext, feed, plainText] of [
      // JSON Feed titles are plain text: every one is shown as written.
      ['JSON Feed', 'json', jsonFeed, () => true],
      // RSS and Atom html titles are HTML read as text: those without markup are shown as written.
      ['RSS', 'rss', rss, (title: string) => !/[<&]/.test(title)],
      ['Atom', 'atom', atom, (title: string) => !/[<&]/.test(title)],
    ] as const) {
      it(`is safe through ${name} items, showing titles as text`, async () => {
        const load = async (body: string) => {
          const el = await fixture<NewsRelatedStories>(
            html`<news-related-stories layout="grid" src=${echo(ext, body)}></news-related-stories>`,
          );
          await rendered(el, () => titles(el).length > 0, 'feed items');
          return el;
        };
        const plain = await quietly(() => load(feed((i) => `${PLAIN} ${i}`)));
        const el = await quietly(() => load(feed((i) => TEXT_PAYLOADS[i]!)));
        const shown = titles(el);
        for (const [i, payload] of TEXT_PAYLOADS.entries()) {
          if (i % 2 === 0 && plainText(payload)) expect(shown, `item ${i}`).to.include(payload.trim());
        }
        const links = Array.from(el.shadowRoot!.querySelectorAll('a[href]')).map((a) =>
          a.getAttribute('href')!,
        );
        expect(links.filter(isDangerous), 'dangerous links').to.deep.equal([]);
        expectOnlyPlainMarkup(el, plain);
      });
    }
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const direction = (node: Element) => getComputedStyle(node).direction;

async function rendered<T extends Widget>(template: ReturnType<typeof html>, tag: string): Promise<T> {
  const wrapper = await fixture(template);
  const element = wrapper.querySelector(tag) as T;
  await element.updateComplete;
  return element;
}

describe('text from the page keeps its own direction', () => {
  it('an English headline on an Arabic page reads left to right, and the reverse', async () => {
    const english = await rendered(
      html`<div lang="ar" dir="rtl">
        <news-article-card
          headline="Georgia hosts NATO Days"
          href="/a"
          summary="Flags over Tbilisi"
        ></news-article-card>
      </div>`,
      'news-article-card',
    );
    const root = english.shadowRoot!;
    expect(direction(root.querySelector('[part~="card"]')!)).to.equal('rtl');
    expect(direction(root.querySelector('[part~="link"]')!)).to.equal('ltr');
    expect(direction(root.querySelector('[part~="summary"]')!)).to.equal('ltr');

    const arabic = await rendered(
      html`<div lang="en">
        <news-article-card
          headline="جورجيا تستضيف أيام الناتو"
          summary="أعلام فوق تبليسي"
        ></news-article-card>
      </div>`,
      'news-article-card',
    );
    const headline = arabic.shadowRoot!.querySelector('[part~="headline"]')!;
    expect(direction(arabic.shadowRoot!.querySelector('[part~="card"]')!)).to.equal('ltr');
    expect(direction(headline)).to.equal('rtl');
    expect(direction(arabic.shadowRoot!.querySelector('[part~="summary"]')!)).to.equal('rtl');
  });

  it('an English quote on an Arabic page reads left to right between the marks', async () => {
    const quote = await rendered(
      html`<div lang="ar" dir="rtl">
        <news-pull-quote author="Jens Stoltenberg">Georgia is a very close partner of NATO.</news-pull-quote>
      </div>`,
      'news-pull-quote',
    );
    const root = quote.shadowRoot!;
    expect(direction(root.querySelector('[part~="quote"]')!)).to.equal('rtl');
    // The quote's words keep their order: the sentence's full stop stays at its end, on the right.
    const range = document.createRange();
    range.selectNodeContents(quote);
    const text = quote.firstChild as Text;
    const stop = document.createRange();
    stop.setStart(text, text.data.indexOf('.'));
    stop.setEnd(text, text.data.indexOf('.') + 1);
    const georgia = document.createRange();
    georgia.setStart(text, text.data.indexOf('Georgia'));
    georgia.setEnd(text, text.data.indexOf('Georgia') + 1);
    expect(stop.getBoundingClientRect().left).to.be.greaterThan(georgia.getBoundingClientRect().left);
    expect(direction(root.querySelector('[part~="author"]')!)).to.equal('ltr');
  });

  it('captions, credits, bylines and story titles keep their direction', async () => {
    const photo = await rendered(
      html`<div lang="ar" dir="rtl">
        <news-photo-caption credit="NATO"><span>NATO Days</span> in Tbilisi</news-photo-caption>
      </div>`,
      'news-photo-caption',
    );
    expect(direction(photo.querySelector('span')!), 'slotted caption').to.equal('ltr');
    const captioned = await rendered(
      html`<div lang="en"><news-photo-caption caption="أيام الناتو في تبليسي"></news-photo-caption></div>`,
      'news-photo-caption',
    );
    expect(direction(captioned.shadowRoot!.querySelector('[part~="caption-text"]')!)).to.equal('rtl');
    // A name inside a translated label is isolated (U+2068 … U+2069).
    expect(photo.shadowRoot!.querySelector('[part~="credit"]')!.textContent).to.contain('\u2068NATO\u2069');

    const card = await rendered(
      html`<div lang="ar" dir="rtl">
        <news-article-card headline="عنوان" author="Anna Müller"></news-article-card>
      </div>`,
      'news-article-card',
    );
    expect(card.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.contain(
      '\u2068Anna Müller\u2069',
    );

    const related = await rendered(
      html`<div lang="en">
        <news-related-stories .stories=${[{ title: 'قصة', url: '/a' }]}></news-related-stories>
      </div>`,
      'news-related-stories',
    );
    expect(direction(related.shadowRoot!.querySelector('[part~="title"]')!)).to.equal('rtl');
  });
});

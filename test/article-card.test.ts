import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/article-card.js';
import type { NewsArticleCard } from '../src/article-card.js';
import {
  captureWarnings,
  headingLevelOf,
  imageSettled,
  onScreen,
  readable,
  recordEvents,
  rendered,
  shadowText,
} from './support/helpers.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const LAYOUTS = ['vertical', 'horizontal', 'compact', 'overlay'] as const;

function part(card: Element, name: string): HTMLElement | null {
  return card.shadowRoot!.querySelector(`[part~="${name}"]`);
}

async function fullCard(extra: Partial<Record<string, string>> = {}): Promise<NewsArticleCard> {
  const card = await fixture<NewsArticleCard>(html`
    <news-article-card
      href="https://news.example/nato-days"
      headline="NATO Days officially open in Georgia"
      summary="A week of events on the alliance."
      kicker="Politics"
      author="Nino Beridze"
      published="2018-04-27"
      source="Georgia Today"
      image=${PIXEL}
      image-alt="Flags of NATO members"
      image-width="1200"
      image-height="800"
      layout=${extra.layout ?? 'vertical'}
      theme=${extra.theme ?? 'light'}
    ></news-article-card>
  `);
  await card.updateComplete;
  return card;
}

describe('<news-article-card>', () => {
  it('shows every field as text in its part', async () => {
    const card = await fullCard();
    expect(part(card, 'kicker')!.textContent).to.equal('Politics');
    expect(part(card, 'headline')!.textContent!.trim()).to.equal('NATO Days officially open in Georgia');
    expect(part(card, 'summary')!.textContent).to.equal('A week of events on the alliance.');
    expect(readable(part(card, 'author'))).to.equal('By Nino Beridze');
    expect(readable(part(card, 'source'))).to.equal('Georgia Today');
    const time = part(card, 'date') as HTMLTimeElement;
    expect(time.tagName).to.equal('TIME');
    expect(time.dateTime).to.equal('2018-04-27');
    expect(time.textContent!.trim()).to.equal('April 27, 2018');
  });

  it('is one link named by the headline', async () => {
    const card = await fullCard();
    const links = card.shadowRoot!.querySelectorAll('a[href]');
    expect(links.length).to.equal(1);
    expect(links[0]!.getAttribute('href')).to.equal('https://news.example/nato-days');
    expect(links[0]!.textContent!.trim()).to.equal('NATO Days officially open in Georgia');
    expect(headingLevelOf(part(card, 'headline')), 'a level 3 heading').to.equal(3);
    expect(part(card, 'headline')!.contains(links[0]!), 'the link is in the heading').to.be.true;
  });

  it('stretches the link over the whole card', async () => {
    const card = await fullCard();
    card.style.width = '300px';
    card.scrollIntoView();
    const box = part(card, 'card')!.getBoundingClientRect();
    const link = card.shadowRoot!.querySelector('a')!;
    for (const [x, y] of [
      [box.left + 5, box.top + 5],
      [box.right - 5, box.bottom - 5],
    ] as const) {
      const hit = card.shadowRoot!.elementFromPoint(x, y);
      expect(hit === link, `${hit?.localName} at ${x},${y}`).to.be.true;
    }
  });

  it('takes one tab stop', async () => {
    const page = await fixture(html`
      <div>
        <button id="before">before</button>
        <news-article-card headline="One stop" href="/one" summary="Text" kicker="K"></news-article-card>
        <button id="after">after</button>
      </div>
    `);
    const card = page.querySelector('news-article-card')!;
    await card.updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === card, 'focus is in the card').to.be.true;
    expect(card.shadowRoot!.activeElement?.tagName).to.equal('A');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('after');
  });

  it('uses heading-level 1 to 6 for the heading element, 3 by default and for anything else', async () => {
    for (const [level, expected] of [
      ['1', 1],
      ['2', 2],
      ['6', 6],
      [undefined, 3],
      ['', 3],
      ['0', 3],
      ['7', 3],
      ['two', 3],
      ['2.5', 3],
    ] as const) {
      const card = await fixture<NewsArticleCard>(html`<news-article-card headline="H"></news-article-card>`);
      if (level !== undefined) card.setAttribute('heading-level', level);
      await card.updateComplete;
      expect(headingLevelOf(part(card, 'headline')), `heading-level="${level}"`).to.equal(expected);
      expect(part(card, 'headline')!.textContent!.trim()).to.equal('H');
    }
  });

  it('warns once, naming the value, for a heading-level outside 1–6', async () => {
    for (const level of ['0', '7']) {
      const warnings = captureWarnings();
      try {
        const card = await fixture<NewsArticleCard>(
          html`<news-article-card headline="H" heading-level=${level}></news-article-card>`,
        );
        card.summary = 'Again';
        await card.updateComplete;
        const about = warnings.messages.filter((m) => m.includes('heading-level'));
        expect(about, `heading-level="${level}"`).to.have.length(1);
        expect(about[0]).to.contain('news-article-card').and.to.contain(level);
      } finally {
        warnings.restore();
      }
    }
  });

  it('reserves the image box from image-width/image-height, 16:9 without them or for bad ones', async () => {
    const wrapper = await fixture(html`
      <div style="width: 400px">
        <news-article-card
          headline="H"
          image="/never-loads.jpg"
          image-alt=""
          image-width="400"
          image-height="300"
        ></news-article-card>
        <news-article-card headline="H" image="/never-loads-either.jpg" image-alt=""></news-article-card>
        <news-article-card
          headline="H"
          image="/never-loads-either.jpg"
          image-alt=""
          image-width="0"
          image-height="300"
        ></news-article-card>
        <news-article-card
          headline="H"
          image="/never-loads-either.jpg"
          image-alt=""
          image-width="1"
          image-height="1"
        ></news-article-card>
      </div>
    `);
    const cards = Array.from(wrapper.querySelectorAll('news-article-card'));
    await Promise.all(cards.map((card) => card.updateComplete));
    const ratio = (el: Element) => {
      const box = part(el, 'media')!.getBoundingClientRect();
      return box.width / box.height;
    };
    expect(cards.map(ratio).map((r) => r.toFixed(2))).to.deep.equal(
      [4 / 3, 16 / 9, 16 / 9, 1].map((r) => r.toFixed(2)),
    );
  });

  it('loads the image lazily with srcset and sizes', async () => {
    const card = await fixture<NewsArticleCard>(html`
      <news-article-card
        headline="H"
        image="a-480.jpg"
        image-alt="A photo"
        image-srcset="a-480.jpg 480w, a-960.jpg 960w"
        image-sizes="(min-width: 600px) 50vw, 100vw"
      ></news-article-card>
    `);
    const img = part(card, 'image') as HTMLImageElement;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('alt')).to.equal('A photo');
    expect(img.getAttribute('srcset')).to.equal('a-480.jpg 480w, a-960.jpg 960w');
    expect(img.getAttribute('sizes')).to.equal('(min-width: 600px) 50vw, 100vw');
  });

  it('shows a neutral placeholder of the same size when the image fails', async () => {
    const card = await fixture<NewsArticleCard>(html`
      <div style="width: 320px">
        <news-article-card
          headline="H"
          image="/fixtures/missing.jpg"
          image-alt="Soldiers on patrol"
        ></news-article-card>
      </div>
    `);
    const el = card.querySelector('news-article-card')!;
    await el.updateComplete;
    const before = part(el, 'media')!.getBoundingClientRect().height;
    const img = part(el, 'image') as HTMLImageElement;
    img.setAttribute('loading', 'eager');
    expect(await imageSettled(img)).to.equal('error');
    await el.updateComplete;
    expect(onScreen(part(el, 'image')), 'the broken image is gone').to.be.false;
    const placeholder = part(el, 'image-placeholder')!;
    expect(placeholder.getAttribute('role')).to.equal('img');
    expect(placeholder.getAttribute('aria-label')).to.equal('Soldiers on patrol');
    expect(part(el, 'media')!.getBoundingClientRect().height).to.be.closeTo(before, 1);
    expect(part(el, 'headline')!.textContent!.trim()).to.equal('H');
    await expect(el).to.be.accessible();
  });

  for (const layout of LAYOUTS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes an accessibility audit in the ${layout} layout, ${theme} theme`, async () => {
        const card = await fullCard({ layout, theme });
        await expect(card).to.be.accessible();
      });
    }
  }

  it('lays out each layout as documented, vertical by default and for an unknown value', async () => {
    const warnings = captureWarnings();
    try {
      for (const layout of [undefined, 'diagonal', ...LAYOUTS]) {
        const wrapper = await fixture(html`
          <div style="width: 600px">
            <news-article-card
              headline="NATO Days officially open in Georgia"
              summary="A week of events on the alliance."
              image=${PIXEL}
              image-alt="Flags"
              image-width="3"
              image-height="2"
            ></news-article-card>
          </div>
        `);
        const card = wrapper.querySelector('news-article-card')!;
        if (layout) card.setAttribute('layout', layout);
        await card.updateComplete;
        const media = part(card, 'media')!.getBoundingClientRect();
        const body = part(card, 'body')!.getBoundingClientRect();
        const what = `layout="${layout}"`;
        switch (layout) {
          case 'horizontal': // the image beside the text
            expect(body.left, what).to.be.at.least(media.right - 1);
            break;
          case 'compact': // a small square thumbnail at the end of the row, no summary
            expect(media.left, what).to.be.at.least(body.right - 1);
            expect(media.width, what).to.be.closeTo(media.height, 1);
            expect(media.width, what).to.be.at.most(120);
            expect(onScreen(part(card, 'summary')), what).to.be.false;
            break;
          case 'overlay': // the text on the lower part of the image, in white
            expect(body.bottom, what).to.be.closeTo(media.bottom, 1);
            expect(body.top, what).to.be.greaterThan(media.top);
            expect(getComputedStyle(part(card, 'headline')!).color, what).to.equal('rgb(255, 255, 255)');
            break;
          default: // vertical: the image above the text, across the card
            expect(body.top, what).to.be.at.least(media.bottom - 1);
            expect(media.width, what).to.be.closeTo(600, 2);
        }
      }
      expect(warnings.messages.filter((m) => m.includes('layout="diagonal"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('passes an accessibility audit without an image and without a link', async () => {
    const card = await fixture(
      html`<news-article-card headline="Text only" summary="S"></news-article-card>`,
    );
    await expect(card).to.be.accessible();
  });

  it('shows no element for a missing field, and shows one when its field arrives', async () => {
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card headline="Only a headline"></news-article-card>`,
    );
    // The parts a reader is shown (an empty field's element is there, and not shown).
    const shown = () =>
      [...card.shadowRoot!.querySelectorAll('[part]')]
        .filter((element) => element.getClientRects().length > 0)
        .map((element) => element.getAttribute('part'));
    expect(shown()).to.deep.equal(['card', 'body', 'headline']);
    expect(card.shadowRoot!.querySelector('a'), 'no URL: no link').to.be.null;
    expect(readable(part(card, 'card'))).to.equal('Only a headline');
    card.setAttribute('source', 'Georgia Today');
    card.setAttribute('href', '/stories/nato-days');
    await card.updateComplete;
    expect(shown()).to.deep.equal(['card', 'body', 'headline', 'link', 'meta', 'source']);
    expect(part(card, 'link')!.getAttribute('href')).to.equal('/stories/nato-days');
    expect(shadowText(card)).to.equal(
      `${readable(part(card, 'headline'))} ${readable(part(card, 'source'))}`,
    );
    expect(readable(part(card, 'source'))).to.equal('Georgia Today');
    card.removeAttribute('href');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a')).to.be.null;
  });

  it('keeps the focus on its link when a field comes or goes or the layout changes', async () => {
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card headline="NATO Days" href="/stories/nato-days"></news-article-card>`,
    );
    part(card, 'link')!.focus();
    for (const [name, value] of [
      ['kicker', 'Politics'],
      ['layout', 'compact'],
      ['summary', null],
    ] as const) {
      if (value === null) card.removeAttribute(name);
      else card.setAttribute(name, value);
      await card.updateComplete;
      expect(card.shadowRoot!.activeElement === part(card, 'link'), name).to.be.true;
    }
    expect(part(card, 'kicker')!.textContent).to.equal('Politics');
  });

  it('dispatches news-click for the link only, not for other clicks on the card', async () => {
    const card = await fullCard();
    const events = recordEvents(card, 'news-click');
    part(card, 'link')!.addEventListener('click', (event) => event.preventDefault());
    part(card, 'summary')!.click();
    part(card, 'kicker')!.click();
    expect(events).to.have.length(0);
    part(card, 'link')!.click();
    expect(events).to.have.length(1);
  });

  it('does not report clicks on its light-DOM fallback as its own', async () => {
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card><a href="#fallback">Read the story</a></news-article-card>`,
    );
    const events = recordEvents(card, 'news-click');
    card.querySelector('a')!.addEventListener('click', (event) => event.preventDefault());
    card.querySelector('a')!.click();
    expect(events).to.have.length(0);
  });

  it('leaves out the summary in the compact layout', async () => {
    const card = await fullCard({ layout: 'compact' });
    expect(onScreen(part(card, 'summary'))).to.be.false;
    expect(onScreen(part(card, 'headline'))).to.be.true;
  });

  it('puts the image beside the text in a wide horizontal card and stacks it at 280 px', async () => {
    const wrapper = await fixture(html`
      <div>
        <div style="width: 800px">
          <news-article-card
            layout="horizontal"
            headline="Wide"
            image=${PIXEL}
            image-alt=""
          ></news-article-card>
        </div>
        <div style="width: 280px">
          <news-article-card
            layout="horizontal"
            headline="Narrow headline that is long enough to wrap twice"
            summary="A summary long enough to wrap across several lines in a narrow column."
            image=${PIXEL}
            image-alt=""
            author="Author With A Long Name"
            published="2018-04-27"
            source="Publisher"
          ></news-article-card>
        </div>
      </div>
    `);
    const [wide, narrow] = wrapper.querySelectorAll('news-article-card');
    await wide!.updateComplete;
    await narrow!.updateComplete;
    const side = (el: Element) => {
      const media = part(el, 'media')!.getBoundingClientRect();
      const body = part(el, 'body')!.getBoundingClientRect();
      return { mediaRight: media.right, bodyLeft: body.left, mediaBottom: media.bottom, bodyTop: body.top };
    };
    const w = side(wide!);
    expect(w.bodyLeft).to.be.at.least(w.mediaRight - 1);
    const n = side(narrow!);
    expect(n.bodyTop).to.be.at.least(n.mediaBottom - 1);
    const card = part(narrow!, 'card')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth);
    expect(narrow!.getBoundingClientRect().width).to.be.at.most(280);
  });

  it('never overflows a 280 px column in any layout', async () => {
    for (const layout of LAYOUTS) {
      const wrapper = await fixture(html`
        <div style="width: 280px">
          <news-article-card
            layout=${layout}
            headline="Supercalifragilisticexpialidocious-headline-without-spaces-at-all"
            summary="S"
            image=${PIXEL}
            image-alt=""
            author="A"
            published="2018-04-27"
            source="S"
          ></news-article-card>
        </div>
      `);
      const card = wrapper.querySelector('news-article-card')!;
      await card.updateComplete;
      const inner = part(card, 'card')!;
      expect(inner.scrollWidth, layout).to.be.at.most(inner.clientWidth + 1);
      expect(card.getBoundingClientRect().width, layout).to.be.at.most(280);
    }
  });

  it('dispatches news-click with the href when the reader activates the link', async () => {
    const card = await fullCard();
    const clicks = recordEvents<CustomEvent>(card, 'news-click');
    const link = card.shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(clicks.map((event) => event.detail)).to.deep.equal([
      { widget: 'news-article-card', href: 'https://news.example/nato-days', action: 'link' },
    ]);
    expect(clicks[0]!.bubbles && clicks[0]!.composed).to.be.true;
  });

  it('takes all fields from the article property', async () => {
    const card = await fixture<NewsArticleCard>(html`<news-article-card></news-article-card>`);
    card.article = {
      href: '/stories/resolute-support',
      headline: 'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
      summary: 'Summary',
      kicker: 'Defence',
      author: 'Desk',
      published: '2018-04-20',
      source: 'Georgia Today',
      image: PIXEL,
      imageAlt: 'Soldiers',
      imageWidth: 3,
      imageHeight: 2,
    };
    await card.updateComplete;
    expect(part(card, 'headline')!.textContent!.trim()).to.equal(
      'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
    );
    expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/stories/resolute-support');
    expect(part(card, 'date')!.getAttribute('datetime')).to.equal('2018-04-20');
    expect(part(card, 'image')!.getAttribute('alt')).to.equal('Soldiers');
  });

  it('lets attributes win over the article property', async () => {
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card headline="From the attribute"></news-article-card>`,
    );
    card.article = { headline: 'From the property', summary: 'Property summary' };
    await card.updateComplete;
    expect(part(card, 'headline')!.textContent!.trim()).to.equal('From the attribute');
    expect(part(card, 'summary')!.textContent).to.equal('Property summary');
  });

  it('loads a NewsArticle from JSON-LD at src, resolving its URLs against the document', async () => {
    const warnings = captureWarnings();
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card src="/fixtures/article.jsonld" kicker="From the tag"></news-article-card>`,
    );
    try {
      await rendered(card, () => !!part(card, 'headline'), 'the fetched headline');
      await card.updateComplete;
    } finally {
      warnings.restore();
    }
    // The headline arrives with the document: no warning that it is missing, even in between.
    expect(warnings.messages).to.deep.equal([]);
    expect(part(card, 'headline')!.textContent!.trim()).to.equal('NATO Days officially open in Georgia');
    expect(part(card, 'kicker')!.textContent).to.equal('From the tag');
    expect(readable(part(card, 'author'))).to.equal('By Nino Beridze, Giorgi Kapanadze');
    expect(readable(part(card, 'source'))).to.equal('Georgia Today');
    expect(card.shadowRoot!.querySelector('a')!.href).to.equal(`${location.origin}/stories/nato-days`);
    expect((part(card, 'image') as HTMLImageElement).src).to.equal(
      `${location.origin}/fixtures/img/nato-days.png`,
    );
    expect(part(card, 'image')!.getAttribute('alt')).to.equal('Flags of NATO members in Tbilisi');
    const box = part(card, 'media')!.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(1.5, 0.02);
  });

  const failures: Array<[string, string, number | undefined]> = [
    ['/fixtures/http/404', 'http', 404],
    ['/fixtures/http/500', 'http', 500],
    ['/fixtures/broken.jsonld', 'parse', undefined],
    ['/fixtures/not-an-article.jsonld', 'parse', undefined],
    ['http://127.0.0.1:9/unreachable.jsonld', 'network', undefined],
  ];
  for (const [src, reason, status] of failures) {
    it(`dispatches news-error (${reason}${status ? ` ${status}` : ''}) and keeps what it shows`, async () => {
      const card = await fixture<NewsArticleCard>(html`
        <news-article-card headline="Kept headline"><a href="/fallback">Fallback link</a></news-article-card>
      `);
      const errors = recordEvents<CustomEvent>(card, 'news-error');
      const failed = oneEvent(card, 'news-error');
      card.src = src;
      await failed;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ widget: 'news-article-card', reason });
      expect(errors[0]!.detail.status).to.equal(status);
      expect(part(card, 'headline')!.textContent!.trim()).to.equal('Kept headline');
    });
  }

  it('shows the content written inside the tag while it has no headline', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<NewsArticleCard>(html`
        <news-article-card><a href="/story">Read the story</a></news-article-card>
      `);
      const slot = card.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Read the story');
      expect((card.querySelector('a') as HTMLElement).offsetHeight).to.be.greaterThan(0);
      expect(warnings.messages.filter((m) => m.includes('headline'))).to.have.length(1);
      expect(warnings.messages[0]).to.contain('news-article-card').and.to.contain('"headline"');
    } finally {
      warnings.restore();
    }
  });

  it('warns once for a missing image-alt, and not for a decorative image-alt=""', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card headline="H" image=${PIXEL}></news-article-card>`,
      );
      card.summary = 'changed';
      await card.updateComplete;
      expect(part(card, 'image')!.getAttribute('alt')).to.equal('');
      await fixture(html`<news-article-card headline="H" image=${PIXEL} image-alt=""></news-article-card>`);
      const altWarnings = warnings.messages.filter((m) => m.includes('image-alt'));
      expect(altWarnings).to.have.length(1);
      expect(altWarnings[0]).to.contain('news-article-card');
    } finally {
      warnings.restore();
    }
  });

  it('never shows undefined, null, NaN or Invalid Date for bad input', async () => {
    const warnings = captureWarnings();
    try {
      const card = await fixture<NewsArticleCard>(html`
        <news-article-card
          headline="Headline"
          summary="undefined"
          kicker="null"
          author="  "
          published="not a date"
          source="NaN"
          image-width="wide"
          image-height="-3"
          layout="diagonal"
          heading-level="nine"
        ></news-article-card>
      `);
      const text = shadowText(card);
      expect(text).to.equal('Headline');
      expect(text).not.to.match(/undefined|null|NaN|Invalid Date/);
      expect(headingLevelOf(part(card, 'headline'))).to.equal(3);
      expect(warnings.messages.some((m) => m.includes('layout="diagonal"'))).to.be.true;
      card.article = { headline: 42 as unknown as string, published: {} as unknown as string };
      card.headline = undefined;
      card.image = 'javascript:alert(1)';
      await card.updateComplete;
      expect(shadowText(card)).to.equal('42');
      expect(card.shadowRoot!.querySelector('img[src]') === null, 'no image').to.be.true;
    } finally {
      warnings.restore();
    }
  });

  it('renders without the link or image when their URLs are unsafe', async () => {
    const card = await fixture<NewsArticleCard>(html`
      <news-article-card
        headline="Safe"
        href=" JaVaScRiPt:alert(1)"
        image=${'data:image/svg+xml,<svg onload=alert(1)>'}
        image-alt="x"
      ></news-article-card>
    `);
    expect(card.shadowRoot!.querySelector('a[href]') === null, 'no link').to.be.true;
    expect(card.shadowRoot!.querySelector('img[src]') === null, 'no image').to.be.true;
    expect(part(card, 'headline')!.textContent!.trim()).to.equal('Safe');
  });

  it('shows markup in fields as text', async () => {
    const card = await fixture<NewsArticleCard>(html`
      <news-article-card
        headline=${'<img src=x onerror=alert(1)>'}
        summary=${'<b>bold</b>'}
      ></news-article-card>
    `);
    expect(part(card, 'headline')!.textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(card.shadowRoot!.querySelector('b, img') === null).to.be.true;
  });

  it('localises the byline and the date from the nearest lang, and sets dir', async () => {
    const wrapper = await fixture(html`
      <div lang="ar" dir="rtl">
        <section>
          <news-article-card headline="عنوان" author="كاتب" published="2018-04-27"></news-article-card>
        </section>
      </div>
    `);
    const card = wrapper.querySelector('news-article-card')!;
    await card.updateComplete;
    expect(readable(part(card, 'author'))).to.equal('بقلم كاتب');
    expect(part(card, 'date')!.textContent).to.contain('أبريل');
    expect(part(card, 'card')!.getAttribute('dir')).to.equal('rtl');
    // Marked as Arabic inside the shadow tree too (Firefox does not carry :lang() into it).
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('ar');
    expect(part(card, 'card')!.matches(':lang(ar)')).to.be.true;
    wrapper.setAttribute('lang', 'ka');
    wrapper.setAttribute('dir', 'ltr');
    await rendered(card, () => readable(part(card, 'author')) === 'ავტორი: كاتب', 'the Georgian byline');
    expect(part(card, 'date')!.textContent).to.contain('აპრილი');
    expect(part(card, 'card')!.getAttribute('dir')).to.equal('ltr');
    expect(part(card, 'card')!.getAttribute('lang')).to.equal('ka');
    expect(part(card, 'card')!.matches(':lang(ka)')).to.be.true;
  });

  it('follows theme: dark colours for theme="dark", tokens override both', async () => {
    const light = await fullCard();
    const dark = await fullCard({ theme: 'dark' });
    const bg = (el: Element) => getComputedStyle(part(el, 'card')!).backgroundColor;
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).to.equal('rgb(22, 22, 22)');
    dark.style.setProperty('--news-color-background', 'rgb(1, 2, 3)');
    expect(bg(dark)).to.equal('rgb(1, 2, 3)');
  });

  it('keeps its look under hostile page CSS on the host', async () => {
    const style = document.createElement('style');
    style.textContent = `* { font: 30px serif !important; color: red !important; line-height: 3 !important;
      letter-spacing: 5px !important; text-transform: uppercase !important; text-align: right !important; }`;
    const card = await fullCard();
    const headline = part(card, 'summary')!;
    const before = getComputedStyle(headline);
    const expected = [
      before.fontSize,
      before.color,
      before.lineHeight,
      before.letterSpacing,
      before.textTransform,
    ];
    document.head.append(style);
    try {
      const after = getComputedStyle(headline);
      expect([
        after.fontSize,
        after.color,
        after.lineHeight,
        after.letterSpacing,
        after.textTransform,
      ]).to.deep.equal(expected);
    } finally {
      style.remove();
    }
  });
});

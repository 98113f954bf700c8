// Every invalid value warns exactly once per element and attribute, naming the element, the
// attribute, the value and what is used instead.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { captureWarnings } from './support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

interface Case {
  /** The markup with one invalid value. */
  markup: string;
  /** What the one warning says, beyond the element's tag. */
  says: RegExp;
}

const CARD = 'headline="H" href="/a"';
const CASES: Record<string, Case[]> = {
  'news-article-card': [
    {
      markup: `${CARD.replace('/a', 'javascript:alert(1)')}`,
      says: /href="javascript:alert\(1\)" is not an http\(s\), mailto or relative URL; the card is not a link/,
    },
    {
      markup: `${CARD} image="javascript:x" image-alt=""`,
      says: /image="javascript:x" .*; the card shows no image/,
    },
    {
      markup: `${CARD} published="yesterday"`,
      says: /published="yesterday" is not an ISO 8601 date.*; no date is shown/,
    },
    { markup: `${CARD} published="2018-13-45"`, says: /published="2018-13-45" is not an ISO 8601 date/ },
    {
      markup: `${CARD} heading-level="7"`,
      says: /heading-level="7" is not a whole number from 1 to 6; using 3/,
    },
    { markup: `${CARD} heading-level="0"`, says: /heading-level="0" .*; using 3/ },
    {
      markup: `${CARD} layout="diagonal"`,
      says: /layout="diagonal" is not one of vertical, horizontal, compact, overlay; using vertical/,
    },
    { markup: `${CARD} theme="sepia"`, says: /theme="sepia" is not one of light, dark, auto; using light/ },
    {
      markup: `${CARD} image="/i.png" image-alt="" image-width="-3" image-height="9"`,
      says: /image-width="-3" is not a positive number; the image box is 16:9/,
    },
    {
      markup: `${CARD} image="/i.png" image-alt="" image-width="9" image-height="wide"`,
      says: /image-height="wide" is not a positive number/,
    },
  ],
  'news-pull-quote': [
    {
      markup: 'cite="javascript:alert(1)"',
      says: /cite="javascript:alert\(1\)" is not an http\(s\), mailto or relative URL; the quote has no source link/,
    },
    {
      markup: 'variant="loud"',
      says: /variant="loud" is not one of default, emphasis, boxed; using default/,
    },
    { markup: 'align="left"', says: /align="left" is not one of center, start, end; not aligned/ },
  ],
  'news-photo-caption': [
    {
      markup: 'src="javascript:x" alt=""',
      says: /src="javascript:x" is not an http\(s\), relative or raster data: URL; no image is shown/,
    },
    { markup: 'src="/i.png" alt="" width="0" height="9"', says: /width="0" is not a positive number/ },
    { markup: 'src="/i.png" alt="" width="9" height="NaN"', says: /height="NaN" is not a positive number/ },
    {
      markup: 'src="/i.png" alt="" loading="soon"',
      says: /loading="soon" is not one of lazy, eager; using lazy/,
    },
  ],
  'news-related-stories': [
    { markup: 'limit="-2"', says: /limit="-2" is not a positive number; showing every story/ },
    { markup: 'limit="many"', says: /limit="many" is not a positive number/ },
    { markup: 'layout="carousel"', says: /layout="carousel" is not one of list, grid, numbered; using list/ },
    { markup: 'heading-level="9"', says: /heading-level="9" .*; using 2/ },
    {
      markup: 'src="/fixtures/feeds/stories.json" timeout="0"',
      says: /timeout="0" is not a positive number; using 10000/,
    },
  ],
};

const STORIES = [{ title: 'One', url: '/1' }];

describe('warnings for invalid values', () => {
  for (const [tag, cases] of Object.entries(CASES)) {
    for (const { markup, says } of cases) {
      it(`<${tag} ${markup}> warns once`, async () => {
        const warnings = captureWarnings();
        try {
          const wrapper = await fixture(html`<div></div>`);
          wrapper.innerHTML = `<${tag} ${markup}>Quote or caption</${tag}>`;
          const element = wrapper.firstElementChild as Widget & { stories?: unknown };
          if (tag === 'news-related-stories' && !markup.includes('src=')) element.stories = STORIES;
          await element.updateComplete;
          // Rendering again must not warn again.
          element.requestUpdate();
          await element.updateComplete;
          expect(warnings.messages, warnings.messages.join('\n')).to.have.length(1);
          expect(warnings.messages[0]).to.match(new RegExp(`^<${tag}>: `));
          expect(warnings.messages[0]).to.match(says);
        } finally {
          warnings.restore();
        }
      });
    }
  }

  it('valid values warn about nothing', async () => {
    const warnings = captureWarnings();
    try {
      const page = await fixture(html`
        <div>
          <news-article-card
            headline="H"
            href="/a"
            layout="overlay"
            heading-level="2"
            published="2018-04-27T10:00:00Z"
            theme="auto"
            image="/i.png"
            image-alt=""
            image-width="4"
            image-height="3"
          ></news-article-card>
          <news-pull-quote variant="boxed" align="end" cite="https://nato.int">Q</news-pull-quote>
          <news-photo-caption src="/i.png" alt="" width="4" height="3" loading="eager">C</news-photo-caption>
          <news-related-stories
            limit="2"
            layout="grid"
            heading-level="4"
            .stories=${STORIES}
          ></news-related-stories>
        </div>
      `);
      await Promise.all([...page.children].map((element) => (element as Widget).updateComplete));
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('a feed that fails on an element without a list inside warns once, besides news-error', async () => {
    const warnings = captureWarnings();
    try {
      const element = await fixture<Widget>(html`<news-related-stories></news-related-stories>`);
      const failed = oneEvent(element, 'news-error');
      element.setAttribute('src', '/fixtures/http/500');
      await failed;
      await element.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(
        /^<news-related-stories>: the feed at src="\/fixtures\/http\/500" could not be used \(HTTP 500\)/,
      );
    } finally {
      warnings.restore();
    }
  });
});

// Every element, with every field a reader sees, passes an accessibility audit (axe) in each
// shipped script direction and theme: English, Georgian and Arabic (right to left), light, dark
// and auto. The element tests audit their own variants (layouts, states) in English.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import { loadLanguage } from '../src/i18n/strings.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const STORIES = [
  { title: 'NATO Days officially open in Georgia', url: '/nato-days', published: '2018-04-27' },
  { title: 'With a photo', url: '/photo', image: PIXEL, imageAlt: 'Flags', summary: 'A summary.' },
];

const ELEMENTS: Record<string, (theme: string) => TemplateResult> = {
  'news-article-card': (theme) =>
    html`<news-article-card
      theme=${theme}
      href="/stories/nato-days"
      kicker="Politics"
      headline="NATO Days officially open in Georgia"
      summary="The largest non-NATO contributor to the Resolute Support mission."
      author="Anna Müller"
      published="2018-04-27"
      source="Georgia Today"
      image=${PIXEL}
      image-alt="Flags in Tbilisi"
    ></news-article-card>`,
  'news-pull-quote': (theme) =>
    html`<news-pull-quote theme=${theme} author="Jens Stoltenberg" author-title="NATO Secretary General" share
      >Georgia is a very close partner of NATO.</news-pull-quote
    >`,
  'news-photo-caption': (theme) =>
    html`<news-photo-caption
      theme=${theme}
      src=${PIXEL}
      alt="Jens Stoltenberg at a briefing in Brussels"
      credit="NATO"
      zoomable
      >NATO Secretary General Jens Stoltenberg.</news-photo-caption
    >`,
  'news-related-stories': (theme) =>
    html`<news-related-stories theme=${theme} .stories=${STORIES}></news-related-stories>`,
};

describe('accessibility in every language direction and theme', () => {
  before(() => Promise.all([loadLanguage('ka'), loadLanguage('ar')]));

  for (const [tag, template] of Object.entries(ELEMENTS)) {
    for (const lang of ['en', 'ka', 'ar']) {
      for (const theme of ['light', 'dark', 'auto']) {
        it(`<${tag}> passes an audit, ${lang}, ${theme} theme`, async () => {
          const wrapper = await fixture(html`<div lang=${lang}>${template(theme)}</div>`);
          const element = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await element.updateComplete;
          expect(element.shadowRoot!.querySelector('[lang]')?.getAttribute('lang')).to.equal(lang);
          await expect(element).to.be.accessible();
        });
      }
    }
  }
});

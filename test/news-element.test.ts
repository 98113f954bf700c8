import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NewsArticleCard } from '../src/article-card.js';
import { NewsElement } from '../src/internal/news-element.js';
import { SourceController } from '../src/internal/source-controller.js';
import { version } from '../src/index.js';
import { captureWarnings, nextTask, recordEvents } from './support/helpers.js';

describe('NewsElement (shared behaviour)', () => {
  describe('define()', () => {
    it('leaves a tag that is already defined alone, without throwing', () => {
      const first = customElements.get('news-article-card');
      class SecondCopy extends NewsArticleCard {}
      const warnings = captureWarnings();
      try {
        expect(() => SecondCopy.define('news-article-card')).not.to.throw();
        expect(customElements.get('news-article-card') === first).to.be.true;
        expect(warnings.messages).to.have.length(0); // same version: nothing to say
      } finally {
        warnings.restore();
      }
    });

    it('warns once when another version got there first', () => {
      class OlderVersion extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('news-test-older-a', OlderVersion);
      customElements.define('news-test-older-b', class extends OlderVersion {});
      class Ours extends NewsElement {}
      const warnings = captureWarnings();
      try {
        Ours.define('news-test-older-a');
        Ours.define('news-test-older-b');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('0.0.1').and.to.contain(version);
      } finally {
        warnings.restore();
      }
    });

    it('exposes the library version on every class', () => {
      expect(NewsArticleCard.version).to.equal(version);
      expect(version).to.match(/^\d+\.\d+\.\d+/);
    });
  });

  describe('lang and dir', () => {
    /** The language the element's shadow content is in, as `:lang()` sees it, and its direction. */
    function locale(element: Element): { lang: string; dir: string } {
      const inner = element.shadowRoot!.querySelector('[part~="card"]')!;
      const langs = ['ka', 'ar', 'en'].filter((lang) => inner.matches(`:lang(${lang})`));
      return { lang: langs[0] ?? '', dir: getComputedStyle(inner).direction };
    }

    it('follow the nearest ancestor, through shadow roots', async () => {
      const host = await fixture(html`<div lang="ka"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<section dir="rtl"><news-article-card headline="სათაური" published="2018-04-27"></news-article-card></section>`;
      const card = root.querySelector('news-article-card')!;
      await card.updateComplete;
      expect(locale(card)).to.deep.equal({ lang: 'ka', dir: 'rtl' });
    });

    it('take the element’s own attributes first, and the language’s direction without dir', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><news-article-card lang="ar" headline="عنوان"></news-article-card></div>`,
      );
      const card = wrapper.querySelector('news-article-card')!;
      await card.updateComplete;
      expect(locale(card)).to.deep.equal({ lang: 'ar', dir: 'rtl' });
    });

    it('default to English strings, left to right', async () => {
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card headline="H" author="Anna Müller"></news-article-card>`,
      );
      expect(locale(card).dir).to.equal('ltr');
      expect(card.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.match(/^By /);
    });

    it('follow a change of lang on the page', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><news-article-card headline="H" author="A"></news-article-card></div>`,
      );
      const card = wrapper.querySelector('news-article-card')!;
      await card.updateComplete;
      wrapper.setAttribute('lang', 'ar');
      await waitUntil(() => locale(card).dir === 'rtl', 'the card did not turn right to left');
      expect(card.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.match(/^بقلم /);
    });
  });

  describe('SourceController', () => {
    /** A test element whose parse step waits until the test lets it go on, then fails or not. */
    class Loader extends NewsElement {
      static override properties = { src: {} };
      declare src?: string;
      parsing: Array<() => void> = [];
      source = new SourceController<string>(this, {
        src: () => this.src,
        timeout: () => 5000,
        parse: (body, url) =>
          new Promise<string>((resolve, reject) => {
            this.parsing.push(() =>
              body.includes('"version"') ? resolve(url.pathname) : reject(new Error('bad')),
            );
          }),
      });
      load(src: string): Promise<void> {
        this.src = src;
        return this.source.load();
      }
    }
    Loader.define('news-test-loader');

    it('reports nothing for a load that a newer one replaced, even when the old one fails later', async () => {
      const el = await fixture<Loader>(html`<news-test-loader></news-test-loader>`);
      const errors = recordEvents(el, 'news-error');
      const first = el.load('/fixtures/feeds/malformed.rss');
      await waitUntil(() => el.parsing.length === 1, 'the first body never arrived');
      const second = el.load('/fixtures/feeds/stories.json');
      await waitUntil(() => el.parsing.length === 2, 'the second body never arrived');
      el.parsing[0]!(); // the replaced load's parse fails now
      el.parsing[1]!();
      await Promise.all([first, second]);
      expect(errors, 'news-error for the replaced load').to.have.length(0);
      expect(el.source.data).to.equal('/fixtures/feeds/stories.json');
      expect(el.source.fetching).to.be.false;
    });

    it('reports nothing, and applies nothing, once the element has left the page', async () => {
      const el = await fixture<Loader>(html`<news-test-loader></news-test-loader>`);
      const errors = recordEvents(el, 'news-error');
      const loading = el.load('/fixtures/feeds/malformed.rss');
      await waitUntil(() => el.parsing.length === 1, 'the body never arrived');
      el.remove();
      el.parsing[0]!();
      await loading;
      expect(errors).to.have.length(0);
      expect(el.source.data).to.be.undefined;
    });

    it('dispatches news-error for a load that fails, with the reason', async () => {
      const el = await fixture<Loader>(html`<news-test-loader></news-test-loader>`);
      const errors = recordEvents<CustomEvent>(el, 'news-error');
      await el.load('/fixtures/http/404');
      expect(errors.map((event) => event.detail)).to.deep.equal([
        {
          widget: 'news-test-loader',
          reason: 'http',
          status: 404,
          url: `${location.origin}/fixtures/http/404`,
          message: 'HTTP 404',
        },
      ]);
    });

    it('loads again when the element comes back after its load was cancelled', async () => {
      const el = await fixture<Loader>(html`<news-test-loader></news-test-loader>`);
      const parent = el.parentElement!;
      void el.load('/fixtures/feeds/stories.json');
      await waitUntil(() => el.parsing.length === 1, 'the body never arrived');
      el.remove();
      parent.append(el);
      await waitUntil(() => el.parsing.length === 2, 'it did not load again');
      el.parsing[1]!();
      await waitUntil(() => el.source.data !== undefined, 'no data');
      expect(el.source.data).to.equal('/fixtures/feeds/stories.json');
    });
  });

  describe('first renders', () => {
    function card(headline: string): NewsArticleCard {
      const element = document.createElement('news-article-card');
      element.setAttribute('headline', headline);
      element.setAttribute('summary', 'Georgia is the largest non-NATO contributor to the mission.');
      element.setAttribute('published', '2018-04-27');
      const fallback = document.createElement('a');
      fallback.href = '/stories/nato-days';
      fallback.textContent = headline;
      element.append(fallback);
      return element;
    }

    const rendered = (element: Element) => !!element.shadowRoot!.querySelector('[part="headline"]');

    /** Appends `count` cards; how many had rendered when the page next painted a frame. */
    async function renderBurst(host: Element, count: number): Promise<number> {
      const burst = Array.from({ length: count }, (_, i) => card(`Card ${i}`));
      host.append(...burst);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const byFirstFrame = burst.filter(rendered).length;
      await Promise.all(burst.map((element) => element.updateComplete));
      expect(burst.every(rendered)).to.be.true;
      host.replaceChildren();
      return byFirstFrame;
    }

    it('with news-widgets.css: the fallback stays visible until its turn, and a burst leaves room for frames', async () => {
      const host = await fixture(html`<div></div>`);
      document.documentElement.style.setProperty('--news-widgets-css', '1');
      try {
        // Whether the page has news-widgets.css is read once per task.
        await nextTask();
        const one = card('One');
        host.append(one);
        // Waiting for its first render (the date's formatter comes first), the fallback shows.
        expect(rendered(one)).to.be.false;
        expect(one.querySelector('a')!.getClientRects().length, 'fallback on screen').to.be.greaterThan(0);
        await one.updateComplete;
        expect(rendered(one)).to.be.true;
        expect(one.matches(':state(rendered)'), 'custom state rendered').to.be.true;
        await nextTask();
        const byFirstFrame = await renderBurst(host, 2000);
        expect(byFirstFrame, 'cards rendered before the first frame').to.be.below(2000);
      } finally {
        document.documentElement.style.removeProperty('--news-widgets-css');
      }
    });

    it('with news-widgets.css: a card waiting for its first render keeps the fallback’s kicker line', async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/dist/news-widgets.css';
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      try {
        await loaded;
        await nextTask();
        const host = await fixture(html`<div style="width: 600px"></div>`);
        const one = card('One');
        one.setAttribute('kicker', 'Politics');
        host.append(one);
        expect(rendered(one), 'still waiting').to.be.false;
        expect(one.matches(':state(fallback)'), 'fallback state set').to.be.true;
        // The kicker line is drawn by news-widgets.css on the host's ::before.
        expect(getComputedStyle(one, '::before').display).to.equal('block');
        expect(getComputedStyle(one, '::before').content).not.to.equal('none');
        await one.updateComplete;
        expect(one.matches(':state(fallback)'), 'fallback state cleared').to.be.false;
        expect(getComputedStyle(one, '::before').content, 'page rules kept off the rendered host').to.equal(
          'none',
        );
      } finally {
        link.remove();
      }
    });

    it('without news-widgets.css: every first render at once, as a fallback would otherwise move', async () => {
      const host = await fixture(html`<div></div>`);
      await nextTask();
      expect(await renderBurst(host, 2000)).to.equal(2000);
    });
  });
});

import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { NewsArticleCard } from '../src/article-card.js';
import { NewsElement } from '../src/internal/news-element.js';
import { version } from '../src/index.js';
import { captureWarnings, recordEvents, wait } from './support/helpers.js';

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
    it('follow the nearest ancestor, through shadow roots', async () => {
      const host = await fixture(html`<div lang="ka"></div>`);
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<section dir="rtl"><news-article-card headline="სათაური" published="2018-04-27"></news-article-card></section>`;
      const card = root.querySelector('news-article-card')!;
      await card.updateComplete;
      const inner = card.shadowRoot!.querySelector('[part="card"]')!;
      expect(inner.getAttribute('lang')).to.equal('ka');
      expect(inner.getAttribute('dir')).to.equal('rtl');
    });

    it('take the element’s own attributes first, and the language’s direction without dir', async () => {
      const wrapper = await fixture(
        html`<div lang="en"><news-article-card lang="ar" headline="عنوان"></news-article-card></div>`,
      );
      const card = wrapper.querySelector('news-article-card')!;
      await card.updateComplete;
      const inner = card.shadowRoot!.querySelector('[part="card"]')!;
      expect(inner.getAttribute('lang')).to.equal('ar');
      expect(inner.getAttribute('dir')).to.equal('rtl');
    });

    it('default to English, left to right', async () => {
      const card = await fixture<NewsArticleCard>(html`<news-article-card headline="H"></news-article-card>`);
      const inner = card.shadowRoot!.querySelector('[part="card"]')!;
      expect(inner.getAttribute('lang')).to.equal(document.documentElement.lang || 'en');
      expect(inner.getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('fetchSource()', () => {
    /** A test element whose parse step waits until the test lets it go on, then fails. */
    class Loader extends NewsElement {
      parsing: Array<() => void> = [];
      applied: string[] = [];
      load(src: string): Promise<void> {
        return this.fetchSource(
          src,
          5000,
          (body) =>
            new Promise<string>((resolve, reject) => {
              this.parsing.push(() => (body.includes('"version"') ? resolve(src) : reject(new Error('bad'))));
            }),
          (data) => this.applied.push(data),
        );
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
      expect(el.applied).to.deep.equal(['/fixtures/feeds/stories.json']);
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
        await wait(20);
        const one = card('One');
        host.append(one);
        // Waiting for its first render (the date's formatter comes first), the fallback shows.
        expect(rendered(one)).to.be.false;
        expect(one.querySelector('a')!.getClientRects().length, 'fallback on screen').to.be.greaterThan(0);
        await one.updateComplete;
        expect(rendered(one)).to.be.true;
        expect(one.matches(':state(rendered)'), 'custom state rendered').to.be.true;
        await wait(20);
        const byFirstFrame = await renderBurst(host, 2000);
        expect(byFirstFrame, 'cards rendered before the first frame').to.be.below(2000);
      } finally {
        document.documentElement.style.removeProperty('--news-widgets-css');
      }
    });

    it('without news-widgets.css: every first render at once, as a fallback would otherwise move', async () => {
      const host = await fixture(html`<div></div>`);
      await wait(20);
      expect(await renderBurst(host, 2000)).to.equal(2000);
    });
  });

  describe('news-impression', () => {
    it('fires once, after half the element has been in view for a second', async () => {
      const start = performance.now();
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card headline="Seen"></news-article-card>`,
      );
      const events = recordEvents<CustomEvent>(document, 'news-impression');
      const event = await oneEvent(card, 'news-impression');
      expect(performance.now() - start).to.be.at.least(950);
      expect(event.detail).to.deep.equal({ widget: 'news-article-card' });
      expect(event.bubbles && event.composed).to.be.true;
      card.remove();
      document.body.append(card);
      await wait(1300);
      expect(events).to.have.length(1);
    });

    it('does not fire for an element out of view, nor for one that leaves before a second', async () => {
      const wrapper = await fixture(html`
        <div>
          <div style="height: 3000px"></div>
          <news-article-card headline="Below the fold"></news-article-card>
        </div>
      `);
      const card = wrapper.querySelector('news-article-card')!;
      const events = recordEvents(card, 'news-impression');
      await wait(1300);
      expect(events, 'out of view').to.have.length(0);
      card.scrollIntoView();
      await wait(400);
      window.scrollTo(0, 0);
      await wait(1000);
      expect(events, 'in view for 0.4 s only').to.have.length(0);
      card.scrollIntoView();
      await wait(1400);
      expect(events, 'in view for over a second').to.have.length(1);
      window.scrollTo(0, 0);
    });

    it('is not set up in the first render: elements are observed once the page is idle', async () => {
      const observed: Element[] = [];
      const observe = IntersectionObserver.prototype.observe;
      IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
        observed.push(target);
        observe.call(this, target);
      };
      try {
        const card = await fixture<NewsArticleCard>(
          html`<news-article-card headline="Later"></news-article-card>`,
        );
        expect(observed.includes(card), 'observed during the first render').to.be.false;
        await waitUntil(() => observed.includes(card), 'never observed', { timeout: 2000 });
      } finally {
        IntersectionObserver.prototype.observe = observe;
      }
    });

    it('stops watching an element that leaves the page', async () => {
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card headline="Gone"></news-article-card>`,
      );
      const events = recordEvents(card, 'news-impression');
      await wait(300);
      card.remove();
      await wait(1200);
      expect(events).to.have.length(0);
    });
  });

  describe('theme', () => {
    it('auto follows prefers-color-scheme', async function () {
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip(); // the WebDriver launcher cannot emulate media features
      }
      try {
        const card = await fixture<NewsArticleCard>(
          html`<news-article-card theme="auto" headline="H"></news-article-card>`,
        );
        const inner = card.shadowRoot!.querySelector('[part="card"]')!;
        expect(getComputedStyle(inner).backgroundColor).to.equal('rgb(22, 22, 22)');
        await emulateMedia({ colorScheme: 'light' });
        expect(getComputedStyle(inner).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('is light by default and reflects the property', async () => {
      const card = await fixture<NewsArticleCard>(html`<news-article-card headline="H"></news-article-card>`);
      const background = () =>
        getComputedStyle(card.shadowRoot!.querySelector('[part="card"]')!).backgroundColor;
      expect(background()).to.equal('rgb(255, 255, 255)');
      card.theme = 'dark';
      await card.updateComplete;
      expect(card.getAttribute('theme')).to.equal('dark');
      expect(background()).to.equal('rgb(22, 22, 22)');
    });
  });
});

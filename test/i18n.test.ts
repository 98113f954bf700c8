import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { addTranslation, shippedLanguages } from '../src/strings.js';
import { languageChain } from '../src/i18n/chain.js';
import { stringsFor, type StringKey } from '../src/i18n/strings.js';
import { captureWarnings } from './support/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Every text a reader sees or hears in the element: shadow text, labels, and live regions. */
function everything(element: Element): string {
  const root = element.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return [root.textContent, ...labels].join(' ').replace(/\s+/g, ' ');
}

const ENGLISH = /\b(By|Share|Photo|Related stories|Enlarge|Close|Quote copied|Image unavailable)\b/;

describe('languages', () => {
  it('ship at least the fifteen languages, each module with every string', async () => {
    expect(shippedLanguages).to.include.members([
      'en',
      'ka',
      'ar',
      'de',
      'fr',
      'es',
      'pt',
      'it',
      'nl',
      'pl',
      'uk',
      'tr',
      'he',
      'ja',
      'zh',
    ]);
    const english = stringsFor('en');
    const keys = Object.keys(english).filter(
      (key) => !['quotes', 'months', 'longDate'].includes(key),
    ) as StringKey[];
    for (const lang of shippedLanguages.filter((tag) => tag !== 'en')) {
      const { default: translation } = await import(/* @vite-ignore */ `../src/i18n/languages/${lang}.ts`);
      for (const key of keys) expect(translation[key], `${lang}: ${key}`).to.be.a('string').and.not.be.empty;
      expect(translation.quotes, `${lang}: quotes`).to.have.length(2);
      // Placeholders survive translation.
      expect(translation.byline, `${lang}: byline`).to.contain('{author}');
      expect(translation.photoCredit, `${lang}: photoCredit`).to.contain('{credit}');
    }
  });

  it('resolve along the fallback chain', () => {
    expect(languageChain('de-AT')).to.deep.equal(['de-at', 'de', 'en']);
    expect(languageChain('zh-TW')).to.deep.equal(['zh-tw', 'zh-hant', 'zh', 'en']);
    expect(languageChain('en-GB')).to.deep.equal(['en-gb', 'en']);
  });

  describe('a German page', () => {
    it('shows no English string in any element, and opens its quotes with „', async () => {
      const page = await fixture(html`
        <div lang="de-AT">
          <news-article-card
            headline="NATO-Tage in Georgien eröffnet"
            author="Anna Müller"
            published="2024-03-12"
            image="/fixtures/img/nato-days.png"
            image-alt="Flaggen"
          ></news-article-card>
          <news-pull-quote author="Jens Stoltenberg" share
            >Georgien ist ein sehr enger Partner der NATO.</news-pull-quote
          >
          <news-photo-caption src="/fixtures/img/nato-days.png" alt="Flaggen" credit="dpa" zoomable
            >Die NATO-Tage in Tiflis</news-photo-caption
          >
          <news-related-stories
            .stories=${[{ title: 'Eine Geschichte', url: '/a', published: '2024-03-12' }]}
          ></news-related-stories>
        </div>
      `);
      const widgets = [...page.children] as Widget[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      for (const widget of widgets) {
        expect(everything(widget), widget.localName).not.to.match(ENGLISH);
      }
      const [card, quote, photo, related] = widgets as [Widget, Widget, Widget, Widget];
      expect(everything(card)).to.contain('Von ').and.contain('12. März 2024');
      const marks = [...quote.shadowRoot!.querySelectorAll('[part~="mark"]')].map((mark) => mark.textContent);
      expect(marks).to.deep.equal(['„', '“']);
      expect(everything(quote)).to.contain('Teilen').and.contain('Zitat teilen');
      expect(everything(photo)).to.contain('Foto: ').and.contain('Foto vergrößern');
      expect(everything(related)).to.contain('Mehr zum Thema');
    });

    it('announces the copied quote in German', async () => {
      const quote = await fixture<Widget>(
        html`<news-pull-quote lang="de" share author="Jens Stoltenberg">Ein Zitat.</news-pull-quote>`,
      );
      const nav = navigator as Navigator & { share?: unknown };
      const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
      const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(nav, 'share', { value: undefined, configurable: true });
      Object.defineProperty(nav, 'clipboard', {
        value: { writeText: () => Promise.resolve() },
        configurable: true,
      });
      try {
        const status = quote.shadowRoot!.querySelector('[part~="status"]')!;
        const announced = new Promise<void>((resolve) => {
          new MutationObserver(() => status.textContent!.trim() && resolve()).observe(status, {
            childList: true,
            subtree: true,
            characterData: true,
          });
        });
        quote.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share-button"]')!.click();
        await announced;
        expect(status.textContent!.trim()).to.equal('Zitat in die Zwischenablage kopiert');
      } finally {
        delete (nav as { share?: unknown }).share;
        delete (nav as { clipboard?: unknown }).clipboard;
        if (share) Object.defineProperty(Navigator.prototype, 'share', share);
        if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      }
    });
  });

  it('take quotation marks from CLDR: « » in French, 「 」 in Japanese, ” “ in Arabic', async () => {
    const page = await fixture(html`
      <div>
        <news-pull-quote lang="fr">Citation.</news-pull-quote>
        <news-pull-quote lang="ja">引用。</news-pull-quote>
        <news-pull-quote lang="ar">اقتباس.</news-pull-quote>
      </div>
    `);
    const quotes = [...page.children] as Widget[];
    await Promise.all(quotes.map((quote) => quote.updateComplete));
    const marks = quotes.map((quote) =>
      [...quote.shadowRoot!.querySelectorAll('[part~="mark"]')].map((mark) => mark.textContent).join(''),
    );
    expect(marks).to.deep.equal(['«»', '「」', '”“']);
  });

  describe('addTranslation()', () => {
    it('overrides a shipped string, for elements on the page and later ones', async () => {
      const related = await fixture<Widget>(
        html`<news-related-stories
          lang="nl"
          .stories=${[{ title: 'Een verhaal', url: '/a' }]}
        ></news-related-stories>`,
      );
      const heading = () => related.shadowRoot!.querySelector('[part~="heading"]')!.textContent;
      expect(heading()).to.equal('Gerelateerde artikelen');
      addTranslation('nl', { relatedStories: 'Meer hierover' });
      await related.updateComplete;
      expect(heading()).to.equal('Meer hierover');
    });

    it('adds a language; what it leaves out comes from English', async () => {
      addTranslation('sv', { byline: 'Av {author}' });
      const card = await fixture<Widget>(
        html`<news-article-card lang="sv-FI" headline="Rubrik" author="Anna Svensson"></news-article-card>`,
      );
      expect(card.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.contain('Av ');
      expect(stringsFor('sv').relatedStories).to.equal('Related stories');
    });

    it('warns about what it cannot use and keeps the rest', () => {
      const warnings = captureWarnings();
      try {
        addTranslation('xx', { relatedStory: 'typo', share: 'Delen', quotes: ['«'] } as never);
        addTranslation('not a tag', { share: 'x' });
      } finally {
        warnings.restore();
      }
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages[0]).to.contain('"relatedStory"');
      expect(warnings.messages[1]).to.contain('"quotes"');
      expect(warnings.messages[2]).to.contain('"not a tag" is not a language tag');
      expect(stringsFor('xx').share).to.equal('Delen');
    });
  });

  it('write numbers in the language’s own digits (Intl)', async () => {
    // Egyptian Arabic writes Arabic-Indic digits (CLDR gives plain "ar" Latin ones).
    const related = await fixture<Widget>(
      html`<news-related-stories
        lang="ar-EG"
        layout="numbered"
        .stories=${[
          { title: 'أ', url: '/a' },
          { title: 'ب', url: '/b' },
        ]}
      ></news-related-stories>`,
    );
    const numbers = [...related.shadowRoot!.querySelectorAll('[part~="number"]')].map(
      (node) => node.textContent,
    );
    expect(numbers).to.deep.equal(['٠١', '٠٢']);
  });
});

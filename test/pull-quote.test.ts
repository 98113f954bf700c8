import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/pull-quote.js';
import type { NewsPullQuote } from '../src/pull-quote.js';
import {
  captureWarnings,
  nextTask,
  recordEvents,
  rendered,
  shadowText,
  withDeadline,
} from './support/helpers.js';

const QUOTE = 'Georgia is one of our closest partners.';
const VARIANTS = ['default', 'emphasis', 'boxed'] as const;
const ALIGNS = ['center', 'start', 'end'] as const;

function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function parts(el: Element, name: string): HTMLElement[] {
  return Array.from(el.shadowRoot!.querySelectorAll(`[part~="${name}"]`));
}

/** The box that draws the variant: the rule, the border, the padding around the figure. */
function quoteBox(el: Element): HTMLElement {
  return part(el, 'figure')!.parentElement!;
}

async function quote(attrs: Partial<Record<string, string>> = {}, text = QUOTE): Promise<NewsPullQuote> {
  const el = await fixture<NewsPullQuote>(html`
    <news-pull-quote
      author=${attrs.author ?? 'Jens Stoltenberg'}
      author-title=${attrs['author-title'] ?? 'NATO Secretary General'}
      cite=${attrs.cite ?? 'https://news.example/nato-days'}
      variant=${attrs.variant ?? 'default'}
      align=${attrs.align ?? ''}
      theme=${attrs.theme ?? 'light'}
      ?share=${attrs.share !== undefined}
      >${text}</news-pull-quote
    >
  `);
  await el.updateComplete;
  return el;
}

interface Stub {
  calls: unknown[][];
  /**
   * Resolves once the stub has been called `count` times, what that call returned has settled,
   * and the caller has gone on from there (the next task: the share handler awaits nothing else).
   */
  settled: (count?: number) => Promise<void>;
  restore: () => void;
}

/** A function that records its calls and answers with `impl`. */
function recorder(impl: (...args: never[]) => Promise<void>) {
  const calls: unknown[][] = [];
  const results: Array<Promise<unknown>> = [];
  let onCall = () => {};
  const fn = (...args: never[]) => {
    calls.push(args);
    const result = impl(...args);
    results.push(result.catch(() => undefined));
    onCall();
    return result;
  };
  const settled = async (count = 1) => {
    const called = new Promise<void>((resolve) => {
      onCall = () => {
        if (calls.length >= count) resolve();
      };
      onCall();
    });
    await withDeadline(called, 2000, `call ${count} of a stubbed browser API`);
    await results[count - 1];
    await nextTask();
  };
  return { calls, settled, fn };
}

/** Replaces `navigator[name]` with `value` until `restore()`. */
function stubNavigator(name: 'share' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

function stubShare(impl: (data: ShareData) => Promise<void> = async () => {}): Stub {
  const { calls, settled, fn } = recorder(impl as (...args: never[]) => Promise<void>);
  return { calls, settled, restore: stubNavigator('share', fn) };
}

function stubClipboard(impl: (text: string) => Promise<void> = async () => {}): Stub {
  const { calls, settled, fn } = recorder(impl as (...args: never[]) => Promise<void>);
  return { calls, settled, restore: stubNavigator('clipboard', { writeText: fn }) };
}

describe('<news-pull-quote>', () => {
  it('renders figure > blockquote[cite] with the attribution in a figcaption outside it', async () => {
    const el = await quote();
    const figure = part(el, 'figure')!;
    const blockquote = part(el, 'quote')!;
    expect(figure.tagName).to.equal('FIGURE');
    expect(blockquote.tagName).to.equal('BLOCKQUOTE');
    expect(blockquote.parentElement === figure).to.be.true;
    expect(blockquote.getAttribute('cite')).to.equal('https://news.example/nato-days');
    const caption = part(el, 'caption')!;
    expect(caption.tagName).to.equal('FIGCAPTION');
    expect(caption.parentElement === figure).to.be.true;
    expect(blockquote.contains(caption)).to.be.false;
    const cite = part(el, 'author')!;
    expect(cite.tagName).to.equal('CITE');
    expect(cite.textContent).to.equal('Jens Stoltenberg');
    expect(caption.contains(cite)).to.be.true;
    expect(part(el, 'author-title')!.textContent).to.equal('NATO Secretary General');
    const slot = blockquote.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join('')
        .trim(),
    ).to.equal(QUOTE);
    // Light DOM stays: the no-JavaScript fallback and the partner's markup.
    expect(el.textContent!.trim()).to.equal(QUOTE);
  });

  it('keeps the partner markup inside the quote', async () => {
    const el = await fixture<NewsPullQuote>(html`
      <news-pull-quote author="A"
        ><p>First <em>paragraph</em>.</p>
        <p>Second.</p></news-pull-quote
      >
    `);
    expect(el.querySelector('em')!.offsetHeight).to.be.greaterThan(0);
    const slot = part(el, 'quote')!.querySelector('slot')!;
    expect(slot.assignedElements().map((e) => e.tagName)).to.deep.equal(['P', 'P']);
  });

  it('sets the decorative marks a hairline from the words, whatever the spacing of the HTML', async () => {
    const wrapper = await fixture(html`
      <div style="width: 600px">
        <news-pull-quote> Georgia is a very close partner of NATO. </news-pull-quote>
        <news-pull-quote>Georgia is a very close partner of NATO.</news-pull-quote>
      </div>
    `);
    for (const quote of Array.from(wrapper.querySelectorAll('news-pull-quote'))) {
      await quote.updateComplete;
      const original = quote.textContent!;
      const [open, close] = parts(quote, 'mark');
      const text = quote.firstChild as Text;
      const first = original.search(/\S/);
      const last = original.trimEnd().length - 1;
      const range = document.createRange();
      range.setStart(text, first);
      range.setEnd(text, first + 1);
      const firstLetter = range.getBoundingClientRect();
      range.setStart(text, last);
      range.setEnd(text, last + 1);
      const lastLetter = range.getBoundingClientRect();
      // A hairline (about 0.05em), not a space (about 0.25em, 5 px here), and no overlap.
      const before = firstLetter.left - open!.getBoundingClientRect().right;
      const after = close!.getBoundingClientRect().left - lastLetter.right;
      expect(before, `gap after the opening mark in "${original}"`).to.be.within(-1, 3);
      expect(after, `gap before the closing mark in "${original}"`).to.be.within(-1, 3);
      expect(quote.textContent, 'the page text is untouched').to.equal(original);
    }
  });

  it('drops an unsafe cite URL and keeps the quote', async () => {
    const warnings = captureWarnings();
    try {
      const el = await quote({ cite: 'javascript:alert(1)' });
      expect(part(el, 'quote')!.hasAttribute('cite')).to.be.false;
      expect(part(el, 'author')!.textContent).to.equal('Jens Stoltenberg');
      expect(warnings.messages.filter((m) => m.includes('cite'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  for (const variant of VARIANTS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes an accessibility audit in the ${variant} variant, ${theme} theme`, async () => {
        const el = await quote({ variant, theme, share: '' });
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const align of ALIGNS) {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes an accessibility audit aligned ${align}, ${theme} theme`, async () => {
        const wrapper = await fixture(html`
          <div style="width: 800px">
            <news-pull-quote author="A" align=${align} theme=${theme} share>${QUOTE}</news-pull-quote>
            <p>Article text that flows around the quote.</p>
          </div>
        `);
        const el = wrapper.querySelector('news-pull-quote')!;
        await el.updateComplete;
        await expect(el).to.be.accessible();
      });
    }
  }

  it('styles each variant differently', async () => {
    const def = await quote({ variant: 'default' });
    const emphasis = await quote({ variant: 'emphasis' });
    const boxed = await quote({ variant: 'boxed' });
    const root = (el: Element) => getComputedStyle(quoteBox(el));
    expect(root(def).borderInlineStartWidth).to.equal('4px');
    expect(parseFloat(getComputedStyle(part(emphasis, 'quote')!).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(part(def, 'quote')!).fontSize),
    );
    expect(getComputedStyle(parts(emphasis, 'mark')[0]!).color).to.equal('rgb(176, 18, 27)');
    expect(root(boxed).borderTopWidth).to.equal('1px');
    expect(parseFloat(root(boxed).paddingTop)).to.be.greaterThan(0);
  });

  for (const lang of ['en', 'ka', 'ar', 'de', 'fr', 'ja']) {
    it(`uses the CLDR quotation marks of ${lang}, hidden from screen readers`, async () => {
      const cldr = await (await fetch(`/node_modules/cldr-misc-full/main/${lang}/delimiters.json`)).json();
      const { quotationStart, quotationEnd } = cldr.main[lang].delimiters;
      const wrapper = await fixture(html`
        <div lang=${lang}><news-pull-quote author="A">${QUOTE}</news-pull-quote></div>
      `);
      const el = wrapper.querySelector('news-pull-quote')!;
      await el.updateComplete;
      const marks = parts(el, 'mark');
      // Typographic spaces inside the marks (French « … ») are the widget's to add.
      expect(marks.map((m) => m.textContent!.trim())).to.deep.equal([quotationStart, quotationEnd]);
      for (const mark of marks) expect(mark.getAttribute('aria-hidden')).to.equal('true');
      expect(part(el, 'figure')!.closest('[lang]')!.getAttribute('lang')).to.equal(lang);
    });
  }

  it('mirrors the layout right to left', async () => {
    const wrapper = await fixture(html`
      <div lang="ar" dir="rtl" style="width: 500px">
        <news-pull-quote author="ينس ستولتنبرغ" share>اقتباس طويل بما يكفي</news-pull-quote>
      </div>
    `);
    const el = wrapper.querySelector('news-pull-quote')!;
    await el.updateComplete;
    const root = quoteBox(el);
    expect(getComputedStyle(part(el, 'quote')!).direction).to.equal('rtl');
    const style = getComputedStyle(root);
    expect(style.borderRightWidth).to.equal('4px');
    expect(style.borderLeftWidth).to.equal('0px');
    const box = root.getBoundingClientRect();
    const open = parts(el, 'mark')[0]!.getBoundingClientRect();
    expect(box.right - open.right).to.be.lessThan(box.width / 2);
    expect(part(el, 'share-button')!.textContent!.trim()).to.equal('مشاركة');
  });

  it('floats start/end in a wide column and takes the full width at 280 px', async () => {
    const wrapper = await fixture(html`
      <div>
        <div id="wide" style="width: 900px">
          <news-pull-quote align="start" author="A">${QUOTE}</news-pull-quote>
          <news-pull-quote align="end" author="A">${QUOTE}</news-pull-quote>
          <p>Text</p>
        </div>
        <div id="narrow" style="width: 280px; overflow: auto">
          <news-pull-quote align="start" author="A" share variant="boxed">
            Supercalifragilisticexpialidocious-words-without-any-spaces-at-all-keep-going
          </news-pull-quote>
        </div>
      </div>
    `);
    const [start, end, narrow] = Array.from(wrapper.querySelectorAll('news-pull-quote'));
    await Promise.all([start!.updateComplete, end!.updateComplete, narrow!.updateComplete]);
    const column = wrapper.querySelector('#wide')!.getBoundingClientRect();
    const a = start!.getBoundingClientRect();
    const b = end!.getBoundingClientRect();
    expect(getComputedStyle(start!).float).to.match(/left|inline-start/);
    expect(a.width).to.be.closeTo(360, 2);
    expect(a.left).to.be.closeTo(column.left, 1);
    expect(b.right).to.be.closeTo(column.right, 1);
    const box = wrapper.querySelector<HTMLElement>('#narrow')!;
    expect(narrow!.getBoundingClientRect().width).to.be.closeTo(280, 1);
    expect(box.scrollWidth).to.be.at.most(box.clientWidth);
    const root = quoteBox(narrow!);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
  });

  it('floats from a 600 px column on, 40 % wide, and takes the full width of a 599 px one', async () => {
    const wrapper = await fixture(html`
      <div>
        <div style="width: 600px">
          <news-pull-quote align="end" author="A">${QUOTE}</news-pull-quote>
        </div>
        <div style="width: 599px">
          <news-pull-quote align="end" author="A">${QUOTE}</news-pull-quote>
        </div>
      </div>
    `);
    const [floated, full] = Array.from(wrapper.querySelectorAll('news-pull-quote'));
    await Promise.all([floated!.updateComplete, full!.updateComplete]);
    expect(floated!.getBoundingClientRect().width).to.be.closeTo(240, 1);
    expect(full!.getBoundingClientRect().width).to.be.closeTo(599, 1);
  });

  it('mirrors align="start" to the right in RTL', async () => {
    const wrapper = await fixture(html`
      <div dir="rtl" lang="ar" style="width: 900px">
        <news-pull-quote align="start" author="A">${QUOTE}</news-pull-quote>
      </div>
    `);
    const el = wrapper.querySelector('news-pull-quote')!;
    await el.updateComplete;
    expect(el.getBoundingClientRect().right).to.be.closeTo(wrapper.getBoundingClientRect().right, 1);
  });

  it('shares with the Web Share API: quote, author and a text-fragment link', async () => {
    const share = stubShare();
    const clipboard = stubClipboard();
    try {
      const el = await quote({ share: '' });
      const clicks = recordEvents<CustomEvent>(document, 'news-click');
      const button = part(el, 'share-button') as HTMLButtonElement;
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('aria-label')).to.equal('Share this quote');
      expect(button.textContent!.trim()).to.equal('Share');
      button.click();
      await share.settled();
      const data = share.calls[0]![0] as ShareData;
      expect(data.text).to.equal(`${QUOTE} — Jens Stoltenberg`);
      expect(data.url).to.equal(
        'https://news.example/nato-days#:~:text=Georgia%20is%20one%20of%20our%20closest%20partners.',
      );
      expect(clicks).to.have.length(1);
      expect(clicks[0]!.detail).to.deep.include({
        widget: 'news-pull-quote',
        action: 'share',
        href: data.url,
      });
      expect(clicks[0]!.bubbles && clicks[0]!.composed).to.be.true;
      // Shared: nothing is copied and nothing announced.
      expect(clipboard.calls).to.have.length(0);
      expect(part(el, 'status')!.textContent).to.equal('');
    } finally {
      share.restore();
      clipboard.restore();
    }
  });

  it('links a quote of up to 10 words whole, and one of 11 by its first and last 4 words', async () => {
    const share = stubShare();
    try {
      const ten = 'one two three four five six seven eight nine ten';
      const el = await quote({ share: '' }, ten);
      (part(el, 'share-button') as HTMLButtonElement).click();
      await share.settled();
      const eleven = await quote({ share: '' }, `${ten} eleven`);
      (part(eleven, 'share-button') as HTMLButtonElement).click();
      await share.settled(2);
      const fragments = share.calls.map(([data]) => (data as ShareData).url!.split('#:~:text=')[1]);
      expect(fragments).to.deep.equal([
        'one%20two%20three%20four%20five%20six%20seven%20eight%20nine%20ten',
        'one%20two%20three%20four,eight%20nine%20ten%20eleven',
      ]);
    } finally {
      share.restore();
    }
  });

  it('encodes - , & in the fragment, replaces an existing hash and uses start,end for long quotes', async () => {
    const share = stubShare();
    try {
      const short = await quote(
        { share: '', cite: 'https://news.example/a?x=1#top' },
        'Left-right, you & me',
      );
      (part(short, 'share-button') as HTMLButtonElement).click();
      await share.settled();
      expect((share.calls[0]![0] as ShareData).url).to.equal(
        'https://news.example/a?x=1#:~:text=Left%2Dright%2C%20you%20%26%20me',
      );
      const long = await quote(
        { share: '' },
        'We stand with Georgia, and we will keep working together for security, stability and prosperity in the Black Sea region.',
      );
      (part(long, 'share-button') as HTMLButtonElement).click();
      await share.settled(2);
      expect((share.calls[1]![0] as ShareData).url).to.equal(
        'https://news.example/nato-days#:~:text=We%20stand%20with%20Georgia%2C,the%20Black%20Sea%20region.',
      );
    } finally {
      share.restore();
    }
  });

  it('links to this page without its hash when there is no cite', async () => {
    const share = stubShare();
    try {
      const el = await fixture<NewsPullQuote>(html`<news-pull-quote share>Short words</news-pull-quote>`);
      (part(el, 'share-button') as HTMLButtonElement).click();
      await share.settled();
      const data = share.calls[0]![0] as ShareData;
      const page = new URL(location.href);
      page.hash = '';
      expect(data.url).to.equal(`${page.href}#:~:text=Short%20words`);
      expect(data.text).to.equal('Short words');
    } finally {
      share.restore();
    }
  });

  it('treats a cancelled share (AbortError) as no error', async () => {
    const share = stubShare(() => Promise.reject(new DOMException('Share canceled', 'AbortError')));
    const clipboard = stubClipboard();
    try {
      const el = await quote({ share: '' });
      (part(el, 'share-button') as HTMLButtonElement).click();
      await share.settled();
      expect(clipboard.calls).to.have.length(0);
      expect(part(el, 'status')!.textContent).to.equal('');
    } finally {
      share.restore();
      clipboard.restore();
    }
  });

  it('copies “quote” — author, link without the Web Share API and announces it politely', async () => {
    const share = stubNavigator('share', undefined);
    const clipboard = stubClipboard();
    try {
      const el = await quote({ share: '' });
      const status = part(el, 'status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.getRootNode() === el.shadowRoot).to.be.true;
      (part(el, 'share-button') as HTMLButtonElement).click();
      await clipboard.settled();
      expect(clipboard.calls[0]![0]).to.equal(
        '\u201CGeorgia is one of our closest partners.\u201D — Jens Stoltenberg, ' +
          'https://news.example/nato-days#:~:text=Georgia%20is%20one%20of%20our%20closest%20partners.',
      );
      await rendered(el, () => status.textContent === 'Quote copied to the clipboard', 'the status');
    } finally {
      share();
      clipboard.restore();
    }
  });

  describe('the copy status, on a fake clock', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    let restore: Array<() => void> = [];
    afterEach(() => {
      clock?.restore();
      clock = undefined;
      for (const undo of restore.splice(0)) undo();
    });

    async function copied(): Promise<NewsPullQuote> {
      const clipboard = stubClipboard();
      restore = [stubNavigator('share', undefined), clipboard.restore];
      const el = await quote({ share: '' });
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      return el;
    }

    const status = (el: Element) => part(el, 'status')!.textContent;
    const MESSAGE = 'Quote copied to the clipboard';

    async function copy(el: NewsPullQuote): Promise<void> {
      // Emptied first, so that the same message twice is announced twice, then shown again.
      const emptied = status(el) === '' ? Promise.resolve() : rendered(el, () => status(el) === '', 'empty');
      (part(el, 'share-button') as HTMLButtonElement).click();
      await emptied;
      await rendered(el, () => status(el) === MESSAGE, 'the status');
    }

    it('keeps the status for 6 s: still there at 5.9 s, gone at 6 s', async () => {
      const el = await copied();
      await copy(el);
      clock!.tick(5900);
      await el.updateComplete;
      expect(status(el), 'at 5.9 s').to.equal(MESSAGE);
      clock!.tick(100);
      await el.updateComplete;
      expect(status(el), 'at 6 s').to.equal('');
    });

    it('counts the 6 s again from a second copy', async () => {
      const el = await copied();
      await copy(el);
      clock!.tick(4000);
      await copy(el);
      clock!.tick(5900);
      await el.updateComplete;
      expect(status(el), '5.9 s after the second copy').to.equal(MESSAGE);
      clock!.tick(100);
      await el.updateComplete;
      expect(status(el), '6 s after the second copy').to.equal('');
    });
  });

  it('uses the language’s quotation marks when copying, and reports a failed copy', async () => {
    const share = stubNavigator('share', undefined);
    const clipboard = stubClipboard(() => Promise.reject(new Error('denied')));
    try {
      const wrapper = await fixture(html`
        <div lang="ka"><news-pull-quote author="ავტორი" share>ციტატა</news-pull-quote></div>
      `);
      const el = wrapper.querySelector('news-pull-quote')!;
      await el.updateComplete;
      (part(el, 'share-button') as HTMLButtonElement).click();
      await clipboard.settled();
      expect(String(clipboard.calls[0]![0])).to.match(/^\u201Eციტატა\u201C — ავტორი, http/);
      await rendered(
        el,
        () => part(el, 'status')!.textContent === 'ციტატის დაკოპირება ვერ მოხერხდა',
        'the failure status',
      );
    } finally {
      share();
      clipboard.restore();
    }
  });

  it('reports a failed copy where there is no clipboard either', async () => {
    const share = stubNavigator('share', undefined);
    const clipboard = stubNavigator('clipboard', undefined);
    try {
      const el = await quote({ share: '' });
      (part(el, 'share-button') as HTMLButtonElement).click();
      await rendered(el, () => part(el, 'status')!.textContent === 'Could not copy the quote', 'the status');
    } finally {
      share();
      clipboard();
    }
  });

  it('follows edits to the quote text', async () => {
    const share = stubShare();
    try {
      const el = await quote({ share: '' });
      const text = Array.from(el.childNodes).find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      )!;
      text.textContent = 'Edited words';
      await nextTask(); // the element's MutationObserver has read the edit
      await el.updateComplete;
      (part(el, 'share-button') as HTMLButtonElement).click();
      await share.settled();
      expect((share.calls[0]![0] as ShareData).text).to.equal('Edited words — Jens Stoltenberg');
    } finally {
      share.restore();
    }
  });

  it('renders nothing and warns once for an empty quote', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<NewsPullQuote>(html`<news-pull-quote author="A" share> </news-pull-quote>`);
      el.author = 'B';
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(shadowText(el)).to.equal('');
      const quoteWarnings = warnings.messages.filter((m) => m.includes('quot'));
      expect(quoteWarnings).to.have.length(1);
      expect(quoteWarnings[0]).to.contain('news-pull-quote');
      el.append('Now there is a quote');
      await rendered(el, () => !!part(el, 'quote'), 'the quote to show');
      expect(part(el, 'author')!.textContent).to.equal('B');
      expect(parts(el, 'mark').map((mark) => mark.textContent)).to.deep.equal(['\u201C', '\u201D']);
    } finally {
      warnings.restore();
    }
  });

  it('never shows undefined, null or NaN for bad input', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<NewsPullQuote>(html`
        <news-pull-quote author="undefined" author-title="NaN" cite="null" variant="huge" align="diagonal"
          >Q</news-pull-quote
        >
      `);
      expect(shadowText(el)).to.equal('\u201C\u201D');
      expect(part(el, 'caption') === null).to.be.true;
      expect(part(el, 'quote')!.hasAttribute('cite')).to.be.false;
      // The default look: the rule at the start edge, not floated.
      expect(getComputedStyle(quoteBox(el)).borderInlineStartWidth).to.equal('4px');
      expect(getComputedStyle(el).float).to.equal('none');
      expect(warnings.messages.filter((m) => m.includes('variant="huge"'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('align="diagonal"'))).to.have.length(1);
      el.author = 42 as unknown as string;
      el.authorTitle = {} as unknown as string;
      await el.updateComplete;
      expect(part(el, 'author')!.textContent).to.equal('42');
      expect(shadowText(el)).not.to.match(/undefined|null|NaN|object/);
    } finally {
      warnings.restore();
    }
  });

  it('shows attributes as text, never markup', async () => {
    const el = await quote({ author: '<img src=x onerror=alert(1)>', 'author-title': '<b>t</b>' });
    expect(part(el, 'author')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img, b') === null).to.be.true;
  });

  it('keeps its look under hostile page CSS on the host', async () => {
    const el = await quote();
    const blockquote = part(el, 'quote')!;
    const before = getComputedStyle(blockquote);
    const expected = [before.fontSize, before.color, before.fontFamily, before.letterSpacing];
    const style = document.createElement('style');
    style.textContent = `news-pull-quote, * { font: 30px monospace !important; color: red !important;
      letter-spacing: 5px !important; }`;
    document.head.append(style);
    try {
      const after = getComputedStyle(blockquote);
      expect([after.fontSize, after.color, after.fontFamily, after.letterSpacing]).to.deep.equal(expected);
    } finally {
      style.remove();
    }
  });
});

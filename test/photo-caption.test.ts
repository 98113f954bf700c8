import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/photo-caption.js';
import type { NewsPhotoCaption } from '../src/photo-caption.js';
import {
  captureWarnings,
  imageSettled,
  readable,
  recordEvents,
  rendered,
  shadowText,
} from './support/helpers.js';

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const IMG = '/fixtures/img/nato-days.png';

/** An image URL the fixture server holds back until `release(id)`. */
const held = (id: string) => `/fixtures/hold/${id}/img/nato-days.png`;
const holdId = () => `photo-${Math.random().toString(36).slice(2)}`;
const release = (id: string) => fetch(`/fixtures/release/${id}`);

/** The WebKit run drives the browser over WebDriver, which cannot hold a modifier key. */
const IS_WEBDRIVER_WEBKIT =
  /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium/.test(navigator.userAgent);

function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function ratio(el: Element): number {
  const box = part(el, 'media')!.getBoundingClientRect();
  return box.width / box.height;
}

async function photo(attrs: Partial<Record<string, string>> = {}): Promise<NewsPhotoCaption> {
  const el = await fixture<NewsPhotoCaption>(html`
    <news-photo-caption
      src=${attrs.src ?? PIXEL}
      alt=${attrs.alt ?? 'Flags of NATO members in Tbilisi'}
      width="1200"
      height="800"
      credit=${attrs.credit ?? 'Photo: NATO'}
      theme=${attrs.theme ?? 'light'}
      ?zoomable=${attrs.zoomable !== undefined}
      srcset=${attrs.srcset ?? ''}
      style="width: 400px"
      >NATO Days officially open in Georgia.</news-photo-caption
    >
  `);
  await el.updateComplete;
  return el;
}

function active(el: NewsPhotoCaption): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Clicks the zoom button and resolves with the dialog once it is open. */
async function zoom(el: NewsPhotoCaption): Promise<HTMLDialogElement> {
  (part(el, 'zoom-button') as HTMLButtonElement).click();
  await rendered(el, () => !!el.shadowRoot!.querySelector('dialog')?.open, 'the dialog to open');
  return part(el, 'dialog') as HTMLDialogElement;
}

/** Resolves when `dialog` has closed (its `close` event; the element has given focus back by then). */
function closed(dialog: HTMLDialogElement): Promise<Event> {
  return oneEvent(dialog, 'close');
}

describe('<news-photo-caption>', () => {
  it('renders a figure with the image and a figcaption with the caption and the credit apart', async () => {
    const el = await photo();
    const figure = part(el, 'figure')!;
    expect(figure.tagName).to.equal('FIGURE');
    const caption = part(el, 'caption')!;
    expect(caption.tagName).to.equal('FIGCAPTION');
    expect(caption.parentElement === figure).to.be.true;
    expect(figure.lastElementChild === caption).to.be.true;
    const img = part(el, 'image') as HTMLImageElement;
    expect(img.getAttribute('alt')).to.equal('Flags of NATO members in Tbilisi');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('1200');
    expect(img.getAttribute('height')).to.equal('800');
    const slot = part(el, 'caption-text')!.querySelector('slot')!;
    expect(
      slot
        .assignedNodes()
        .map((n) => n.textContent)
        .join(''),
    ).to.equal('NATO Days officially open in Georgia.');
    const credit = part(el, 'credit')!;
    expect(credit.textContent).to.equal('Photo: NATO');
    expect(part(el, 'caption-text')!.contains(credit)).to.be.false;
    expect(caption.contains(credit)).to.be.true;
  });

  it('uses the caption attribute when there is no caption content, and content when there is', async () => {
    const a = await fixture<NewsPhotoCaption>(
      html`<news-photo-caption src=${PIXEL} alt="" caption="From the attribute"> </news-photo-caption>`,
    );
    expect(part(a, 'caption-text')!.textContent!.trim()).to.equal('From the attribute');
    const b = await fixture<NewsPhotoCaption>(
      html`<news-photo-caption src=${PIXEL} alt="" caption="Attribute"
        >From <b>content</b></news-photo-caption
      >`,
    );
    expect(shadowText(b)).not.to.contain('Attribute');
    expect(b.querySelector('b')!.offsetHeight).to.be.greaterThan(0);
  });

  it('passes srcset and sizes, and loads eagerly with loading="eager"', async () => {
    const el = await fixture<NewsPhotoCaption>(html`
      <news-photo-caption
        src="a-480.jpg"
        alt="A"
        srcset="a-480.jpg 480w, javascript:alert(1) 900w, a-960.jpg 960w"
        sizes="(min-width: 600px) 50vw, 100vw"
        loading="eager"
      ></news-photo-caption>
    `);
    const img = part(el, 'image')!;
    expect(img.getAttribute('srcset')).to.equal('a-480.jpg 480w, a-960.jpg 960w');
    expect(img.getAttribute('sizes')).to.equal('(min-width: 600px) 50vw, 100vw');
    expect(img.getAttribute('loading')).to.equal('eager');
  });

  it('reserves the aspect ratio before the image loads, from width/height', async () => {
    const id = holdId();
    try {
      const el = await photo({ src: held(id) });
      expect((part(el, 'image') as HTMLImageElement).complete).to.be.false;
      expect(ratio(el)).to.be.closeTo(1.5, 0.02);
      expect(part(el, 'media')!.getBoundingClientRect().width).to.be.closeTo(400, 1);
    } finally {
      await release(id);
    }
  });

  it('reserves the aspect ratio of a slotted image from its width/height attributes', async () => {
    const id = holdId();
    try {
      const el = await fixture<NewsPhotoCaption>(html`
        <news-photo-caption style="width: 300px">
          <img slot="image" src=${held(id)} alt="Slotted" width="400" height="300" />
          Caption
        </news-photo-caption>
      `);
      await el.updateComplete;
      const img = el.querySelector('img')!;
      expect(img.complete).to.be.false;
      expect(ratio(el)).to.be.closeTo(4 / 3, 0.02);
      // The partner's image is left as written, and fills the box.
      expect(img.hasAttribute('loading')).to.be.false;
      expect(img.hasAttribute('style')).to.be.false;
      expect(img.getBoundingClientRect().width).to.be.closeTo(300, 1);
    } finally {
      await release(id);
    }
  });

  it('takes width and height only as positive numbers, and warns once for others', async () => {
    for (const [width, height] of [
      ['0', '800'],
      ['-1200', '800'],
      ['wide', '800'],
    ]) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<NewsPhotoCaption>(html`
          <news-photo-caption src=${PIXEL} alt="" width=${width} height=${height}></news-photo-caption>
        `);
        el.caption = 'Again';
        await el.updateComplete;
        expect(part(el, 'image')!.hasAttribute('width'), `width="${width}"`).to.be.false;
        const about = warnings.messages.filter((m) => m.includes('width'));
        expect(about, `warnings for width="${width}"`).to.have.length(1);
        expect(about[0]).to.contain('news-photo-caption').and.to.contain(width);
      } finally {
        warnings.restore();
      }
    }
  });

  it('labels a bare credit in the page language and keeps a labelled one as written', async () => {
    const wrapper = await fixture(html`
      <div>
        <news-photo-caption credit="NATO" caption="C"></news-photo-caption>
        <div lang="ka"><news-photo-caption credit="NATO" caption="C"></news-photo-caption></div>
        <div lang="ar"><news-photo-caption credit="NATO" caption="C"></news-photo-caption></div>
        <news-photo-caption credit="Illustration: news-widgets" caption="C"></news-photo-caption>
      </div>
    `);
    const credits = [];
    for (const el of Array.from(wrapper.querySelectorAll('news-photo-caption'))) {
      await el.updateComplete;
      credits.push(readable(el.shadowRoot!.querySelector('[part="credit"]')));
    }
    expect(credits).to.deep.equal(['Photo: NATO', 'ფოტო: NATO', 'صورة: NATO', 'Illustration: news-widgets']);
  });

  it('shows a neutral placeholder of the same size with the caption and credit when the image fails', async () => {
    const el = await fixture<NewsPhotoCaption>(html`
      <news-photo-caption
        src="/fixtures/missing.png"
        alt="Soldiers on patrol"
        width="300"
        height="200"
        loading="eager"
        credit="Photo: NATO"
        style="width: 360px"
        >Caption stays</news-photo-caption
      >
    `);
    const before = part(el, 'media')!.getBoundingClientRect().height;
    expect(await imageSettled(part(el, 'image') as HTMLImageElement)).to.equal('error');
    await el.updateComplete;
    const placeholder = part(el, 'image-placeholder')!;
    expect(placeholder.getAttribute('role')).to.equal('img');
    expect(placeholder.getAttribute('aria-label')).to.equal('Soldiers on patrol');
    expect(part(el, 'media')!.getBoundingClientRect().height).to.be.closeTo(before, 1);
    expect(placeholder.getBoundingClientRect().height).to.be.closeTo(before, 1);
    expect(getComputedStyle(placeholder).backgroundColor).to.equal('rgb(233, 233, 230)');
    expect(readable(part(el, 'credit'))).to.equal('Photo: NATO');
    expect(el.textContent).to.equal('Caption stays');
    expect(part(el, 'image') === null).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows the placeholder when a slotted image fails, keeping the partner markup', async () => {
    const el = await fixture<NewsPhotoCaption>(html`
      <news-photo-caption credit="Photo: NATO" style="width: 300px">
        <img slot="image" src="/fixtures/missing.png" alt="" width="300" height="150" />
        Caption
      </news-photo-caption>
    `);
    expect(await imageSettled(el.querySelector('img')!)).to.equal('error');
    await el.updateComplete;
    // alt="" was decorative: the placeholder is too.
    expect(part(el, 'image-placeholder')!.hasAttribute('role')).to.be.false;
    expect(ratio(el)).to.be.closeTo(2, 0.02);
    expect(el.querySelector('img')!.getBoundingClientRect().height).to.equal(0);
    expect(readable(part(el, 'credit'))).to.equal('Photo: NATO');
    await expect(el).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const zoomable of [false, true]) {
      it(`passes an accessibility audit, ${theme} theme${zoomable ? ', zoomable' : ''}`, async () => {
        const el = await photo({ theme, ...(zoomable ? { zoomable: '' } : {}) });
        await expect(el).to.be.accessible();
      });
    }
  }

  it('passes an accessibility audit with a slotted image', async () => {
    const el = await fixture(html`
      <news-photo-caption credit="Photo: NATO" zoomable>
        <img slot="image" src=${IMG} alt="Flags" width="3" height="2" />
        Caption
      </news-photo-caption>
    `);
    await expect(el).to.be.accessible();
  });

  it('passes an accessibility audit with a slotted picture', async () => {
    const el = await fixture(html`
      <news-photo-caption credit="Photo: NATO">
        <picture slot="image">
          <source srcset=${IMG} type="image/png" />
          <img src=${IMG} alt="Flags" width="3" height="2" />
        </picture>
        Caption
      </news-photo-caption>
    `);
    await expect(el).to.be.accessible();
  });

  it('does not build the lightbox until it is used', async () => {
    const el = await photo({ zoomable: '' });
    expect(el.shadowRoot!.querySelector('dialog') === null).to.be.true;
    const plain = await photo();
    expect(part(plain, 'zoom-button') === null).to.be.true;
  });

  it('opens the largest image in a modal dialog, moves focus in, traps Tab, closes on Escape', async () => {
    const el = await photo({
      zoomable: '',
      srcset: `${IMG}?w=480 480w, ${IMG}?w=1600 1600w, ${IMG}?w=960 960w`,
    });
    const clicks = recordEvents<CustomEvent>(document, 'news-click');
    const previousOverflow = document.documentElement.style.overflow;
    const button = part(el, 'zoom-button') as HTMLButtonElement;
    expect(button.tagName).to.equal('BUTTON');
    expect(button.getAttribute('aria-label')).to.equal('Enlarge photo');
    button.focus();
    const dialog = await zoom(el);
    expect(dialog.tagName).to.equal('DIALOG');
    expect(dialog.matches(':modal')).to.be.true;
    expect(part(el, 'dialog-image')!.getAttribute('src')).to.equal(`${IMG}?w=1600`);
    expect(part(el, 'dialog-image')!.getAttribute('alt')).to.equal('Flags of NATO members in Tbilisi');
    const caption = part(el, 'dialog-caption')!;
    expect(caption.textContent).to.contain('NATO Days officially open in Georgia.');
    expect(caption.textContent).to.contain('Photo: NATO');
    expect(caption.getBoundingClientRect().height).to.be.greaterThan(0);
    const close = part(el, 'close-button')!;
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(active(el) === close).to.be.true;
    expect(document.documentElement.style.overflow).to.equal('hidden');
    expect(clicks.map((e) => e.detail.action)).to.deep.equal(['zoom']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Tab' });
    expect(active(el) === close, 'Tab stays in the dialog').to.be.true;

    const closing = closed(dialog);
    await sendKeys({ press: 'Escape' });
    await closing;
    expect(dialog.open).to.be.false;
    expect(active(el) === button, 'focus back on the trigger').to.be.true;
    expect(document.documentElement.style.overflow).to.equal(previousOverflow);
  });

  it('keeps Shift+Tab inside the dialog', async function () {
    // WebDriver (WebKit here) can only press single keys: no way to hold Shift.
    if (IS_WEBDRIVER_WEBKIT) this.skip();
    const el = await photo({ zoomable: '' });
    const dialog = await zoom(el);
    const close = part(el, 'close-button')!;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(active(el) === close, 'Shift+Tab stays in the dialog').to.be.true;
    const closing = closed(dialog);
    await sendKeys({ press: 'Escape' });
    await closing;
    expect(dialog.open).to.be.false;
  });

  it('closes on a click outside the dialog and on the close button, restoring the page scroll', async () => {
    document.documentElement.style.overflow = 'clip';
    try {
      const el = await photo({ zoomable: '' });
      const button = part(el, 'zoom-button') as HTMLButtonElement;
      const dialog = await zoom(el);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      const box = dialog.getBoundingClientRect();
      // A click on the dialog's own box (not its content) does not close it. Its listeners have
      // all run when dispatchEvent returns.
      dialog.dispatchEvent(
        new MouseEvent('click', { bubbles: true, clientX: box.left + 1, clientY: box.top + 1 }),
      );
      expect(dialog.open).to.be.true;
      // A click on the backdrop targets the dialog with coordinates outside its box.
      let closing = closed(dialog);
      dialog.dispatchEvent(
        new MouseEvent('click', { bubbles: true, clientX: Math.max(0, box.left - 5) || 1, clientY: 1 }),
      );
      await closing;
      expect(dialog.open).to.be.false;
      expect(document.documentElement.style.overflow).to.equal('clip');
      expect(active(el) === button).to.be.true;

      await zoom(el);
      closing = closed(dialog);
      (part(el, 'close-button') as HTMLButtonElement).click();
      await closing;
      expect(dialog.open).to.be.false;
      expect(active(el) === button).to.be.true;
      expect(document.documentElement.style.overflow).to.equal('clip');
    } finally {
      document.documentElement.style.overflow = '';
    }
  });

  it('closes on a real click on the backdrop', async () => {
    const el = await photo({ zoomable: '' });
    const button = part(el, 'zoom-button') as HTMLButtonElement;
    const dialog = await zoom(el);
    const box = dialog.getBoundingClientRect();
    try {
      // Inside the picture: the click reaches the dialog, which stays open.
      const clicked = oneEvent(dialog, 'click');
      await sendMouse({
        type: 'click',
        position: [Math.round(box.left + box.width / 2), Math.round(box.bottom - 5)],
      });
      await clicked;
      expect(dialog.open).to.be.true;
      // On the backdrop, above and left of the dialog: closes.
      const closing = closed(dialog);
      await sendMouse({
        type: 'click',
        position: [Math.max(2, Math.round(box.left / 2)), Math.max(2, Math.round(box.top / 2))],
      });
      await closing;
      expect(dialog.open).to.be.false;
      expect(active(el) === button, 'focus back on the trigger').to.be.true;
    } finally {
      await resetMouse();
    }
  });

  it('animates the lightbox only without prefers-reduced-motion', async function () {
    const el = await photo({ zoomable: '' });
    const open = async () => {
      const dialog = await zoom(el);
      const name = getComputedStyle(dialog).animationName;
      const closing = closed(dialog);
      dialog.close();
      await closing;
      return name;
    };
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
    } catch {
      // Not every launcher can emulate media features (WebDriver cannot).
      this.skip();
    }
    try {
      expect(await open()).to.equal('news-photo-fade');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(await open()).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('enlarges the largest source of a slotted picture', async () => {
    const el = await fixture<NewsPhotoCaption>(html`
      <news-photo-caption zoomable>
        <picture slot="image">
          <source srcset="/fixtures/img/nato-days.png?w=800 800w, /fixtures/img/nato-days.png?w=2000 2000w" />
          <img src=${IMG} alt="Flags" width="3" height="2" />
        </picture>
        Caption
      </news-photo-caption>
    `);
    await zoom(el);
    expect(part(el, 'dialog-image')!.getAttribute('src')).to.equal(`${location.origin}${IMG}?w=2000`);
    expect(part(el, 'dialog-image')!.getAttribute('alt')).to.equal('Flags');
    (part(el, 'dialog') as HTMLDialogElement).close();
  });

  it('warns once for a missing alt, not for alt="" or a slotted image', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<NewsPhotoCaption>(
        html`<news-photo-caption src=${PIXEL}></news-photo-caption>`,
      );
      el.caption = 'changed';
      await el.updateComplete;
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('');
      await fixture(html`<news-photo-caption src=${PIXEL} alt=""></news-photo-caption>`);
      await fixture(html`<news-photo-caption><img slot="image" src=${PIXEL} alt="x" /></news-photo-caption>`);
      const altWarnings = warnings.messages.filter((m) => m.includes('alt'));
      expect(altWarnings).to.have.length(1);
      expect(altWarnings[0]).to.contain('news-photo-caption').and.to.contain('"alt"');
    } finally {
      warnings.restore();
    }
  });

  it('never shows undefined, null or NaN for bad input', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<NewsPhotoCaption>(html`
        <news-photo-caption
          src="javascript:alert(1)"
          alt="undefined"
          width="wide"
          height="-3"
          caption="undefined"
          credit="null"
          loading="sometimes"
          zoomable
        ></news-photo-caption>
      `);
      expect(shadowText(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('img, button') === null).to.be.true;
      expect(warnings.messages.filter((m) => m.includes('src='))).to.have.length(1);
      el.src = PIXEL;
      el.width = NaN;
      el.caption = 42 as unknown as string;
      await el.updateComplete;
      expect(shadowText(el)).to.equal('42');
      expect(part(el, 'image')!.getAttribute('loading')).to.equal('lazy');
      expect(part(el, 'image')!.hasAttribute('width')).to.be.false;
      expect(part(el, 'figure')!.getAttribute('style') ?? '').not.to.match(/NaN|undefined/);
    } finally {
      warnings.restore();
    }
  });

  it('shows caption and credit as text, never markup', async () => {
    const el = await fixture<NewsPhotoCaption>(html`
      <news-photo-caption
        src=${PIXEL}
        alt=""
        caption=${'<b>bold</b>'}
        credit=${'<img src=x onerror=alert(1)>'}
      >
      </news-photo-caption>
    `);
    expect(part(el, 'caption-text')!.textContent!.trim()).to.equal('<b>bold</b>');
    expect(readable(part(el, 'credit'))).to.equal('Photo: <img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelectorAll('img').length).to.equal(1);
    expect(el.shadowRoot!.querySelector('b') === null).to.be.true;
  });

  it('follows the language and direction, localising the buttons', async () => {
    const wrapper = await fixture(html`
      <div lang="ar" dir="rtl" style="width: 400px">
        <news-photo-caption src=${PIXEL} alt="أعلام" width="4" height="3" credit="صورة: الناتو" zoomable
          >تعليق</news-photo-caption
        >
      </div>
    `);
    const el = wrapper.querySelector('news-photo-caption')!;
    await el.updateComplete;
    const figure = part(el, 'figure')!;
    expect(figure.getAttribute('dir')).to.equal('rtl');
    expect(figure.getAttribute('lang')).to.equal('ar');
    const button = part(el, 'zoom-button')!;
    expect(button.getAttribute('aria-label')).to.equal('تكبير الصورة');
    // The zoom icon sits at the inline end: the left in RTL.
    const icon = button.querySelector('svg')!.getBoundingClientRect();
    const media = part(el, 'media')!.getBoundingClientRect();
    expect(icon.left - media.left).to.be.lessThan(media.width / 2);
    await zoom(el);
    expect(part(el, 'close-button')!.getAttribute('aria-label')).to.equal('إغلاق');
    (part(el, 'dialog') as HTMLDialogElement).close();
  });

  it('never overflows a 280 px column', async () => {
    const wrapper = await fixture(html`
      <div style="width: 280px">
        <news-photo-caption
          src=${PIXEL}
          alt=""
          width="1600"
          height="900"
          credit="Photo: Supercalifragilisticexpialidocious-credit-without-spaces"
          zoomable
          >A-caption-that-is-one-very-long-word-without-any-spaces-at-all-to-wrap</news-photo-caption
        >
      </div>
    `);
    const el = wrapper.querySelector('news-photo-caption')!;
    await el.updateComplete;
    const figure = part(el, 'figure')!;
    expect(figure.scrollWidth).to.be.at.most(figure.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(280);
  });
});

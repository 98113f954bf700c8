// The script-tag loader as partners load it, built (`npm test` builds first). Each test opens a
// page of its own in an iframe, so that every page starts with no element defined.
import { expect } from '@open-wc/testing';

interface Frame {
  window: Window & typeof globalThis & { NewsWidgets?: Record<string, unknown> & { version: string } };
  document: Document;
  /** What the page logged with console.warn/console.error, and unhandled rejections. */
  log: { warn: string[]; error: string[]; rejections: string[] };
  /** The JavaScript files the page fetched, by name. */
  scripts(): string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page with `body`, loading `scripts` in its head after a script that records the console. */
async function page(
  body: string,
  scripts: string[] = ['<script type="module" src="/dist/news-widgets.js"></script>'],
  lang = 'en',
): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><script>
      window.__log = { warn: [], error: [], rejections: [] };
      for (const level of ['warn', 'error']) {
        const original = console[level];
        console[level] = (...args) => { window.__log[level].push(args.map(String).join(' ')); original.apply(console, args); };
      }
      addEventListener('unhandledrejection', (event) => window.__log.rejections.push(String(event.reason)));
    </script>${scripts.join('')}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const window = frame.contentWindow as Frame['window'];
  return {
    window,
    document: frame.contentDocument!,
    log: (window as unknown as { __log: Frame['log'] }).__log,
    scripts: () =>
      window.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name.split('/').pop()!.split('?')[0]!)
        .filter((name) => name.endsWith('.js')),
  };
}

/** Resolves when `tag` is defined in the frame, or fails after `ms`. */
function defined(frame: Frame, tag: string, ms = 5000): Promise<void> {
  return Promise.race([
    frame.window.customElements.whenDefined(tag).then(() => undefined),
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was not defined`)), ms)),
  ]);
}

/** Resolves once the frame's NewsWidgets global exists (the loader ran). */
async function loaderRan(frame: Frame): Promise<void> {
  for (let i = 0; i < 200 && !frame.window.NewsWidgets; i++)
    await new Promise((resolve) => setTimeout(resolve, 25));
  expect(frame.window.NewsWidgets, 'window.NewsWidgets').to.exist;
}

const CARD =
  '<news-article-card headline="NATO Days open" href="/nato-days"><a href="/nato-days">NATO Days open</a></news-article-card>';
const QUOTE =
  '<news-pull-quote author="Jens Stoltenberg">Georgia is a very close partner of NATO.</news-pull-quote>';

describe('script-tag loader', () => {
  it('defines the elements present at load, and loads the code of no other', async () => {
    const frame = await page(CARD + QUOTE);
    await Promise.all([defined(frame, 'news-article-card'), defined(frame, 'news-pull-quote')]);
    const card = frame.document.querySelector('news-article-card') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('a')!.textContent).to.equal('NATO Days open');
    const scripts = frame.scripts();
    expect(scripts.some((name) => name.startsWith('news-widgets.article-card.'))).to.be.true;
    expect(scripts.some((name) => name.startsWith('news-widgets.pull-quote.'))).to.be.true;
    expect(
      scripts.filter((name) => /news-widgets\.(photo-caption|related-stories|feeds|lightbox)\./.test(name)),
    ).to.deep.equal([]);
    expect(frame.window.customElements.get('news-photo-caption')).to.be.undefined;
    expect(frame.window.NewsWidgets!['NewsArticleCard']).to.equal(
      frame.window.customElements.get('news-article-card'),
    );
    expect(frame.log).to.deep.equal({ warn: [], error: [], rejections: [] });
  });

  it('defines elements added later, also inside added subtrees', async () => {
    const frame = await page('<main></main>');
    await loaderRan(frame);
    frame.document.querySelector('main')!.innerHTML = `<section><div>${QUOTE}</div></section>`;
    await defined(frame, 'news-pull-quote');
    frame.document.body.insertAdjacentHTML(
      'beforeend',
      '<news-related-stories><ul><li><a href="/a">A</a></li></ul></news-related-stories>',
    );
    await defined(frame, 'news-related-stories');
  });

  it('defines elements in a shadow root it cannot see once load(root) is called, and watches that root', async () => {
    const frame = await page('<div id="host"></div>');
    await loaderRan(frame);
    const root = frame.document.querySelector('#host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<news-photo-caption caption="A caption"></news-photo-caption>';
    // The document's own elements are defined: the loader has looked, and left the shadow root alone.
    frame.document.body.insertAdjacentHTML('beforeend', CARD);
    await defined(frame, 'news-article-card');
    expect(frame.window.customElements.get('news-photo-caption')).to.be.undefined;
    await (frame.window.NewsWidgets!['load'] as (root: ShadowRoot) => Promise<void>)(root);
    expect(frame.window.customElements.get('news-photo-caption')).to.be.a('function');
    root.append(frame.document.createElement('news-related-stories'));
    await defined(frame, 'news-related-stories');
  });

  it('is safe to load twice, as a module and as a classic script, and stays quiet for the same version', async () => {
    const frame = await page(CARD, [
      '<script type="module" src="/dist/news-widgets.js"></script>',
      '<script type="module" src="/dist/news-widgets.js?copy=2"></script>',
      '<script src="/dist/news-widgets.iife.js" defer></script>',
    ]);
    await defined(frame, 'news-article-card');
    await loaderRan(frame);
    expect(frame.log).to.deep.equal({ warn: [], error: [], rejections: [] });
  });

  it('warns once when another version is on the page, and leaves that one in charge', async () => {
    const other =
      '<script>window.NewsWidgets = { version: "0.0.9", load: () => Promise.resolve() };</script>';
    const frame = await page(CARD, [other, '<script type="module" src="/dist/news-widgets.js"></script>']);
    // The module runs after the page is parsed; its warning is the signal.
    for (let i = 0; i < 200 && !frame.log.warn.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(frame.log.warn).to.have.length(1);
    expect(frame.log.warn[0]).to.match(/version 0\.0\.9 is already on this page/);
    expect(frame.window.NewsWidgets!.version).to.equal('0.0.9');
  });

  it('leaves the fallback in place, with one clear message and no unhandled rejection, when a chunk fails', async () => {
    const frame = await page(CARD + QUOTE, [
      '<script type="module" src="/fixtures/dist-without/article-card/news-widgets.js"></script>',
    ]);
    // The quote's code arrives: the loader did its work.
    await defined(frame, 'news-pull-quote');
    for (let i = 0; i < 200 && !frame.log.error.length; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(frame.log.error).to.have.length(1);
    expect(frame.log.error[0]).to.match(
      /<news-article-card> could not be loaded from .*news-widgets\.article-card\./,
    );
    expect(frame.log.rejections).to.deep.equal([]);
    const card = frame.document.querySelector('news-article-card')!;
    expect(frame.window.customElements.get('news-article-card')).to.be.undefined;
    expect(card.textContent).to.equal('NATO Days open');
    expect((card as HTMLElement).offsetHeight, 'the fallback is visible').to.be.greaterThan(0);
  });

  it('with news-widgets.css, fetches the widgets only after the page’s first contentful paint', async function () {
    const frame = await page(CARD, [
      '<link rel="stylesheet" href="/dist/news-widgets.css" />',
      '<script type="module" src="/dist/news-widgets.js"></script>',
    ]);
    await defined(frame, 'news-article-card');
    const paint = frame.window.performance.getEntriesByName('first-contentful-paint')[0];
    const chunk = frame.window.performance
      .getEntriesByType('resource')
      .find((entry) => /news-widgets\.article-card\./.test(entry.name));
    expect(chunk, 'the card chunk was fetched').to.exist;
    // A browser that reports no first contentful paint for the frame (WebKitGTK here) has the
    // loader wait for its time limit instead: there is no paint to compare with.
    if (!paint) this.skip();
    expect(chunk!.startTime).to.be.at.least(paint.startTime);
    const card = frame.document.querySelector('news-article-card') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await card.updateComplete;
    expect(card.matches(':state(rendered)')).to.be.true;
  });

  it('loads the page language with the elements, and applies strings added before the runtime arrived', async () => {
    const frame = await page(
      '<news-related-stories><ul><li><a href="/a">A</a></li></ul></news-related-stories>',
      [
        '<script src="/dist/news-widgets.iife.js"></script>',
        '<script>NewsWidgets.addTranslation("de", { relatedStories: "Auch interessant" });</script>',
      ],
      'de-AT',
    );
    await defined(frame, 'news-related-stories');
    const list = frame.document.querySelector('news-related-stories') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Auch interessant');
    expect(frame.scripts().some((name) => name.startsWith('news-widgets.de.'))).to.be.true;
    expect(frame.window.NewsWidgets!['shippedLanguages']).to.include.members(['en', 'de', 'ar', 'zh-Hant']);
  });
});

describe('script-tag loader with Subresource Integrity', () => {
  /** The build's manifest and integrity list, as the embed builder reads them. */
  async function build(): Promise<{
    chunks: { elements: Record<string, { files: string[] }> };
    integrity: Record<string, string>;
  }> {
    const [chunks, integrity] = await Promise.all(
      ['news-widgets.chunks.json', 'integrity.json'].map((file) =>
        fetch(`/dist/${file}`).then((response) => response.json()),
      ),
    );
    return { chunks, integrity: integrity.files };
  }

  // The build as a CDN serves it, byte for byte (the test runner's server rewrites the modules
  // it serves from dist/ itself): the fixture server's dist-without/ route, without nothing.
  const CDN = '/fixtures/dist-without/nothing';

  /** An import map that pins every file the card needs, with `change` applied to the card's own hash. */
  async function importMap(change: (hash: string) => string): Promise<string> {
    const { chunks, integrity } = await build();
    const files = chunks.elements['news-article-card']!.files;
    const pins = Object.fromEntries(
      files.map((file, i) => [
        `${location.origin}${CDN}/${file}`,
        i === files.length - 1 ? change(integrity[file]!) : integrity[file]!,
      ]),
    );
    return `<script type="importmap">${JSON.stringify({ integrity: pins })}</script>`;
  }

  it('loads chunks whose hashes match the import map', async () => {
    const frame = await page(CARD, [
      await importMap((hash) => hash),
      `<script type="module" src="${CDN}/news-widgets.js"></script>`,
    ]);
    await defined(frame, 'news-article-card');
    expect(frame.log.error).to.deep.equal([]);
  });

  it('refuses a chunk whose hash does not match, and keeps the fallback', async () => {
    const wrong = (hash: string) => `sha384-${'A'.repeat(64)}`.slice(0, hash.length);
    const frame = await page(CARD, [
      await importMap(wrong),
      `<script type="module" src="${CDN}/news-widgets.js"></script>`,
    ]);
    for (let i = 0; i < 200 && !frame.log.error.some((line) => line.includes('could not be loaded')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(frame.log.error.filter((line) => line.includes('could not be loaded'))).to.have.length(1);
    expect(frame.window.customElements.get('news-article-card')).to.be.undefined;
    expect(frame.log.rejections).to.deep.equal([]);
  });
});

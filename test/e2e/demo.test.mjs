// The demo site (demo/), checked in headless Chromium against the built bundle
// (`npm run build` first): every page, on a phone (390 px) and a desktop (1280 px), loads cleanly,
// stays on its origin, fits the screen, keeps its own text and the widgets apart and every photo
// inside its box; the article page keeps its sidebar in view and does not shift while its images
// are slow; the embed builder's snippets round-trip.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage } from '../../tools/browser.mjs';
import { startServer } from '../../tools/server.mjs';

const PAGES = [
  '/demo/',
  '/demo/gallery.html',
  '/demo/builder.html',
  '/demo/partner.html',
  '/demo/partner-classic.html',
  '/demo/api.html',
];
const WIDGETS = 'news-article-card, news-pull-quote, news-photo-caption, news-related-stories';
/** A page that never settles fails instead of hanging the run. */
const TIMEOUT = { timeout: 90_000 };

let browser;
let server;
let slowImages;

before(async () => {
  browser = await launchChromium();
  server = await startServer();
  slowImages = await startServer({
    delay: (path) => (path.startsWith('/demo/img/') ? 2500 : undefined),
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
  await slowImages?.close();
});

/**
 * Opens `path`, recording every request's URL, and waits until the page has built what it builds
 * (no region is aria-busy) and every widget has rendered.
 */
async function load(path, { origin = server.origin, width, height } = {}) {
  const opened = await openPage(browser, { width, height });
  const requested = [];
  opened.page.on('request', (request) => requested.push(request.url()));
  await opened.page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  await opened.page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), { timeout: 10_000 });
  await opened.page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (widget) => widget.shadowRoot && widget.shadowRoot.childElementCount > 0,
      ),
    { timeout: 10_000 },
    WIDGETS,
  );
  await opened.page.evaluate(
    (selector) =>
      Promise.all([...document.querySelectorAll(selector)].map((widget) => widget.updateComplete)),
    WIDGETS,
  );
  return { ...opened, requested };
}

/**
 * In the page: resolves when every rendered image under `root` (shadow roots included) that is in
 * the viewport, or anywhere with `everywhere`, has loaded or failed. A lazy image in a hidden box
 * never loads and is not waited for.
 */
function imagesLoaded(everywhere) {
  const images = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'img') images.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);
  const waiting = images.filter((img) => {
    if (img.complete || !img.getClientRects().length) return false;
    const box = img.getBoundingClientRect();
    return everywhere || (box.bottom > 0 && box.top < window.innerHeight);
  });
  return Promise.all(
    waiting.map(
      (img) =>
        new Promise((resolve) => {
          img.addEventListener('load', resolve, { once: true });
          img.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
}

/**
 * Scrolls through the page a screen at a time, so lazy images load and impressions start (with
 * `readerPace`, each screen waits for its images, as a reader would), then back to the top, and waits
 * for what the page was doing: no request for 300 ms, every widget updated, every rendered image
 * loaded or failed, the fonts, and a frame.
 */
async function settle(page, { readerPace = false } = {}) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = await page.evaluate(() => window.innerHeight);
  for (let y = 0; y < height; y += step) {
    await page.evaluate(
      (top) => new Promise((resolve) => (window.scrollTo(0, top), requestAnimationFrame(resolve))),
      y,
    );
    if (readerPace) await page.evaluate(imagesLoaded, false);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 20_000 });
  await page.evaluate(async (selector) => {
    await Promise.all([...document.querySelectorAll(selector)].map((widget) => widget.updateComplete));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, WIDGETS);
  await page.evaluate(imagesLoaded, true);
}

/**
 * Runs in the page, scrolled to the top: what a reader would see as a broken layout, as sentences.
 * - overflow: the page is wider than the screen (and the outermost boxes that stick out);
 * - overlaps: a widget's box crosses the page's own text, controls or pictures, or another widget;
 * - photos: a rendered image is larger than the box that holds it (shadow roots included).
 * Boxes are clipped by the scroll and overflow containers around them, as the reader sees them.
 */
function layoutProblems(widgetSelector) {
  const viewport = document.documentElement.clientWidth;
  const widgets = [...document.querySelectorAll(widgetSelector)];
  /** The parent in the rendered (flat) tree: the slot for slotted nodes, the host for shadow roots. */
  const parentOf = (element) =>
    element.assignedSlot ?? element.parentElement ?? element.getRootNode().host ?? null;
  const name = (element) =>
    element.localName +
    (element.id ? `#${element.id}` : '') +
    [...element.classList].map((c) => `.${c}`).join('') +
    (element.getAttribute('src') ? `[src="${element.getAttribute('src')}"]` : '');
  const where = (element) => {
    const host = element.getRootNode().host ?? element.closest(widgetSelector);
    return host && host !== element ? `${name(host)} ${name(element)}` : name(element);
  };
  /** `rect` as seen through `container` and every box around it that clips its overflow. */
  function clip(rect, container) {
    let { left, top, right, bottom } = rect;
    for (let box = container; box; box = parentOf(box)) {
      const style = getComputedStyle(box);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const edge = box.getBoundingClientRect();
      if (style.overflowX !== 'visible')
        [left, right] = [Math.max(left, edge.left), Math.min(right, edge.right)];
      if (style.overflowY !== 'visible')
        [top, bottom] = [Math.max(top, edge.top), Math.min(bottom, edge.bottom)];
    }
    return { left, top, right, bottom };
  }
  const crosses = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const size = (r) => `${Math.round(r.right - r.left)}×${Math.round(r.bottom - r.top)} px`;

  // The page's own content: every line of text outside the widgets, and its controls and pictures.
  const pieces = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const owner = text.parentElement;
    if (!text.data.trim() || owner.closest(widgetSelector)) continue;
    if (!owner.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const line of range.getClientRects()) {
      if (line.width < 1 || line.height < 1) continue;
      pieces.push({ rect: clip(line, owner), what: `${name(owner)} "${text.data.trim().slice(0, 40)}"` });
    }
  }
  for (const element of document.body.querySelectorAll(
    'img, svg, picture, video, iframe, input, select, textarea, button',
  )) {
    if (element.closest(widgetSelector) || !element.checkVisibility({ visibilityProperty: true })) continue;
    pieces.push({ rect: clip(element.getBoundingClientRect(), parentOf(element)), what: name(element) });
  }

  // Sentences, each once (a paragraph's lines would repeat them).
  const overflow = new Set();
  const { scrollWidth } = document.documentElement;
  if (scrollWidth > viewport) {
    overflow.add(`the page is ${scrollWidth} px wide on a ${viewport} px screen`);
    const sticksOut = (r) => r.right - r.left > 0 && (r.right > viewport + 1 || r.left < -1);
    const outside = (element) => sticksOut(clip(element.getBoundingClientRect(), parentOf(element)));
    for (const element of document.body.querySelectorAll('*')) {
      const parent = parentOf(element);
      if (outside(element) && !(parent && parent !== document.body && outside(parent))) {
        const r = element.getBoundingClientRect();
        overflow.add(`${where(element)} spans ${Math.round(r.left)} to ${Math.round(r.right)} px`);
      }
    }
    for (const piece of pieces) {
      if (sticksOut(piece.rect)) overflow.add(`${piece.what} runs off the screen`);
    }
  }

  const overlaps = new Set();
  for (const [index, widget] of widgets.entries()) {
    const box = clip(widget.getBoundingClientRect(), parentOf(widget));
    if (box.right - box.left < 1) continue;
    for (const piece of pieces) {
      if (crosses(box, piece.rect)) overlaps.add(`${name(widget)} (${size(box)}) and ${piece.what}`);
    }
    for (const other of widgets.slice(index + 1)) {
      if (widget.contains(other) || other.contains(widget)) continue;
      if (crosses(box, clip(other.getBoundingClientRect(), parentOf(other))))
        overlaps.add(`${name(widget)} and ${name(other)}`);
    }
  }

  const photos = [];
  const images = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.localName === 'img') images.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(document);
  for (const img of images) {
    const rect = img.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) continue;
    // Its box: the nearest ancestor in the rendered tree that makes a box of its own.
    let box = parentOf(img);
    while (box && ['inline', 'contents'].includes(getComputedStyle(box).display)) box = parentOf(box);
    const edge = box.getBoundingClientRect();
    if (
      rect.left < edge.left - 1 ||
      rect.top < edge.top - 1 ||
      rect.right > edge.right + 1 ||
      rect.bottom > edge.bottom + 1
    ) {
      photos.push(`${where(img)} is ${size(rect)} in its ${size(edge)} box (${where(box)})`);
    }
  }
  return { overflow: [...overflow], overlaps: [...overlaps], photos };
}

describe('every demo page', () => {
  for (const path of PAGES) {
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ]) {
      test(
        `${path} at ${width} px: loads cleanly, fits the screen, nothing overlaps, photos in their boxes`,
        TIMEOUT,
        async () => {
          const { page, log, requested } = await load(path, { width, height });
          try {
            await settle(page);
            const problems = log.console.filter((message) =>
              ['error', 'warn', 'warning'].includes(message.type),
            );
            assert.deepEqual(problems, [], `console: ${JSON.stringify(problems)}`);
            assert.deepEqual(log.errors, []);
            const offOrigin = requested.filter(
              (url) => !url.startsWith(`${server.origin}/`) && !/^(?:data|blob|about):/.test(url),
            );
            assert.deepEqual(offOrigin, []);
            if (await page.$(WIDGETS)) {
              assert.ok(
                requested.some((url) => /\/dist\/news-widgets(?:\.iife)?\.js$/.test(url)),
                'loads the built bundle',
              );
            }
            // No inline scripts, styles or handlers: the pages work under a strict CSP.
            const inline = await page.evaluate(() => ({
              scripts: [...document.scripts].filter((script) => !script.src).length,
              styles: document.querySelectorAll('style, [style]').length,
              handlers: [...document.querySelectorAll('*')].filter((element) =>
                [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
              ).length,
            }));
            assert.deepEqual(inline, { scripts: 0, styles: 0, handlers: 0 });
            // Every image has alt text (widgets' images included).
            const missingAlt = await page.evaluate((selector) => {
              const images = [...document.querySelectorAll('img')];
              for (const widget of document.querySelectorAll(selector)) {
                images.push(...widget.shadowRoot.querySelectorAll('img'));
              }
              return images.filter((img) => !img.hasAttribute('alt')).map((img) => img.src);
            }, WIDGETS);
            assert.deepEqual(missingAlt, []);

            const layout = await page.evaluate(layoutProblems, WIDGETS);
            assert.deepEqual(layout.overflow, [], 'no horizontal overflow');
            assert.deepEqual(layout.overlaps, [], 'the page and the widgets do not overlap');
            assert.deepEqual(layout.photos, [], 'every photo inside its box');
          } finally {
            await page.close();
          }
        },
      );
    }
  }

  // Right to left, the overflow goes the other way.
  for (const path of ['/demo/', '/demo/gallery.html']) {
    test(
      `${path} in Arabic at 390 px: fits the screen, nothing overlaps, photos in their boxes`,
      TIMEOUT,
      async () => {
        const { page, log } = await load(path, { width: 390, height: 844 });
        try {
          await page.select('select[name="lang"]', 'ar');
          await page.waitForFunction(() => document.documentElement.dir === 'rtl');
          await settle(page);
          assert.deepEqual(log.errors, []);
          const layout = await page.evaluate(layoutProblems, WIDGETS);
          assert.deepEqual(layout.overflow, [], 'no horizontal overflow');
          assert.deepEqual(layout.overlaps, [], 'the page and the widgets do not overlap');
          assert.deepEqual(layout.photos, [], 'every photo inside its box');
        } finally {
          await page.close();
        }
      },
    );
  }
});

describe('the article page', () => {
  test('has the seed article with its date, quotes, captions, related stories and cards', async () => {
    const { page } = await load('/demo/');
    try {
      const facts = await page.evaluate(() => {
        const head = document.querySelector('.article-head');
        const time = head.shadowRoot.querySelector('time');
        return {
          // The page's one level-1 heading, as assistive technology reads it.
          h1: head.shadowRoot.querySelector('h1, [role="heading"][aria-level="1"]')?.textContent.trim(),
          datetime: time?.getAttribute('datetime'),
          date: time?.textContent.trim(),
          quotes: document.querySelectorAll('.story news-pull-quote').length,
          shared: document.querySelectorAll('.story news-pull-quote[share]').length,
          floated: document.querySelectorAll(
            '.story news-pull-quote[align="end"], .story news-pull-quote[align="start"]',
          ).length,
          captions: [...document.querySelectorAll('.story news-photo-caption')].map((photo) => ({
            credit: photo.shadowRoot.querySelector('[part~="credit"]')?.textContent.trim(),
            zoomable: photo.hasAttribute('zoomable'),
            srcset: !!(photo.getAttribute('srcset') || photo.querySelector('img[srcset]')),
          })),
          related: [
            ...document.querySelector('news-related-stories').shadowRoot.querySelectorAll('[part~="title"]'),
          ].map((link) => link.textContent.trim()),
          cards: document.querySelectorAll('.more-stories news-article-card').length,
        };
      });
      assert.equal(
        facts.h1,
        'Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations',
      );
      assert.equal(facts.datetime, '2018-04-27');
      assert.equal(facts.date, '27 April 2018');
      assert.ok(facts.quotes >= 2 && facts.shared >= 1 && facts.floated >= 1);
      assert.equal(facts.captions.length, 6);
      assert.ok(facts.captions.every((caption) => caption.credit === 'Illustration: news-widgets demo'));
      assert.ok(facts.captions.every((caption) => caption.srcset));
      assert.ok(facts.captions.some((caption) => caption.zoomable));
      assert.deepEqual(facts.related, [
        'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
        '“One day Georgia will become a member of NATO “, - President of the NATO Parliamentary Assembly',
        'NATO Days officially open in Georgia',
      ]);
      assert.equal(facts.cards, 3);
    } finally {
      await page.close();
    }
  });

  test('on a phone: the article, the related stories, the cards, then the event log', async () => {
    const { page } = await load('/demo/', { width: 390, height: 844 });
    try {
      const order = await page.evaluate(() =>
        ['.story', 'news-related-stories', '.more-stories', '.event-log']
          .map((selector) => [selector, document.querySelector(selector).getBoundingClientRect().top])
          .sort((a, b) => a[1] - b[1])
          .map(([selector]) => selector),
      );
      assert.deepEqual(order, ['.story', 'news-related-stories', '.more-stories', '.event-log']);
    } finally {
      await page.close();
    }
  });

  test(
    'at 1280 px the sidebar stays in view beside the whole article, and nothing overlaps',
    TIMEOUT,
    async () => {
      const { page } = await load('/demo/', { width: 1280, height: 900 });
      try {
        await settle(page);
        const end = await page.evaluate(
          () => document.querySelector('.story').getBoundingClientRect().bottom - window.innerHeight,
        );
        for (let y = 0; y <= end; y += 300) {
          const seen = await page.evaluate(
            (top) =>
              new Promise((resolve) => {
                window.scrollTo(0, top);
                requestAnimationFrame(() => {
                  const inView = (selector) => {
                    const box = document.querySelector(selector).getBoundingClientRect();
                    return box.top >= 0 && box.bottom <= window.innerHeight;
                  };
                  resolve({ related: inView('news-related-stories'), log: inView('.event-log') });
                });
              }),
            y,
          );
          assert.ok(
            seen.related || seen.log,
            `scrolled ${y} px: the sidebar shows neither the related stories nor the event log`,
          );
          const { overlaps } = await page.evaluate(layoutProblems, WIDGETS);
          assert.deepEqual(overlaps, [], `scrolled ${y} px`);
        }
      } finally {
        await page.close();
      }
    },
  );

  test('in Arabic, right to left, the English paragraphs keep their full stop at the end', async () => {
    const { page } = await load('/demo/', { width: 390, height: 844 });
    try {
      await page.select('select[name="lang"]', 'ar');
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      // The last two characters of each paragraph: "s." of "Brussels." must read left to right.
      const { count, reversed } = await page.evaluate(() => {
        const paragraphs = [...document.querySelectorAll('.story > p')];
        const reversed = paragraphs
          .map((paragraph) => {
            const text = paragraph.lastChild;
            const end = text.data.trimEnd().length;
            const box = (start) => {
              const range = document.createRange();
              range.setStart(text, start);
              range.setEnd(text, start + 1);
              return range.getBoundingClientRect();
            };
            const [before, last] = [box(end - 2), box(end - 1)];
            return last.left < before.left ? text.data.replace(/\s+/g, ' ').trim().slice(-40) : null;
          })
          .filter(Boolean);
        return { count: paragraphs.length, reversed };
      });
      assert.ok(count > 0, 'the article has paragraphs');
      assert.deepEqual(reversed, []);
    } finally {
      await page.close();
    }
  });

  test('logs news-impression and news-click events as they happen', async () => {
    const { page } = await load('/demo/');
    try {
      await page.waitForFunction(() => document.querySelector('#event-log [data-event="news-impression"]'), {
        timeout: 5000,
      });
      await page.evaluate(() => document.querySelector('.more-stories news-article-card').scrollIntoView());
      const link = await page.evaluateHandle(() =>
        document.querySelector('.more-stories news-article-card').shadowRoot.querySelector('a'),
      );
      await link.click();
      await page.waitForFunction(() => document.querySelector('#event-log [data-event="news-click"]'), {
        timeout: 5000,
      });
    } finally {
      await page.close();
    }
  });

  test('the language and theme controls reach the widgets', async () => {
    const { page } = await load('/demo/');
    try {
      await page.select('select[name="lang"]', 'ar');
      await page.select('select[name="theme"]', 'dark');
      await page.waitForFunction(() => {
        const time = document.querySelector('.article-head').shadowRoot.querySelector('time');
        return document.documentElement.dir === 'rtl' && time && !/April/.test(time.textContent);
      });
      const themes = await page.evaluate(() =>
        [...document.querySelectorAll('news-pull-quote')].map((quote) => quote.getAttribute('theme')),
      );
      assert.ok(themes.length > 0, 'the page has pull quotes');
      assert.ok(themes.every((theme) => theme === 'dark'));
    } finally {
      await page.close();
    }
  });

  for (const [width, height] of [
    [1280, 900],
    [412, 823],
  ]) {
    test(`does not shift while its images are slow (${width}×${height}): CLS < 0.01`, TIMEOUT, async () => {
      const opened = await openPage(browser, { width, height });
      const { page } = opened;
      try {
        await page.evaluateOnNewDocument(() => {
          window.layoutShift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (!entry.hadRecentInput) window.layoutShift += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${slowImages.origin}/demo/`, { waitUntil: 'networkidle0', timeout: 20_000 });
        // A reader's pace: each screen's photos arrive 2.5 s late while it is in view.
        await settle(page, { readerPace: true });
        const cls = await page.evaluate(() => window.layoutShift);
        console.log(`# CLS at ${width}×${height} with images delayed 2.5 s: ${cls.toFixed(4)}`);
        assert.ok(cls < 0.01, `CLS ${cls}`);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the embed builder', () => {
  const TRICKY = `He said "no" & <b>left</b> — 'quoted' &amp; <script>`;
  const CASES = {
    'news-article-card': {
      href: '/stories/a?x=1&y="2"',
      headline: TRICKY,
      summary: `<img src=x onerror=alert(1)> & "more"`,
      kicker: '<Politics>',
      author: `O'Brien & "Sons"`,
      published: '2018-04-27',
      image: 'img/nato-days-960.webp?a=1&b=2',
      'image-alt': `Flags "over" <a> square & more`,
    },
    'news-pull-quote': {
      content: TRICKY,
      author: `Jens "Stoltenberg" & <co>`,
      'author-title': 'NATO <Secretary> General',
      cite: 'https://example.com/?q="x"&y=<z>',
    },
    'news-photo-caption': {
      src: 'img/briefing-960.webp?x="1"&y=2',
      alt: TRICKY,
      content: `A caption with <em>markup</em> & "quotes"`,
      credit: `Illustration: "demo" & <co>`,
    },
    'news-related-stories': {
      src: 'data/related.json?a=1&b="2"',
      heading: TRICKY,
      exclude: '/stories/<x>&"y"',
    },
  };

  for (const [tag, values] of Object.entries(CASES)) {
    test(`${tag}: the snippet reproduces every input exactly`, async () => {
      const { page } = await load('/demo/builder.html');
      try {
        await page.select('#element', tag);
        await page.evaluate((entries) => {
          for (const [name, value] of entries) {
            const input = document.getElementById(`field-${name}`);
            input.value = value;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
        }, Object.entries(values));
        const snippet = await page.$eval('#snippet', (code) => code.textContent);
        const problems = await page.$$eval('.problem', (nodes) =>
          nodes.map((node) => node.textContent).join(''),
        );
        assert.equal(problems, '');

        // The snippet, parsed in a fresh page.
        const fresh = await openPage(browser);
        try {
          await fresh.page.goto(`${server.origin}/test/e2e/pages/blank.html`);
          const parsed = await fresh.page.evaluate(
            (html, name) => {
              document.body.insertAdjacentHTML('beforeend', html);
              const element = document.body.querySelector(name);
              return {
                count: document.body.querySelectorAll('*').length,
                attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
                text: element.textContent.trim(),
                scripts: document.querySelectorAll('script, b, em, img, co').length,
              };
            },
            snippet,
            tag,
          );
          const { content, ...attributes } = values;
          for (const [name, value] of Object.entries(attributes)) {
            assert.equal(parsed.attributes[name], value, `${name} in ${snippet}`);
          }
          if (content) assert.equal(parsed.text, content);
          if (tag === 'news-article-card') assert.equal(parsed.text, values.headline);
          assert.equal(parsed.scripts, 0, 'no markup from the values became elements');
        } finally {
          await fresh.page.close();
        }
      } finally {
        await page.close();
      }
    });
  }

  test('the head snippet pins the versioned script, the stylesheet and every chunk with sha384', async () => {
    const { page } = await load('/demo/builder.html');
    try {
      const { version, files } = JSON.parse(
        readFileSync(new URL('../../dist/integrity.json', import.meta.url), 'utf8'),
      );
      const head = await page.$eval('#head-snippet', (code) => code.textContent);
      const base = 'https://cdn.example.org/news-widgets/';
      assert.ok(
        head.includes(
          `<script type="module" src="${base}news-widgets-${version}.js" integrity="${files[`news-widgets-${version}.js`]}" crossorigin="anonymous"></script>`,
        ),
        head,
      );
      assert.ok(
        head.includes(
          `href="${base}news-widgets-${version}.css" integrity="${files[`news-widgets-${version}.css`]}"`,
        ),
        head,
      );
      const [, json] = /<script type="importmap">([\s\S]*?)<\/script>/.exec(head);
      const map = JSON.parse(json);
      // The hash a Content Security Policy allows the inline import map by.
      const hash = createHash('sha256').update(json).digest('base64');
      assert.ok(head.includes(`script-src: 'sha256-${hash}'`), head);
      const chunks = Object.keys(files).filter((file) => /^news-widgets\.[\w-]+\.[\w-]+\.js$/.test(file));
      assert.ok(chunks.some((file) => file.startsWith('news-widgets.article-card.')));
      assert.deepEqual(
        map.integrity,
        Object.fromEntries(chunks.map((file) => [`${base}${file}`, files[file]])),
      );
      // Without Subresource Integrity: no attributes, no import map.
      await page.click('#head-form [name="integrity"]');
      const plain = await page.$eval('#head-snippet', (code) => code.textContent);
      assert.doesNotMatch(plain, /integrity|importmap/);
    } finally {
      await page.close();
    }
  });

  test('refuses URLs the sanitizer would drop, and says why', async () => {
    const { page } = await load('/demo/builder.html');
    try {
      const results = {};
      for (const [field, value] of [
        ['href', 'javascript:alert(1)'],
        ['href', ' \tjava\nscript:alert(1)'],
        ['href', 'data:text/html,<b>x</b>'],
        ['image', 'data:image/svg+xml,<svg/onload=alert(1)>'],
        ['image', 'vbscript:msgbox(1)'],
      ]) {
        await page.evaluate(
          (name, text) => {
            const input = document.getElementById(`field-${name}`);
            input.value = text;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          },
          field,
          value,
        );
        results[value] = await page.evaluate(
          (name) => ({
            problem: document.getElementById(`field-${name}-problem`).textContent,
            snippet: document.getElementById('snippet').textContent,
            invalid: document.getElementById(`field-${name}`).getAttribute('aria-invalid'),
          }),
          field,
        );
        const { problem, snippet, invalid } = results[value];
        assert.match(problem, /^Not used: /, value);
        assert.equal(invalid, 'true');
        assert.ok(!snippet.includes(`${field}=`), `${field} is left out of ${snippet}`);
      }
      // A raster data: image and a relative link are fine.
      await page.evaluate(() => {
        for (const [name, value] of [
          ['href', 'stories/ok.html'],
          ['image', 'data:image/png;base64,iVBORw0KGgo='],
        ]) {
          const input = document.getElementById(`field-${name}`);
          input.value = value;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
      const ok = await page.$$eval('.problem', (nodes) => nodes.map((node) => node.textContent).join(''));
      assert.equal(ok, '');
    } finally {
      await page.close();
    }
  });
});

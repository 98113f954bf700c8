// The demo site (demo/), checked in headless Chromium against the built bundle
// (`npm run build` first): every page loads cleanly and stays on its origin, the article page
// does not shift while its images are slow, and the embed builder's snippets round-trip.
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

/** Opens `path`, recording every request's URL, and waits until every widget has rendered. */
async function load(path, { origin = server.origin, width, height } = {}) {
  const opened = await openPage(browser, { width, height });
  const requested = [];
  opened.page.on('request', (request) => requested.push(request.url()));
  await opened.page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
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

describe('every demo page', () => {
  for (const path of PAGES) {
    test(`${path} loads without errors or warnings and requests nothing off its origin`, async () => {
      const { page, log, requested } = await load(path);
      try {
        // Impressions, feeds and late images have their time.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const problems = log.console.filter((message) => ['error', 'warn', 'warning'].includes(message.type));
        assert.deepEqual(problems, [], `console: ${JSON.stringify(problems)}`);
        assert.deepEqual(log.errors, []);
        const offOrigin = requested.filter(
          (url) => !url.startsWith(`${server.origin}/`) && !/^(?:data|blob|about):/.test(url),
        );
        assert.deepEqual(offOrigin, []);
        assert.ok(
          requested.some((url) => /\/dist\/news-widgets(?:\.iife)?\.js$/.test(url)),
          'loads the built bundle',
        );
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
      } finally {
        await page.close();
      }
    });
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
          h1: head.shadowRoot.querySelector('h1')?.textContent.trim(),
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
      assert.ok(themes.every((theme) => theme === 'dark'));
    } finally {
      await page.close();
    }
  });

  for (const [width, height] of [
    [1280, 900],
    [412, 823],
  ]) {
    test(`does not shift while its images are slow (${width}×${height}): CLS < 0.01`, async () => {
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
        // Scroll through the page so lazy images load (slowly) while in view, then settle.
        for (let y = 0; y < 3; y++) {
          await page.evaluate(() => window.scrollBy(0, window.innerHeight));
          await new Promise((resolve) => setTimeout(resolve, 400));
        }
        await page.evaluate(() => window.scrollTo(0, 0));
        await new Promise((resolve) => setTimeout(resolve, 3000));
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

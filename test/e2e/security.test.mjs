// The guarantees of SECURITY.md, checked in headless Chromium against the built bundle
// (`npm run build` first; `npm test` does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium, openPage } from '../../tools/browser.mjs';
import { startServer } from '../../tools/server.mjs';

const WIDGETS = ['#card', '#quote', '#photo', '#related'];
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";
const HOSTILE_STYLESHEETS = {
  'a strong reset with !important': '/demo/hostile.css',
  'Bootstrap 5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'Tailwind preflight': '/node_modules/tailwindcss/preflight.css',
};
const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

let browser;
let server;

before(async () => {
  browser = await launchChromium();
  server = await startServer({
    headers: (path) =>
      path === '/test/e2e/pages/csp.html' ? { 'content-security-policy': STRICT_CSP } : undefined,
    delay: (path) => (path === '/slow/news-widgets.js' ? 5000 : undefined),
    // The build again under /slow/ and /old/: the loader finds its chunks beside it there too.
    alias: (path) =>
      /^\/(slow|old)\/news-widgets[\w.-]*\.js$/.test(path) ? path.replace(/^\/\w+\//, '/dist/') : undefined,
    // An "older release": the same build claiming another version.
    rewrite: (path, body) =>
      path.startsWith('/old/') ? body.toString().replaceAll(`"${version}"`, '"0.0.1"') : undefined,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function load(path, options) {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle0' });
  return opened;
}

async function upgraded(page) {
  await page.waitForFunction(
    (selectors) =>
      selectors.every((selector) => {
        const element = document.querySelector(selector);
        return element?.shadowRoot && element.shadowRoot.childElementCount > 0 && element.updateComplete;
      }),
    { timeout: 10_000 },
    WIDGETS,
  );
  await page.evaluate(async (selectors) => {
    await Promise.all(selectors.map((selector) => document.querySelector(selector).updateComplete));
    await document.fonts.ready;
    await Promise.all(
      selectors.flatMap((selector) =>
        [...document.querySelector(selector).shadowRoot.querySelectorAll('img')].map((img) =>
          img.decode().catch(() => {}),
        ),
      ),
    );
  }, WIDGETS);
}

/** Screenshots of each widget, as PNG data URLs. */
async function shots(page) {
  const result = {};
  for (const selector of WIDGETS) {
    const element = await page.$(selector);
    result[selector] = `data:image/png;base64,${await element.screenshot({ encoding: 'base64' })}`;
  }
  return result;
}

/** Share of pixels that differ between two PNGs (1 when the sizes differ), computed in the page. */
function difference(page, a, b) {
  return page.evaluate(
    async (first, second) => {
      const images = await Promise.all(
        [first, second].map(
          (src) =>
            new Promise((resolve, reject) => {
              const image = new Image();
              image.onload = () => resolve(image);
              image.onerror = reject;
              image.src = src;
            }),
        ),
      );
      const [x, y] = images;
      if (x.width !== y.width || Math.abs(x.height - y.height) > 1) return 1;
      const pixels = images.map((image) => {
        const canvas = new OffscreenCanvas(x.width, Math.min(x.height, y.height));
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      });
      let differing = 0;
      for (let i = 0; i < pixels[0].length; i += 4) {
        const delta = Math.max(...[0, 1, 2].map((c) => Math.abs(pixels[0][i + c] - pixels[1][i + c])));
        if (delta > 16) differing++;
      }
      return differing / (pixels[0].length / 4);
    },
    a,
    b,
  );
}

describe('hostile host CSS', () => {
  let clean;
  before(async () => {
    const { page } = await load('/test/e2e/pages/widgets.html');
    await upgraded(page);
    clean = await shots(page);
    await page.close();
  });

  for (const [name, stylesheet] of Object.entries(HOSTILE_STYLESHEETS)) {
    test(`every widget looks the same under ${name} (at most 0.5 % of pixels differ)`, async () => {
      const { page } = await load('/test/e2e/pages/widgets.html');
      await page.addStyleTag({ url: `${server.origin}${stylesheet}` });
      await upgraded(page);
      const hostile = await shots(page);
      for (const selector of WIDGETS) {
        const share = await difference(page, clean[selector], hostile[selector]);
        assert.ok(share <= 0.005, `${selector}: ${(share * 100).toFixed(2)} % of pixels differ`);
      }
      await page.close();
    });
  }

  test('widgets change no style outside themselves', async () => {
    const styleOf = (page) =>
      page.evaluate(() =>
        ['#page-text', '#page-after a', 'body'].map((selector) => {
          const style = getComputedStyle(document.querySelector(selector));
          return [style.font, style.color, style.lineHeight, style.margin, style.display].join('|');
        }),
      );
    const { page: without } = await load('/test/e2e/pages/widgets.html', { javaScript: false });
    const { page: withWidgets } = await load('/test/e2e/pages/widgets.html');
    await upgraded(withWidgets);
    assert.deepEqual(await styleOf(withWidgets), await styleOf(without));
    await without.close();
    await withWidgets.close();
  });

  test('theming through --news-* tokens and ::part still works under a hostile stylesheet', async () => {
    const { page } = await load('/test/e2e/pages/widgets.html');
    await page.addStyleTag({ url: `${server.origin}/demo/hostile.css` });
    await page.addStyleTag({
      content: `#card { --news-color-accent: rgb(0, 0, 255); } #card::part(headline) { font-style: italic; }`,
    });
    await upgraded(page);
    const [kickerColor, headlineStyle] = await page.evaluate(() => {
      const root = document.querySelector('#card').shadowRoot;
      return [
        getComputedStyle(root.querySelector('[part="kicker"]')).color,
        getComputedStyle(root.querySelector('[part="headline"]')).fontStyle,
      ];
    });
    assert.equal(kickerColor, 'rgb(0, 0, 255)');
    assert.equal(headlineStyle, 'italic');
    await page.close();
  });
});

describe('strict CSP and Trusted Types', () => {
  test('all four elements work with no policy violation and no console error', async () => {
    const { page, log } = await load('/test/e2e/pages/csp.html');
    await upgraded(page);
    await page.waitForFunction(
      () =>
        document.querySelector('#related').shadowRoot.querySelectorAll('[part~="title"]').length === 2 &&
        document.querySelector('#card').shadowRoot.querySelector('[part="headline"]'),
      { timeout: 10_000 },
    );
    // Open the lightbox too: it is built on first use.
    await page.evaluate(() =>
      document.querySelector('#photo').shadowRoot.querySelector('[part="zoom-button"]').click(),
    );
    await page.waitForFunction(() =>
      document.querySelector('#photo').shadowRoot.querySelector('dialog[open]'),
    );
    // Its styles are adopted when it is first opened, and apply under the policy.
    const dialogBackground = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('#photo').shadowRoot.querySelector('dialog')).backgroundColor,
    );
    assert.equal(dialogBackground, 'rgb(17, 17, 17)');
    const titles = await page.evaluate(() =>
      [...document.querySelector('#related').shadowRoot.querySelectorAll('[part~="title"]')].map((a) =>
        a.textContent.trim(),
      ),
    );
    assert.equal(
      titles[0],
      'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
    );
    const problems = log.console.filter((entry) => entry.type === 'error' || entry.text.includes('CSP'));
    assert.deepEqual(problems, []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe('loading twice', () => {
  for (const [name, scripts, warnings] of [
    [
      'the ES module from two URLs',
      ['module:/dist/news-widgets.js', 'module:/dist/news-widgets.js?second'],
      0,
    ],
    [
      'the ES module and the classic build',
      ['module:/dist/news-widgets.js', 'classic:/dist/news-widgets.iife.js'],
      0,
    ],
    ['an older copy first', ['module:/old/news-widgets.js', 'module:/dist/news-widgets.js'], 1],
  ]) {
    test(`${name}: no error, the first definition stays${warnings ? ', one warning' : ''}`, async () => {
      const { page, log } = await load('/test/e2e/pages/blank.html');
      const result = await page.evaluate(async (list) => {
        // The loader defines the elements a page uses.
        document.body.append(document.createElement('news-article-card'));
        const definitions = [];
        for (const entry of list) {
          const [kind, src] = entry.split(/:(.*)/);
          await new Promise((resolve, reject) => {
            const script = document.createElement('script');
            if (kind === 'module') script.type = 'module';
            script.src = src;
            script.onload = resolve;
            script.onerror = reject;
            document.head.append(script);
          });
          await customElements.whenDefined('news-article-card');
          definitions.push(customElements.get('news-article-card'));
        }
        return {
          same: definitions.every((definition) => definition === definitions[0]),
          version: definitions[0]?.version,
        };
      }, scripts);
      assert.equal(result.same, true);
      assert.equal(result.version, scripts[0].includes('/old/') ? '0.0.1' : version);
      assert.deepEqual(log.errors, []);
      const versionWarnings = log.console.filter(
        (entry) => entry.type === 'warn' && entry.text.includes('0.0.1'),
      );
      assert.equal(versionWarnings.length, warnings, JSON.stringify(log.console));
      await page.close();
    });
  }
});

describe('without JavaScript and with slow JavaScript', () => {
  test('the light-DOM content of every element is readable with scripts disabled', async () => {
    const { page } = await load('/test/e2e/pages/widgets.html', { javaScript: false });
    const texts = await page.evaluate(
      (selectors) =>
        selectors.map((selector) => {
          const element = document.querySelector(selector);
          return { text: element.innerText.trim(), height: element.getBoundingClientRect().height };
        }),
      WIDGETS,
    );
    assert.match(texts[0].text, /NATO Days officially open in Georgia/);
    assert.match(texts[1].text, /Georgia is a very close partner of NATO/);
    assert.match(texts[2].text, /at a briefing in Brussels/);
    assert.match(texts[3].text, /New wave of Georgian soldiers/);
    for (const { height } of texts) assert.ok(height > 0);
    await page.close();
  });
});

describe('slow JavaScript', () => {
  test('with the bundle delayed 5 s, the light-DOM content is readable until the widgets upgrade', async () => {
    const { page } = await openPage(browser);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/dist/news-widgets.js') {
        setTimeout(() => request.continue(), 5000);
      } else {
        request.continue();
      }
    });
    // A module script holds DOMContentLoaded back, so look at the page while it is still loading.
    const navigation = page.goto(`${server.origin}/test/e2e/pages/widgets.html`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const early = await page.evaluate((selectors) => {
      return selectors.map((selector) => ({
        defined: !!customElements.get(document.querySelector(selector).localName),
        text: document.querySelector(selector).innerText.trim(),
      }));
    }, WIDGETS);
    assert.ok(
      early.every((widget) => !widget.defined),
      'the bundle is still on its way',
    );
    assert.match(early[0].text, /NATO Days officially open in Georgia/);
    assert.match(early[3].text, /New wave of Georgian soldiers/);
    await navigation;
    await upgraded(page);
    await page.close();
  });
});

describe('no layout shift on upgrade', () => {
  const DELAY_MS = 5000;
  // Viewport for every measurement here: the layout-shift score depends on it.
  const VIEWPORT = { width: 1280, height: 900 };
  const TAGS = ['news-article-card', 'news-pull-quote', 'news-photo-caption', 'news-related-stories'];

  /**
   * Loads `path` with the bundle delayed, records every layout shift from the first paint until
   * the elements are upgraded and rendered, and returns the cumulative score with each element's
   * box before and after the upgrade. The elements: the first of each of the four tags, or with
   * `every` all of them on the page, in document order.
   */
  async function upgradeShift(path, { column, stylesheet = true, every = false } = {}) {
    const { page } = await openPage(browser, VIEWPORT);
    await page.setRequestInterception(true);
    page.on('request', async (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/dist/news-widgets.js') {
        setTimeout(() => request.continue(), DELAY_MS);
      } else if (url.pathname === path && (column || !stylesheet)) {
        // The same page in another column width, or without the pre-upgrade stylesheet.
        let body = await (await fetch(url)).text();
        if (column) body = body.replace(/class="slot( narrow| wide)?/g, `class="slot ${column}`);
        if (!stylesheet) body = body.replace(/<link rel="stylesheet" href="[^"]*news-widgets\.css" \/>/, '');
        request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else {
        request.continue();
      }
    });
    await page.evaluateOnNewDocument(
      (tags, every) => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            if (!entry.hadRecentInput) window.layoutShifts.push(entry.value);
        }).observe({ type: 'layout-shift', buffered: true });
        window.measured = () =>
          every
            ? [...document.querySelectorAll(tags.join())]
            : tags.map((tag) => document.querySelector(tag));
      },
      TAGS,
      every,
    );
    const boxes = () =>
      page.evaluate(() =>
        window.measured().map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          const label = element.id ? `#${element.id}` : element.localName;
          return { label, defined: !!customElements.get(element.localName), x, y, width, height };
        }),
      );
    const navigation = page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const before = await boxes();
    assert.ok(
      before.every((box) => !box.defined),
      'the bundle is still on its way',
    );
    await navigation;
    await page.waitForFunction(
      () => window.measured().every((element) => element.shadowRoot?.childElementCount),
      { timeout: 10_000 },
    );
    await page.evaluate(async () => {
      const elements = window.measured();
      await Promise.all(elements.map((element) => element.updateComplete));
      await document.fonts.ready;
      // Lazy images out of view never load; they reserve their box anyway.
      const images = elements.flatMap((element) => [...element.shadowRoot.querySelectorAll('img')]);
      await Promise.race([
        Promise.all(images.map((img) => img.decode().catch(() => {}))),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
    });
    const after = await boxes();
    const score = await page.evaluate(() => window.layoutShifts.reduce((sum, value) => sum + value, 0));
    await page.close();
    return { score, before, after };
  }

  const describeBoxes = ({ before, after }) =>
    before
      .map((box, i) => `${box.label} ${box.height.toFixed(1)} → ${after[i].height.toFixed(1)}px`)
      .join(', ');

  for (const [name, column] of [
    ['the page’s 420 px slots', undefined],
    ['a 280 px column', 'narrow'],
    ['a 1200 px column', 'wide'],
  ]) {
    test(`with the bundle delayed 5 s, upgrading shifts the layout by at most 0.01 in ${name}`, async () => {
      const result = await upgradeShift('/test/e2e/pages/widgets.html', { column });
      assert.ok(
        result.score <= 0.01,
        `cumulative layout shift ${result.score.toFixed(4)}: ${describeBoxes(result)}`,
      );
    });
  }

  test('on the partner page with a hostile stylesheet, no widget moves or changes size', async () => {
    // The layout-shift score is blind here (nothing of the page follows the widgets, and text
    // moved into a shadow root counts as new), so the boxes themselves are compared.
    const result = await upgradeShift('/demo/partner.html');
    assert.ok(result.score <= 0.01, `cumulative layout shift ${result.score.toFixed(4)}`);
    for (const [i, box] of result.before.entries()) {
      const after = result.after[i];
      assert.ok(Math.abs(after.y - box.y) <= 1, `${box.label} moved from ${box.y} to ${after.y}`);
      // The related stories load a feed of three stories in place of the one-item fallback list.
      if (box.label !== 'news-related-stories') {
        assert.ok(
          Math.abs(after.height - box.height) <= 1,
          `${box.label}: ${box.height} → ${after.height}px`,
        );
      }
    }
  });

  // Every card layout and pull-quote variant (test/e2e/pages/variants.html): each element's box.
  for (const [name, column, known] of [
    ['at the page’s widths (420 and 1200 px)', undefined, {}],
    [
      'in 280 px columns',
      'narrow',
      {
        // The widget's closing mark (1.4em here) takes the last word to a third line; the
        // fallback has no box left to draw it after the text (::after is the author line).
        '#quote-emphasis': 'closing mark',
      },
    ],
  ]) {
    test(`with the bundle delayed 5 s, no layout or variant moves or resizes on upgrade ${name}`, async () => {
      const result = await upgradeShift('/test/e2e/pages/variants.html', { column, every: true });
      assert.equal(result.before.length, 9, 'every element on the page is measured');
      assert.ok(
        result.score <= 0.01,
        `cumulative layout shift ${result.score.toFixed(4)}: ${describeBoxes(result)}`,
      );
      // A known exception may change its own height; what follows it moves by as much, no more.
      let allowed = 0;
      for (const [i, box] of result.before.entries()) {
        const after = result.after[i];
        const [x, y, width, height] = [
          after.x - box.x,
          after.y - box.y - allowed,
          after.width - box.width,
          after.height - box.height,
        ];
        const moved = `${box.label}: ${box.width.toFixed(1)}×${box.height.toFixed(1)} at ${box.x.toFixed(1)},${box.y.toFixed(1)} → ${after.width.toFixed(1)}×${after.height.toFixed(1)} at ${after.x.toFixed(1)},${after.y.toFixed(1)}`;
        assert.ok(Math.abs(x) <= 2 && Math.abs(y) <= 2 && Math.abs(width) <= 2, moved);
        if (known[box.label]) allowed += height;
        else assert.ok(Math.abs(height) <= 2, moved);
      }
    });
  }
});

describe('waiting for the first render', () => {
  test('a defined card not yet rendered keeps its theme in news-widgets.css', async () => {
    const { page, log } = await load('/test/e2e/pages/blank.html');
    await page.addStyleTag({ url: `${server.origin}/dist/news-widgets.css` });
    // The loader defines the elements a page uses.
    await page.evaluate(() => document.body.append(document.createElement('news-article-card')));
    await page.addScriptTag({ url: `${server.origin}/dist/news-widgets.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('news-article-card'));
    const colors = await page.evaluate(() => {
      const card = (theme) => {
        const element = document.createElement('news-article-card');
        element.setAttribute('theme', theme);
        element.setAttribute('headline', 'NATO Days officially open in Georgia');
        element.innerHTML = '<a href="/stories/nato-days">NATO Days officially open in Georgia</a>';
        return element;
      };
      const [light, dark] = [card('light'), card('dark')];
      document.body.append(light, dark);
      // Defined, and waiting for the first render (a microtask away): the stylesheet lays it out.
      if (dark.matches(':state(rendered)')) return null;
      const look = (element) => {
        const { color, backgroundColor } = getComputedStyle(element);
        return { color, backgroundColor };
      };
      return { light: look(light), dark: look(dark) };
    });
    assert.deepEqual(colors, {
      light: { color: 'rgb(27, 27, 27)', backgroundColor: 'rgb(255, 255, 255)' },
      dark: { color: 'rgb(242, 242, 242)', backgroundColor: 'rgb(22, 22, 22)' },
    });
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe('privacy', () => {
  test('no cookies, no storage, and no request beyond the page and the URLs it gave', async () => {
    const before = server.requests.length;
    const { page } = await load('/test/e2e/pages/csp.html');
    await upgraded(page);
    await page.waitForFunction(() =>
      document.querySelector('#related').shadowRoot.querySelector('[part~="title"]'),
    );
    const storage = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases?.())?.length ?? 0,
      caches: (await caches?.keys?.())?.length ?? 0,
    }));
    assert.deepEqual(storage, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
    const paths = new Set(server.requests.slice(before).map((request) => request.path));
    const allowed = new Set([
      '/test/e2e/pages/csp.html',
      '/test/e2e/pages/widgets.css',
      '/test/e2e/pages/article.jsonld',
      '/test/e2e/pages/feed.xml',
      '/demo/img/briefing.svg',
      '/demo/img/nato-days.svg',
      '/favicon.ico',
    ]);
    // The library's own files come from beside the loader.
    assert.deepEqual(
      [...paths].filter((path) => !allowed.has(path) && !/^\/dist\/news-widgets[\w.-]*\.js$/.test(path)),
      [],
    );
    assert.ok(server.requests.slice(before).every((request) => !request.cookie));
    await page.close();
  });
});

describe('narrow and wide', () => {
  test('in a 280 px column nothing overflows; in a 1200 px column every widget uses the width', async () => {
    const { page, log } = await load('/test/e2e/pages/sizes.html', { width: 1300 });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.column > .cell > *')].every(
        (element) => element.shadowRoot?.childElementCount,
      ),
    );
    const measures = await page.evaluate(async () => {
      await Promise.all(
        [...document.querySelectorAll('.column > .cell > *')].map((element) => element.updateComplete),
      );
      return [...document.querySelectorAll('.column > .cell > *')].map((element) => {
        const column = element.parentElement.parentElement;
        const inner = [...element.shadowRoot.querySelectorAll('*')];
        const right = Math.max(...inner.map((node) => node.getBoundingClientRect().right));
        return {
          name: `${column.id} ${element.localName}`,
          width: element.getBoundingClientRect().width,
          column: column.getBoundingClientRect().width,
          overflow: Math.max(0, right - column.getBoundingClientRect().right),
        };
      });
    });
    for (const { name, width, column, overflow } of measures) {
      assert.ok(overflow <= 1, `${name} overflows its column by ${overflow}px`);
      if (name.startsWith('narrow')) assert.ok(width <= column + 0.5, `${name} is ${width}px wide`);
      // A floated pull quote takes 40 % of a wide column by design; the others fill it.
      if (name.startsWith('wide')) {
        const expected = name.endsWith('news-pull-quote') ? column * 0.4 : column;
        assert.ok(Math.abs(width - expected) < 2, `${name} is ${width}px wide in ${column}px`);
      }
    }
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe('churn', () => {
  test(
    'creating, connecting and removing 5,000 elements of each kind leaks nothing',
    { timeout: 180_000 },
    async () => {
      const { page, log } = await load('/test/e2e/pages/blank.html');
      await page.addScriptTag({ url: `${server.origin}/dist/news-widgets.js`, type: 'module' });
      // The loader defines the elements a page uses: all four.
      await page.evaluate(() =>
        window.NewsWidgets.load(
          Object.assign(document.createElement('div'), {
            innerHTML:
              '<news-article-card></news-article-card><news-pull-quote></news-pull-quote>' +
              '<news-photo-caption></news-photo-caption><news-related-stories></news-related-stories>',
          }),
        ),
      );
      await page.waitForFunction(() => customElements.get('news-related-stories'));
      const cycle = (count) =>
        page.evaluate(async (count) => {
          const make = {
            'news-article-card': (el, i) => {
              el.setAttribute('headline', `Story ${i}`);
              el.setAttribute('href', `/s/${i}`);
              el.setAttribute('published', '2018-04-27');
            },
            'news-pull-quote': (el, i) => {
              el.textContent = `Quote ${i}`;
              el.setAttribute('author', 'Jens Stoltenberg');
              el.toggleAttribute('share', true);
            },
            'news-photo-caption': (el, i) => {
              el.setAttribute('alt', `Photo ${i}`);
              el.setAttribute('caption', `Caption ${i}`);
              el.toggleAttribute('zoomable', true);
            },
            'news-related-stories': (el, i) => {
              el.stories = [{ title: `Story ${i}`, url: `/s/${i}` }];
            },
          };
          const host = document.createElement('div');
          document.body.append(host);
          for (const [tag, fill] of Object.entries(make)) {
            for (let start = 0; start < count; start += 500) {
              const batch = [];
              for (let i = start; i < Math.min(count, start + 500); i++) {
                const element = document.createElement(tag);
                fill(element, i);
                host.append(element);
                batch.push(element);
              }
              await Promise.all(batch.map((element) => element.updateComplete));
              for (const element of batch) element.remove();
            }
          }
          host.remove();
        }, count);
      // `window.gc()` called from a page script now and then kept a whole batch of removed
      // elements alive (up to 25 MB, gone at the next collection), which made this test flaky.
      // After a task has run, DevTools' full collection frees them every time.
      const cdp = await page.createCDPSession();
      const heap = async () => {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        return (await page.metrics()).JSHeapUsedSize;
      };
      await cycle(500); // warm up: templates, styles and code are cached once
      const baseline = await heap();
      await cycle(5000);
      const afterChurn = await heap();
      const growth = (afterChurn - baseline) / baseline;
      assert.ok(growth < 0.1, `heap grew ${(growth * 100).toFixed(1)} % (${baseline} → ${afterChurn} bytes)`);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(
        log.console.filter((entry) => entry.type === 'error'),
        [],
      );
      await page.close();
    },
  );
});

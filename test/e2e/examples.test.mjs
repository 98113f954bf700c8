// The example apps in examples/, each built against the packed tarball (never the sources) and
// opened in headless Chromium. `npm run build` must have run (npm test does).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, openPage } from '../../tools/browser.mjs';
import { repositoryRoot, startServer } from '../../tools/server.mjs';

const examples = join(repositoryRoot, 'examples');
const installed = join(examples, 'node_modules', 'news-widgets');

let browser;
let server;

before(async () => {
  // npm pack, then unpack where the examples resolve `news-widgets` from.
  const packDir = mkdtempSync(join(tmpdir(), 'news-widgets-pack-'));
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const tarball = join(packDir, JSON.parse(output)[0].filename);
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  rmSync(packDir, { recursive: true, force: true });
  browser = await launchChromium();
  server = await startServer();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const bundle = (entry, outfile) =>
  build({
    entryPoints: [join(examples, entry)],
    outfile: join(examples, outfile),
    bundle: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });

describe('React 19 app', () => {
  test('type-checks: wrapper props and plain tags, with an error for an unknown layout', () => {
    execFileSync(
      join(repositoryRoot, 'node_modules/.bin/tsc'),
      ['-p', join(examples, 'react-app/tsconfig.json')],
      {
        stdio: 'pipe',
      },
    );
  });

  test('renders with the wrapper and with plain tags, and onNewsClick fires', async () => {
    await bundle('react-app/main.tsx', 'react-app/dist/main.js');
    const { page, log } = await openPage(browser);
    await page.goto(`${server.origin}/examples/react-app/index.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() =>
      ['#wrapped-card', '#wrapped-related', '#plain-quote', '#plain-card'].every(
        (selector) => document.querySelector(selector)?.shadowRoot?.childElementCount,
      ),
    );
    const seen = await page.evaluate(() => ({
      wrapped: document.querySelector('#wrapped-card').shadowRoot.querySelector('a').textContent.trim(),
      layout: document.querySelector('#wrapped-card').layout,
      related: [
        ...document.querySelector('#wrapped-related').shadowRoot.querySelectorAll('[part~="title"]'),
      ].map((link) => link.textContent.trim()),
      quoteAuthor: document.querySelector('#plain-quote').shadowRoot.querySelector('cite').textContent,
      plain: document.querySelector('#plain-card').shadowRoot.querySelector('a').textContent.trim(),
    }));
    assert.deepEqual(seen, {
      wrapped:
        'Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations',
      layout: 'horizontal',
      related: [
        'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
        'NATO Days officially open in Georgia',
      ],
      quoteAuthor: 'Jens Stoltenberg',
      plain: 'NATO Days officially open in Georgia',
    });
    await page.evaluate(() => {
      document.querySelector('#wrapped-card').shadowRoot.querySelector('a').click();
      document.querySelector('#wrapped-related').shadowRoot.querySelectorAll('a')[1].click();
    });
    await page.waitForFunction(() => document.querySelector('#clicks').textContent.split('\n').length === 2);
    assert.equal(await page.$eval('#ref', (output) => output.textContent), 'news-article-card');
    assert.deepEqual((await page.$eval('#clicks', (output) => output.textContent)).split('\n'), [
      'news-article-card #lead',
      'news-related-stories #nato-days',
    ]);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe('server-side rendering', () => {
  let html;
  before(async () => {
    const { page } = await import(join(examples, 'ssr/render.mjs'));
    await bundle('ssr/client.js', 'ssr/dist/client.js');
    mkdirSync(join(examples, 'ssr/dist'), { recursive: true });
    html = page('/examples/ssr/dist/client.js');
    writeFileSync(join(examples, 'ssr/dist/index.html'), html);
  });

  test('every element is declarative shadow DOM with its text, links and <time>', () => {
    for (const tag of [
      'news-article-card',
      'news-pull-quote',
      'news-photo-caption',
      'news-related-stories',
    ]) {
      assert.match(html, new RegExp(`<${tag}[^>]*><template shadowroot(mode)?="open"`), tag);
    }
    assert.match(html, /<time[^>]*datetime="2018-04-27"[^>]*>[^<]*(<!--[^>]*-->)?April 27, 2018/);
  });

  test('a card that loads its data in the browser renders on the server without a warning', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html: template } = await import('lit');
    const warnings = [];
    const warn = console.warn;
    console.warn = (...args) => warnings.push(args.join(' '));
    try {
      const markup = await collectResult(
        render(template`<news-article-card src="/stories/lead.json"></news-article-card>`),
      );
      assert.match(markup, /<news-article-card[^>]*><template shadowroot(mode)?="open"/);
    } finally {
      console.warn = warn;
    }
    assert.deepEqual(warnings, []);
  });

  test('reads correctly before any script runs', async () => {
    const { page } = await openPage(browser, { javaScript: false });
    await page.goto(`${server.origin}/examples/ssr/dist/index.html`, { waitUntil: 'load' });
    const seen = await page.evaluate(() => ({
      headline: document.querySelector('#card').shadowRoot?.querySelector('a')?.textContent.trim(),
      href: document.querySelector('#card').shadowRoot?.querySelector('a')?.getAttribute('href'),
      date: document.querySelector('#card').shadowRoot?.querySelector('time')?.textContent.trim(),
      author: document.querySelector('#quote').shadowRoot?.querySelector('cite')?.textContent,
      caption: document.querySelector('#photo').innerText.trim(),
      // Without the isolates around the name (U+2068, U+2069), which a reader does not see.
      credit: document
        .querySelector('#photo')
        .shadowRoot?.querySelector('[part="credit"]')
        ?.textContent.replace(/[\u2066-\u2069]/g, ''),
      related: [
        ...(document.querySelector('#related').shadowRoot?.querySelectorAll('[part~="title"]') ?? []),
      ].map((link) => link.textContent.trim()),
      // A card with its own lang="de": German on the server already.
      german: ['[part~="author"]', 'time'].map((selector) =>
        document
          .querySelector('#card-de')
          .shadowRoot?.querySelector(selector)
          ?.textContent.replace(/[\u2066-\u2069]/g, ''),
      ),
    }));
    assert.deepEqual(seen, {
      headline:
        'Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations',
      href: '/stories/lead',
      date: 'April 27, 2018',
      author: 'Jens Stoltenberg',
      caption: 'NATO Secretary General Jens Stoltenberg at a briefing in Brussels',
      credit: 'Photo: NATO',
      related: [
        'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
        'NATO Days officially open in Georgia',
      ],
      german: ['Von Anna Müller', '12. März 2024'],
    });
    await page.close();
  });

  test('hydrates the server DOM in place: same nodes, no errors or warnings', async () => {
    const { page, log } = await openPage(browser);
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.on('request', async (request) => {
      if (request.url().endsWith('/client.js')) await held;
      request.continue();
    });
    // DOMContentLoaded waits for the held module script: the page is read while it waits.
    const navigation = page.goto(`${server.origin}/examples/ssr/dist/index.html`, {
      waitUntil: 'domcontentloaded',
    });
    await page.waitForFunction(() => document.querySelector('#card-ar')?.shadowRoot?.querySelector('a'));
    const selectors = ['#card', '#quote', '#photo', '#related', '#card-ar', '#card-de'];
    await page.evaluate((selectors) => {
      // The nodes the server rendered, and the first related story's link inside its list.
      window.serverNodes = selectors.map((selector) =>
        document.querySelector(selector).shadowRoot.querySelector('[part]'),
      );
      window.serverNodes.push(document.querySelector('#related').shadowRoot.querySelector('[part~="title"]'));
    }, selectors);
    release();
    await navigation;
    await page.waitForFunction(
      () => customElements.get('news-article-card') && document.querySelector('#related').hasUpdated,
    );
    const same = await page.evaluate(async (selectors) => {
      // Until no element has an update pending, a task after the last ones: the updates hydration
      // leads to (a language's strings arriving, say) have all run.
      const elements = selectors.map((selector) => document.querySelector(selector));
      do {
        await Promise.all(elements.map((element) => element.updateComplete));
        await new Promise((resolve) => setTimeout(resolve));
      } while (elements.some((element) => element.isUpdatePending));
      const now = selectors.map((selector) =>
        document.querySelector(selector).shadowRoot.querySelector('[part]'),
      );
      now.push(document.querySelector('#related').shadowRoot.querySelector('[part~="title"]'));
      return now.map((node, i) => node === window.serverNodes[i] && node.isConnected);
    }, selectors);
    // Hydration adopted the server's nodes instead of rendering the content a second time.
    assert.deepEqual(same, [true, true, true, true, true, true, true]);
    // The server rendered the card in an Arabic page in English, left to right (it cannot see the
    // page's lang); after hydration it follows the page.
    const arabic = await page.evaluate(() => {
      const root = document.querySelector('#card-ar').shadowRoot;
      const card = root.querySelector('[part~="card"]');
      return {
        lang: card.getAttribute('lang'),
        dir: card.getAttribute('dir'),
        byline: root.querySelector('[part~="author"]').textContent.replace(/[\u2066-\u2069]/g, ''),
        date: root.querySelector('time').textContent,
      };
    });
    const { date, ...seen } = arabic;
    assert.deepEqual(seen, { lang: 'ar', dir: 'rtl', byline: 'بقلم Jens Stoltenberg' });
    assert.match(date, /أبريل/);
    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      log.console.filter((entry) => entry.type === 'error' || entry.type === 'warn'),
      [],
    );
    await page.close();
  });
});

describe('bundler app importing one element', () => {
  test('the bundle defines <news-pull-quote> and leaves the other elements and the feed parser out', async () => {
    await bundle('bundler/entry.js', 'bundler/dist/entry.js');
    const code = readFileSync(join(examples, 'bundler/dist/entry.js'), 'utf8');
    assert.match(code, /news-pull-quote/);
    for (const absent of [
      'news-article-card',
      'news-photo-caption',
      'news-related-stories',
      'application/xml',
    ]) {
      assert.ok(!code.includes(absent), `${absent} is in the bundle`);
    }
  });
});

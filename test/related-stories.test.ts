import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/related-stories.js';
import type { NewsRelatedStories, Story } from '../src/related-stories.js';
import {
  captureWarnings,
  headingLevelOf,
  recordEvents,
  rendered,
  shadowText,
  withDeadline,
} from './support/helpers.js';

const STORIES: Story[] = [
  {
    title: 'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
    url: '/stories/resolute-support',
    section: 'Defence',
    published: '2018-04-20',
  },
  {
    title: '“One day Georgia will become a member of NATO “, - President of the NATO Parliamentary Assembly',
    url: '/stories/assembly',
  },
  { title: 'NATO Days officially open in Georgia', url: '/stories/nato-days' },
];

const FIVE: Story[] = ['One', 'Two', 'Three', 'Four', 'Five'].map((title) => ({
  title,
  url: `/stories/${title.toLowerCase()}`,
}));

const SCRIPT_URL = 'javascript:alert(1)';
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** The stories of the feed fixture short.json. */
const SHORT_TITLES = [
  'NATO Days officially open in Georgia',
  'A NATO–Georgia Commission',
  'The Strasbourg–Kehl summit',
];

/** A fresh id for a held response (/fixtures/hold/<id>/…), unique across the browsers of a run. */
const holdId = () => `related-${Math.random().toString(36).slice(2)}`;
const release = (id: string) => fetch(`/fixtures/release/${id}`);

/**
 * Watches the page's next `fetch` of a URL containing `part`: `called` resolves when the page asks
 * (the load is under way, and its timeout running), `answered` when the response's headers are in
 * (the server has the request).
 */
function watchFetch(part: string): { called: Promise<void>; answered: Promise<void> } {
  const original = window.fetch;
  let answer: Promise<unknown> | undefined;
  const called = new Promise<void>((resolve) => {
    window.fetch = (...args: Parameters<typeof fetch>) => {
      const response = original(...args);
      if (String(args[0] instanceof Request ? args[0].url : args[0]).includes(part)) {
        window.fetch = original;
        answer = response;
        resolve();
      }
      return response;
    };
  });
  const what = `a request for ${part}`;
  const asked = withDeadline(called, 5000, what).finally(() => (window.fetch = original));
  const answered = asked.then(() => withDeadline(answer!, 5000, `the answer to ${what}`)).then(() => {});
  // Only some tests wait for the answer; a load the test cancels rejects it unobserved.
  answered.catch(() => {});
  return { called: asked, answered };
}

const titles = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part~="title"]')).map((a) => a.textContent!.trim());

async function withStories(extra: Partial<NewsRelatedStories> = {}): Promise<NewsRelatedStories> {
  const el = await fixture<NewsRelatedStories>(html`<news-related-stories></news-related-stories>`);
  Object.assign(el, { stories: STORIES, ...extra });
  await el.updateComplete;
  return el;
}

/**
 * Resolves when the element no longer waits for a feed and shows stories: `expected` when given
 * (needed when a fallback list is on screen while the feed loads), otherwise any.
 */
function loaded(el: NewsRelatedStories, expected?: string[]): Promise<void> {
  return rendered(
    el,
    () =>
      !el.shadowRoot!.querySelector('[aria-busy="true"]') &&
      (expected ? titles(el).join('\n') === expected.join('\n') : titles(el).length > 0),
    expected ? `the stories ${JSON.stringify(expected)}` : 'the stories',
    8000,
  );
}

/** A related-stories element with a one-story list written inside it, the fallback. */
async function withFallback(attrs: { timeout?: string } = {}): Promise<NewsRelatedStories> {
  const el = await fixture<NewsRelatedStories>(html`
    <news-related-stories timeout=${attrs.timeout ?? ''}>
      <ul>
        <li><a href="/fallback">The fallback story</a></li>
      </ul>
    </news-related-stories>
  `);
  if (attrs.timeout === undefined) el.removeAttribute('timeout');
  return el;
}

describe('<news-related-stories>', () => {
  it('shows the stories property as a list of links under a localised heading', async () => {
    const el = await withStories();
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(headingLevelOf(heading)).to.equal(2);
    expect(heading.textContent).to.equal('Related stories');
    expect(el.shadowRoot!.querySelector('[part="list"]')!.tagName).to.equal('UL');
    expect(titles(el)).to.deep.equal(STORIES.map((story) => story.title));
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links[0]!.getAttribute('href')).to.equal('/stories/resolute-support');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-04-20');
    expect(el.shadowRoot!.querySelector('[part="section-name"]')!.textContent).to.equal('Defence');
  });

  it('takes heading, and heading-level 1 to 6, 2 by default and for anything else', async () => {
    for (const [level, expected] of [
      ['1', 1],
      ['6', 6],
      [undefined, 2],
      ['0', 2],
      ['7', 2],
      ['two', 2],
    ] as const) {
      const el = await fixture<NewsRelatedStories>(
        html`<news-related-stories heading="More on NATO"></news-related-stories>`,
      );
      if (level !== undefined) el.setAttribute('heading-level', level);
      el.stories = STORIES;
      await el.updateComplete;
      const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect([headingLevelOf(heading), heading.textContent], `heading-level="${level}"`).to.deep.equal([
        expected,
        'More on NATO',
      ]);
    }
  });

  it('warns once, naming the value, for a heading-level outside 1–6', async () => {
    for (const level of ['0', '7']) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<NewsRelatedStories>(
          html`<news-related-stories heading-level=${level}></news-related-stories>`,
        );
        el.stories = STORIES;
        await el.updateComplete;
        el.heading = 'Again';
        await el.updateComplete;
        const about = warnings.messages.filter((m) => m.includes('heading-level'));
        expect(about, `heading-level="${level}"`).to.have.length(1);
        expect(about[0]).to.contain('news-related-stories').and.to.contain(level);
      } finally {
        warnings.restore();
      }
    }
  });

  it('shows limit stories: 3 of 5, all 3 of 3 with limit 5, and all without limit', async () => {
    for (const [limit, stories, shown] of [
      ['3', FIVE, 3],
      ['5', STORIES, 3],
      [undefined, FIVE, 5],
      ['1', FIVE, 1],
    ] as const) {
      const el = await fixture<NewsRelatedStories>(html`<news-related-stories></news-related-stories>`);
      if (limit !== undefined) el.setAttribute('limit', limit);
      el.stories = [...stories];
      await el.updateComplete;
      expect(titles(el), `limit="${limit}" of ${stories.length}`).to.deep.equal(
        stories.slice(0, shown).map((story) => story.title),
      );
    }
  });

  it('shows every story for a limit that is not a positive number, and warns once', async () => {
    for (const limit of ['0', '-2', 'three']) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<NewsRelatedStories>(
          html`<news-related-stories limit=${limit}></news-related-stories>`,
        );
        el.stories = FIVE;
        await el.updateComplete;
        expect(titles(el), `limit="${limit}"`).to.have.length(5);
        const about = warnings.messages.filter((m) => m.includes('limit'));
        expect(about, `warnings for limit="${limit}"`).to.have.length(1);
        expect(about[0]).to.contain('news-related-stories').and.to.contain(limit);
      } finally {
        warnings.restore();
      }
    }
  });

  it('leaves out exclude (ignoring hash, trailing slash and utm_* parameters), then applies limit', async () => {
    const el = await withStories({ limit: 2 } as Partial<NewsRelatedStories>);
    expect(titles(el)).to.deep.equal([STORIES[0]!.title, STORIES[1]!.title]);
    el.exclude = `${location.origin}/stories/resolute-support/?utm_source=x&utm_medium=y#top`;
    await el.updateComplete;
    expect(titles(el)).to.deep.equal([STORIES[1]!.title, STORIES[2]!.title]);
  });

  it('reads the list written inside the tag, which stays as the fallback', async () => {
    const el = await fixture<NewsRelatedStories>(html`
      <news-related-stories>
        <ul>
          <li><a href="/stories/nato-days">NATO Days officially open in Georgia</a></li>
          <li><a href=${SCRIPT_URL}>Dropped</a></li>
          <li>No link</li>
          <li><a href="/stories/assembly">One day Georgia will become a member of NATO</a></li>
        </ul>
      </news-related-stories>
    `);
    // A story whose link is unsafe, or missing, is shown without a link.
    expect(titles(el)).to.deep.equal([
      'NATO Days officially open in Georgia',
      'Dropped',
      'No link',
      'One day Georgia will become a member of NATO',
    ]);
    const hrefs = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((link) =>
      link.getAttribute('href'),
    );
    expect(hrefs).to.deep.equal([
      `${location.origin}/stories/nato-days`,
      null,
      null,
      `${location.origin}/stories/assembly`,
    ]);
    expect(el.querySelectorAll('li')).to.have.length(4);
  });

  it('prefers the stories property over src over the light-DOM list', async () => {
    const el = await fixture<NewsRelatedStories>(html`
      <news-related-stories src="/fixtures/feeds/stories.rss">
        <ul>
          <li><a href="/light">From the page</a></li>
        </ul>
      </news-related-stories>
    `);
    await loaded(el);
    expect(titles(el)[0]).to.equal('NATO Days officially open in Georgia');
    el.stories = [{ title: 'From the property', url: '/property' }];
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['From the property']);
    el.stories = undefined;
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('NATO Days officially open in Georgia');
  });

  for (const [file, count] of [
    ['stories.json', 4],
    ['stories.rss', 3],
    ['stories.atom', 2],
  ] as const) {
    it(`loads ${file}`, async () => {
      const el = await fixture<NewsRelatedStories>(
        html`<news-related-stories src=${`/fixtures/feeds/${file}`}></news-related-stories>`,
      );
      await loaded(el);
      expect(titles(el)).to.have.length(count);
      expect(shadowText(el)).not.to.match(/undefined|null|NaN|Invalid Date/);
    });
  }

  const faults: Array<[string, string, string, number?]> = [
    ['an HTTP error', '/fixtures/http/404', 'http', 404],
    ['a server error', '/fixtures/http/503', 'http', 503],
    ['a network error', 'http://127.0.0.1:9/feed.json', 'network'],
    ['a malformed feed', '/fixtures/feeds/malformed.rss', 'parse'],
    ['a page that is no feed', '/fixtures/feeds/page.html', 'parse'],
    ['a feed over 1 MB', '/fixtures/big', 'parse'],
    ['an empty feed', '/fixtures/feeds/empty.json', 'empty'],
  ];
  for (const [what, src, reason, status] of faults) {
    it(`keeps the fallback and dispatches news-error (${reason}) for ${what}`, async () => {
      const el = await fixture<NewsRelatedStories>(html`
        <news-related-stories>
          <ul>
            <li><a href="/fallback">The fallback story</a></li>
          </ul>
        </news-related-stories>
      `);
      const errors = recordEvents<CustomEvent>(el, 'news-error');
      const failed = oneEvent(el, 'news-error');
      el.src = src;
      await failed;
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ widget: 'news-related-stories', reason });
      expect(errors[0]!.detail.status).to.equal(status);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.be.true;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['The fallback story']);
    });
  }

  it('shows a feed of exactly 1 MB, and keeps the fallback for one byte more (parse)', async () => {
    const el = await withFallback();
    el.src = '/fixtures/bytes/1000000';
    await loaded(el, ['A feed of 1000000 bytes']);
    const over = await withFallback();
    const failed = oneEvent(over, 'news-error');
    over.src = '/fixtures/bytes/1000001';
    expect((await failed).detail.reason).to.equal('parse');
    expect(titles(over)).to.deep.equal(['The fallback story']);
  });

  describe('timeout, on a fake clock', () => {
    let clock: sinon.SinonFakeTimers | undefined;
    const held: string[] = [];
    afterEach(async () => {
      clock?.restore();
      clock = undefined;
      await Promise.all(held.splice(0).map(release));
    });

    /**
     * Points `el` at a feed the server holds, and resolves once its request is out: the timeout
     * runs from there, on the fake clock.
     */
    async function loadHeld(el: NewsRelatedStories): Promise<string> {
      const id = holdId();
      held.push(id);
      const src = `/fixtures/hold/${id}/feeds/short.json`;
      const requested = watchFetch(id).called;
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      el.src = src;
      await requested;
      return id;
    }

    /** Lets the held feed through: the element shows it, and nothing failed on the way. */
    async function expectShownAfterRelease(el: NewsRelatedStories, id: string): Promise<void> {
      const errors = recordEvents<CustomEvent>(el, 'news-error');
      await release(id);
      await loaded(el, SHORT_TITLES);
      expect(errors.map((event) => event.detail.reason)).to.deep.equal([]);
    }

    /** The clock reaches the timeout: `news-error` with reason timeout, and the fallback stays. */
    async function expectTimeoutAt(el: NewsRelatedStories, ms: number): Promise<void> {
      const failed = oneEvent(el, 'news-error');
      clock!.tick(ms);
      const { detail } = await withDeadline(failed, 2000, `news-error at ${ms} ms`);
      expect(detail).to.include({ widget: 'news-related-stories', reason: 'timeout' });
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['The fallback story']);
      expect(el.shadowRoot!.querySelector('[part="placeholder"]') === null, 'no placeholder').to.be.true;
    }

    it('shows a feed that arrives 1 ms before timeout="300"', async () => {
      const el = await withFallback({ timeout: '300' });
      const id = await loadHeld(el);
      clock!.tick(299);
      await expectShownAfterRelease(el, id);
    });

    it('keeps the fallback and reports reason timeout at timeout="300"', async () => {
      const el = await withFallback({ timeout: '300' });
      await loadHeld(el);
      await expectTimeoutAt(el, 300);
    });

    it('waits 10 s by default: shown at 9.999 s, timed out at 10 s', async () => {
      const shown = await withFallback();
      const id = await loadHeld(shown);
      clock!.tick(9999);
      await expectShownAfterRelease(shown, id);
      clock!.restore();
      const late = await withFallback();
      await loadHeld(late);
      await expectTimeoutAt(late, 10_000);
    });

    for (const timeout of ['0', '-300', 'soon']) {
      it(`waits the default 10 s for timeout="${timeout}"`, async () => {
        const shown = await withFallback({ timeout });
        const id = await loadHeld(shown);
        clock!.tick(9999);
        await expectShownAfterRelease(shown, id);
        clock!.restore();
        const late = await withFallback({ timeout });
        await loadHeld(late);
        await expectTimeoutAt(late, 10_000);
      });
    }

    it('warns once, naming the value, for a timeout that is not a positive number', async () => {
      const warnings = captureWarnings();
      try {
        const el = await withFallback({ timeout: 'soon' });
        const id = await loadHeld(el);
        await expectShownAfterRelease(el, id);
        const about = warnings.messages.filter((m) => m.includes('timeout'));
        expect(about).to.have.length(1);
        expect(about[0]).to.contain('news-related-stories').and.to.contain('soon');
      } finally {
        warnings.restore();
      }
    });
  });

  it('cancels the request in flight when src changes, and reload() fetches again', async () => {
    // The server answers with the headers and half the body, and holds the rest.
    const id = holdId();
    const slow = `/fixtures/hold-body/${id}/feeds/stories.json`;
    const { answered } = watchFetch(id);
    const el = await fixture<NewsRelatedStories>(
      html`<news-related-stories src=${slow}></news-related-stories>`,
    );
    const errors = recordEvents(el, 'news-error');
    try {
      await answered;
      el.src = '/fixtures/feeds/stories.atom';
      await loaded(el);
      expect(titles(el)).to.have.length(2);
      // The server sees the first request's connection closed: it was cancelled, not ignored.
      await withDeadline(fetch(`/fixtures/closed/${id}`), 5000, 'the held request to be cancelled');
      await el.updateComplete;
      expect(titles(el)).to.have.length(2);
      expect(errors).to.have.length(0);
    } finally {
      await release(id);
    }
    const key = `reload-${Math.random().toString(36).slice(2)}`;
    el.src = `/fixtures/counted/${key}/feeds/stories.rss`;
    await rendered(el, () => titles(el).length === 3, 'the RSS items');
    const reloading = el.reload();
    await el.updateComplete;
    expect(titles(el), 'stories stay on screen while reloading').to.have.length(3);
    await reloading;
    const { count } = await (await fetch(`/fixtures/count/${key}`)).json();
    expect(count).to.equal(2);
  });

  it('makes one request for several elements with the same src', async () => {
    const key = `shared-${Math.random().toString(36).slice(2)}`;
    const src = `/fixtures/counted/${key}/feeds/stories.atom`;
    const original = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      if (String(args[0]).includes(key)) calls++;
      return original(...args);
    };
    const wrapper = await fixture(html`
      <div>
        <news-related-stories src=${src}></news-related-stories>
        <news-related-stories src=${src} layout="grid"></news-related-stories>
        <news-related-stories src=${src} layout="numbered"></news-related-stories>
      </div>
    `);
    const elements = Array.from(wrapper.querySelectorAll('news-related-stories'));
    try {
      for (const el of elements) await loaded(el);
    } finally {
      window.fetch = original;
    }
    expect(calls, 'fetch calls').to.equal(1);
    const { count } = await (await fetch(`/fixtures/count/${key}`)).json();
    expect(count, 'requests the server saw').to.equal(1);
  });

  it('keeps the height of the expected rows while the feed loads (no layout shift)', async () => {
    const id = holdId();
    const el = await fixture<NewsRelatedStories>(html`
      <news-related-stories
        limit="3"
        style="width: 600px"
        src=${`/fixtures/hold/${id}/feeds/short.json`}
      ></news-related-stories>
    `);
    let loadingHeight = 0;
    try {
      await el.updateComplete;
      loadingHeight = el.getBoundingClientRect().height;
      expect(el.shadowRoot!.querySelectorAll('[part="placeholder"]')).to.have.length(3);
    } finally {
      await release(id);
    }
    await loaded(el);
    expect(titles(el)).to.have.length(3);
    // One-line rows, as reserved: the element is exactly as tall as while it was loading.
    expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
  });

  it('reserves --news-related-stories-row-height per expected row', async () => {
    const id = holdId();
    try {
      const el = await fixture<NewsRelatedStories>(html`
        <news-related-stories
          limit="2"
          style="--news-related-stories-row-height: 100px"
          src=${`/fixtures/hold/${id}/feeds/short.json`}
        ></news-related-stories>
      `);
      const rows = Array.from(el.shadowRoot!.querySelectorAll('[part="placeholder"]'));
      expect(rows.map((row) => Math.round(row.getBoundingClientRect().height))).to.deep.equal([100, 100]);
    } finally {
      await release(id);
    }
  });

  it('uses a list by default and for an unknown layout, a real ordered list when numbered', async () => {
    for (const [layout, tag] of [
      [undefined, 'UL'],
      ['list', 'UL'],
      ['carousel', 'UL'],
      ['grid', 'UL'],
      ['numbered', 'OL'],
    ] as const) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<NewsRelatedStories>(
          html`<news-related-stories style="width: 900px"></news-related-stories>`,
        );
        if (layout) el.setAttribute('layout', layout);
        el.stories = STORIES;
        await el.updateComplete;
        const list = el.shadowRoot!.querySelector('[part="list"]')!;
        expect(list.tagName, `layout="${layout}"`).to.equal(tag);
        expect(list.querySelectorAll(':scope > li'), `layout="${layout}"`).to.have.length(3);
        // One story under another, except in the grid.
        const lefts = new Set(
          titles(el).map((_, i) => Math.round(list.children[i]!.getBoundingClientRect().left)),
        );
        expect(lefts.size, `columns with layout="${layout}"`).to.equal(layout === 'grid' ? 3 : 1);
      } finally {
        warnings.restore();
      }
    }
  });

  it('lays the grid out in columns in a wide container and one column at 280 px', async () => {
    const wrapper = await fixture(html`
      <div>
        <div style="width: 900px"><news-related-stories layout="grid"></news-related-stories></div>
        <div style="width: 280px"><news-related-stories layout="grid"></news-related-stories></div>
      </div>
    `);
    const [wide, narrow] = Array.from(wrapper.querySelectorAll('news-related-stories'));
    for (const el of [wide!, narrow!]) {
      el.stories = STORIES;
      await el.updateComplete;
    }
    const lefts = (el: Element) =>
      new Set(
        Array.from(el.shadowRoot!.querySelectorAll('li')).map((li) =>
          Math.round(li.getBoundingClientRect().left),
        ),
      );
    expect(lefts(wide!).size).to.be.greaterThan(1);
    expect(lefts(narrow!).size).to.equal(1);
    const list = narrow!.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.scrollWidth).to.be.at.most(list.clientWidth + 1);
  });

  it('shows thumbnails with reserved space', async () => {
    const id = holdId();
    try {
      const el = await withStories({
        stories: [
          { title: 'With image', url: '/x', image: `/fixtures/hold/${id}/img/nato-days.png`, imageAlt: '' },
        ],
      });
      const box = el.shadowRoot!.querySelector('[part="thumbnail"]')!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.05);
      expect(el.shadowRoot!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    } finally {
      await release(id);
    }
  });

  it('dispatches news-click with the position and href', async () => {
    const el = await withStories();
    const clicks = recordEvents<CustomEvent>(el, 'news-click');
    const link = el.shadowRoot!.querySelectorAll('a')[1]!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(clicks.map((event) => event.detail)).to.deep.equal([
      { widget: 'news-related-stories', position: 1, href: '/stories/assembly', action: 'link' },
    ]);
    expect(clicks[0]!.bubbles && clicks[0]!.composed).to.be.true;
  });

  for (const layout of ['list', 'grid', 'numbered'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes an accessibility audit in the ${layout} layout, ${theme} theme`, async () => {
        const el = await withStories({
          layout,
          theme,
          stories: [
            ...STORIES,
            { title: 'With a photo', url: '/photo', image: PIXEL, imageAlt: 'Flags', summary: 'Summary' },
          ],
        });
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`passes an accessibility audit while a feed loads, ${theme} theme`, async () => {
      const id = holdId();
      try {
        const el = await fixture<NewsRelatedStories>(html`
          <news-related-stories theme=${theme} src=${`/fixtures/hold/${id}/feeds/short.json`}>
          </news-related-stories>
        `);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('[part="placeholder"]')).to.have.length(3);
        await expect(el).to.be.accessible();
      } finally {
        await release(id);
      }
    });

    it(`passes an accessibility audit showing its fallback after a failed feed, ${theme} theme`, async () => {
      const el = await withFallback();
      el.theme = theme;
      const failed = oneEvent(el, 'news-error');
      el.src = '/fixtures/http/404';
      await failed;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['The fallback story']);
      await expect(el).to.be.accessible();
    });
  }

  it('localises the heading in Georgian and Arabic, right to left for Arabic', async () => {
    const wrapper = await fixture(html`
      <div>
        <div lang="ka"><news-related-stories></news-related-stories></div>
        <div lang="ar"><news-related-stories></news-related-stories></div>
      </div>
    `);
    const [ka, ar] = Array.from(wrapper.querySelectorAll('news-related-stories'));
    for (const el of [ka!, ar!]) {
      el.stories = STORIES;
      await el.updateComplete;
    }
    expect(ka!.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal(
      'დაკავშირებული სიახლეები',
    );
    expect(ka!.shadowRoot!.querySelector('time')!.textContent).to.contain('აპრილი');
    const section = ar!.shadowRoot!.querySelector('[part="section"]')!;
    expect(ar!.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('قصص ذات صلة');
    expect(section.getAttribute('dir')).to.equal('rtl');
    await expect(ar!).to.be.accessible();
  });

  it('shows bad stories input as nothing rather than undefined, and warns about a bad layout', async () => {
    const warnings = captureWarnings();
    try {
      const el = await withStories({
        layout: 'carousel' as 'list',
        stories: [
          null,
          { title: 'undefined', url: '/a' },
          { title: 'Kept', url: '/kept', published: 'not a date', section: 'null' },
          { title: '<script>alert(1)</script>', url: '/b' },
          { title: 'No URL' },
        ] as unknown as Story[],
      });
      expect(titles(el)).to.deep.equal(['Kept', '<script>alert(1)</script>', 'No URL']);
      expect(el.shadowRoot!.querySelectorAll('[part~="title"]')[2]!.hasAttribute('href')).to.be.false;
      expect(el.shadowRoot!.querySelector('script') === null).to.be.true;
      expect(shadowText(el)).not.to.match(/undefined|null|NaN|Invalid Date/);
      expect(warnings.messages.filter((m) => m.includes('layout="carousel"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/related-stories.js';
import type { NewsRelatedStories, Story } from '../src/related-stories.js';
import { captureWarnings, recordEvents, shadowText, until, wait } from './support/helpers.js';

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

const SCRIPT_URL = 'javascript:alert(1)';

const titles = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part~="title"]')).map((a) => a.textContent!.trim());

async function withStories(extra: Partial<NewsRelatedStories> = {}): Promise<NewsRelatedStories> {
  const el = await fixture<NewsRelatedStories>(html`<news-related-stories></news-related-stories>`);
  Object.assign(el, { stories: STORIES, ...extra });
  await el.updateComplete;
  return el;
}

async function loaded(el: NewsRelatedStories): Promise<void> {
  await until(
    () => !el.shadowRoot!.querySelector('[aria-busy="true"]') && titles(el).length > 0,
    8000,
    'items',
  );
}

describe('<news-related-stories>', () => {
  it('shows the stories property as a list of links under a localised heading', async () => {
    const el = await withStories();
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.equal('Related stories');
    expect(el.shadowRoot!.querySelector('[part="list"]')!.tagName).to.equal('UL');
    expect(titles(el)).to.deep.equal(STORIES.map((story) => story.title));
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links[0]!.getAttribute('href')).to.equal('/stories/resolute-support');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-04-20');
    expect(el.shadowRoot!.querySelector('[part="section-name"]')!.textContent).to.equal('Defence');
  });

  it('takes heading and heading-level', async () => {
    const el = await fixture<NewsRelatedStories>(
      html`<news-related-stories heading="More on NATO" heading-level="3"></news-related-stories>`,
    );
    el.stories = STORIES;
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
    expect([heading.tagName, heading.textContent]).to.deep.equal(['H3', 'More on NATO']);
  });

  it('applies limit and exclude (ignoring hash, trailing slash and utm_* parameters)', async () => {
    const el = await withStories({ limit: 2 } as Partial<NewsRelatedStories>);
    expect(titles(el)).to.have.length(2);
    el.limit = undefined;
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
    expect(titles(el)).to.deep.equal([
      'NATO Days officially open in Georgia',
      'One day Georgia will become a member of NATO',
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
    await until(() => titles(el)[0] === 'NATO Days officially open in Georgia', 5000, 'feed items');
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
      el.src = src;
      await until(() => errors.length > 0, 8000, 'news-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail).to.include({ widget: 'news-related-stories', reason });
      expect(errors[0]!.detail.status).to.equal(status);
      expect(errors[0]!.bubbles && errors[0]!.composed).to.be.true;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['The fallback story']);
    });
  }

  it('times out after `timeout` ms with reason timeout', async () => {
    const el = await fixture<NewsRelatedStories>(
      html`<news-related-stories
        timeout="300"
        src="/fixtures/delay/3000/feeds/stories.json"
      ></news-related-stories>`,
    );
    const event = await oneEvent(el, 'news-error');
    expect(event.detail.reason).to.equal('timeout');
  });

  it('cancels the request in flight when src changes, and reload() fetches again', async () => {
    const el = await fixture<NewsRelatedStories>(
      html`<news-related-stories src="/fixtures/delay/1500/feeds/stories.json"></news-related-stories>`,
    );
    const errors = recordEvents(el, 'news-error');
    await wait(100);
    el.src = '/fixtures/feeds/stories.atom';
    await loaded(el);
    expect(titles(el)).to.have.length(2);
    await wait(1600);
    expect(titles(el)).to.have.length(2); // the slow JSON Feed never replaced it
    expect(errors).to.have.length(0);
    const key = `reload-${Math.random().toString(36).slice(2)}`;
    el.src = `/fixtures/counted/${key}/feeds/stories.rss`;
    await until(() => titles(el).length === 3, 5000, 'the RSS items');
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
    const el = await fixture<NewsRelatedStories>(html`
      <news-related-stories
        limit="3"
        style="width: 600px"
        src="/fixtures/delay/600/feeds/short.json"
      ></news-related-stories>
    `);
    await el.updateComplete;
    const loadingHeight = el.getBoundingClientRect().height;
    expect(el.shadowRoot!.querySelectorAll('[part="placeholder"]')).to.have.length(3);
    await loaded(el);
    // One-line rows, as reserved: the element is exactly as tall as while it was loading.
    expect(el.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
  });

  it('reserves --news-related-stories-row-height per expected row', async () => {
    const el = await fixture<NewsRelatedStories>(html`
      <news-related-stories
        limit="2"
        style="--news-related-stories-row-height: 100px"
        src="/fixtures/delay/3000/feeds/short.json"
      ></news-related-stories>
    `);
    const rows = Array.from(el.shadowRoot!.querySelectorAll('[part="placeholder"]'));
    expect(rows.map((row) => Math.round(row.getBoundingClientRect().height))).to.deep.equal([100, 100]);
  });

  it('uses a real ordered list in the numbered layout', async () => {
    const el = await withStories({ layout: 'numbered' });
    expect(el.shadowRoot!.querySelector('[part="list"]')!.tagName).to.equal('OL');
    expect(el.shadowRoot!.querySelectorAll('ol > li')).to.have.length(3);
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
    const el = await withStories({
      stories: [
        { title: 'With image', url: '/x', image: '/fixtures/delay/3000/img/nato-days.png', imageAlt: '' },
      ],
    });
    const box = el.shadowRoot!.querySelector('[part="thumbnail"]')!.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(16 / 9, 0.05);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
  });

  it('dispatches news-click with the position and href', async () => {
    const el = await withStories();
    const link = el.shadowRoot!.querySelectorAll('a')[1]!;
    link.addEventListener('click', (event) => event.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'news-click');
    expect(event.detail).to.deep.include({
      widget: 'news-related-stories',
      position: 1,
      href: '/stories/assembly',
    });
  });

  for (const layout of ['list', 'grid', 'numbered'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`passes an accessibility audit in the ${layout} layout, ${theme} theme`, async () => {
        const el = await withStories({ layout, theme });
        await expect(el).to.be.accessible();
      });
    }
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
      expect(titles(el)).to.deep.equal(['Kept', '<script>alert(1)</script>']);
      expect(el.shadowRoot!.querySelector('script') === null).to.be.true;
      expect(shadowText(el)).not.to.match(/undefined|null|NaN|Invalid Date/);
      expect(warnings.messages.filter((m) => m.includes('layout="carousel"'))).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });
});

import { expect } from '@open-wc/testing';
import { htmlToText, parseFeed } from '../src/internal/feeds.js';
import type { LoadError } from '../src/internal/errors.js';

const BASE = 'https://news.example/feeds/';

async function fixture(name: string): Promise<string> {
  return (await fetch(`/fixtures/feeds/${name}`)).text();
}

function parseError(body: string): string {
  try {
    parseFeed(body, BASE);
  } catch (error) {
    return (error as LoadError).reason;
  }
  return 'no error';
}

describe('parseFeed', () => {
  it('reads a JSON Feed 1.1: titles, resolved links and images, dates, tags; bad items left out', async () => {
    const stories = parseFeed(await fixture('stories.json'), BASE);
    expect(stories.map((story) => story.title)).to.deep.equal([
      'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
      '“One day Georgia will become a member of NATO “, - President of the NATO Parliamentary Assembly',
      'NATO Days officially open in Georgia',
      'Title with markup & an entity',
    ]);
    expect(stories[0]).to.deep.equal({
      title: 'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
      url: 'https://news.example/stories/resolute-support',
      image: 'https://news.example/img/nato-days.png',
      published: '2018-04-20T05:00:00.000Z',
      section: 'Defence',
      summary: 'Georgia is the largest non-NATO contributor to the mission.',
    });
    expect(stories[2]!.published).to.equal(undefined);
  });

  it('reads RSS 2.0: CDATA, HTML in titles and descriptions, RFC 822 dates, enclosure and media images', async () => {
    const stories = parseFeed(await fixture('stories.rss'), BASE);
    expect(stories).to.have.length(3);
    expect(stories[0]).to.deep.equal({
      title: 'NATO Days officially open in Georgia',
      url: 'https://news.example/stories/nato-days',
      image: 'https://news.example/img/nato-days.jpg',
      published: '2018-04-27T06:00:00.000Z',
      section: 'Politics',
      summary: 'Events across the country.',
    });
    expect(stories[1]!.url).to.equal('https://news.example/stories/resolute-support');
    expect(stories[1]!.image).to.equal('https://cdn.example/soldiers.jpg');
    expect(stories[1]!.published).to.equal('2018-04-20T05:00:00.000Z');
    expect(stories[2]!.title).to.equal(
      '“One day Georgia will become a member of NATO “, - President of the NATO Parliamentary Assembly',
    );
    expect(stories[2]!.image).to.equal('https://news.example/feeds/thumbs/assembly.jpg');
  });

  it('reads Atom 1.0: html titles, alternate and enclosure links, published or updated dates', async () => {
    const stories = parseFeed(await fixture('stories.atom'), BASE);
    expect(stories).to.have.length(2);
    expect(stories[0]).to.deep.equal({
      title: 'NATO Days officially open in Georgia',
      url: 'https://news.example/feeds/stories/nato-days',
      image: 'https://news.example/img/nato-days.png',
      published: '2018-04-27T06:00:00.000Z',
      section: 'Politics',
      summary: 'Events across the country.',
    });
    expect(stories[1]!.published).to.equal('2018-04-20T09:00:00.000Z');
  });

  it('detects the format from the content, not the file name', async () => {
    const atomAsJsonName = await fixture('stories.atom');
    expect(parseFeed(`\uFEFF  ${atomAsJsonName}`, BASE)).to.have.length(2);
  });

  it('refuses what is not a feed with reason parse, and returns [] for an empty feed', async () => {
    expect(parseError(await fixture('malformed.rss'))).to.equal('parse');
    expect(parseError(await fixture('page.html'))).to.equal('parse');
    expect(parseError('{ "items": ')).to.equal('parse');
    expect(parseError('{ "title": "no items" }')).to.equal('parse');
    expect(parseError('plain text')).to.equal('parse');
    expect(parseFeed(await fixture('empty.json'), BASE)).to.deep.equal([]);
  });

  it('never lets a dangerous URL through', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { url: ' JAVASCRIPT:alert(1)', title: 'a' },
        { url: 'data:text/html,<script>alert(1)</script>', title: 'b' },
        { url: '/ok', title: 'c', image: 'data:image/svg+xml,<svg onload=alert(1)>' },
      ],
    });
    expect(parseFeed(feed, BASE)).to.deep.equal([{ title: 'c', url: 'https://news.example/ok' }]);
  });
});

describe('htmlToText', () => {
  it('drops tags, decodes entities and never creates elements in the page', () => {
    const before = document.querySelectorAll('*').length;
    expect(htmlToText('<img src=x onerror="window.__pwned=1">Hello &amp; <b>bye</b>')).to.equal(
      'Hello & bye',
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(document.querySelectorAll('*').length).to.equal(before);
    expect(htmlToText('5 < 6')).to.equal('5 < 6');
  });
});

import { expect } from '@open-wc/testing';
import { htmlToText, parseFeed } from '../src/internal/feeds.js';
import type { LoadError } from '../src/internal/errors.js';
import { loadText } from '../src/internal/load.js';

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
      'The <div> element & the &amp; entity, as written',
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

const titles = (body: string) => parseFeed(body, BASE).map((story) => story.title);

describe('parseFeed: text is what the format says', () => {
  const jsonFeed = (items: object[]) =>
    JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items });
  const atom = (entries: string) =>
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">${entries}</feed>`;
  const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0"><channel>${items}</channel></rss>`;

  it('shows JSON Feed titles, summaries and tags as plain text', () => {
    const stories = parseFeed(
      jsonFeed([
        {
          url: '/1',
          title: '<script>alert(1)</script>',
          summary: 'Why <b>bold</b> &amp; <img src=x onerror=alert(1)> stay as written',
          tags: ['<i>Tech</i>'],
        },
        { url: '/2', title: 'The <div> element' },
        { url: '/3', summary: 'A title-less item: its summary, as written, <em>is</em> the title' },
      ]),
      BASE,
    );
    expect(stories).to.deep.equal([
      {
        title: '<script>alert(1)</script>',
        url: 'https://news.example/1',
        section: '<i>Tech</i>',
        summary: 'Why <b>bold</b> &amp; <img src=x onerror=alert(1)> stay as written',
      },
      { title: 'The <div> element', url: 'https://news.example/2' },
      {
        title: 'A title-less item: its summary, as written, <em>is</em> the title',
        url: 'https://news.example/3',
      },
    ]);
  });

  it('reads Atom text constructs by type: text (the default), html, xhtml', () => {
    const entry = (title: string, summary = '') => `<entry><link href="/a"/>${title}${summary}</entry>`;
    const stories = parseFeed(
      atom(
        [
          entry('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>'),
          entry('<title type="text">The &lt;div&gt; element &amp;amp; friends</title>'),
          entry(
            '<title type="html">&lt;b&gt;Bold&lt;/b&gt; news &amp;amp; &lt;script&gt;alert(1)&lt;/script&gt;views</title>',
            '<summary type="html"><![CDATA[<p>One</p><p>Two<br>Three</p>]]></summary>',
          ),
          entry(
            '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">The <code>&lt;div&gt;</code> element, <em>explained</em></div></title>',
            '<summary type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>An <xhtml:b>XHTML</xhtml:b></xhtml:p><xhtml:p>summary</xhtml:p></xhtml:div></summary>',
          ),
          // Markup without text is no title: the entry is left out.
          entry('<title type="html">&lt;img src=x onerror=alert(1)&gt;</title>'),
        ].join(''),
      ),
      BASE,
    );
    expect(stories.map(({ title, summary }) => [title, summary])).to.deep.equal([
      ['<script>alert(1)</script>', undefined],
      ['The <div> element &amp; friends', undefined],
      ['Bold news & views', 'One Two Three'],
      ['The <div> element, explained', 'An XHTML summary'],
    ]);
  });

  it('reads an RSS title as HTML only when it holds recognised inline markup', () => {
    const item = (title: string) => `<item><title>${title}</title><link>/r</link></item>`;
    expect(
      titles(
        rss(
          [
            '&lt;em&gt;Yes&lt;/em&gt;, &lt;a href="/x"&gt;the minister&lt;/a&gt; said',
            '<![CDATA[Line one<br/>Line two]]>',
            'The &lt;div&gt; element',
            'The &lt;b&gt; tag, unclosed',
            '&lt;script&gt;alert(1)&lt;/script&gt;',
            '&lt;img src=x onerror=alert(1)&gt; is shown as written',
            'Fish &amp;amp; chips, it&amp;#8217;s 5 &lt; 6',
            '<![CDATA[<div>Block markup</div> is text]]>',
          ]
            .map(item)
            .join(''),
        ),
      ),
    ).to.deep.equal([
      'Yes, the minister said',
      'Line one Line two',
      'The <div> element',
      'The <b> tag, unclosed',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)> is shown as written',
      'Fish & chips, it’s 5 < 6',
      '<div>Block markup</div> is text',
    ]);
  });

  it('reads an RSS description as HTML, and categories like titles', () => {
    const [story] = parseFeed(
      rss(`<item><title>T</title><link>/r</link><category>Science &amp;amp; &lt;Tech&gt;</category>
        <description>&lt;p&gt;One &lt;b&gt;bold&lt;/b&gt; line.&lt;/p&gt;&lt;p&gt;Another&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>`),
      BASE,
    );
    expect([story!.section, story!.summary]).to.deep.equal(['Science & <Tech>', 'One bold line. Another']);
  });
});

describe('parseFeed: encodings, through the loader', () => {
  const simulations = {
    title: 'Governo divulga simulações do novo salário mínimo para 2027',
    summary: 'As simulações do Ministério consideram inflação de 4,5% e um reajuste acima da média.',
    published: '2026-11-30T12:15:00.000Z',
    section: 'Economia',
  };
  const reactions = {
    title: 'Reações à decisão do Copom dividem economistas e sindicatos',
    summary: 'Para analistas, a alta de juros já era esperada; centrais sindicais criticam a decisão.',
    published: '2026-11-29T21:40:00.000Z',
  };
  for (const [name, file, section] of [
    ['the Content-Type', 'pt-latin1-header.rss', 'mercado'],
    ['the XML declaration', 'pt-latin1-declared.rss', 'poder'],
  ] as const) {
    it(`reads an ISO-8859-1 feed whose charset is in ${name}`, async () => {
      const url = new URL(`/fixtures/feeds/${file}`, location.href).href;
      expect(parseFeed(await loadText(url, { timeout: 5000 }), url)).to.deep.equal([
        {
          ...simulations,
          url: `https://noticias.example/${section}/2026/11/simulacoes-salario-minimo.shtml`,
        },
        { ...reactions, url: `https://noticias.example/${section}/2026/11/reacoes-copom.shtml` },
      ]);
    });
  }

  for (const file of ['utf8-bom.json', 'utf16le-bom.atom', 'utf16be-bom.atom']) {
    it(`reads ${file}`, async () => {
      const url = new URL(`/fixtures/feeds/${file}`, location.href).href;
      const [story] = parseFeed(await loadText(url, { timeout: 5000 }), url);
      expect(story).to.include({
        title: 'NATO-ს დღეები საქართველოში ოფიციალურად გაიხსნა',
        url: 'https://news.example/ka/nato-days',
        summary: 'Reações em Tbilisi: “um passo importante”',
      });
    });
  }
});

describe('htmlToText', () => {
  it('drops tags, scripts and styles, decodes entities, keeps words apart across blocks', () => {
    expect(htmlToText('<style>p{}</style><h2>Title</h2><p>One<br>two</p><script>x()</script>end')).to.equal(
      'Title One two end',
    );
    expect(htmlToText('  no\n markup  ')).to.equal('no markup');
  });

  it('never creates elements in the page', () => {
    const before = document.querySelectorAll('*').length;
    expect(htmlToText('<img src=x onerror="window.__pwned=1">Hello &amp; <b>bye</b>')).to.equal(
      'Hello & bye',
    );
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(document.querySelectorAll('*').length).to.equal(before);
    expect(htmlToText('5 < 6')).to.equal('5 < 6');
  });
});

import { expect } from '@open-wc/testing';
import { articleFromJsonLd } from '../src/internal/json-ld.js';

describe('articleFromJsonLd', () => {
  it('maps a full NewsArticle', () => {
    expect(
      articleFromJsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'NATO Days officially open in Georgia',
        description: 'Events across the country.',
        url: 'https://news.example/nato-days',
        image: {
          '@type': 'ImageObject',
          url: 'https://news.example/a.jpg',
          width: 1200,
          height: 800,
          caption: 'Flags',
        },
        author: { '@type': 'Person', name: 'Nino Beridze' },
        datePublished: '2018-04-27T10:00:00+04:00',
        publisher: { '@type': 'Organization', name: 'Georgia Today' },
        articleSection: 'Politics',
      }),
    ).to.deep.equal({
      href: 'https://news.example/nato-days',
      headline: 'NATO Days officially open in Georgia',
      summary: 'Events across the country.',
      kicker: 'Politics',
      author: 'Nino Beridze',
      published: '2018-04-27T10:00:00+04:00',
      source: 'Georgia Today',
      image: 'https://news.example/a.jpg',
      imageAlt: 'Flags',
      imageWidth: 1200,
      imageHeight: 800,
    });
  });

  it('takes images as a string, an ImageObject or an array', () => {
    expect(articleFromJsonLd({ '@type': 'NewsArticle', image: 'a.jpg' })?.image).to.equal('a.jpg');
    expect(articleFromJsonLd({ '@type': 'NewsArticle', image: ['b.jpg', 'c.jpg'] })?.image).to.equal('b.jpg');
    expect(
      articleFromJsonLd({ '@type': 'NewsArticle', image: [{ '@type': 'ImageObject', contentUrl: 'd.jpg' }] })
        ?.image,
    ).to.equal('d.jpg');
  });

  it('takes authors as a string, a Person, an Organization or an array', () => {
    const author = (value: unknown) => articleFromJsonLd({ '@type': 'NewsArticle', author: value })?.author;
    expect(author('Ana')).to.equal('Ana');
    expect(author({ '@type': 'Person', name: 'Ana' })).to.equal('Ana');
    expect(author({ '@type': 'Organization', name: 'Newsroom' })).to.equal('Newsroom');
    expect(author([{ '@type': 'Person', name: 'Ana' }, 'Giorgi', { '@type': 'Person' }])).to.equal(
      'Ana, Giorgi',
    );
    expect(author([])).to.equal(undefined);
  });

  it('finds the article in an array or an @graph, by any Article type', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        { '@type': ['ReportageNewsArticle'], headline: 'In the graph' },
      ],
    };
    expect(articleFromJsonLd(graph)?.headline).to.equal('In the graph');
    expect(
      articleFromJsonLd([{ '@type': 'Organization' }, { '@type': 'NewsArticle', headline: 'B' }])?.headline,
    ).to.equal('B');
  });

  it('reads mainEntityOfPage and the first articleSection', () => {
    const article = articleFromJsonLd({
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/x' },
      articleSection: ['World', 'Europe'],
    });
    expect(article).to.deep.equal({ href: 'https://news.example/x', kicker: 'World' });
  });

  it('leaves out malformed fields and gives undefined without an article', () => {
    expect(
      articleFromJsonLd({
        '@type': 'NewsArticle',
        headline: 42,
        description: '  ',
        image: { width: 'x' },
        publisher: [],
      }),
    ).to.deep.equal({});
    expect(articleFromJsonLd({ '@type': 'Recipe', name: 'Khachapuri' })).to.equal(undefined);
    expect(articleFromJsonLd(null)).to.equal(undefined);
    expect(articleFromJsonLd('NewsArticle')).to.equal(undefined);
  });
});

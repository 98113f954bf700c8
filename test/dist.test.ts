// The one-file build as partners load it (run `npm run build` first; `npm test` does). This file
// imports nothing from src/, so the only definitions on its page come from dist/.
import { expect } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';

const TAGS = ['news-article-card', 'news-pull-quote', 'news-photo-caption', 'news-related-stories'];

interface Library {
  version: string;
  [name: string]: unknown;
}

describe('one-file build (news-widgets.bundle.js)', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines every element, sets window.NewsWidgets and fetches no other script', async () => {
    errors = [];
    const before = performance.getEntriesByType('resource').length;
    await import(/* @vite-ignore */ `${location.origin}/dist/news-widgets.bundle.js`);
    const library = (window as unknown as { NewsWidgets: Library }).NewsWidgets;
    expect(library.version).to.match(/^\d+\.\d+\.\d+/);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(customElements.get('news-article-card') === library['NewsArticleCard']).to.be.true;
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.js'));
    expect(fetched).to.deep.equal([`${location.origin}/dist/news-widgets.bundle.js`]);
    expect(errors).to.deep.equal([]);
  });

  it('carries every language: a German card shows German with no request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const card = document.createElement('news-article-card');
    card.setAttribute('lang', 'de');
    card.setAttribute('headline', 'NATO-Tage in Georgien eröffnet');
    card.setAttribute('author', 'Anna Müller');
    document.body.append(card);
    try {
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.contain('Von');
      expect(performance.getEntriesByType('resource').slice(before)).to.deep.equal([]);
    } finally {
      card.remove();
    }
  });

  it('leaves the definitions in place when the loader comes too, without a warning', async () => {
    const first = customElements.get('news-article-card');
    const warnings = captureWarnings();
    try {
      await import(/* @vite-ignore */ `${location.origin}/dist/news-widgets.js`);
      expect(customElements.get('news-article-card') === first).to.be.true;
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(errors).to.deep.equal([]);
  });
});

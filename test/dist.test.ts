// The built bundles as partners load them with script tags (run `npm run build` first; `npm test`
// does). This file imports nothing from src/, so the only definitions on its page come from dist/.
import { expect } from '@open-wc/testing';
import { captureWarnings } from './support/helpers.js';

const TAGS = ['news-article-card', 'news-pull-quote', 'news-photo-caption', 'news-related-stories'];

interface Library {
  version: string;
  [name: string]: unknown;
}

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

describe('dist bundles', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('the classic script defines every element and sets window.NewsWidgets', async () => {
    errors = [];
    await loadClassicScript('/dist/news-widgets.iife.js');
    const library = (window as unknown as { NewsWidgets: Library }).NewsWidgets;
    expect(library.version).to.match(/^\d+\.\d+\.\d+/);
    expect(typeof library['NewsArticleCard']).to.equal('function');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    expect(customElements.get('news-article-card') === library['NewsArticleCard']).to.be.true;
    expect(errors).to.deep.equal([]);
  });

  it('the ES module and a second copy load beside it without errors, and the first definition stays', async () => {
    const first = customElements.get('news-article-card');
    const warnings = captureWarnings();
    try {
      const esm = await import(/* @vite-ignore */ `${location.origin}/dist/news-widgets.js`);
      const copy = await import(/* @vite-ignore */ `${location.origin}/dist/news-widgets.js?copy=2`);
      expect(esm.NewsArticleCard === copy.NewsArticleCard).to.be.false;
      expect(customElements.get('news-article-card') === first).to.be.true;
      expect(warnings.messages, 'same version: no warning').to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(errors).to.deep.equal([]);
  });

  it('renders a card from the bundle', async () => {
    const card = document.createElement('news-article-card');
    card.setAttribute('headline', 'NATO Days officially open in Georgia');
    card.setAttribute('href', '/stories/nato-days');
    document.body.append(card);
    try {
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal(
        'NATO Days officially open in Georgia',
      );
    } finally {
      card.remove();
    }
  });
});

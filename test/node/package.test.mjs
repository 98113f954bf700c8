// The package as Node and SSR frameworks meet it: importing never throws or touches the DOM,
// entry points define what they promise, and the class modules define nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('importing the package by name in Node does not throw and exports the classes', async () => {
  const library = await import('news-widgets');
  assert.equal(typeof library.NewsArticleCard, 'function');
  assert.equal(library.version, pkg.version);
  assert.equal(customElements.get('news-article-card'), library.NewsArticleCard);
});

test('each element entry point resolves through package exports', async () => {
  const card = await import('news-widgets/article-card.js');
  assert.equal(typeof card.NewsArticleCard, 'function');
  const quote = await import('news-widgets/pull-quote.js');
  assert.equal(customElements.get('news-pull-quote'), quote.NewsPullQuote);
  const photo = await import('news-widgets/photo-caption.js');
  assert.equal(customElements.get('news-photo-caption'), photo.NewsPhotoCaption);
  const related = await import('news-widgets/related-stories.js');
  assert.equal(typeof related.NewsRelatedStories, 'function');
  assert.equal(customElements.get('news-related-stories'), related.NewsRelatedStories);
});

test('a class module registers nothing (sideEffects lists only define modules)', async () => {
  const before = customElements.get('news-article-card');
  const { NewsArticleCard } = await import('../../dist/components/article-card/article-card.component.js');
  assert.equal(typeof NewsArticleCard, 'function');
  assert.equal(customElements.get('news-article-card'), before);
  for (const entry of pkg.sideEffects) {
    assert.ok(!entry.includes('component'), `${entry} is not a define module`);
  }
});

test('package.json points at files the build writes', () => {
  for (const [name, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) {
      if (path.startsWith('./dist/news-widgets')) continue; // written by rollup, not by tsc
      assert.doesNotThrow(() => readFileSync(new URL(`../../${path}`, import.meta.url)), `${name} → ${path}`);
    }
  }
  assert.equal(pkg.dependencies && Object.keys(pkg.dependencies).join(), 'lit');
  assert.equal(pkg.customElements, 'custom-elements.json');
});

test('only news-widgets/react imports React', () => {
  for (const entry of [
    'index.js',
    'article-card.js',
    'pull-quote.js',
    'photo-caption.js',
    'related-stories.js',
  ]) {
    const code = readFileSync(new URL(`../../dist/${entry}`, import.meta.url), 'utf8');
    assert.doesNotMatch(code, /from ['"]react/, entry);
  }
  assert.match(readFileSync(new URL('../../dist/react.js', import.meta.url), 'utf8'), /from 'react'/);
});

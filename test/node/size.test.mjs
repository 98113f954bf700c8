// The size budgets of scripts/size.mjs, in `npm test`: a change that grows the library past a
// budget fails CI until the budget is raised on purpose. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GZIP_BUDGETS, measureSizes } from '../../scripts/size.mjs';

const rows = await measureSizes();

for (const [name, budget] of Object.entries(GZIP_BUDGETS)) {
  test(`${name} is within its budget of ${budget} bytes gzip`, () => {
    const row = rows.find((candidate) => candidate.name === name);
    assert.ok(row, `no size measured for ${name}`);
    assert.ok(row.gzip <= budget, `${name} is ${row.gzip} bytes gzip, over its budget of ${budget}`);
  });
}

test('an app importing only the pull quote gets no feed parser, up front or on demand', () => {
  assert.equal(rows.find((row) => row.name === 'pull-quote').feedParser, false);
});

test('an app loads the feed parser, the JSON-LD reader and the lightbox on demand, not up front', () => {
  const app = (name) => rows.find((row) => row.name === name);
  const parts = [
    ['related-stories', 'the feed parser', 'application/xml'],
    ['article-card', 'the JSON-LD reader', 'schema.org NewsArticle'],
    ['photo-caption', 'the lightbox', 'news-photo-fade'],
  ];
  for (const [name, part, marker] of parts) {
    assert.ok(!app(name).upFrontCode.includes(marker), `${part} is in ${name}'s up-front code`);
    assert.ok(app(name).onDemandCode.includes(marker), `${part} is not in ${name}'s on-demand code`);
  }
});

test('the script-tag module is one file: nothing to deploy beside it', () => {
  const bundle = readFileSync('dist/news-widgets.js', 'utf8');
  assert.doesNotMatch(bundle, /\bimport\s*\(\s*["'`]/, 'an import() of another file');
  assert.doesNotMatch(bundle, /^import\b|[;}]import\s*[{*"']/m, 'a static import of another file');
});

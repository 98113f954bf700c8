// The size budgets of scripts/size.mjs, in `npm test`: a change that grows what a page loads past
// a budget fails CI until the budget is raised on purpose. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GZIP_BUDGETS, measureSizes } from '../../scripts/size.mjs';

const rows = await measureSizes();
const row = (name) => rows.find((candidate) => candidate.name === name);

for (const [name, budget] of Object.entries(GZIP_BUDGETS)) {
  test(`${name} is within its budget of ${budget} bytes gzip`, () => {
    assert.ok(row(name), `no size measured for ${name}`);
    assert.ok(
      row(name).gzip <= budget,
      `${name} is ${row(name).gzip} bytes gzip, over its budget of ${budget}`,
    );
  });
}

test('a card-only page loads no other element, parser, lightbox or other language', () => {
  const { files, code } = row('card-only page');
  assert.equal(files.length, 3, `the loader, the runtime and the card, not ${files.join(', ')}`);
  const absent = {
    'the feed parser': 'application/xml',
    'the JSON-LD reader': 'schema.org NewsArticle',
    'the lightbox': 'news-photo-fade',
    'the pull quote': 'textStart',
    'German strings': 'Mehr zum Thema',
    'Georgian month names': 'აპრილი',
  };
  for (const [part, marker] of Object.entries(absent))
    assert.ok(!code.includes(marker), `${part} is on the card's page`);
});

test('an app importing only the pull quote gets no feed parser, up front or on demand', () => {
  assert.equal(row('pull-quote').feedParser, false);
});

test('an app loads the feed parser, the JSON-LD reader and the lightbox on demand, not up front', () => {
  const parts = [
    ['related-stories', 'the feed parser', 'application/xml'],
    ['article-card', 'the JSON-LD reader', 'schema.org NewsArticle'],
    ['photo-caption', 'the lightbox', 'news-photo-fade'],
  ];
  for (const [name, part, marker] of parts) {
    assert.ok(!row(name).upFrontCode.includes(marker), `${part} is in ${name}'s up-front code`);
    assert.ok(row(name).onDemandCode.includes(marker), `${part} is not in ${name}'s on-demand code`);
  }
});

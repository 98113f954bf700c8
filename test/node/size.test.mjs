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

test('the script-tag module loads the loader, the parsers and the lightbox on demand, not up front', () => {
  const names = rows.map((row) => row.name);
  for (const chunk of ['load', 'feeds', 'json-ld', 'lightbox']) {
    assert.ok(names.includes(`chunk ${chunk}`), `no ${chunk} chunk in ${names.join(', ')}`);
  }
  const bundle = readFileSync('dist/news-widgets.js', 'utf8');
  assert.ok(!bundle.includes('news-photo-fade'), 'the lightbox styles are in the bundle');
  assert.ok(!bundle.includes('application/xml'), 'the feed parser is in the bundle');
});

// `npm run size`: what the library costs a page, in bytes, against budgets set from measurement.
// - a card-only page and a page with all four elements through the script tag: the loader and
//   the chunks it imports for them (dist/news-widgets.chunks.json says which);
// - the one-file build, the optional pre-upgrade stylesheet, the largest language module;
// - each per-element entry as an app's bundler ships it (esbuild, minified, Lit included, code
//   splitting on, so parts loaded on demand land in their own chunks).
// gzip level 9 and brotli, each file on its own. Exits with 1 when a figure is over its budget;
// test/node/size.test.mjs runs the same check in `npm test`. Needs `npm run build` first.
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/**
 * gzip budgets in bytes, set from measurement (the figure when set, plus about 2 %): a change that
 * grows what a page loads has to raise them on purpose. Pages through the script tag count every
 * file they load, each compressed on its own as a server sends it.
 */
export const GZIP_BUDGETS = {
  'card-only page': 18_200,
  'all-four page': 28_000,
  'dist/news-widgets.bundle.js': 29_100,
  'dist/news-widgets.css': 3_400,
  'largest language': 530,
  'article-card': 15_700,
  'pull-quote': 13_600,
  'photo-caption': 15_300,
  'related-stories': 15_300,
};
/** Where we mean to be (BENCHMARKS.md): reported beside the budgets, not enforced. */
export const TARGETS = { 'card-only page': 12_000, 'all-four page': 20_000 };
const ELEMENTS = ['article-card', 'pull-quote', 'photo-caption', 'related-stories'];

const OUT = 'bench/dist/size';

const sizes = (code) => ({
  min: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code).length,
});

/** What an app ships for `import 'news-widgets/<element>.js'`: code loaded up front, and chunks loaded on demand. */
async function appBundle(element) {
  const dir = `${OUT}/${element}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/app.js`, `import 'news-widgets/${element}.js';\n`);
  const result = await build({
    entryPoints: [`${dir}/app.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: `${dir}/out`,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // Up front: the entry and the chunks it imports statically (esbuild moves shared code such as
  // Lit into those); on demand: the chunks only reached through import().
  const code = new Map(result.outputFiles.map((file) => [file.path, file.text]));
  const outputs = result.metafile.outputs;
  const absolute = (path) => [...code.keys()].find((key) => key.endsWith(`/${path}`));
  const entryPath = Object.keys(outputs).find((path) => path.endsWith('/app.js'));
  const upFront = new Set();
  const visit = (path) => {
    if (upFront.has(path)) return;
    upFront.add(path);
    for (const link of outputs[path].imports) if (link.kind === 'import-statement') visit(link.path);
  };
  visit(entryPath);
  const scripts = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return {
    upFront: [...upFront].map((path) => code.get(absolute(path))),
    onDemand: scripts.filter((path) => !upFront.has(path)).map((path) => code.get(absolute(path))),
  };
}

/** The files a page loads through the script tag for these tags: the loader, then their chunks. */
function scriptTagFiles(manifest, tags) {
  const files = new Set(['news-widgets.js']);
  for (const tag of tags) for (const file of manifest.elements[tag].files) files.add(file);
  return [...files];
}

/** The sum of each file's sizes, each compressed on its own. */
const total = (codes) =>
  codes.map(sizes).reduce((sum, size) => ({
    min: sum.min + size.min,
    gzip: sum.gzip + size.gzip,
    brotli: sum.brotli + size.brotli,
  }));

/** Every figure, as rows of `{ name, label, budget?, min, gzip, brotli }`. */
export async function measureSizes() {
  const rows = [];
  const read = (file) => readFileSync(`dist/${file}`, 'utf8');
  const manifest = JSON.parse(read('news-widgets.chunks.json'));
  const page = (name, tags, label) => {
    const files = scriptTagFiles(manifest, tags);
    const codes = files.map(read);
    rows.push({
      name,
      label,
      budget: GZIP_BUDGETS[name],
      target: TARGETS[name],
      files,
      code: codes.join('\n'),
      ...total(codes),
    });
  };
  page(
    'card-only page',
    ['news-article-card'],
    'A card-only page through the script tag: the loader, the runtime and the card',
  );
  page(
    'all-four page',
    Object.keys(manifest.elements),
    'A page with all four elements through the script tag',
  );
  rows.push({
    name: 'dist/news-widgets.bundle.js',
    label: 'dist/news-widgets.bundle.js (one file: every element and language, Lit inlined)',
    budget: GZIP_BUDGETS['dist/news-widgets.bundle.js'],
    ...sizes(read('news-widgets.bundle.js')),
  });
  rows.push({
    name: 'dist/news-widgets.css',
    label: 'dist/news-widgets.css (optional: the fallback laid out like the widgets until they upgrade)',
    budget: GZIP_BUDGETS['dist/news-widgets.css'],
    ...sizes(read('news-widgets.css')),
  });
  const languageSizes = Object.entries(manifest.languages).map(([lang, files]) => ({
    lang,
    ...total(files.map(read)),
  }));
  const largest = languageSizes.sort((a, b) => b.gzip - a.gzip)[0];
  rows.push({
    name: 'largest language',
    label: `The largest language module (${largest.lang}), loaded only by pages in that language`,
    budget: GZIP_BUDGETS['largest language'],
    ...largest,
  });
  for (const element of ELEMENTS) {
    const { upFront, onDemand } = await appBundle(element);
    rows.push({
      name: element,
      label: `news-widgets/${element}.js as an app bundles it`,
      budget: GZIP_BUDGETS[element],
      ...total(upFront),
      upFrontCode: upFront.join('\n'),
      onDemandCode: onDemand.join('\n'),
      feedParser: [...upFront, ...onDemand].some((code) => code.includes('application/xml')),
      onDemand: onDemand.length ? total(onDemand).gzip : 0,
    });
  }
  return rows;
}

function overBudget(rows) {
  return rows.filter((row) => row.budget !== undefined && row.gzip > row.budget);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await measureSizes();
  console.log('| What | minified | gzip | brotli | gzip budget |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const extra = row.onDemand ? ` (+${row.onDemand} gzip on demand)` : '';
    console.log(`| ${row.label}${extra} | ${row.min} | ${row.gzip} | ${row.brotli} | ${row.budget ?? '–'} |`);
  }
  console.log('');
  for (const row of rows.filter((candidate) => candidate.target)) {
    const verdict = row.gzip <= row.target ? 'met' : `${row.gzip - row.target} B over`;
    console.log(
      `${row.label}: ${row.gzip} B gzip in ${row.files.length} files; target ${row.target} B (${verdict}).`,
    );
  }
  for (const row of overBudget(rows)) {
    console.error(`Over budget: ${row.label} is ${row.gzip} B gzip, its budget is ${row.budget} B.`);
    process.exitCode = 1;
  }
  if (rows.find((row) => row.name === 'pull-quote').feedParser) {
    console.error('Over budget: news-widgets/pull-quote.js brings the feed parser, which it never uses.');
    process.exitCode = 1;
  }
}

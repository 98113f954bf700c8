// What the benchmark and the profiles compare: news-widgets' builds and the reference cards, the
// pages that load them, and the baselines' bundles (bench/dist/, made by buildBaselines()).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { CARD_ATTRIBUTES } from './card.mjs';

const OUT = 'bench/dist';

/** news-widgets' builds, from the repository's root. */
export const BUILDS = {
  /** The partner snippet's script: a loader that imports the chunks the page's elements need. */
  scriptTag: 'dist/news-widgets.js',
  /** All four elements, all languages and Lit in one file. */
  oneFile: 'dist/news-widgets.bundle.js',
};

/** Stops with a clear message when news-widgets is not built. */
export function assertBuilt() {
  for (const file of new Set([...Object.values(BUILDS), 'dist/index.js'])) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
}

/** Shoelace's light theme, which `sl-card` needs on the page. */
export const SHOELACE_THEME = 'node_modules/@shoelace-style/shoelace/dist/themes/light.css';

/**
 * The candidates, each a script and what shows one card: `tag` for a custom element made from the
 * benchmark's attributes; otherwise the script sets `benchCandidate.render(host, items)`.
 * `card` selects a card in the page; `styles` are stylesheets the page links.
 */
export const CANDIDATES = {
  'news-widgets': {
    label: 'news-widgets, script tag',
    script: BUILDS.scriptTag,
    tag: 'news-article-card',
    card: 'news-article-card',
  },
  'one-file': {
    label: 'news-widgets, one file',
    script: BUILDS.oneFile,
    tag: 'news-article-card',
    card: 'news-article-card',
  },
  'bare-lit': {
    label: 'bare Lit card',
    script: `${OUT}/bare-lit-card.js`,
    tag: 'bare-lit-card',
    card: 'bare-lit-card',
  },
  'sl-card': {
    label: 'Shoelace sl-card',
    script: `${OUT}/shoelace-card.js`,
    styles: [SHOELACE_THEME],
    card: 'sl-card',
  },
  preact: { label: 'Preact card', script: `${OUT}/preact-card.js`, card: 'article' },
};

/** news-widgets' per-module build (all four) bundled without minifying: profiles name its functions. */
export const READABLE = {
  label: 'news-widgets, readable',
  script: `${OUT}/news-widgets-readable.js`,
  tag: 'news-article-card',
  card: 'news-article-card',
};

export async function buildReadable() {
  await build({
    entryPoints: ['dist/index.js'],
    outfile: READABLE.script,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

/** Bundles each baseline into one minified ES module in bench/dist/, as an app's bundler would. */
export async function buildBaselines() {
  await build({
    entryPoints: {
      'bare-lit-card': 'bench/bare-lit-card.js',
      'shoelace-card': 'bench/shoelace-card.js',
      'preact-card': 'bench/preact-card.js',
    },
    outdir: OUT,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'warning',
  });
}

const attributes = (values) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`)
    .join('');

/** The benchmark's card as a partner writes it into a page: `<news-article-card …>`. */
export const CARD_MARKUP = `<news-article-card${attributes(CARD_ATTRIBUTES)}></news-article-card>`;

/** A partner page with all four elements, each written as the README shows it. */
export const ALL_FOUR_MARKUP = `${CARD_MARKUP}
<news-pull-quote author="Jens Stoltenberg" author-title="NATO Secretary General">Georgia is a very close partner of NATO.</news-pull-quote>
<news-photo-caption src="/demo/img/assembly-480.webp" alt="The assembly hall" width="480" height="270" credit="Photo: NATO">Delegates in the assembly hall.</news-photo-caption>
<news-related-stories><ul><li><a href="/stories/1">First story</a></li><li><a href="/stories/2">Second story</a></li><li><a href="/stories/3">Third story</a></li></ul></news-related-stories>`;

/** The candidate's page with nothing but its stylesheets: the in-page steps load its script. */
export const emptyPage = ({ id, styles }) => writePage(`empty-${id}`, { styles });

/**
 * Writes a page under bench/dist/pages/ and returns its path from the root: `scripts` load as the
 * partner snippet does (`<script type="module">` in the head), `styles` are linked, `body` goes in
 * `<div id="host">`.
 */
export function writePage(name, { scripts = [], styles = [], body = '' } = {}) {
  mkdirSync(`${OUT}/pages`, { recursive: true });
  const path = `${OUT}/pages/${name}.html`;
  const head = [
    ...styles.map((href) => `<link rel="stylesheet" href="/${href}" />`),
    ...scripts.map((src) => `<script type="module" src="/${src}"></script>`),
  ];
  writeFileSync(
    path,
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${name}</title>
    <link rel="icon" href="data:," />
    ${head.join('\n    ')}
  </head>
  <body>
    <div id="host">${body}</div>
  </body>
</html>
`,
  );
  return path;
}

// Every build of the package, with source maps; templates are minified the same way in all of
// them, so that a page rendered on the server with one hydrates with another (Lit matches
// templates by their text):
// 0. the per-module build for npm, readable, beside the .d.ts files of `tsc -p tsconfig.build.json`;
// the script-tag builds, minified:
// 1. the chunks: each element's code, the shared runtime and each language, content-hashed,
//    dist/news-widgets.<name>.<hash>.js;
// 2. the loader that imports them, dist/news-widgets.js (ES module) and dist/news-widgets.iife.js
//    (classic script), which learn the chunks' names from the first build;
// 3. the one-file build, dist/news-widgets.bundle.js: every element and language, Lit inlined;
// 4. news-widgets/react, for apps.
// The configurations run in this order, in one process.
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { chunkManifest, manifestModule } from './scripts/chunks.mjs';

const plugins = ({ module }) => [
  // Template literals lose their whitespace text nodes and CSS its comments and spaces.
  minifyHtmlLiterals({ failOnError: true }),
  nodeResolve({ browser: true }),
  // The npm build's tsconfig leaves the script-tag entries out; this one has all of src/.
  typescript({ tsconfig: './tsconfig.bundle.json', noEmitOnError: true }),
  terser({
    ecma: 2021,
    // A classic script's top-level `var NewsWidgets` is the global: it must keep its name.
    module,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

const ELEMENTS = {
  'news-article-card': 'src/components/article-card/article-card.component.ts',
  'news-pull-quote': 'src/components/pull-quote/pull-quote.component.ts',
  'news-photo-caption': 'src/components/photo-caption/photo-caption.component.ts',
  'news-related-stories': 'src/components/related-stories/related-stories.component.ts',
};

const manifest = chunkManifest();

/**
 * One shared runtime chunk: Lit and every module that the strings API or more than one element
 * imports statically. What only one element uses stays in its chunk; what is imported on demand
 * (loader, parsers, lightbox, languages) gets chunks of its own.
 */
function runtimeChunk(id, { getModuleInfo }) {
  const entries = new Set();
  const seen = new Set();
  const climb = (module) => {
    if (seen.has(module)) return;
    seen.add(module);
    const info = getModuleInfo(module);
    if (info.isEntry) entries.add(module);
    info.importers.forEach(climb);
  };
  climb(id);
  const elementEntries = [...entries].filter((entry) =>
    Object.values(ELEMENTS).some((file) => entry.endsWith(file)),
  );
  const shared = elementEntries.length > 1 || [...entries].some((entry) => entry.endsWith('src/strings.ts'));
  return shared ? 'runtime' : undefined;
}

/** The package's entry points for apps (package.json "exports"), built module by module. */
const NPM_ENTRIES = [
  'src/index.ts',
  'src/article-card.ts',
  'src/pull-quote.ts',
  'src/photo-caption.ts',
  'src/related-stories.ts',
  'src/strings.ts',
];

export default [
  {
    input: NPM_ENTRIES,
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
    external: (id) => /^lit(\/|$)/.test(id),
    plugins: [minifyHtmlLiterals({ failOnError: true }), typescript({ tsconfig: './tsconfig.bundle.json' })],
  },
  {
    preserveEntrySignatures: 'allow-extension',
    input: {
      strings: 'src/strings.ts',
      ...Object.fromEntries(Object.entries(ELEMENTS).map(([tag, file]) => [tag.replace('news-', ''), file])),
    },
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'news-widgets.[name].[hash].js',
      chunkFileNames: 'news-widgets.[name].[hash].js',
      manualChunks: runtimeChunk,
      // The runtime chunk is also the strings API's entry: no extra file for it.
      generatedCode: { arrowFunctions: true, constBindings: true },
    },
    plugins: [...plugins({ module: true }), manifest.collect(ELEMENTS)],
  },
  {
    input: 'src/loader.ts',
    output: { file: 'dist/news-widgets.js', format: 'es', sourcemap: true },
    plugins: [manifestModule(manifest), ...plugins({ module: true })],
  },
  {
    input: 'src/loader.ts',
    output: { file: 'dist/news-widgets.iife.js', format: 'iife', sourcemap: true },
    plugins: [manifestModule(manifest), ...plugins({ module: false })],
  },
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/news-widgets.bundle.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
      generatedCode: { arrowFunctions: true, constBindings: true },
    },
    plugins: plugins({ module: true }),
  },
  {
    // news-widgets/react: @lit/react is bundled in so that lit stays the only dependency; react,
    // lit and the package's own modules stay imports.
    input: 'src/react.ts',
    output: { file: 'dist/react.js', format: 'es', sourcemap: true },
    external: (id, importer, isResolved) =>
      id === 'react' ||
      /^lit(\/|$)/.test(id) ||
      (!isResolved && /^\.\.?\//.test(id) && !!importer?.endsWith('src/react.ts')),
    plugins: [
      nodeResolve(),
      typescript({
        tsconfig: './tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        outDir: 'dist',
      }),
    ],
  },
];

// The script-tag bundles: dist/news-widgets.js (ES module) and dist/news-widgets.iife.js
// (classic script, window.NewsWidgets), Lit inlined and minified, with source maps. Each is one
// file, as partners copy and rename it, and add ?ver= query strings: the parts the sources import
// on demand (loader, parsers, lightbox) are inlined here; apps' bundlers split them off.
// The per-module build with .d.ts files comes from `tsc -p tsconfig.build.json`.
import { gzipSync, brotliCompressSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** Prints the gzip and brotli size of the ES bundle. The budgets are in scripts/size.mjs. */
function sizeReport() {
  return {
    name: 'size-report',
    generateBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || file.fileName !== 'news-widgets.js') continue;
        const raw = Buffer.byteLength(file.code);
        const gzip = gzipSync(file.code, { level: 9 }).length;
        const brotli = brotliCompressSync(file.code).length;
        console.log(`dist/${file.fileName}: ${raw} bytes, ${gzip} gzip, ${brotli} brotli (npm run size)`);
      }
    },
  };
}

/**
 * Minifies the CSS inside css`` templates (terser leaves template text alone): drops comments
 * and collapses whitespace. Our styles hold no ${} interpolations or whitespace-sensitive strings.
 */
function minifyCssTemplates() {
  const squeeze = (css) =>
    css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/src/')) return null;
      // TypeScript emits css`…` as css `…`.
      const templates = /\bcss\s*`([^`$]*)`/g;
      if (!templates.test(code)) return null;
      return { code: code.replace(templates, (_, css) => `css\`${squeeze(css)}\``), map: null };
    },
  };
}

/** One file: modules imported on demand are inlined, without frozen namespace objects. */
const oneFile = { inlineDynamicImports: true, freeze: false, generatedCode: { arrowFunctions: true } };

const plugins = ({ module }) => [
  minifyCssTemplates(),
  nodeResolve({ browser: true }),
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    outDir: 'dist',
    noEmitOnError: true,
  }),
  terser({
    ecma: 2021,
    // A classic script's top-level `var NewsWidgets` is the global: it must keep its name.
    module,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/news-widgets.js', format: 'es', sourcemap: true, ...oneFile },
    plugins: [...plugins({ module: true }), sizeReport()],
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/news-widgets.iife.js',
      format: 'iife',
      name: 'NewsWidgets',
      sourcemap: true,
      ...oneFile,
    },
    plugins: plugins({ module: false }),
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

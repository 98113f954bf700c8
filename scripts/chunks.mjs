// The chunk manifest of the script-tag build: which content-hashed files each element, the
// strings runtime and each language need, dependencies first. The first Rollup configuration
// collects it; the loader's configurations read it as the module `news-widgets:manifest`; it is
// also written to dist/news-widgets.chunks.json for the size budgets and the embed builder.

/** Holds the manifest between the Rollup configurations of one build. */
export function chunkManifest() {
  const manifest = { value: undefined };
  manifest.collect = (elements) => ({
    name: 'chunk-manifest',
    generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** The chunk's file and every file it imports statically, dependencies first. */
      const closure = (chunk) => {
        const files = [];
        const visit = (current) => {
          for (const dependency of current.imports) visit(byName.get(dependency));
          if (!files.includes(current.fileName)) files.push(current.fileName);
        };
        visit(chunk);
        return files;
      };
      const from = (suffix) => chunks.find((chunk) => chunk.facadeModuleId?.endsWith(suffix));
      const languageChunks = chunks
        .map((chunk) => [/src\/i18n\/languages\/([\w-]+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1], chunk])
        .filter(([lang]) => lang);
      const languages = Object.fromEntries(
        languageChunks.map(([lang, chunk]) => [lang.toLowerCase(), closure(chunk)]),
      );
      manifest.value = {
        elements: Object.fromEntries(
          Object.entries(elements).map(([tag, source]) => {
            const chunk = from(source);
            return [
              tag,
              { files: closure(chunk), name: chunk.exports.find((name) => name.startsWith('News')) },
            ];
          }),
        ),
        strings: closure(from('src/strings.ts')),
        languages,
        shippedLanguages: ['en', ...languageChunks.map(([lang]) => lang).sort()],
      };
      this.emitFile({
        type: 'asset',
        fileName: 'news-widgets.chunks.json',
        source: `${JSON.stringify(manifest.value, null, 2)}\n`,
      });
    },
  });
  return manifest;
}

/** Provides `news-widgets:manifest` to the loader's build. */
export function manifestModule(manifest) {
  const id = '\0news-widgets:manifest';
  return {
    name: 'manifest-module',
    resolveId: (source) => (source === 'news-widgets:manifest' ? id : null),
    load(source) {
      if (source !== id) return null;
      if (!manifest.value) throw new Error('The chunks must be built before the loader.');
      return `export default ${JSON.stringify(manifest.value)};`;
    },
  };
}

// `npm run analyze` (cem analyze) writes custom-elements.json from the JSDoc on the element classes.
// Only the public modules (and the base class they inherit from) are described: src/internal/ and
// src/styles/ are implementation, not API.
export default {
  globs: ['src/*.ts', 'src/components/**/*.component.ts', 'src/internal/news-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
};

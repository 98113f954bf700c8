// `npm run analyze` (cem analyze) writes custom-elements.json from the JSDoc on the element classes.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};

/** The chunk manifest the build gives the loader (scripts/chunks.mjs). */
declare module 'news-widgets:manifest' {
  const manifest: {
    /** Per tag: the files to import, its own chunk last, and the name of its class. */
    elements: Record<string, { files: string[]; name: string }>;
    /** The strings runtime's files, its own chunk last. */
    strings: string[];
    /** Per shipped language (lower case), its files. */
    languages: Record<string, string[]>;
    /** Every shipped language's tag, English first. */
    shippedLanguages: string[];
  };
  export default manifest;
}

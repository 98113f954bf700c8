// Copies the pre-upgrade stylesheet into dist/, without comments and extra whitespace.
import { readFileSync, writeFileSync } from 'node:fs';

const source = readFileSync(new URL('../src/news-widgets.css', import.meta.url), 'utf8');
const minified = source
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};])\s*/g, '$1')
  .replace(/;}/g, '}')
  .trim();
writeFileSync(new URL('../dist/news-widgets.css', import.meta.url), `${minified}\n`);

// `npm run profile:coverage [-- --page card|all-four] [--top N]`: what a page carries that it
// never runs. Loads a page through the script tag (by default one article card; `all-four` adds
// the other three elements), waits until the network and the page are idle, and reports from
// Chromium's precise (block) coverage the bytes of minified code never executed: per loaded file,
// per source module (through the files' source maps) and per function (the top N). Needs
// `npm run build` first.
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { TraceMap, decodedMappings } from '@jridgewell/trace-mapping';
import { launchChromium } from '../tools/browser.mjs';
import { repositoryRoot, startServer } from '../tools/server.mjs';
import { ALL_FOUR_MARKUP, assertBuilt, BUILDS, CARD_MARKUP, writePage } from './candidates.mjs';
import { bytes } from './stats.mjs';

const { values: args } = parseArgs({
  options: { page: { type: 'string', default: 'card' }, top: { type: 'string', default: '25' } },
});
const body = { card: CARD_MARKUP, 'all-four': ALL_FOUR_MARKUP }[args.page];
if (!body) throw new Error(`--page is card or all-four, not ${args.page}`);
assertBuilt();

const server = await startServer();
const browser = await launchChromium();
const page = await browser.newPage();
await page.coverage.startJSCoverage({ resetOnNavigation: false, includeRawScriptCoverage: true });
const path = writePage(`coverage-${args.page}`, { scripts: [BUILDS.scriptTag], body });
await page.goto(`${server.origin}/${path}`, { waitUntil: 'networkidle0' });
await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
const scripts = await page.coverage.stopJSCoverage();
await browser.close();
await server.close();

/** Per character of `text`: the execution count of the innermost block around it (V8 nests them). */
function blockCounts(text, functions) {
  const counts = new Uint32Array(text.length);
  const ranges = functions
    .flatMap((fn) => fn.ranges)
    .sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
  for (const { startOffset, endOffset, count } of ranges) counts.fill(count, startOffset, endOffset);
  return counts;
}

/** Per character: the index of the innermost function around it. */
function functionOwners(text, functions) {
  const owners = new Int32Array(text.length).fill(-1);
  functions
    .map((fn, index) => [fn.ranges[0], index])
    .sort(([a], [b]) => a.startOffset - b.startOffset || b.endOffset - a.endOffset)
    .forEach(([{ startOffset, endOffset }, index]) => owners.fill(index, startOffset, endOffset));
  return owners;
}

/**
 * The file's source map, or undefined: the sources' paths, per character of `text` the index of
 * its source, and `origin(start, end)`, the source line a piece of code comes from.
 */
function sourceMap(file, text) {
  let map;
  try {
    // The file's own sourceMappingURL comment, or the usual name beside it.
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text)?.[1] ?? `${basename(file)}.map`;
    map = new TraceMap(readFileSync(join(dirname(file), url), 'utf8'));
  } catch {
    return undefined;
  }
  // Paths from the repository's root; a package's from its node_modules folder on.
  const sources = map.sources.map((source) => {
    const path = relative(repositoryRoot, join(dirname(file), source ?? ''));
    return path.includes('node_modules/') ? path.slice(path.lastIndexOf('node_modules/')) : path;
  });
  // Each mapping segment covers the generated code up to the next segment, across line ends: the
  // minifier maps only the first line of a multi-line template literal.
  const source = new Int32Array(text.length).fill(-1);
  const line = new Int32Array(text.length).fill(-1);
  const segmentStarts = new Uint8Array(text.length);
  const names = new Int32Array(text.length).fill(-1);
  let lineStart = 0;
  let previous = -1;
  const cover = (from, to) => {
    if (previous < 0) return;
    source.fill(source[previous], from, to);
    line.fill(line[previous], from, to);
  };
  for (const segments of decodedMappings(map)) {
    const lineEnd = text.indexOf('\n', lineStart);
    const end = lineEnd === -1 ? text.length : lineEnd;
    let covered = lineStart;
    for (const segment of segments) {
      const from = lineStart + segment[0];
      cover(covered, from);
      if (segment.length < 4) {
        previous = -1; // an unmapped stretch
      } else {
        segmentStarts[from] = 1;
        if (segment.length === 5) names[from] = segment[4];
        source[from] = segment[1];
        line[from] = segment[2] + 1;
        previous = from;
      }
      covered = from + 1;
    }
    cover(covered, end + 1);
    lineStart = end + 1;
  }
  /**
   * Where the code from `start` to `end` comes from: the source and line of its first mapped
   * segment, and the first original name just after its start.
   */
  const origin = (start, end) => {
    let i = start;
    while (i < end && !segmentStarts[i]) i += 1;
    if (i === end || source[i] < 0) return undefined;
    let named = i;
    while (named < Math.min(end, start + 20) && names[named] < 0) named += 1;
    const name = names[named] >= 0 ? map.names[names[named]] : undefined;
    return { where: `${sources[source[i]]}:${line[i]}`, name };
  };
  return { sources, source, origin };
}

/** V8's name where the minifier kept the real one (methods, exports), else the source map's. */
function functionName(v8Name = '', mapName) {
  if (v8Name === '<instance_members_initializer>') return '(class fields)';
  return (v8Name.length > 2 ? v8Name : mapName) || v8Name || '(anonymous)';
}

const top = Number(args.top);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)} %`;
const files = [];
const modules = new Map();
const functions = [];
for (const { url, text, rawScriptCoverage } of scripts) {
  if (!url.startsWith(server.origin)) continue;
  const name = new URL(url).pathname.slice(1);
  const counts = blockCounts(text, rawScriptCoverage.functions);
  const owners = functionOwners(text, rawScriptCoverage.functions);
  const map = sourceMap(join(repositoryRoot, name), text);
  let unused = 0;
  const perFunction = new Map();
  for (let i = 0; i < text.length; i++) {
    const never = counts[i] === 0;
    if (never) unused += 1;
    const entry = perFunction.get(owners[i]) ?? { size: 0, unused: 0, start: i };
    entry.size += 1;
    if (never) entry.unused += 1;
    perFunction.set(owners[i], entry);
    const module = map && map.source[i] >= 0 ? map.sources[map.source[i]] : `${name} (unmapped)`;
    const totals = modules.get(module) ?? { size: 0, unused: 0 };
    totals.size += 1;
    if (never) totals.unused += 1;
    modules.set(module, totals);
  }
  files.push({ name, size: text.length, unused });
  for (const [index, entry] of perFunction) {
    if (!entry.unused) continue;
    const fn = rawScriptCoverage.functions[index];
    const { startOffset, endOffset } = fn?.ranges[0] ?? { startOffset: 0, endOffset: text.length };
    const origin = map?.origin(startOffset, endOffset);
    functions.push({
      ...entry,
      called: fn?.ranges[0].count > 0,
      where: origin?.where ?? `${name}@${startOffset}`,
      name: functionName(fn?.functionName, origin?.name),
    });
  }
}

const pad = (value, width) => String(value).padStart(width);
console.log(
  `Coverage of the ${args.page === 'card' ? 'card-only' : 'all-four'} page through ${BUILDS.scriptTag}: bytes of minified code never executed.\n`,
);
console.log(`${'file'.padEnd(48)}${pad('bytes', 9)}${pad('never run', 11)}`);
for (const { name, size, unused } of files) {
  console.log(`${name.padEnd(48)}${pad(bytes(size), 9)}${pad(bytes(unused), 11)}  ${percent(unused, size)}`);
}
const total = files.reduce(
  (sum, file) => ({ size: sum.size + file.size, unused: sum.unused + file.unused }),
  {
    size: 0,
    unused: 0,
  },
);
console.log(
  `${'all'.padEnd(48)}${pad(bytes(total.size), 9)}${pad(bytes(total.unused), 11)}  ${percent(total.unused, total.size)}`,
);

console.log(`\nBy source module (source maps), most bytes never run first:`);
console.log(`${'module'.padEnd(64)}${pad('bytes', 8)}${pad('never run', 11)}`);
for (const [module, { size, unused }] of [...modules].sort((a, b) => b[1].unused - a[1].unused)) {
  if (!unused) continue;
  console.log(
    `${module.padEnd(64)}${pad(bytes(size), 8)}${pad(bytes(unused), 11)}  ${percent(unused, size)}`,
  );
}

console.log(
  `\nBy function, top ${top} by bytes never run ("never called", or the blocks a called one skipped):`,
);
for (const { unused, size, called, where, name } of functions
  .sort((a, b) => b.unused - a.unused)
  .slice(0, top)) {
  console.log(
    `${pad(bytes(unused), 7)} of ${pad(bytes(size), 6)}  ${(called ? 'partly' : 'never called').padEnd(12)}  ${name}  ${where}`,
  );
}

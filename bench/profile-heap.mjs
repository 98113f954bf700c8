// `npm run profile:heap [-- --candidates ID,ID] [--top N]`: what 1,000 cards keep on the JS heap.
// Takes a heap snapshot with 10 cards rendered and removed (templates and caches warm) and one with
// 1,000 cards in the page, and prints the growth by constructor (self size), per candidate
// (default news-widgets bundled without minifying, so that constructors keep their names, and
// the bare Lit card). Needs `npm run build` first.
import { parseArgs } from 'node:util';
import { launchChromium } from '../tools/browser.mjs';
import { startServer } from '../tools/server.mjs';
import { candidate, freshPage, openCandidate } from './harness.mjs';
import { renderCards } from './in-page.mjs';

const { values: args } = parseArgs({
  options: {
    candidates: { type: 'string', default: 'readable,bare-lit' },
    top: { type: 'string', default: '25' },
  },
});

async function snapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot: meta, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = meta.meta.node_fields;
  const types = meta.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const bySize = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]];
    // Native nodes (DOM, layout, style: the C++ heap) are outside usedJSHeapSize; keep them apart.
    const name =
      type === 'object' || type === 'native' || type === 'closure' ? strings[nodes[i + nameAt]] : `(${type})`;
    const key = `${type === 'native' ? 'native ' : ''}${name}`.slice(0, 70);
    const entry = bySize.get(key) ?? { size: 0, count: 0 };
    entry.size += nodes[i + sizeAt];
    entry.count += 1;
    bySize.set(key, entry);
  }
  return bySize;
}

const server = await startServer();
const browser = await launchChromium();
for (const id of args.candidates.split(',')) {
  const step = await candidate(id);
  const { page, close } = await freshPage(browser);
  await openCandidate(page, server.origin, step);
  const cdp = await page.createCDPSession();
  await page.evaluate(renderCards, { ...step, count: 10 }); // warm caches and templates
  const empty = await snapshot(cdp);
  await page.evaluate(renderCards, { ...step, keep: true });
  const full = await snapshot(cdp);
  const growth = [...full]
    .map(([key, { size, count }]) => [
      key,
      size - (empty.get(key)?.size ?? 0),
      count - (empty.get(key)?.count ?? 0),
    ])
    .filter(([, size]) => size > 0)
    .sort((a, b) => b[1] - a[1]);
  const js = growth.filter(([key]) => !key.startsWith('native '));
  const kb = (rows) => (rows.reduce((sum, [, size]) => sum + size, 0) / 1024).toFixed(0);
  console.log(
    `\n${step.label}: 1,000 cards keep ${kb(js)} KB on the JS heap and ${kb(growth)} KB with native objects; top JS by self size:`,
  );
  for (const [key, size, count] of js.slice(0, Number(args.top))) {
    console.log(`${(size / 1024).toFixed(1).padStart(8)} KB ${String(count).padStart(7)}×  ${key}`);
  }
  await close();
}
await browser.close();
await server.close();

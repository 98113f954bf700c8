// `node scripts/profile-heap.mjs`: what 1,000 article cards keep on the JS heap. Takes a heap
// snapshot with the cards in the page and one after they are removed, and prints the retained
// growth by constructor (self size), next to the same for the bare Lit baseline card.
// Needs `npm run build` first. Findings are in BENCHMARKS.md.
import { launchChromium } from '../tools/browser.mjs';
import { CANDIDATES, openCandidate, renderCards } from '../bench/profiling.mjs';
import { startServer } from '../tools/server.mjs';

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
for (const [name, { script, tag }] of Object.entries(CANDIDATES)) {
  const page = await openCandidate(browser, server.origin, { script, tag });
  const cdp = await page.createCDPSession();
  const render = (count) => renderCards(page, tag, { count, keep: true });
  await render(10); // warm caches and templates
  await page.evaluate(() => document.querySelector('#host').replaceChildren());
  const empty = await snapshot(cdp);
  await render(1000);
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
    `\n${name}: 1,000 cards keep ${kb(js)} KB on the JS heap and ${kb(growth)} KB with native objects; top JS by self size:`,
  );
  for (const [key, size, count] of js.slice(0, 25)) {
    console.log(`${(size / 1024).toFixed(1).padStart(8)} KB ${String(count).padStart(7)}×  ${key}`);
  }
  await page.close();
}
await browser.close();
await server.close();

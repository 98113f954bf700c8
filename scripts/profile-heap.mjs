// `node scripts/profile-heap.mjs`: what 1,000 article cards keep on the JS heap. Takes a heap
// snapshot with the cards in the page and one after they are removed, and prints the retained
// growth by constructor (self size), next to the same for the bare Lit baseline card.
// Needs `npm run build` first. Findings are in BENCHMARKS.md.
import { launchChromium } from '../test/e2e/support/browser.mjs';
import { CARD_ATTRIBUTES } from '../bench/card.mjs';
import { startServer } from '../test/e2e/support/server.mjs';

const CANDIDATES = {
  'news-widgets': { script: '/dist/news-widgets.js', tag: 'news-article-card' },
  'bare Lit': { script: '/bench/dist/bare-lit.js', tag: 'bare-lit-card' },
};

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
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/page.html`);
  await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction((tag) => customElements.get(tag), {}, tag);
  const cdp = await page.createCDPSession();
  const render = (count) =>
    page.evaluate(
      async (tag, count, attributes) => {
        const host = document.querySelector('#host');
        const cards = Array.from({ length: count }, () => {
          const card = document.createElement(tag);
          for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
          return card;
        });
        host.append(...cards);
        await Promise.all(cards.map((card) => card.updateComplete));
        host.getBoundingClientRect();
      },
      tag,
      count,
      CARD_ATTRIBUTES,
    );
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

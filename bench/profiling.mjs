// What the profiling scripts (scripts/profile-*.mjs) share: the candidates they compare, a page
// with one of them loaded, rendering the benchmark's cards in it, and self time per function from
// a CPU profile. Runs in Node; the cards are made in the page.
import { CARD_ATTRIBUTES } from './card.mjs';

/** news-widgets and the bare Lit baseline (bundled by `npm run bench`). */
export const CANDIDATES = {
  'news-widgets': { script: '/dist/news-widgets.js', tag: 'news-article-card' },
  'bare Lit': { script: '/bench/dist/bare-lit.js', tag: 'bare-lit-card' },
};

/** A new page on the benchmark's empty page with `script` loaded and `tag` defined. */
export async function openCandidate(browser, origin, { script, tag }) {
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/page.html`);
  await page.addScriptTag({ url: script, type: 'module' });
  await page.waitForFunction((tag) => customElements.get(tag), {}, tag);
  return page;
}

/**
 * Appends `count` cards, waits for their updates and forces style and layout; returns the time
 * that took in ms. Unless `keep`, then removes them and lays the page out again.
 */
export function renderCards(page, tag, { count = 1000, keep = false } = {}) {
  return page.evaluate(
    async (tag, count, keep, attributes) => {
      const host = document.querySelector('#host');
      const cards = Array.from({ length: count }, () => {
        const card = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
        return card;
      });
      const start = performance.now();
      host.append(...cards);
      await Promise.all(cards.map((card) => card.updateComplete));
      host.getBoundingClientRect(); // style and layout
      const time = performance.now() - start;
      if (!keep) {
        host.replaceChildren();
        host.getBoundingClientRect();
      }
      return time;
    },
    tag,
    count,
    keep,
    CARD_ATTRIBUTES,
  );
}

/**
 * Runs in the page (`page.evaluate(coldStartInPage, …)`): from inserting the script tag, with one
 * card in the page, to that card rendered and laid out, in ms.
 */
export async function coldStartInPage({ tag, script, attributes }) {
  const host = document.querySelector('#host');
  const first = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) first.setAttribute(name, value);
  host.append(first);
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.type = 'module';
    element.src = script;
    element.onload = resolve;
    element.onerror = reject;
    document.head.append(element);
  });
  await customElements.whenDefined(tag);
  await first.updateComplete;
  host.getBoundingClientRect(); // layout done
  const time = performance.now() - start;
  first.remove();
  return time;
}

/**
 * Adds the self time (µs) of each function in a CPU profile (CDP `Profiler.stop`) to `into`, keyed
 * by name and file:line; skips the harness's own code. With `total`, also adds each function's
 * total time (itself and what it calls, counted once per sample) to `total`. Returns the time
 * sampled.
 */
export function addSelfTimes(profile, into, total) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const keyOf = ({ functionName, url, lineNumber }) =>
    `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : '(native)'}`;
  let sampled = 0;
  profile.samples.forEach((id, i) => {
    const { callFrame } = nodes.get(id);
    if (callFrame.url.startsWith('pptr:')) return; // the harness itself
    const delta = profile.timeDeltas[i] ?? 0;
    into.set(keyOf(callFrame), (into.get(keyOf(callFrame)) ?? 0) + delta);
    sampled += delta;
    if (!total) return;
    const counted = new Set();
    for (let node = id; node !== undefined; node = parents.get(node)) {
      const frame = nodes.get(node).callFrame;
      if (frame.url.startsWith('pptr:') || frame.functionName === '(root)') continue;
      const key = keyOf(frame);
      if (counted.has(key)) continue; // recursion
      counted.add(key);
      total.set(key, (total.get(key) ?? 0) + delta);
    }
  });
  return sampled;
}

/** Runs `action` under a Chromium performance trace of `categories`; its result and the events. */
export async function traced(page, categories, action) {
  await page.tracing.start({ categories });
  const result = await action();
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  return { result, events: traceEvents };
}

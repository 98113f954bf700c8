// How the benchmark and the profiles drive Chromium (Node side): fresh pages, a candidate loaded in
// a page or in one of several frames side by side, and what CPU profiles and traces give back.
import {
  assertBuilt,
  CANDIDATES,
  READABLE,
  buildBaselines,
  buildReadable,
  emptyPage,
} from './candidates.mjs';
import { CARD_ATTRIBUTES } from './card.mjs';
import { coldStart } from './in-page.mjs';

/** The candidate `id` (from CANDIDATES, or `readable`) with the benchmark's attributes: what the in-page steps take. */
export const step = (id) => ({
  id,
  ...(id === 'readable' ? READABLE : CANDIDATES[id]),
  attributes: CARD_ATTRIBUTES,
});

/**
 * step(id), after building its bundle when it is a baseline, or `readable`: news-widgets bundled
 * without minifying, so that profiles name its functions.
 */
export async function candidate(id) {
  if (id !== 'readable' && !CANDIDATES[id]) {
    throw new Error(
      `unknown candidate "${id}": one of ${[...Object.keys(CANDIDATES), 'readable'].join(', ')}`,
    );
  }
  assertBuilt();
  if (id === 'readable') await buildReadable();
  else if (!CANDIDATES[id].script.startsWith('dist/')) await buildBaselines();
  return step(id);
}

/** A page in a browser context of its own: nothing cached, and a renderer process of its own. */
export async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  return { page, close: () => context.close() };
}

/** Opens the candidate's empty page in `page` and loads its script; no card is left in the page. */
export async function openCandidate(page, origin, step) {
  await page.goto(`${origin}/${emptyPage(step)}`);
  await page.evaluate(coldStart, step);
  await page.evaluate(() => document.querySelector('#host').replaceChildren());
}

/**
 * The candidates side by side: each in a same-origin iframe of `page` (its own document, styles
 * and element registry, one main thread for all), its script loaded. Returns the frames by id.
 */
export async function sideBySide(page, origin, steps) {
  await page.evaluate(
    async (frames) => {
      for (const [name, src] of frames) {
        const frame = document.createElement('iframe');
        Object.assign(frame, { name, src });
        frame.style.cssText = 'position: absolute; inset: 0; width: 1280px; height: 900px; border: 0';
        document.body.append(frame);
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      }
    },
    steps.map((step) => [step.id, `/${emptyPage(step)}`]),
  );
  const frames = {};
  for (const step of steps) {
    frames[step.id] = page.frames().find((frame) => frame.name() === step.id);
    await frames[step.id].evaluate(coldStart, step);
    await frames[step.id].evaluate(() => document.querySelector('#host').replaceChildren());
  }
  return frames;
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

// First renders share a time budget per task. A page that upgrades many widgets at once (the
// library loaded after the page painted, a list of a thousand cards) would otherwise render them
// all in one long task and block input and painting. Past the budget, the remaining first
// renders wait for the next task; later updates are never delayed. Until its first render, an
// element shows its light-DOM fallback (see NewsElement), so waiting never blanks it, and only
// where news-widgets.css lays that fallback out in the widget's box: without it, a widget that
// renders a frame late would move the page, so every first render happens at once, as it would
// without slices.

/** Milliseconds of first renders per task: a task stays under 50 ms even on a phone 4× slower. */
const SLICE_BUDGET_MS = 8;

let slice = 0;
let deadline: number | undefined;
let nextSlice: Promise<void> | undefined;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Resolves in a new task: `scheduler.yield()` where there is one, else a message to ourselves. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Whether the page has news-widgets.css: it sets `--news-widgets-css` on the root. */
export function pageHasWidgetsCss(): boolean {
  const root = globalThis.document?.documentElement;
  return !!root && getComputedStyle(root).getPropertyValue('--news-widgets-css').trim() !== '';
}

let holdsBox: boolean | undefined;

/**
 * Whether a widget waiting for its first render keeps its box (news-widgets.css lays its
 * fallback out). Read once per task.
 */
export function fallbacksKeepTheirBox(): boolean {
  if (holdsBox === undefined) {
    holdsBox = pageHasWidgetsCss();
    void nextTask().then(() => (holdsBox = undefined));
  }
  return holdsBox;
}

/** Starts a slice now; it ends with this task or when the budget is spent. */
function startSlice(): void {
  const id = ++slice;
  deadline = performance.now() + SLICE_BUDGET_MS;
  void nextTask().then(() => {
    if (slice === id && !nextSlice) deadline = undefined;
  });
}

/**
 * Whether a first render may run now: true while the current task's budget lasts (starting a
 * slice if none is running), so a few elements render at once. Render in the same microtask when
 * it says so; otherwise wait for `nextRenderSlice()` and ask again.
 */
export function mayRenderNow(): boolean {
  if (deadline === undefined && !nextSlice) startSlice();
  return deadline !== undefined && performance.now() < deadline;
}

/** Resolves when the next slice starts, in a new task. */
export function nextRenderSlice(): Promise<void> {
  return (nextSlice ??= nextTask().then(() => {
    nextSlice = undefined;
    startSlice();
  }));
}

// Deadlines run on the real clock, taken before any test installs a fake one.
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);

/** Records `console.warn` calls until `restore()`; the messages are joined into strings. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.filter((arg) => typeof arg === 'string').join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Text as a reader sees it: without the invisible marks that isolate page text's direction
 * (U+2066–U+2069, which widgets may put around a name or a credit), whitespace collapsed.
 */
export function readable(node: Node | null | undefined): string {
  return (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The element's rendered text as a reader sees it: its shadow root's `readable` text. */
export function shadowText(element: Element): string {
  return readable(element.shadowRoot);
}

/**
 * The heading level assistive technology announces for `element`: from `h1`–`h6`, or from
 * `role="heading"` with `aria-level`; `undefined` when it is no heading.
 */
export function headingLevelOf(element: Element | null | undefined): number | undefined {
  if (!element) return undefined;
  const tag = /^h([1-6])$/.exec(element.localName);
  if (tag) return Number(tag[1]);
  return element.getAttribute('role') === 'heading' ? Number(element.getAttribute('aria-level')) : undefined;
}

/** Whether `element` takes up space on screen (it exists, and is not display: none or hidden). */
export function onScreen(element: Element | null | undefined): boolean {
  return !!element && element.getClientRects().length > 0;
}

/** Collects the events of `type` dispatched on `target` (and bubbling to it). */
export function recordEvents<T extends Event = CustomEvent>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/**
 * `promise`, or a rejection naming `what` when it has not settled after `ms` milliseconds of real
 * time (a fake clock installed by the test does not move this deadline).
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, late]).finally(() => realClearTimeout(timer));
}

/**
 * Resolves once `condition()` holds. It is checked now and after every change to `element`'s
 * light DOM or shadow root (children, text, attributes), so a render is the signal; nothing
 * polls. Rejects, naming `what`, when it still does not hold after `timeout` ms.
 */
export function rendered(
  element: Element,
  condition: () => boolean,
  what: string,
  timeout = 5000,
): Promise<void> {
  if (condition()) return Promise.resolve();
  let observer: MutationObserver | undefined;
  const held = new Promise<void>((resolve) => {
    observer = new MutationObserver(() => {
      if (condition()) resolve();
    });
    const options = { childList: true, subtree: true, attributes: true, characterData: true };
    observer.observe(element, options);
    if (element.shadowRoot) observer.observe(element.shadowRoot, options);
  });
  return withDeadline(held, timeout, what).finally(() => observer?.disconnect());
}

/**
 * Resolves in a new task, after every microtask queued before it has run: the rest of an async
 * handler that awaited an already settled promise, a MutationObserver callback, or the other
 * observers' callbacks delivered in the same task as the caller's.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/** Resolves with `load` or `error` once `img` has finished, at once if it already has. */
export function imageSettled(img: HTMLImageElement): Promise<'load' | 'error'> {
  if (img.complete) return Promise.resolve(img.naturalWidth > 0 ? 'load' : 'error');
  return new Promise((resolve) => {
    img.addEventListener('load', () => resolve('load'), { once: true });
    img.addEventListener('error', () => resolve('error'), { once: true });
  });
}

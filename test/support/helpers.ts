/** Records `console.warn` calls until `restore()`; the messages are joined into strings. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.filter((arg) => typeof arg === 'string').join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The element's rendered text as a reader sees it: shadow text, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Resolves after `ms` milliseconds. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Collects the events of `type` dispatched on `target` (and bubbling to it). */
export function recordEvents<T extends Event = CustomEvent>(target: EventTarget, type: string): T[] {
  const events: T[] = [];
  target.addEventListener(type, (event) => events.push(event as T));
  return events;
}

/** Waits for `condition` to hold, polling, or throws after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await wait(20);
  }
}

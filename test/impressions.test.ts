import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/article-card.js';
import '../src/photo-caption.js';
import '../src/pull-quote.js';
import '../src/related-stories.js';
import { nextTask, recordEvents, withDeadline } from './support/helpers.js';

// The contract: `news-impression` fires once per element when at least 50 % of it has been in
// view for one continuous second. Time is a fake clock (setTimeout only). Intersections come from
// the browser's rendering loop, which no fake clock drives: each step moves the element, waits
// until an IntersectionObserver of the test's own reports the new position, and lets the task
// that delivered it (the widget's observer is told in the same task) finish before the clock moves.

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Fine enough to notice every crossing the widget's own thresholds could notice. */
const THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 20);

/** Elements handed to any IntersectionObserver since the test began (the widget observes when idle). */
let observed: Set<Element>;
let onObserve: (() => void) | undefined;
const nativeObserve = IntersectionObserver.prototype.observe;

let clock: sinon.SinonFakeTimers | undefined;
const watchers: Watcher[] = [];

/** Resolves once the widget has handed `element` to its IntersectionObserver. */
function untilObserved(element: Element): Promise<void> {
  const handed = new Promise<void>((resolve) => {
    onObserve = () => {
      if (observed.has(element)) resolve();
    };
    onObserve();
  });
  return withDeadline(handed, 5000, `<${element.localName}> to be observed`).finally(
    () => (onObserve = undefined),
  );
}

/**
 * Moves `element`, inside a `position: fixed` frame, so that a given share of its height is in
 * the viewport, and resolves when the browser has reported that position to the observers.
 */
class Watcher {
  #observer: IntersectionObserver;
  #pending?: { test: (entry: IntersectionObserverEntry) => boolean; resolve: () => void };

  constructor(
    readonly element: HTMLElement,
    readonly frame: HTMLElement,
  ) {
    // Created after the widget's observer, so it is told after the widget's in the same task.
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (this.#pending?.test(entry)) {
            this.#pending.resolve();
            this.#pending = undefined;
          }
        }
      },
      { threshold: THRESHOLDS },
    );
    this.#observer.observe(element);
  }

  /** Shows `share` (0–1) of the element at the bottom of the viewport; 0 puts it below it. */
  async show(share: number): Promise<void> {
    const box = this.element.getBoundingClientRect();
    const offset = box.top - this.frame.getBoundingClientRect().top; // the element's margin
    const seen = new Promise<void>((resolve) => {
      this.#pending = {
        test: (entry) =>
          share === 0 ? !entry.isIntersecting : Math.abs(entry.intersectionRatio - share) < 0.02,
        resolve,
      };
    });
    const top = share === 0 ? innerHeight + 100 : innerHeight - share * box.height - offset;
    this.frame.style.top = `${top}px`;
    await withDeadline(seen, 5000, `the browser to report ${share * 100} % in view`);
    // The widget's observer was told in the task that told ours: let that task finish.
    await nextTask();
  }

  disconnect(): void {
    this.#observer.disconnect();
  }
}

/**
 * Renders `template` inside a frame below the viewport, waits until the widget observes it, then
 * installs the fake clock. Returns a watcher for the first news element in the frame.
 */
async function inFrame(template: ReturnType<typeof html>): Promise<Watcher> {
  const frame = await fixture<HTMLElement>(html`
    <div style="position: fixed; left: 0; width: 400px; top: calc(100vh + 100px)">${template}</div>
  `);
  const element = frame.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await element.updateComplete;
  expect(element.getBoundingClientRect().height, 'the element is a box').to.be.greaterThan(0);
  expect(element.getBoundingClientRect().height, 'shorter than half the viewport').to.be.below(
    innerHeight / 2,
  );
  await untilObserved(element);
  clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const watcher = new Watcher(element, frame);
  watchers.push(watcher);
  return watcher;
}

const quote = () => html`<news-pull-quote author="Jens Stoltenberg">A short quotation.</news-pull-quote>`;

describe('news-impression', () => {
  beforeEach(() => {
    observed = new Set();
    IntersectionObserver.prototype.observe = function (this: IntersectionObserver, target: Element) {
      observed.add(target);
      onObserve?.();
      nativeObserve.call(this, target);
    };
  });

  afterEach(() => {
    IntersectionObserver.prototype.observe = nativeObserve;
    onObserve = undefined;
    for (const watcher of watchers.splice(0)) watcher.disconnect();
    clock?.restore();
    clock = undefined;
  });

  it('fires once, after at least half of the element has been in view for one second', async () => {
    const view = await inFrame(quote());
    const events = recordEvents<CustomEvent>(view.element, 'news-impression');
    await view.show(0.6);
    clock!.tick(999);
    expect(events, 'at 0.999 s').to.have.length(0);
    clock!.tick(1);
    expect(events, 'at 1 s').to.have.length(1);
    const [event] = events;
    expect(event!.target === view.element).to.be.true;
    expect(event!.detail).to.deep.equal({ widget: 'news-pull-quote' });
    expect(event!.bubbles && event!.composed).to.be.true;
  });

  it('never fires with 40 % in view, and does with 60 %', async () => {
    const view = await inFrame(quote());
    const events = recordEvents(view.element, 'news-impression');
    await view.show(0.4);
    clock!.tick(60_000);
    expect(events, '40 % in view for a minute').to.have.length(0);
    await view.show(0.6);
    clock!.tick(1100);
    expect(events, '60 % in view for 1.1 s').to.have.length(1);
  });

  it('never fires for 0.9 s in view, even twice, and does for 1.1 s in one go', async () => {
    const view = await inFrame(quote());
    const events = recordEvents(view.element, 'news-impression');
    await view.show(1);
    clock!.tick(900);
    await view.show(0);
    clock!.tick(60_000);
    expect(events, 'after 0.9 s in view').to.have.length(0);
    await view.show(0.6);
    clock!.tick(900);
    await view.show(0.4);
    await view.show(0.6);
    clock!.tick(900);
    expect(events, 'after 0.9 s, a dip under half, and 0.9 s again').to.have.length(0);
    await view.show(0);
    await view.show(1);
    clock!.tick(1100);
    expect(events, 'after 1.1 s in view').to.have.length(1);
  });

  it('fires only once per element, however often it comes back into view', async () => {
    const view = await inFrame(quote());
    const events = recordEvents(view.element, 'news-impression');
    await view.show(1);
    clock!.tick(1000);
    expect(events).to.have.length(1);
    await view.show(0);
    await view.show(1);
    clock!.tick(60_000);
    // Taken off the page and put back: still the same element, still seen.
    const { frame, element } = view;
    element.remove();
    frame.append(element);
    await view.show(0);
    await view.show(1);
    clock!.tick(60_000);
    expect(events).to.have.length(1);
  });

  it('never fires for an element that leaves the page before its second is up', async () => {
    const view = await inFrame(html`
      <news-pull-quote author="A">The same words.</news-pull-quote>
      <news-pull-quote author="B" style="position: absolute; top: 0; left: 0; width: 100%"
        >The same words.</news-pull-quote
      >
    `);
    const [leaving, staying] = Array.from(view.frame.querySelectorAll('news-pull-quote'));
    await untilObserved(staying!);
    const left = recordEvents(leaving!, 'news-impression');
    const stayed = recordEvents(staying!, 'news-impression');
    await view.show(1);
    clock!.tick(900);
    leaving!.remove();
    clock!.tick(100);
    expect(stayed, 'the element that stayed, at 1 s').to.have.length(1);
    clock!.tick(60_000);
    expect(left, 'the element that left').to.have.length(0);
  });

  for (const [name, template] of [
    ['news-pull-quote', quote()],
    [
      'news-article-card',
      html`<news-article-card headline="NATO Days officially open in Georgia" href="/s"></news-article-card>`,
    ],
    [
      'news-photo-caption',
      html`<news-photo-caption src=${PIXEL} alt="" width="4" height="1">Caption</news-photo-caption>`,
    ],
    [
      'news-related-stories',
      html`<news-related-stories
        ><ul>
          <li><a href="/a">A story</a></li>
        </ul></news-related-stories
      >`,
    ],
  ] as const) {
    it(`fires from <${name}> with its tag name`, async () => {
      const view = await inFrame(template);
      const events = recordEvents<CustomEvent>(view.element, 'news-impression');
      await view.show(1);
      clock!.tick(999);
      expect(events, 'at 0.999 s').to.have.length(0);
      clock!.tick(1);
      expect(events.map((event) => event.detail)).to.deep.equal([{ widget: name }]);
    });
  }
});

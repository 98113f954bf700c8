import sinon from 'sinon';
import '../../src/related-stories.js';
import type { Story } from '../../src/related-stories.js';
import { el, image, visualSuite } from './support.js';

/** The demo's related stories (demo/data/related.json). */
const STORIES: Story[] = [
  {
    title: 'New wave of Georgian soldiers sent for NATO Resolute Support mission in Afghanistan',
    url: '/stories/resolute-support',
    image: image('patrol', 480),
    section: 'Defence',
  },
  {
    title: '“One day Georgia will become a member of NATO “, - President of the NATO Parliamentary Assembly',
    url: '/stories/assembly',
    image: image('assembly', 480),
    section: 'Politics',
  },
  {
    title: 'NATO Days officially open in Georgia',
    url: '/stories/nato-days',
    image: image('nato-days', 480),
    section: 'Georgia',
  },
];

/** A feed that never answers, so the element stays in its loading state. */
const PENDING_FEED = '/test/visual/pending-feed.json';

const related = (attributes: Record<string, string | number> = {}) => {
  const element = el('news-related-stories', attributes) as HTMLElement & { stories?: Story[] };
  element.stories = STORIES;
  return element;
};

beforeEach(() => {
  const fetch = window.fetch.bind(window);
  sinon
    .stub(window, 'fetch')
    .callsFake((input, init) =>
      String(input).endsWith(PENDING_FEED)
        ? new Promise((_, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
          )
        : fetch(input, init),
    );
});

afterEach(() => sinon.restore());

visualSuite('news-related-stories', [
  ['layout="list" (default)', () => related()],
  ['layout="grid"', () => related({ layout: 'grid' })],
  [
    'layout="numbered" heading="Read next" limit="2"',
    () => related({ layout: 'numbered', heading: 'Read next', limit: 2 }),
  ],
  ['loading a feed, limit="3"', () => el('news-related-stories', { src: PENDING_FEED, limit: 3 })],
]);

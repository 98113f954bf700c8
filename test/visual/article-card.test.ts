import '../../src/article-card.js';
import { CONTENT, el, image, SIZES, srcset, visualSuite } from './support.js';

const card = (attributes: Record<string, string | number | undefined> = {}) =>
  el('news-article-card', {
    href: '/stories/georgia-nato',
    kicker: 'Politics',
    headline: CONTENT.headline,
    summary: CONTENT.summary,
    author: 'news-widgets demo',
    published: '2018-04-27',
    source: 'news-widgets demo',
    image: image('briefing'),
    'image-srcset': srcset('briefing'),
    'image-sizes': SIZES,
    'image-alt': 'A lectern with a microphone in front of a row of flags',
    'image-width': 1440,
    'image-height': 810,
    ...attributes,
  });

visualSuite('news-article-card', [
  ['layout="vertical" (default)', () => card()],
  ['layout="horizontal"', () => card({ layout: 'horizontal' })],
  ['layout="compact"', () => card({ layout: 'compact' })],
  ['layout="overlay"', () => card({ layout: 'overlay' })],
  ['without an image', () => card({ image: undefined, 'image-srcset': undefined, 'image-alt': undefined })],
]);

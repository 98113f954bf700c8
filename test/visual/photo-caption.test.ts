import '../../src/photo-caption.js';
import { el, image, SIZES, srcset, visualSuite } from './support.js';

const CAPTION =
  'A Georgian soldier scans for enemy activity while on patrol in the Helmand province, Afghanistan. April 2012';

const photo = (attributes: Record<string, string | number | boolean> = {}) =>
  el(
    'news-photo-caption',
    {
      src: image('patrol'),
      srcset: srcset('patrol'),
      sizes: SIZES,
      width: 1440,
      height: 810,
      alt: 'The silhouette of a soldier on patrol against mountains at dusk',
      credit: 'news-widgets demo',
      ...attributes,
    },
    CAPTION,
  );

visualSuite('news-photo-caption', [
  ['src, srcset, a bare credit (localised label)', () => photo()],
  [
    'slotted <img>, labelled credit',
    () =>
      el(
        'news-photo-caption',
        { credit: 'Illustration: news-widgets demo' },
        el('img', {
          slot: 'image',
          src: image('isaf'),
          alt: 'Tents and an armoured vehicle at a desert camp under a pale sky',
          width: 1440,
          height: 810,
        }),
        'Georgian soldier in ISAF mission',
      ),
  ],
  [
    'slotted <picture> with sources',
    () =>
      el(
        'news-photo-caption',
        { credit: 'Illustration: news-widgets demo' },
        el(
          'picture',
          { slot: 'image' },
          el('source', { type: 'image/webp', srcset: srcset('jtec'), sizes: SIZES }),
          el('img', {
            src: image('jtec'),
            alt: 'A red ribbon across the entrance of a training centre, with flags on either side',
            width: 1440,
            height: 810,
          }),
        ),
        'Jens Stoltenberg at the opening ceremony of JTEC (Joint Training and Evaluation Centre)',
      ),
  ],
  ['zoomable', () => photo({ zoomable: true, credit: 'Illustration: news-widgets demo' })],
  [
    'failed image (placeholder, caption kept)',
    () => photo({ src: '/test/visual/img/missing.webp', srcset: '', zoomable: true }),
  ],
]);

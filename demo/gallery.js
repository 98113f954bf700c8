// The gallery: every element in every layout and variant, each in a 300 px sidebar and a wide
// column, then every element in light and dark in English, Georgian and Arabic side by side.
// Built with DOM calls (no markup strings), so it runs under a strict CSP, after the page's first
// paint (after-paint.js).
import '/dist/news-widgets.js';
import { setUpControls } from './controls.js';

const LEAD = {
  headline:
    'Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations',
  summary:
    '“Georgia is a very close partner of NATO. We are carrying out different kinds of activities to ensure practical and political support to Georgia”, - NATO Secretary General Jens Stoltenberg said at a briefing in Brussels.',
};
const QUOTE = 'So, not only NATO supports Georgia, but Georgia also greatly supports NATO';
const PARAGRAPHS = [
  'Georgia and North Atlantic Treaty Organization (NATO) relations officially began in 1994 when Georgia joined the NATO-run Partnership for Peace. Georgia has moved quickly following the Rose Revolution in 2003 to seek closer ties and eventual membership with NATO.',
  'Georgia joined the war in Afghanistan in 2004. Georgian forces worked with NATO forces in the International Security Assistance Force (ISAF) in Afghanistan, as part of the election security force.',
];

const srcset = (name) => `img/${name}-480.webp 480w, img/${name}-960.webp 960w, img/${name}-1440.webp 1440w`;
const SIZES = '(min-width: 1000px) 800px, 100vw';

/** `el('p', { class: 'x' }, 'text', child)`; attribute `true` writes a boolean attribute. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  element.append(...children.filter((child) => child !== undefined));
  return element;
}

const card = (attributes = {}) =>
  el('news-article-card', {
    href: 'index.html',
    kicker: 'Politics',
    headline: LEAD.headline,
    summary: LEAD.summary,
    published: '2018-04-27',
    source: 'news-widgets demo',
    image: 'img/briefing-960.webp',
    'image-srcset': srcset('briefing'),
    'image-sizes': SIZES,
    'image-alt': 'A lectern with a microphone in front of a row of NATO and Georgian flags',
    'image-width': 1440,
    'image-height': 810,
    ...attributes,
  });

const quote = (attributes = {}, text = QUOTE) =>
  el(
    'news-pull-quote',
    { author: 'Jens Stoltenberg', 'author-title': 'NATO Secretary General', ...attributes },
    text,
  );

const photo = (attributes = {}) =>
  el(
    'news-photo-caption',
    {
      src: 'img/patrol-960.webp',
      srcset: srcset('patrol'),
      sizes: SIZES,
      width: 1440,
      height: 810,
      alt: 'The silhouette of a soldier on patrol against mountains at dusk',
      credit: 'Illustration: news-widgets demo',
      ...attributes,
    },
    'A Georgian soldier scans for enemy activity while on patrol in the Helmand province, Afghanistan. April 2012',
  );

const related = (attributes = {}) =>
  el(
    'news-related-stories',
    { src: 'data/related.json', ...attributes },
    el(
      'ul',
      {},
      el('li', {}, el('a', { href: 'index.html#nato-days' }, 'NATO Days officially open in Georgia')),
    ),
  );

const inText = (widget) =>
  el('div', { class: 'gallery-text' }, el('p', {}, PARAGRAPHS[0]), widget, el('p', {}, PARAGRAPHS[1]));

/** Every element and its variants: [element, [label, () => widget][]]. */
const CATALOGUE = [
  [
    'news-article-card',
    [
      ['layout="vertical" (default)', () => card()],
      ['layout="horizontal"', () => card({ layout: 'horizontal' })],
      ['layout="compact"', () => card({ layout: 'compact' })],
      ['layout="overlay"', () => card({ layout: 'overlay' })],
      [
        'Without an image',
        () => card({ image: undefined, 'image-srcset': undefined, 'image-alt': undefined }),
      ],
      [
        'From JSON-LD: src="data/georgia-nato.jsonld" only',
        () =>
          el(
            'news-article-card',
            { src: 'data/georgia-nato.jsonld' },
            el('a', { href: 'index.html' }, 'Jens Stoltenberg says Georgia greatly supports NATO'),
          ),
      ],
    ],
  ],
  [
    'news-pull-quote',
    [
      ['variant="default"', () => quote()],
      ['variant="emphasis"', () => quote({ variant: 'emphasis' })],
      ['variant="boxed" with share', () => quote({ variant: 'boxed', share: true })],
      ['align="center"', () => quote({ align: 'center', variant: 'emphasis' })],
      [
        'align="end" inside article text',
        () => inText(quote({ align: 'end' }, 'Georgia is a very close partner of NATO.')),
      ],
      [
        'align="start" inside article text',
        () => inText(quote({ align: 'start', variant: 'boxed' }, 'Georgia is a very close partner of NATO.')),
      ],
    ],
  ],
  [
    'news-photo-caption',
    [
      ['src, srcset and a labelled credit', () => photo()],
      ['zoomable (opens a lightbox)', () => photo({ zoomable: true })],
      ['A bare credit gets the localised label', () => photo({ credit: 'news-widgets demo' })],
      [
        'A slotted <picture>',
        () =>
          el(
            'news-photo-caption',
            { credit: 'Illustration: news-widgets demo', zoomable: true },
            el(
              'picture',
              { slot: 'image' },
              el('source', { type: 'image/webp', srcset: srcset('jtec'), sizes: SIZES }),
              el('img', {
                src: 'img/jtec-960.webp',
                alt: 'A red ribbon across the entrance of a training centre, with flags on either side',
                width: 1440,
                height: 810,
                loading: 'lazy',
              }),
            ),
            'Jens Stoltenberg at the opening ceremony of JTEC (Joint Training and Evaluation Centre)',
          ),
      ],
      [
        'Caption only (caption attribute, no image)',
        () =>
          el('news-photo-caption', {
            caption: 'Georgian soldier in ISAF mission',
            credit: 'Illustration: news-widgets demo',
          }),
      ],
    ],
  ],
  [
    'news-related-stories',
    [
      ['layout="list" (default), from a JSON Feed', () => related()],
      ['layout="grid"', () => related({ layout: 'grid' })],
      [
        'layout="numbered", heading="Read next", limit="2"',
        () => related({ layout: 'numbered', heading: 'Read next', limit: 2 }),
      ],
    ],
  ],
];

function frame(label, widget, attributes = {}) {
  return el(
    'div',
    {
      class: ['frame', attributes.kind, attributes.theme === 'dark' && 'dark'].filter(Boolean).join(' '),
      lang: attributes.lang,
      dir: attributes.dir,
    },
    el('p', { class: 'frame-label', lang: 'en', dir: 'ltr' }, label),
    widget,
  );
}

const WIDGETS = 'news-article-card, news-pull-quote, news-photo-caption, news-related-stories';

/**
 * Waits until the widget in `node` has rendered (the library loads each element's code when the
 * page first uses it), then for the next task: the page is built one widget per task, each at the
 * end of what is there, so nothing above it moves.
 */
async function rendered(node) {
  const widget = node.matches(WIDGETS) ? node : node.querySelector(WIDGETS);
  await customElements.whenDefined(widget.localName);
  await widget.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

async function buildCatalogue(container) {
  for (const [tag, variants] of CATALOGUE) {
    const section = el(
      'section',
      { 'aria-labelledby': `${tag}-title` },
      el('h2', { id: `${tag}-title` }, `<${tag}>`),
    );
    container.append(section);
    for (const [label, make] of variants) {
      const columns = el('div', { class: 'specimen-columns' });
      section.append(el('div', { class: 'specimen' }, el('h3', {}, label), columns));
      for (const [frameLabel, kind] of [
        ['In a 300 px sidebar', 'sidebar'],
        ['In a wide column', 'wide'],
      ]) {
        const widget = make();
        columns.append(frame(frameLabel, widget, { kind }));
        await rendered(widget);
      }
    }
  }
  container.removeAttribute('aria-busy');
}

const LANGUAGES = [
  ['en', 'ltr', 'English'],
  ['ka', 'ltr', 'Georgian'],
  ['ar', 'rtl', 'Arabic'],
];

async function buildSideBySide(container) {
  const makers = [
    ['news-article-card', () => card({ layout: 'vertical' })],
    ['news-pull-quote', () => quote({ share: true })],
    ['news-photo-caption', () => photo({ credit: 'news-widgets demo', zoomable: true })],
    ['news-related-stories', () => related({ layout: 'numbered' })],
  ];
  for (const [tag, make] of makers) {
    const grid = el('div', { class: 'side-by-side' });
    container.append(el('div', { class: 'specimen', 'data-fixed': true }, el('h3', {}, `<${tag}>`), grid));
    for (const [lang, dir, language] of LANGUAGES) {
      for (const theme of ['light', 'dark']) {
        const widget = make();
        widget.setAttribute('theme', theme);
        grid.append(frame(`${language}, ${theme}`, widget, { lang, dir, theme }));
        await rendered(widget);
      }
    }
  }
  container.removeAttribute('aria-busy');
}

// The specimens come one task at a time, so the page stays responsive while some eighty widgets
// render. The controls are set up last, so a theme or language chosen meanwhile reaches every widget.
await buildCatalogue(document.getElementById('catalogue'));
await buildSideBySide(document.getElementById('side-by-side'));
setUpControls();

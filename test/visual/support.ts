// Screenshot suites: each element's variants stacked on one sheet, one screenshot per language,
// theme and width, compared with the baselines in test/visual/baselines/<engine>/<element>/.
import { executeServerCommand } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { LitElement } from 'lit';

// The package's index.d.ts re-exports './browser/commands.mjs', whose types (commands.d.ts)
// TypeScript does not find under that name.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}

/** What test/visual/plugin.mjs tells the browser. */
interface VisualSettings {
  skip: boolean;
  clippedToViewport: boolean;
}

/** The article of 27 April 2018 that the demo shows (../shared/content/georgia-nato-2018.txt). */
export const CONTENT = {
  headline:
    'Jens Stoltenberg says Georgia greatly supports NATO by participating in its missions and operations',
  summary:
    '“Georgia is a very close partner of NATO. We are carrying out different kinds of activities to ensure practical and political support to Georgia”, - NATO Secretary General Jens Stoltenberg said at a briefing in Brussels.',
  quote: 'So, not only NATO supports Georgia, but Georgia also greatly supports NATO',
  shortQuote: 'Georgia is a very close partner of NATO.',
  paragraphs: [
    'Georgia and North Atlantic Treaty Organization (NATO) relations officially began in 1994 when Georgia joined the NATO-run Partnership for Peace. Georgia has moved quickly following the Rose Revolution in 2003 to seek closer ties and eventual membership with NATO.',
    'Georgia joined the war in Afghanistan in 2004. Georgian forces worked with NATO forces in the International Security Assistance Force (ISAF) in Afghanistan, as part of the election security force.',
  ],
};

/** Images copied from demo/img (so demo changes do not move these baselines). */
export const image = (name: string, width: 480 | 960 | 1440 = 960) =>
  `/test/visual/img/${name}-${width}.webp`;
export const srcset = (name: string) =>
  [480, 960, 1440].map((w) => `${image(name, w as 480)} ${w}w`).join(', ');
export const SIZES = '(min-width: 1000px) 800px, 100vw';

/** `el('p', { class: 'x' }, 'text', child)`; `true` writes a boolean attribute, `undefined` none. */
export function el(
  tag: string,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  }
  element.append(...children);
  return element;
}

/** Article text around a widget, for the floats of `align="start|end"`. */
export const inText = (widget: Node) =>
  el('div', {}, el('p', {}, CONTENT.paragraphs[0]), widget, el('p', {}, CONTENT.paragraphs[1]));

/** A labelled variant: what the reviewer reads above it, and a function that builds it. */
export type Variant = [label: string, make: () => Node];

const LANGUAGES = [
  ['en', 'ltr'],
  ['ka', 'ltr'],
  ['ar', 'rtl'],
] as const;
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [300, 720] as const;

/**
 * Fonts that `.ci/run` installs (fonts-dejavu-core and fonts-dejavu-extra) and that cover Latin,
 * Georgian and Arabic, named so that no other installed font can take their place; DejaVu Serif
 * has no Arabic, so the headline stack continues with DejaVu Sans.
 */
const FONTS = {
  '--news-font-family': "'DejaVu Sans'",
  '--news-font-family-headline': "'DejaVu Serif', 'DejaVu Sans'",
  'font-family': "'DejaVu Sans'",
};

const PAGE = {
  light: { background: '#ffffff', color: '#1b1b1b' },
  dark: { background: '#0b0b0b', color: '#f2f2f2' },
};

/** The sheet one screenshot shows: a column of the given width with the page's language and theme. */
function sheet(lang: string, dir: string, theme: 'light' | 'dark', width: number): HTMLElement {
  const sheet = el('div', { lang, dir, 'data-theme': theme });
  Object.assign(sheet.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    boxSizing: 'border-box',
    width: `${width + 2 * 12}px`,
    padding: '12px',
    fontSize: '16px',
    lineHeight: '1.5',
    ...PAGE[theme],
  });
  for (const [name, value] of Object.entries(FONTS)) sheet.style.setProperty(name, value);
  return sheet;
}

function label(text: string, theme: 'light' | 'dark'): HTMLElement {
  const label = el('p', { lang: 'en', dir: 'ltr' }, text);
  Object.assign(label.style, {
    margin: '20px 0 8px',
    padding: '2px 0',
    font: "12px/1.4 'DejaVu Sans Mono'",
    color: theme === 'dark' ? '#9a9a9a' : '#5c5c5c',
    borderTop: `1px dashed ${theme === 'dark' ? '#444' : '#bbb'}`,
  });
  return label;
}

const widgetsIn = (root: Element): LitElement[] =>
  [root, ...root.querySelectorAll('*')].filter((node): node is LitElement =>
    node.localName.startsWith('news-'),
  );

function imagesIn(root: Element): HTMLImageElement[] {
  const images = [...root.querySelectorAll('img')];
  for (const widget of widgetsIn(root)) images.push(...(widget.shadowRoot?.querySelectorAll('img') ?? []));
  return images;
}

const loaded = (img: HTMLImageElement) =>
  new Promise((resolve) => {
    img.addEventListener('load', resolve, { once: true });
    img.addEventListener('error', resolve, { once: true });
  });

/**
 * Waits until the sheet looks final: fonts ready, every widget rendered, every image loaded (or
 * failed) and decoded, then re-rendered (a failed image turns into a placeholder). Lazy images
 * below the fold would never load, so they are switched to eager loading here.
 */
export async function settle(root: HTMLElement): Promise<void> {
  await document.fonts.ready;
  for (;;) {
    await Promise.all(widgetsIn(root).map((widget) => widget.updateComplete));
    const pending = imagesIn(root).filter((img) => !img.complete);
    if (!pending.length) break;
    for (const img of pending) img.loading = 'eager';
    await Promise.all(pending.map(loaded));
  }
  await Promise.all(
    imagesIn(root)
      .filter((img) => img.naturalWidth > 0)
      .map((img) => img.decode().catch(() => undefined)),
  );
  // Whatever moves is shown at its start.
  for (const animation of document.getAnimations()) {
    animation.pause();
    animation.currentTime = 0;
  }
  window.scrollTo(0, 0);
  await painted();
}

/** Resolves after the next frame has been painted. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * WebKit's element screenshots (WebKitGTK's WebDriver) show only what is in the viewport, and
 * clip the element to its own rectangle mirrored top to bottom in the viewport: rows outside that
 * come out black. A sheet centred in the viewport is its own mirror image. So the WebKit run grows
 * the window once to a tall viewport, and each sheet gets a whole-pixel height of the viewport's
 * parity and is centred.
 */
const TALL_VIEWPORT = 4000;

/**
 * Resizes the window (WebKit allows it) and resolves once the new size is painted; returns the
 * old outer size.
 */
async function resizeWindow(width: number, height: number): Promise<[number, number]> {
  const old: [number, number] = [window.outerWidth, window.outerHeight];
  const resized = new Promise((resolve) => window.addEventListener('resize', resolve, { once: true }));
  window.resizeTo(width, height);
  await resized;
  await painted();
  return old;
}

async function centre(sheet: HTMLElement): Promise<void> {
  const viewport = window.innerHeight;
  let height = Math.ceil(sheet.getBoundingClientRect().height);
  height += (viewport - height) % 2;
  if (height > viewport) throw new Error(`The sheet is ${height} px tall, the viewport ${viewport} px`);
  sheet.style.height = `${height}px`;
  sheet.style.top = `${(viewport - height) / 2}px`;
  await painted();
}

/**
 * Declares one screenshot test per language (en, ka, ar), theme (light, dark) and width (300 px,
 * 720 px) for `element`, each showing all its `variants` stacked, named `<lang>-<theme>-<width>`.
 */
export function visualSuite(element: string, variants: Variant[]): void {
  describe(`<${element}> looks as its baselines show`, function () {
    // Screenshots of tall sheets take a few seconds in WebKit.
    this.timeout(30_000);
    let stage: HTMLElement | undefined;
    let oldWindow: [number, number] | undefined;

    before(async function () {
      const settings = await executeServerCommand<VisualSettings, never>('visual-settings');
      if (settings.skip) this.skip();
      if (settings.clippedToViewport) {
        oldWindow = await resizeWindow(
          window.outerWidth,
          window.outerHeight - window.innerHeight + TALL_VIEWPORT,
        );
      }
    });

    afterEach(() => stage?.remove());

    after(async () => {
      if (oldWindow) await resizeWindow(...oldWindow);
    });

    for (const [lang, dir] of LANGUAGES) {
      for (const theme of THEMES) {
        for (const width of WIDTHS) {
          const name = `${lang}-${theme}-${width}`;
          it(`${lang}, ${theme}, ${width} px`, async () => {
            stage = sheet(lang, dir, theme, width);
            document.body.append(stage);
            for (const [text, make] of variants) {
              // Each variant is its own block formatting context: floats stay inside it.
              const variant = el('div', { style: 'display: flow-root' }, make());
              for (const widget of widgetsIn(variant)) widget.setAttribute('theme', theme);
              stage.append(label(text, theme), variant);
            }
            await settle(stage);
            if (oldWindow) await centre(stage);
            await visualDiff(stage, name);
          });
        }
      }
    }
  });
}

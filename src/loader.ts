/**
 * The script-tag entry (dist/news-widgets.js, and dist/news-widgets.iife.js as a classic script).
 *
 * It holds no element: it finds the tags the page uses, at load and whenever nodes are added,
 * and imports each one's code and the shared runtime from content-hashed files beside itself,
 * all at once (one round trip), resolved from its own URL so that any CDN path works. The page's
 * language comes along in the same round trip. `window.NewsWidgets` carries the version,
 * `load(root)` for roots it cannot watch (another component's shadow root), the strings API
 * (calls made before the runtime arrives are queued), and the element classes once defined.
 *
 * The file names come from the build (scripts/chunks.mjs writes them into `manifest`).
 */
import manifest from 'news-widgets:manifest';
import { languageChain } from './i18n/chain.js';
import { pageHasWidgetsCss } from './internal/render-slices.js';
import type { Translation } from './i18n/strings.js';
import type { NewsWidgetsGlobal } from './global.js';
import { version } from './version.js';

type StringsModule = typeof import('./strings.js');
type Root = Document | ShadowRoot | Element;

const base = import.meta.url;
const tags = Object.keys(manifest.elements);
const selector = tags.join(',');

/** Imports the files at once (their fetches start together) and resolves with the last one. */
function importAll(files: readonly string[]): Promise<Record<string, unknown>> {
  const modules = files.map((file) => import(/* @vite-ignore */ new URL(file, base).href));
  // Every import's failure is handled, so none becomes an unhandled rejection.
  return Promise.all(modules).then((loaded) => loaded[loaded.length - 1] as Record<string, unknown>);
}

let strings: Promise<StringsModule> | undefined;
const queued: ((module: StringsModule) => void)[] = [];

/** The strings module of the runtime, with the calls made before it arrived applied. */
function runtime(): Promise<StringsModule> {
  return (strings ??= importAll(manifest.strings).then((module) => {
    const api = module as unknown as StringsModule;
    for (const call of queued.splice(0)) call(api);
    return api;
  }));
}

/**
 * Imports the shipped languages of these `lang` values along with the elements, so that they
 * arrive in the same round trip. Elements ask for their language themselves too; the browser
 * fetches each file once.
 */
function preloadLanguages(langs: Iterable<string | null>): void {
  const wanted = new Set<string>();
  for (const lang of langs) for (const tag of languageChain(lang ?? '')) wanted.add(tag);
  for (const key of wanted) {
    const files = manifest.languages[key];
    // A failure here is reported by the element that asks for the language itself.
    if (files) importAll(files).catch(() => undefined);
  }
}

/**
 * Resolves once the page has painted, where news-widgets.css lays the fallbacks out in the
 * widgets' boxes: the widgets' code then never competes with the page's own first paint, for the
 * network or the main thread. Without the stylesheet a fallback painted first would move on
 * upgrade: no wait.
 */
let painted: Promise<void> | undefined;
function afterFirstPaint(): Promise<void> {
  return (painted ??=
    document.visibilityState === 'hidden' || !pageHasWidgetsCss()
      ? Promise.resolve()
      : new Promise((resolve) => {
          // A page that paints nothing within a few seconds still gets its widgets.
          setTimeout(resolve, PAINT_WAIT_LIMIT_MS);
          if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
            requestAnimationFrame(() => setTimeout(resolve));
            return;
          }
          new PerformanceObserver((list, observer) => {
            if (!list.getEntriesByName('first-contentful-paint').length) return;
            observer.disconnect();
            resolve();
          }).observe({ type: 'paint', buffered: true });
        }));
}
const PAINT_WAIT_LIMIT_MS = 3000;

const defining = new Map<string, Promise<void>>();

function define(tag: string): Promise<void> {
  let done = defining.get(tag);
  if (!done) {
    const { files, name } = manifest.elements[tag]!;
    done = afterFirstPaint()
      .then(() => Promise.all([runtime(), importAll(files)]))
      .then(
        ([, module]) => {
          const element = module[name] as { define(tag: string): void };
          element.define(tag);
          (globalThis.NewsWidgets as unknown as Record<string, unknown>)[name] ??= element;
        },
        (error: unknown) => {
          console.error(
            `news-widgets ${version}: <${tag}> could not be loaded from ${new URL(files[files.length - 1]!, base).href} ` +
              `(${String(error)}); its content stays as the page wrote it.`,
          );
        },
      );
    defining.set(tag, done);
  }
  return done;
}

/** Defines the elements used in `root`, and watches it for more. */
function load(root: Root = document): Promise<void> {
  watch(root);
  return scan(root);
}

/** Defines the elements used in `root` (itself included). */
function scan(root: Root): Promise<void> {
  const found = new Set<string>();
  const langs: (string | null)[] = [];
  const consider = (element: Element) => {
    if (found.has(element.localName) || customElements.get(element.localName)) return;
    found.add(element.localName);
    langs.push(element.closest('[lang]')?.getAttribute('lang') ?? null);
  };
  if (root instanceof Element && tags.includes(root.localName)) consider(root);
  root.querySelectorAll(selector).forEach(consider);
  if (!found.size) return Promise.resolve();
  const pageLang = document.documentElement.getAttribute('lang');
  void afterFirstPaint().then(() => preloadLanguages([...langs, pageLang]));
  return Promise.all([...found].map(define)).then(() => undefined);
}

const watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(root: Root): void {
  if (watched.has(root) || typeof MutationObserver === 'undefined') return;
  watched.add(root);
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (tags.includes(node.localName) || node.firstElementChild))
          void scan(node);
      }
    }
  });
  observer.observe(root instanceof Document ? root.documentElement : root, {
    childList: true,
    subtree: true,
  });
}

const api: NewsWidgetsGlobal = {
  version,
  load,
  addTranslation(lang: string, translation: Translation): void {
    if (strings) void strings.then((module) => module.addTranslation(lang, translation));
    else queued.push((module) => module.addTranslation(lang, translation));
  },
  loadLanguage: (lang: string) => runtime().then((module) => module.loadLanguage(lang)),
  shippedLanguages: manifest.shippedLanguages,
};

const existing = globalThis.NewsWidgets;
if (existing) {
  // Loaded twice: the first copy stays in charge.
  if (existing.version !== version) {
    console.warn(
      `news-widgets ${version}: version ${existing.version} is already on this page and stays in charge. ` +
        'Load the library once per page.',
    );
  }
} else {
  globalThis.NewsWidgets = api;
  void load();
}

/**
 * The one feed parser: JSON Feed 1.1, RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 → stories.
 * The format is detected from the content, not from the Content-Type. XML goes through
 * DOMParser (an inert document: nothing in it runs or loads); nothing is inserted into the page.
 *
 * Text is what each format says it is, so a headline about the `<div>` element shows `<div>`:
 * - JSON Feed: `title`, `summary` and tags are plain text, shown as they are.
 * - Atom: a text construct (`title`, `summary`) follows its `type`: `text` (the default) as it
 *   is, `html` is escaped HTML read as text, `xhtml` is the text of its XHTML `div`. Category
 *   labels are plain text.
 * - RSS: `description` is HTML. RSS 2.0 does not say what `title` and `category` hold, and feeds
 *   use them both ways: entity-encoded HTML (`&lt;em&gt;Yes&lt;/em&gt;`) and headlines that quote
 *   markup (`The &lt;div&gt; element`). XML parsing leaves the two indistinguishable, so the rule
 *   is: the text is HTML only when it holds a recognised inline element, opened and closed
 *   (`<em>…</em>`, `<a href>…</a>`; see INLINE_MARKUP), or a `<br>`. Any other `<` is text, so
 *   `The <div> element`, `The <b> tag` and `<script>…</script>` are shown literally.
 *   Character references (`&amp;`, `&#8217;`) are decoded either way: many feeds encode twice.
 */
import { LoadError } from './errors.js';
import { cleanText } from './text.js';
import { sanitizeUrl } from './urls.js';

/** One related story, as in the `stories` property. */
export interface Story {
  title: string;
  url: string;
  image?: string;
  imageAlt?: string;
  /** ISO 8601. */
  published?: string;
  section?: string;
  summary?: string;
}

type Json = unknown;

const MEDIA_RSS = 'http://search.yahoo.com/mrss/';
const XHTML = 'http://www.w3.org/1999/xhtml';

// Under `require-trusted-types-for 'script'`, DOMParser needs a TrustedHTML. This policy only
// feeds DOMParser, whose documents never run scripts; partners with a `trusted-types` allow-list
// add `news-widgets`.
let parserPolicy: { createHTML(input: string): string } | null | undefined;

function parse(markup: string, type: DOMParserSupportedType): Document {
  if (parserPolicy === undefined) {
    const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): never } })
      .trustedTypes;
    try {
      parserPolicy = factory?.createPolicy('news-widgets', { createHTML: (input: string) => input }) ?? null;
    } catch {
      parserPolicy = null;
    }
  }
  return new DOMParser().parseFromString(parserPolicy ? parserPolicy.createHTML(markup) : markup, type);
}

// Inline elements a headline plausibly carries as markup, opened and closed; or a line break.
const INLINE_MARKUP =
  /<(a|abbr|b|bdi|bdo|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var)(\s[^<>]*)?>[\s\S]*<\/\1\s*>|<br\s*\/?>/i;

// Elements whose end starts a new line of text, so their words are not glued to the next ones.
const BREAKS =
  'address,article,blockquote,br,dd,div,dl,dt,figcaption,h1,h2,h3,h4,h5,h6,hr,li,ol,p,pre,section,table,td,th,tr,ul';

/** Display text, whitespace collapsed as a browser would render it; `undefined` when empty. */
function plain(value: unknown): string | undefined {
  return typeof value === 'string' ? cleanText(value.replace(/\s+/g, ' ')) : undefined;
}

/** The text a reader sees in this (X)HTML: scripts and styles dropped, blocks kept apart. */
function renderedText(root: Element): string | undefined {
  root.querySelectorAll('script, style').forEach((node) => node.remove());
  root.querySelectorAll(BREAKS).forEach((node) => node.after(' '));
  return plain(root.textContent);
}

/** Plain text from HTML (an RSS description, an Atom `type="html"` construct): tags dropped, entities decoded. */
export function htmlToText(value: string): string {
  if (!/[<&]/.test(value)) return plain(value) ?? '';
  const body = parse(value, 'text/html').body;
  return (body && renderedText(body)) ?? '';
}

/** RSS `title` and `category`: HTML only when they hold inline markup (see the module comment). */
function rssText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return htmlToText(INLINE_MARKUP.test(value) ? value : value.replace(/</g, '&lt;')) || undefined;
}

/** An Atom text construct (RFC 4287, 3.1) as text, following its `type`. */
function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type');
  if (type === 'html') return htmlToText(element.textContent ?? '') || undefined;
  const div = type === 'xhtml' ? children(element, 'div', XHTML)[0] : undefined;
  return div ? renderedText(div) : plain(element.textContent);
}

/** Resolves `value` against the feed's URL and passes it through the sanitizer. */
function absolute(value: Json, base: string, kind: 'link' | 'image'): string | undefined {
  const safe = sanitizeUrl(value, kind);
  if (!safe) return undefined;
  try {
    return new URL(safe, base).href;
  } catch {
    return undefined;
  }
}

/** An ISO 8601 string from RFC 3339 or RFC 822 dates; `undefined` for anything unreadable. */
function isoDate(value: Json): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function story(fields: Partial<Story>): Story | undefined {
  if (!fields.title || !fields.url) return undefined;
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as unknown as Story;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromJsonFeed(feed: Record<string, Json>, base: string): Story[] {
  const items = Array.isArray(feed['items']) ? feed['items'] : [];
  return items
    .filter(isObject)
    .map((item) => {
      const tags = Array.isArray(item['tags']) ? item['tags'] : [];
      const title = plain(item['title']);
      const summary = plain(item['summary']);
      return story({
        // An item may have no title (JSON Feed 1.1, 3.2); its summary then stands in for one.
        title: title ?? summary,
        url: absolute(item['url'], base, 'link') ?? absolute(item['external_url'], base, 'link'),
        image: absolute(item['image'], base, 'image') ?? absolute(item['banner_image'], base, 'image'),
        published: isoDate(item['date_published']) ?? isoDate(item['date_modified']),
        section: plain(tags[0]),
        summary: title ? summary : undefined,
      });
    })
    .filter((item): item is Story => !!item);
}

/** Direct children of `parent` with this local name, in any namespace (or only in `ns`). */
function children(parent: Element, name: string, ns?: string): Element[] {
  return Array.from(parent.children).filter(
    (child) => child.localName === name && (ns === undefined || child.namespaceURI === ns),
  );
}

/** The first child with this local name, outside Media RSS (whose `title` and `category` differ). */
function child(parent: Element, name: string): Element | undefined {
  return children(parent, name).find((node) => node.namespaceURI !== MEDIA_RSS);
}

/** The text of that child, as the XML parser decoded it. */
function childText(parent: Element, name: string): string | undefined {
  return child(parent, name)?.textContent ?? undefined;
}

/** An image from Media RSS (`media:content` / `media:thumbnail`, also inside `media:group`). */
function mediaImage(item: Element, base: string): string | undefined {
  const media = [item, ...children(item, 'group', MEDIA_RSS)].flatMap((node) => [
    ...children(node, 'content', MEDIA_RSS).filter((content) => {
      const medium = content.getAttribute('medium');
      const type = content.getAttribute('type') ?? '';
      return medium === 'image' || type.startsWith('image/') || (!medium && !type);
    }),
    ...children(node, 'thumbnail', MEDIA_RSS),
  ]);
  for (const node of media) {
    const url = absolute(node.getAttribute('url'), base, 'image');
    if (url) return url;
  }
  return undefined;
}

function fromRss(root: Element, base: string): Story[] {
  const channel = children(root, 'channel')[0];
  // RSS 2.0 nests items in <channel>; RSS 1.0 (RDF) puts them beside it.
  const items = [...(channel ? children(channel, 'item') : []), ...children(root, 'item')];
  return items
    .map((item) => {
      const guid = children(item, 'guid')[0];
      const guidIsLink = guid && guid.getAttribute('isPermaLink') !== 'false';
      const enclosure = children(item, 'enclosure').find((node) =>
        (node.getAttribute('type') ?? '').startsWith('image/'),
      );
      const description = childText(item, 'description');
      return story({
        title: rssText(childText(item, 'title')),
        url:
          absolute(childText(item, 'link')?.trim(), base, 'link') ??
          (guidIsLink ? absolute(guid.textContent?.trim(), base, 'link') : undefined),
        image: absolute(enclosure?.getAttribute('url'), base, 'image') ?? mediaImage(item, base),
        published: isoDate(childText(item, 'pubDate') ?? childText(item, 'date')),
        section: rssText(childText(item, 'category')),
        summary: description === undefined ? undefined : htmlToText(description) || undefined,
      });
    })
    .filter((item): item is Story => !!item);
}

function fromAtom(root: Element, base: string): Story[] {
  return children(root, 'entry')
    .map((entry) => {
      const links = children(entry, 'link');
      const alternate = links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
      const enclosure = links.find(
        (link) =>
          link.getAttribute('rel') === 'enclosure' && (link.getAttribute('type') ?? '').startsWith('image/'),
      );
      const category = children(entry, 'category')[0];
      return story({
        title: atomText(child(entry, 'title')),
        url: absolute(alternate?.getAttribute('href'), base, 'link'),
        image: absolute(enclosure?.getAttribute('href'), base, 'image') ?? mediaImage(entry, base),
        published: isoDate(childText(entry, 'published') ?? childText(entry, 'updated')),
        section: plain(category?.getAttribute('label')) ?? plain(category?.getAttribute('term')),
        summary: atomText(child(entry, 'summary')),
      });
    })
    .filter((item): item is Story => !!item);
}
/**
 * Parses a feed body into stories, resolving relative URLs against `baseUrl`.
 * Throws `LoadError('parse')` when the body is no feed; returns `[]` for a feed without usable items.
 */
export function parseFeed(body: string, baseUrl: string): Story[] {
  const start = body.trimStart().replace(/^\uFEFF/, '');
  if (start.startsWith('{')) {
    let feed: Json;
    try {
      feed = JSON.parse(start);
    } catch {
      throw new LoadError('parse', 'The feed is not valid JSON');
    }
    if (!isObject(feed) || !Array.isArray(feed['items'])) {
      throw new LoadError('parse', 'The JSON is not a JSON Feed (no "items" array)');
    }
    return fromJsonFeed(feed, baseUrl);
  }
  if (start.startsWith('<')) {
    const document = parse(start, 'application/xml');
    const root = document.documentElement;
    if (!root || root.localName === 'parsererror' || document.getElementsByTagName('parsererror').length) {
      throw new LoadError('parse', 'The feed is not well-formed XML');
    }
    if (root.localName === 'rss' || root.localName === 'RDF') return fromRss(root, baseUrl);
    if (root.localName === 'feed') return fromAtom(root, baseUrl);
    throw new LoadError('parse', `<${root.localName}> is not an RSS or Atom feed`);
  }
  throw new LoadError('parse', 'The body is neither JSON nor XML');
}

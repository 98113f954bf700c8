/**
 * The one feed parser: JSON Feed 1.1, RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 → stories.
 * The format is detected from the content, not from the Content-Type. XML goes through
 * DOMParser (an inert document: nothing in it runs or loads); nothing is inserted into the page.
 */
import { LoadError } from './errors.js';
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

/** Plain text from a value that may hold HTML (feed titles often do): tags dropped, entities decoded. */
export function htmlToText(value: string): string {
  const text = /[<&]/.test(value) ? (parse(value, 'text/html').body?.textContent ?? '') : value;
  return text.replace(/\s+/g, ' ').trim();
}

function text(value: Json): string | undefined {
  return typeof value === 'string' && value.trim() ? htmlToText(value) || undefined : undefined;
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
      return story({
        title: text(item['title']) ?? text(item['summary']),
        url: absolute(item['url'], base, 'link') ?? absolute(item['external_url'], base, 'link'),
        image: absolute(item['image'], base, 'image') ?? absolute(item['banner_image'], base, 'image'),
        published: isoDate(item['date_published']) ?? isoDate(item['date_modified']),
        section: text(tags[0]),
        summary: text(item['title']) ? text(item['summary']) : undefined,
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

function childText(parent: Element, name: string): string | undefined {
  const child = children(parent, name).find((node) => node.namespaceURI !== MEDIA_RSS);
  return child ? text(child.textContent) : undefined;
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
      return story({
        title: childText(item, 'title'),
        url:
          absolute(children(item, 'link')[0]?.textContent?.trim(), base, 'link') ??
          (guidIsLink ? absolute(guid.textContent?.trim(), base, 'link') : undefined),
        image: absolute(enclosure?.getAttribute('url'), base, 'image') ?? mediaImage(item, base),
        published: isoDate(childText(item, 'pubDate') ?? childText(item, 'date')),
        section: childText(item, 'category'),
        summary: childText(item, 'description'),
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
        title: childText(entry, 'title'),
        url: absolute(alternate?.getAttribute('href'), base, 'link'),
        image: absolute(enclosure?.getAttribute('href'), base, 'image') ?? mediaImage(entry, base),
        published: isoDate(childText(entry, 'published') ?? childText(entry, 'updated')),
        section: text(category?.getAttribute('label')) ?? text(category?.getAttribute('term')),
        summary: childText(entry, 'summary'),
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

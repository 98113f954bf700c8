/**
 * Reads a schema.org `NewsArticle` from JSON-LD into the article card's fields.
 * Only plain data is read; nothing here resolves `@context` or fetches anything. Loaded on
 * demand by the first card that has a `src`.
 */
import { LoadError } from './errors.js';

/** The fields of an article card, as in the `article` property. */
export interface ArticleData {
  href?: string;
  headline?: string;
  summary?: string;
  kicker?: string;
  author?: string;
  published?: string;
  source?: string;
  image?: string;
  imageAlt?: string;
  imageSrcset?: string;
  imageSizes?: string;
  imageWidth?: number;
  imageHeight?: number;
}

type Json = unknown;

const ARTICLE_TYPES = new Set([
  'NewsArticle',
  'Article',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'Report',
]);

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Record<string, Json>): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The first article node in a JSON-LD document: an object, an array, or an `@graph`. */
function findArticle(document: Json): Record<string, Json> | undefined {
  const queue: Json[] = [document];
  while (queue.length) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      if (types(node).some((type) => ARTICLE_TYPES.has(type))) return node;
      if (node['@graph']) queue.push(node['@graph']);
    }
  }
  return undefined;
}

function first(value: Json): Json {
  return Array.isArray(value) ? value[0] : value;
}

function string(value: Json): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function number(value: Json): number | undefined {
  const n = typeof value === 'string' ? parseFloat(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** A name from a string, a `Person`/`Organization`, or an array of them. */
function names(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return string(value) ? [value.trim()] : [];
  if (isObject(value)) return [string(value['name'])].filter((n): n is string => !!n);
  return [];
}

/** A URL given as a string or as a node's `@id`. */
function idOf(value: Json): string | undefined {
  return isObject(value) ? string(value['@id']) : string(value);
}

function imageFields(value: Json): Partial<ArticleData> {
  const image = first(value);
  if (typeof image === 'string') return { image: string(image) };
  if (!isObject(image)) return {};
  return {
    image: string(image['url']) ?? string(image['contentUrl']),
    imageAlt: string(image['caption']) ?? string(image['name']) ?? string(image['description']),
    imageWidth: number(first(image['width'])),
    imageHeight: number(first(image['height'])),
  };
}

/**
 * Maps the first `NewsArticle` (or other `Article` type) in `document` to card fields, or
 * returns `undefined` when there is none. Missing or malformed fields are left out.
 */
export function articleFromJsonLd(document: Json): ArticleData | undefined {
  const node = findArticle(document);
  if (!node) return undefined;
  const authors = names(node['author']);
  const publisher = first(node['publisher']);
  const fields: ArticleData = {
    href: string(node['url']) ?? idOf(first(node['mainEntityOfPage'])),
    headline: string(node['headline']) ?? string(node['name']),
    summary: string(node['description']),
    kicker: string(first(node['articleSection'])),
    author: authors.length ? authors.join(', ') : undefined,
    published: string(node['datePublished']),
    source: isObject(publisher) ? string(publisher['name']) : string(publisher),
    ...imageFields(node['image']),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as ArticleData;
}

/**
 * Reads the JSON-LD document fetched from `url` (an article card's `src`): the first article in
 * it, with relative URLs resolved against the document, not the page. Throws a `LoadError` when
 * the body is not JSON or holds no article.
 */
export function articleFromDocument(body: string, url: URL): ArticleData {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new LoadError('parse', 'The document is not valid JSON');
  }
  const article = articleFromJsonLd(json as Json);
  if (!article) throw new LoadError('parse', 'The document holds no schema.org NewsArticle');
  for (const key of ['href', 'image'] as const) {
    if (article[key]) article[key] = new URL(article[key], url).href;
  }
  return article;
}

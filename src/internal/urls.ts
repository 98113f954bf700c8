/**
 * The one URL sanitizer. Every link, image and fetched URL in every element passes here.
 *
 * The browser's own URL parser decides what the scheme is, so obfuscations that the parser
 * would undo on navigation (mixed case, tabs or newlines inside the scheme, leading control
 * characters and spaces, entities the HTML parser already decoded) are undone here first.
 */

/** What a URL is used for; each use allows its own schemes. */
export type UrlKind = 'link' | 'image' | 'resource';

const ALLOWED_SCHEMES: Record<UrlKind, readonly string[]> = {
  link: ['http:', 'https:', 'mailto:'],
  image: ['http:', 'https:'],
  resource: ['http:', 'https:'],
};

// Raster images only: an SVG document can carry script and external references.
const SAFE_DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon);/i;

// A base that only serves to tell relative URLs from absolute ones; it never leaves this module.
const PROBE_BASE = 'https://relative.invalid/';

/**
 * Returns the URL cleaned of what the URL parser ignores, or `undefined` when it must not be
 * used: not a string, empty, or a scheme other than those allowed for `kind`.
 * Relative URLs are kept relative so they resolve against the page as the author meant.
 */
export function sanitizeUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser strips leading/trailing C0 controls and spaces, and tabs/newlines anywhere.
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (!cleaned) return undefined;
  let protocol: string;
  try {
    protocol = new URL(cleaned, PROBE_BASE).protocol;
  } catch {
    return undefined;
  }
  if (ALLOWED_SCHEMES[kind].includes(protocol)) return cleaned;
  if (kind === 'image' && protocol === 'data:' && SAFE_DATA_IMAGE.test(cleaned)) return cleaned;
  return undefined;
}

interface SrcsetCandidate {
  url: string;
  /** `480w`, `2x`, or `''` for none. */
  descriptor: string;
}

/**
 * The candidates of a `srcset`, read as the HTML parser reads them: a URL is a run of non-space
 * characters (so a data URL's comma stays in it) and its descriptors run to the next comma.
 */
function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    if (i >= value.length) break;
    const urlStart = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let url = value.slice(urlStart, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descriptorStart = i;
      while (i < value.length && value[i] !== ',') i++;
      descriptor = value.slice(descriptorStart, i).trim();
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/** Sanitizes every candidate of a `srcset`, dropping unsafe ones; `undefined` when none is left. */
export function sanitizeSrcset(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const candidates: string[] = [];
  for (const { url, descriptor } of parseSrcset(value)) {
    const safe = sanitizeUrl(url, 'image');
    if (safe && /^(?:\d+(?:\.\d+)?[wx])?$/.test(descriptor)) {
      candidates.push(descriptor ? `${safe} ${descriptor}` : safe);
    }
  }
  return candidates.length ? candidates.join(', ') : undefined;
}

/**
 * The largest candidate of a sanitized `srcset` by its `w` descriptor (then `x`), or `undefined`
 * when it has none.
 */
export function largestSrcsetCandidate(srcset: string | undefined): string | undefined {
  let best: { url: string; w: number; x: number } | undefined;
  for (const { url, descriptor } of parseSrcset(srcset ?? '')) {
    const value = parseFloat(descriptor) || 1;
    const w = descriptor.endsWith('w') ? value : 0;
    const x = descriptor.endsWith('w') ? 0 : value;
    if (!best || w > best.w || (w === best.w && x > best.x)) best = { url, w, x };
  }
  return best?.url;
}

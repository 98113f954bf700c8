/**
 * A URL reduced to what identifies a story, for comparing two links to it: absolute, without
 * the hash, `utm_*` tracking parameters or a trailing slash. `undefined` when it cannot be read.
 */
export function comparableUrl(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) {
      if (key.toLowerCase().startsWith('utm_')) url.searchParams.delete(key);
    }
    url.pathname = url.pathname.replace(/\/+$/, '') || '/';
    return url.href.replace(/\?$/, '');
  } catch {
    return undefined;
  }
}

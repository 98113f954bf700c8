/**
 * Keeps what `create` makes for `key` in `cache`: Intl formatters cost a lot to create and
 * nothing to reuse. Keys come from the page's `lang` values, so a cache stays small; a page that
 * invents languages endlessly gets it emptied now and then instead of growing it.
 */
export function cached<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const LIMIT = 64;

// Language tags, read the same way by the strings registry, the date formatter and the loader
// (which imports this module alone: it has no side effects and no dependencies).

/** Chinese written in Traditional characters, for tags that do not say their script. */
const TRADITIONAL_CHINESE = /^zh-(?:tw|hk|mo)(?:-|$)/;

/**
 * The languages to look strings up in, most specific first, always ending in English:
 * `de-AT` → `de-at`, `de`, `en`; `zh-TW` → `zh-tw`, `zh-hant`, `zh`, `en`.
 */
export function languageChain(lang: string): string[] {
  const subtags = lang.trim().replace(/_/g, '-').toLowerCase().split('-').filter(Boolean);
  const chain: string[] = [];
  for (let length = subtags.length; length > 0; length--) {
    const tag = subtags.slice(0, length).join('-');
    if (length === 1 && TRADITIONAL_CHINESE.test(chain[0] ?? '') && !chain.includes('zh-hant')) {
      chain.push('zh-hant');
    }
    chain.push(tag);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** The primary language subtag, lower case: `"ka-GE"` → `"ka"`. */
export function primaryLanguage(lang: string): string {
  return lang.trim().split(/[-_]/)[0]!.toLowerCase();
}

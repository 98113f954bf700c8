// Theme and language controls shared by the article and gallery pages.
// The theme goes on each widget as its `theme` attribute (and on <html> for the page's own
// colours); the language goes on <html> as `lang` and `dir`: the widgets follow the nearest
// ancestor's `lang`/`dir` by themselves. Widgets inside `[data-fixed]` keep what they were given.

const WIDGETS = 'news-article-card, news-pull-quote, news-photo-caption, news-related-stories';
/** The shipped languages written right to left; the others are left to right. */
const RIGHT_TO_LEFT = new Set(['ar', 'he']);

/** Sets `theme` on every widget of the page that does not have a fixed one. */
function applyTheme(theme) {
  document.documentElement.dataset.theme = theme;
  for (const widget of document.querySelectorAll(WIDGETS)) {
    if (!widget.closest('[data-fixed]')) widget.setAttribute('theme', theme);
  }
}

/** Sets the page's language and direction; the widgets re-render in that language. */
function applyLanguage(lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr';
}

export function setUpControls(form = document.getElementById('controls')) {
  if (!form) return;
  const theme = form.elements.namedItem('theme');
  const lang = form.elements.namedItem('lang');
  // The browser may restore a previous choice when the reader comes back to the page.
  if (theme.value !== 'light') applyTheme(theme.value);
  if (lang.value !== (document.documentElement.lang || 'en')) applyLanguage(lang.value);
  theme.addEventListener('change', () => applyTheme(theme.value));
  lang.addEventListener('change', () => applyLanguage(lang.value));
  form.addEventListener('submit', (event) => event.preventDefault());
}

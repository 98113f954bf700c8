/**
 * The strings API, with no side effects: `import { addTranslation } from 'news-widgets/strings.js'`.
 * The same functions are on `window.NewsWidgets` for pages that use the script tag.
 */
export {
  addTranslation,
  loadLanguage,
  shippedLanguages,
  type StringKey,
  type Translation,
} from './i18n/strings.js';

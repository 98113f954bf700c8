/**
 * Defines `<news-related-stories>` and nothing else: `import 'news-widgets/related-stories.js'`.
 */
import { NewsRelatedStories } from './components/related-stories/related-stories.component.js';

export { NewsRelatedStories };
export type { Story, RelatedStoriesLayout } from './components/related-stories/related-stories.component.js';

NewsRelatedStories.define('news-related-stories');

declare global {
  interface HTMLElementTagNameMap {
    'news-related-stories': NewsRelatedStories;
  }
}

import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { formatDate, prepareDateFormat } from '../../internal/dates.js';
import type { Story } from '../../internal/feeds.js';
import { heading } from '../../internal/heading.js';
import { importPart, LoadError } from '../../internal/errors.js';
import { ImpressionController } from '../../internal/impression-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { formatNumber } from '../../internal/numbers.js';
import { SourceController } from '../../internal/source-controller.js';
import { cleanText } from '../../internal/text.js';
import { sanitizeUrl } from '../../internal/urls.js';
import { comparableUrl } from './comparable-url.js';
import { headingLevel, keyword, positiveNumber, warnInvalid, warnOnce } from '../../internal/warnings.js';
import { stretchedLink } from '../../styles/stretched-link.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './related-stories.styles.js';

export type { Story } from '../../internal/feeds.js';

export type RelatedStoriesLayout = 'list' | 'grid' | 'numbered';

const LAYOUTS: readonly RelatedStoriesLayout[] = ['list', 'grid', 'numbered'];
const DEFAULT_TIMEOUT_MS = 10_000;
/** Rows reserved while a feed loads when neither `limit` nor a fallback list says how many. */
const DEFAULT_ROWS = 3;

/** A story as shown: cleaned, its URL left out when it was unsafe. */
type VisibleStory = Omit<Story, 'url'> & { url?: string };

/**
 * A list of related stories, from the `stories` property, a JSON Feed / RSS / Atom feed at `src`,
 * or the list written inside the tag (in that order of precedence).
 *
 * The list inside the tag (`<ul>` or `<ol>` of `<li><a href>`) is what readers see without
 * JavaScript; after upgrade it is shown in the widget's own style until a feed replaces it, and
 * it stays when the feed fails. Several elements with the same `src` share one request.
 *
 * @summary Related stories from a property, a feed or a plain list.
 * @tag news-related-stories
 *
 * @slot - The fallback list: `<ul><li><a href="…">Title</a></li></ul>`.
 *
 * @cssstate rendered - Set once the element shows content of its own. Until then it shows its
 *   light-DOM fallback, which `news-widgets.css` lays out in the widget's box.
 * @cssstate fallback - Set while `news-widgets.css` lays out the light-DOM fallback of an element
 *   that is defined but has not rendered content of its own yet.
 * @csspart section - The `<section>` wrapper.
 * @csspart heading - The heading element.
 * @csspart list - The `<ul>` (or `<ol>` in the numbered layout).
 * @csspart item - Each `<li>`.
 * @csspart link - Each story's link (stretched over its item).
 * @csspart thumbnail - A story's image box.
 * @csspart image - A story's `<img>`.
 * @csspart title - A story's title.
 * @csspart meta - The line with section and date.
 * @csspart section-name - A story's section label.
 * @csspart date - A story's `<time>`.
 * @csspart summary - A story's summary (grid layout).
 * @csspart placeholder - A row reserved while the feed loads.
 * @csspart number - A story's number in the numbered layout, in the page language's digits.
 *
 * @cssprop --news-font-family - Body text font.
 * @cssprop --news-font-family-headline - Heading and title font.
 * @cssprop [--news-color-text=#1b1b1b] - Text colour.
 * @cssprop [--news-color-muted=#585858] - Colour of dates and sections.
 * @cssprop [--news-color-background=#ffffff] - Background.
 * @cssprop [--news-color-accent=#b0121b] - Numbers, section labels and focus ring.
 * @cssprop [--news-color-border=#dcdcdc] - Separators between items.
 * @cssprop [--news-color-placeholder=#e9e9e6] - Thumbnail and loading placeholder background.
 * @cssprop [--news-radius=8px] - Corner radius of thumbnails.
 * @cssprop [--news-space=16px] - Base spacing unit.
 * @cssprop [--news-display=block] - The element's `display`; it holds against page resets, so set
 *   this (or the `hidden` attribute) to change it, for example `none` to hide it.
 * @cssprop [--news-related-stories-row-height=4.5em] - Least height of a row, and the height reserved per
 *   expected row while a feed loads; raise it for thumbnails with long titles.
 *
 * @fires {CustomEvent<NewsClickDetail>} news-click - A reader activated a story;
 *   `detail` is `{ widget, href, position, action: 'link' }` (`position` is 0-based).
 * @fires {CustomEvent<NewsEventDetail>} news-impression - Half the list was in view for one
 *   continuous second (once per element).
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The feed could not be used; `detail.reason`
 *   is `http` (with `status`), `network`, `timeout`, `parse` or `empty`.
 */
export class NewsRelatedStories extends NewsElement {
  static override styles = [tokens, stretchedLink, styles];

  static override properties: PropertyDeclarations = {
    stories: { attribute: false },
    src: {},
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    limit: {},
    exclude: {},
    layout: {},
    timeout: {},
  };

  /** Stories to show; wins over `src` and the list inside the tag. */
  declare stories?: Story[];

  /** URL of a JSON Feed 1.1, RSS 2.0 or Atom 1.0 feed, fetched in the browser. */
  declare src?: string;

  /** Heading text (default: "Related stories" in the page's language). */
  declare heading?: string;

  /**
   * Level of the heading element, 1–6.
   * @default 2
   */
  declare headingLevel?: number | string;

  /** Show at most this many stories (a positive whole number; all of them without it). */
  declare limit?: number | string;

  /** URL of a story to leave out, usually the current article (hash, `utm_*` and trailing slash ignored). */
  declare exclude?: string;

  /**
   * `list`, `grid` or `numbered` (an ordered list).
   * @default 'list'
   */
  declare layout?: RelatedStoriesLayout;

  /**
   * Milliseconds to wait for the feed before giving up.
   * @default 10000
   */
  declare timeout?: number | string;

  readonly #locale = new LocaleController(this);
  /** Loads `src`; made with the first `src`. */
  #source?: SourceController<Story[]>;

  /** Stories read from the list written inside the tag, on upgrade. */
  #fallback: Story[] = [];

  /**
   * Set while hydrating server-rendered HTML: the server could not read the list inside the tag,
   * so the first render must match its (fallback) output before the list is shown.
   */
  #hydrating = false;

  constructor() {
    super();
    new ImpressionController(this);
  }

  override connectedCallback(): void {
    this.#hydrating = !this.hasUpdated && !!this.shadowRoot;
    super.connectedCallback();
    if (!this.hasUpdated) this.#fallback = this.#readFallback();
  }

  /** Fetches the feed at `src` again; the stories on screen stay until fresh ones arrive. */
  reload(): Promise<void> {
    return this.#source?.load(true) ?? Promise.resolve();
  }

  protected override prepareFirstRender(): Promise<void> | void {
    if (Array.isArray(this.stories) && this.stories.some((story) => story?.published)) {
      return prepareDateFormat(this.#locale.lang);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && (this.src || this.#source)) {
      this.#source ??= new SourceController<Story[]>(this, {
        src: () => this.src,
        timeout: () =>
          positiveNumber(this, 'timeout', this.timeout, `using ${DEFAULT_TIMEOUT_MS}`) ?? DEFAULT_TIMEOUT_MS,
        parse: async (body, url) => {
          // The feed parser is loaded on demand, once there is a feed to read.
          const { parseFeed } = await importPart(
            () => import('../../internal/feeds.js'),
            'feed parser',
            DEFAULT_TIMEOUT_MS,
          );
          const stories = parseFeed(body, url.href);
          if (!stories.length) throw new LoadError('empty', 'The feed has no items with a title and a link');
          return stories;
        },
      });
      void this.#source.load();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.#hydrating) {
      this.#hydrating = false;
      this.requestUpdate();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const error = this.#source?.error;
    if (error && !this.#fallback.length && !this.#hasStories()) {
      warnOnce(
        this,
        'src',
        `the feed at src="${this.src}" could not be used (${error.message}) and there is no list inside the tag to show instead; the element stays empty.`,
      );
    }
  }

  /** The list written inside the tag: `<li>`s with a link, in any `<ul>`/`<ol>`. */
  #readFallback(): Story[] {
    const base = this.ownerDocument.baseURI;
    return Array.from(this.querySelectorAll('li'))
      .map((item) => {
        const link = item.querySelector('a[href]');
        const title = cleanText((link ?? item).textContent?.replace(/\s+/g, ' '));
        const url = sanitizeUrl(link?.getAttribute('href'), 'link');
        return title ? { title, url: url ? new URL(url, base).href : '' } : undefined;
      })
      .filter((story): story is Story => !!story);
  }

  #hasStories(): boolean {
    return (Array.isArray(this.stories) && this.stories.length > 0) || !!this.#source?.data?.length;
  }

  /**
   * The stories to show: by precedence, cleaned, without the excluded URL, up to `limit`. A story
   * whose URL is unsafe is shown without its link.
   */
  #visibleStories(limit: number | undefined): VisibleStory[] {
    const fallback = this.#hydrating ? [] : this.#fallback;
    const source =
      Array.isArray(this.stories) && this.stories.length ? this.stories : (this.#source?.data ?? fallback);
    const base = this.ownerDocument?.baseURI ?? 'http://localhost/';
    const excluded = comparableUrl(this.exclude, base);
    const stories: VisibleStory[] = [];
    for (const [index, item] of source.entries()) {
      if (typeof item !== 'object' || item === null) continue;
      const title = cleanText(item.title);
      if (!title) continue;
      const url = sanitizeUrl(item.url, 'link');
      if (!url && cleanText(item.url)) {
        warnInvalid(
          this,
          'stories',
          item.url,
          `(the url of story ${index + 1}) is not an http(s), mailto or relative URL`,
          'the story is shown without a link',
        );
      }
      if (url && excluded && comparableUrl(url, base) === excluded) continue;
      stories.push({
        title,
        url,
        image: sanitizeUrl(item.image, 'image'),
        imageAlt: typeof item.imageAlt === 'string' ? item.imageAlt.trim() : '',
        published: item.published,
        section: cleanText(item.section),
        summary: cleanText(item.summary),
      });
      if (limit && stories.length >= limit) break;
    }
    return stories;
  }

  #onClick(story: VisibleStory, position: number): void {
    if (story.url) this.emitClick({ href: story.url, position, action: 'link' });
  }

  override render() {
    const { lang, dir, strings } = this.#locale;
    const layout = keyword(this, 'layout', this.layout, LAYOUTS, 'list');
    const limit = positiveNumber(this, 'limit', this.limit, 'showing every story');
    const stories = this.#visibleStories(limit && Math.floor(limit));
    const waiting = !!this.#source?.fetching && !stories.length;
    if (!stories.length && !waiting) return html`<slot></slot>`;
    const headingText = cleanText(this.heading) ?? strings.relatedStories;
    const rows = limit ? Math.floor(limit) : this.#fallback.length || DEFAULT_ROWS;
    const items = waiting
      ? Array.from(
          { length: rows },
          () => html`<li part="placeholder" class="item skeleton" aria-hidden="true"></li>`,
        )
      : stories.map((story, index) => this.#renderItem(story, index, layout));
    return html`
      <section
        part="section"
        class="section ${layout}"
        lang=${lang}
        dir=${dir}
        aria-busy=${this.#source?.fetching ? 'true' : 'false'}
      >
        ${heading(headingLevel(this, this.headingLevel, 2), 'heading', html`<span dir="auto">${headingText}</span>`)}
        ${
          layout === 'numbered'
            ? html`<ol part="list" class="list">
                ${items}
              </ol>`
            : html`<ul part="list" class="list">
                ${items}
              </ul>`
        }
      </section>
    `;
  }

  #renderItem(story: VisibleStory, index: number, layout: RelatedStoriesLayout) {
    const { lang } = this.#locale;
    const date = formatDate(story.published, lang);
    const meta = story.section || date;
    return html`<li part="item" class="item">
      ${
        layout === 'numbered'
          ? html`<span part="number" class="number" aria-hidden="true"
              >${formatNumber(index + 1, lang, 2)}</span
            >`
          : nothing
      }
      ${
        story.image
          ? html`<div part="thumbnail" class="thumbnail">
              <img
                part="image"
                src=${story.image}
                alt=${story.imageAlt ?? ''}
                loading="lazy"
                decoding="async"
              />
            </div>`
          : nothing
      }
      <div class="text">
        <a
          part="link title"
          class="link"
          href=${ifDefined(story.url)}
          dir="auto"
          @click=${() => this.#onClick(story, index)}
          >${story.title}</a
        >
        ${
          meta
            ? html`<p part="meta" class="meta">
                ${story.section ? html`<span part="section-name" dir="auto">${story.section}</span>` : nothing}
                ${date ? html`<time part="date" datetime=${date.datetime}>${date.text}</time>` : nothing}
              </p>`
            : nothing
        }
        ${
          layout === 'grid' && story.summary
            ? html`<p part="summary" class="summary" dir="auto">${story.summary}</p>`
            : nothing
        }
      </div>
    </li>`;
  }
}

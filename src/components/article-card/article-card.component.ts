import { html, isServer, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import { property, state } from 'lit/decorators.js';
import { formatDate, prepareDateFormat } from '../../internal/dates.js';
import { headingLevel, headingTag } from '../../internal/heading.js';
import { importPart } from '../../internal/errors.js';
import type { ArticleData } from '../../internal/json-ld.js';
import { cssProperties } from '../../internal/css-properties.js';
import { NewsElement } from '../../internal/news-element.js';
import { cleanDimension, cleanText, oneOf } from '../../internal/text.js';
import { sanitizeSrcset, sanitizeUrl } from '../../internal/urls.js';
import { stretchedLink } from '../../styles/stretched-link.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './article-card.styles.js';

export type { ArticleData } from '../../internal/json-ld.js';

export type ArticleCardLayout = 'vertical' | 'horizontal' | 'compact' | 'overlay';

const LAYOUTS: readonly ArticleCardLayout[] = ['vertical', 'horizontal', 'compact', 'overlay'];
const LOAD_TIMEOUT_MS = 10_000;

/**
 * Markup around one optional value, written into the card's template (lit/static-html) only
 * when the value is there: `open`, the value, then `end` and a second value for an element
 * with a bound attribute, then `close`.
 */
interface OptionalMarkup {
  open: StaticValue;
  end: StaticValue;
  close: StaticValue;
}
const NONE = unsafeStatic('');
const LEFT_OUT: OptionalMarkup = { open: NONE, end: NONE, close: NONE };
const optional = (open: string, close: string, end = ''): OptionalMarkup => ({
  open: unsafeStatic(open),
  end: unsafeStatic(end),
  close: unsafeStatic(close),
});
const KICKER = optional('<p part="kicker" class="kicker">', '</p>');
const LINK = optional('<a part="link" class="link" href=', '</a>', '>');
const SUMMARY = optional('<p part="summary" class="summary">', '</p>');
const META = optional('<p part="meta" class="meta">', '</p>');
const AUTHOR = optional('<span part="author" class="author">', '</span>');
const DATE = optional('<time part="date" class="date" datetime=', '</time>', '>');
const SOURCE = optional('<span part="source" class="source">', '</span>');
const RATIO = optional(' style=', '');
/**
 * The card's classes as markup, made here from fixed values only: nothing from the page can
 * become markup. With the optional elements above, they are the whole set of variants of the
 * card's template (Lit keeps one per variant a page uses).
 */
const CARD_CLASSES = new Map<string, StaticValue>();
for (const layout of LAYOUTS) {
  for (const media of ['with-image', 'without-image']) {
    for (const link of ['', ' linked']) {
      const classes = `card ${layout} ${media}${link}`;
      CARD_CLASSES.set(classes, unsafeStatic(classes));
    }
  }
}
/** `markup` when `value` is there, otherwise nothing at all. */
const shown = (value: unknown, markup: OptionalMarkup): OptionalMarkup => (value ? markup : LEFT_OUT);

/** The card's fields after merging, cleaning and sanitizing: what the template shows. */
interface CardView {
  href?: string;
  headline?: string;
  summary?: string;
  kicker?: string;
  author?: string;
  published?: { datetime: string; text: string };
  source?: string;
  image?: string;
  /** `''` for a decorative image; `undefined` when the page gave no alt text. */
  imageAlt?: string;
  imageSrcset?: string;
  imageSizes?: string;
  /** `width / height` of the image when both are known; the styles default to 16:9. */
  imageRatio?: string;
  layout: ArticleCardLayout;
  level: number;
}

/**
 * A story teaser: image, section label, headline, summary, byline, date and publisher. The whole
 * card is one link whose name is the headline.
 *
 * Fields come from attributes, from the `article` property, and from a schema.org `NewsArticle`
 * JSON-LD document at `src`; attributes win over `article`, which wins over fetched fields.
 * Content written inside the tag is shown until the card has a headline, and is what readers
 * see without JavaScript.
 *
 * @summary A story teaser that is one link.
 * @tag news-article-card
 *
 * @slot - Fallback content (for example a plain link) shown when the card has no headline and
 *   before the element upgrades.
 *
 * @cssstate rendered - Set with the first render. Until then the element shows its light-DOM
 *   fallback, which `news-widgets.css` lays out in the widget's box.
 * @csspart card - The `<article>` wrapper.
 * @csspart media - The box that holds the image; it keeps the image's aspect ratio.
 * @csspart image - The `<img>`.
 * @csspart image-placeholder - The neutral box shown when the image fails to load.
 * @csspart body - The box around the text.
 * @csspart kicker - The section label.
 * @csspart headline - The heading element.
 * @csspart link - The headline link, stretched over the whole card.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line with author, date and source.
 * @csspart author - The byline.
 * @csspart date - The `<time>` element.
 * @csspart source - The publisher's name.
 *
 * @cssprop --news-font-family - Body text font.
 * @cssprop --news-font-family-headline - Headline font.
 * @cssprop --news-font-size - Base font size (default 16px).
 * @cssprop --news-line-height - Base line height (default 1.5).
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Colour of the byline, date and source.
 * @cssprop --news-color-background - Card background.
 * @cssprop --news-color-accent - Section label and focus ring colour.
 * @cssprop --news-color-border - Card border colour.
 * @cssprop --news-color-placeholder - Background of the image placeholder.
 * @cssprop --news-radius - Corner radius.
 * @cssprop --news-space - Base spacing unit.
 *
 * @fires {CustomEvent<NewsClickDetail>} news-click - The reader activated the card's link;
 *   `detail` is `{ widget, href, action: 'link' }`.
 * @fires {CustomEvent<NewsEventDetail>} news-impression - At least half of the card was in view
 *   for one continuous second (once per element).
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The JSON-LD at `src` could not be loaded;
 *   `detail.reason` is `http`, `network`, `timeout`, `parse` or `empty`.
 */
export class NewsArticleCard extends NewsElement {
  static override styles = [tokens, stretchedLink, styles];

  /** URL of the story. Only `http:`, `https:`, `mailto:` and relative URLs are used. */
  @property() href?: string;

  /** The story's headline; required. It is the name of the card's link. */
  @property() headline?: string;

  /** A one- or two-sentence summary (not shown in the compact layout). */
  @property() summary?: string;

  /** Section label shown above the headline, for example "World". */
  @property() kicker?: string;

  /** Author name(s), shown as a byline. */
  @property() author?: string;

  /** Publication date as ISO 8601 (`2018-04-27` or `2018-04-27T10:00:00Z`). */
  @property() published?: string;

  /** Publisher name, for example "Georgia Today". */
  @property() source?: string;

  /** Image URL (`http:`, `https:`, relative, or a raster `data:image/*`). */
  @property() image?: string;

  /** Alternative text for the image; `image-alt=""` marks it decorative. */
  @property({ attribute: 'image-alt' }) imageAlt?: string;

  /** `srcset` for the image; unsafe candidates are dropped. */
  @property({ attribute: 'image-srcset' }) imageSrcset?: string;

  /** `sizes` for the image. */
  @property({ attribute: 'image-sizes' }) imageSizes?: string;

  /** Intrinsic width of the image in pixels; with `image-height` it sets the reserved ratio. */
  @property({ attribute: 'image-width' }) imageWidth?: number | string;

  /** Intrinsic height of the image in pixels. Without both, the image box is 16:9. */
  @property({ attribute: 'image-height' }) imageHeight?: number | string;

  /** `vertical` (default), `horizontal`, `compact` or `overlay`. Reflected: it styles the host. */
  @property({ reflect: true }) layout?: ArticleCardLayout;

  /** Level of the headline's heading element, 1–6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel?: number | string;

  /** URL of a JSON-LD document holding a schema.org `NewsArticle`, fetched in the browser. */
  @property() src?: string;

  /** All fields at once, camelCase; attributes set on the tag win over it. */
  @property({ attribute: false }) article?: ArticleData;

  @state() private fetched?: ArticleData;
  @state() private failedImage?: string;

  /** The card's fields for the update in progress, dropped after it: a long list keeps none. */
  #view?: CardView;

  constructor() {
    super();
    this.addEventListener('click', this.#onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected after a load was cancelled by removal: load again.
    if (this.hasUpdated && this.src && !this.fetched && this.fetchPending) void this.#load();
  }

  protected override prepareFirstRender(): Promise<void> | void {
    if (this.published || this.article?.published) return prepareDateFormat(this.locale.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Data is fetched, and input checked, in the browser only: a server renders before anything
    // at `src` is loaded.
    if (changed.has('src') && !isServer) void this.#load();
    this.#view = this.#resolve();
    if (!isServer) this.#checkInput(this.#view);
  }

  /** One warning per element for each missing or invalid attribute. */
  #checkInput(view: CardView): void {
    if (!view.headline && !this.fetching) {
      this.warnOnce('headline', 'the "headline" attribute is missing; the card shows its fallback content.');
    }
    if (view.image && view.imageAlt === undefined) {
      this.warnOnce(
        'image-alt',
        'the "image-alt" attribute is missing; use image-alt="" for a decorative image.',
      );
    }
    if (this.layout && !LAYOUTS.includes(this.layout)) {
      this.warnOnce('layout', `layout="${this.layout}" is not one of ${LAYOUTS.join(', ')}; using vertical.`);
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // When a field comes or goes, the card's markup changes and Lit replaces its DOM: the link
    // keeps the focus it had.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    super.update(changed);
    if (focused && !focused.isConnected) {
      (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('[part~="link"]')?.focus();
    }
  }

  protected override updated(): void {
    this.#view = undefined;
  }

  /** Merges fetched fields, `article` and attributes (in rising precedence) and cleans them. */
  #resolve(): CardView {
    const own: ArticleData = {
      href: this.href,
      headline: this.headline,
      summary: this.summary,
      kicker: this.kicker,
      author: this.author,
      published: this.published,
      source: this.source,
      image: this.image,
      imageAlt: this.imageAlt,
      imageSrcset: this.imageSrcset,
      imageSizes: this.imageSizes,
      imageWidth: this.imageWidth as number,
      imageHeight: this.imageHeight as number,
    };
    const pick = <K extends keyof ArticleData>(key: K): ArticleData[K] => {
      for (const layer of [own, this.article, this.fetched]) {
        const value = layer?.[key];
        if (value !== undefined && value !== null && value !== '') return value;
      }
      return undefined;
    };
    const image = sanitizeUrl(pick('image'), 'image');
    const alt = [own.imageAlt, this.article?.imageAlt, this.fetched?.imageAlt].find(
      (value) => typeof value === 'string',
    );
    const width = cleanDimension(pick('imageWidth'));
    const height = cleanDimension(pick('imageHeight'));
    return {
      href: sanitizeUrl(pick('href'), 'link'),
      headline: cleanText(pick('headline')),
      summary: cleanText(pick('summary')),
      kicker: cleanText(pick('kicker')),
      author: cleanText(pick('author')),
      published: formatDate(pick('published'), this.locale.lang),
      source: cleanText(pick('source')),
      image,
      imageAlt: typeof alt === 'string' ? alt.trim() : undefined,
      imageSrcset: image ? sanitizeSrcset(pick('imageSrcset')) : undefined,
      imageSizes: cleanText(pick('imageSizes')),
      imageRatio: image && width && height ? `${width} / ${height}` : undefined,
      layout: oneOf(this.layout, LAYOUTS, 'vertical'),
      level: headingLevel(this.headingLevel, 3),
    };
  }

  #load(): Promise<void> {
    this.fetched = undefined;
    return this.fetchSource(
      this.src,
      LOAD_TIMEOUT_MS,
      // The JSON-LD reader is loaded on demand, once there is a document to read.
      async (body, url) => {
        const reader = await importPart(
          () => import('../../internal/json-ld.js'),
          'JSON-LD reader',
          LOAD_TIMEOUT_MS,
        );
        return reader.articleFromDocument(body, url);
      },
      (article) => (this.fetched = article),
    );
  }

  // Methods, not arrow functions, read from the DOM rather than from fields: a long list of cards
  // shares them and holds nothing per card for them. (Lit and the DOM call listeners with the
  // element as `this`.)

  /** The card's only link is the headline's; this hears its clicks, keyboard ones too. */
  #onClick(event: Event): void {
    const origin = event.composedPath()[0];
    const link = origin instanceof Element ? origin.closest('a') : null;
    if (link && link.getRootNode() === this.renderRoot) {
      this.emitClick({ href: link.getAttribute('href') ?? undefined, action: 'link' });
    }
  }

  #onImageError(event: Event): void {
    this.failedImage = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  }

  /*
   * The card is one flat template. Each optional piece is written into it as markup
   * (lit/static-html) only when the card has that field, so a missing field leaves out its
   * element and its binding altogether; so are the classes, which come from fixed values. A card
   * then costs one template instance and a binding per value shown. (A small nested template per
   * optional piece, as before, made a card 7 template instances with 22 bindings: three times the
   * heap of a bare Lit card, and slower; see BENCHMARKS.md.) The language and direction stay
   * bindings: a server renders before it knows them, and hydration needs the same markup.
   * Lit's linters do not read static-html templates, hence the tag's own name: the tests check
   * this one.
   */
  override render() {
    const view = this.#view ?? this.#resolve();
    if (!view.headline) return html`<slot></slot>`;
    const { lang, dir } = this.locale;
    const { href, kicker, author, published, source, imageRatio } = view;
    const summary = view.layout === 'compact' ? undefined : view.summary;
    const classes =
      CARD_CLASSES.get(
        `card ${view.layout} ${view.image ? 'with-image' : 'without-image'}${href ? ' linked' : ''}`,
      ) ?? NONE;
    const tag = headingTag(view.level);
    const kickerTag = shown(kicker, KICKER);
    const linkTag = shown(href, LINK);
    const summaryTag = shown(summary, SUMMARY);
    const metaTag = shown(author || published || source, META);
    const authorTag = shown(author, AUTHOR);
    const dateTag = shown(published, DATE);
    const sourceTag = shown(source, SOURCE);
    // The ratio is set only when known: an inline style on every card of a long list makes style
    // recalculation much slower (BENCHMARKS.md).
    const ratioTag = shown(imageRatio, RATIO);
    return staticHtml`
      <article
        part="card"
        class="${classes}"
        lang=${lang}
        dir=${dir}
        ${ratioTag.open}${imageRatio ? cssProperties({ '--_ratio': imageRatio }) : NONE}
      >
        ${view.image ? this.#renderMedia(view) : NONE}
        <div part="body" class="body">
          ${kickerTag.open}${kicker || NONE}${kickerTag.close}
          <${tag} part="headline" class="heading"
            >${linkTag.open}${href || NONE}${linkTag.end}${view.headline}${linkTag.close}</${tag}
          >
          ${summaryTag.open}${summary || NONE}${summaryTag.close}
          ${metaTag.open}
            ${authorTag.open}${author ? this.strings.byline(author) : NONE}${authorTag.close}
            ${dateTag.open}${published ? published.datetime : NONE}${dateTag.end}${published ? published.text : NONE}${dateTag.close}
            ${sourceTag.open}${source || NONE}${sourceTag.close}
          ${metaTag.close}
        </div>
      </article>
    `;
  }

  #renderMedia(view: CardView) {
    const alt = view.imageAlt ?? '';
    if (this.failedImage === view.image) {
      return alt
        ? html`<div part="media" class="media">
            <div part="image-placeholder" class="placeholder" role="img" aria-label=${alt}></div>
          </div>`
        : html`<div part="media" class="media">
            <div part="image-placeholder" class="placeholder"></div>
          </div>`;
    }
    return html`<div part="media" class="media">
      <img
        part="image"
        class="image"
        src=${view.image!}
        srcset=${view.imageSrcset ?? nothing}
        sizes=${view.imageSrcset && view.imageSizes ? view.imageSizes : nothing}
        alt=${alt}
        loading="lazy"
        decoding="async"
        @error=${this.#onImageError}
      />
    </div>`;
  }
}

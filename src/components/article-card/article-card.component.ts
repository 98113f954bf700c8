import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, prepareDateFormat, type DisplayDate } from '../../internal/dates.js';
import { importPart } from '../../internal/errors.js';
import type { ArticleData } from '../../internal/json-ld.js';
import { cssProperties } from '../../internal/css-properties.js';
import { ImpressionController } from '../../internal/impression-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { SourceController } from '../../internal/source-controller.js';
import { aspectRatio, cleanText, isolate } from '../../internal/text.js';
import { sanitizeSrcset } from '../../internal/urls.js';
import {
  headingLevel,
  keyword,
  positiveNumber,
  safeUrl,
  warnInvalid,
  warnOnce,
} from '../../internal/warnings.js';
import { stretchedLink } from '../../styles/stretched-link.styles.js';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './article-card.styles.js';

export type { ArticleData } from '../../internal/json-ld.js';

export type ArticleCardLayout = 'vertical' | 'horizontal' | 'compact' | 'overlay';

const LAYOUTS: readonly ArticleCardLayout[] = ['vertical', 'horizontal', 'compact', 'overlay'];
const LOAD_TIMEOUT_MS = 10_000;
const JSON_LD = ':scope > script[type="application/ld+json"]';

/** The card's fields after merging, cleaning and sanitizing: what the template shows. */
interface CardView {
  href?: string;
  headline?: string;
  summary?: string;
  kicker?: string;
  author?: string;
  published?: DisplayDate;
  source?: string;
  image?: string;
  /** `''` for a decorative image. */
  imageAlt: string;
  imageSrcset?: string;
  imageSizes?: string;
  /** `width / height` of the image when both are known; the styles default to 16:9. */
  imageRatio?: string;
  level: number;
}

/**
 * A story teaser: image, section label, headline, summary, byline, date and publisher. The whole
 * card is one link whose name is the headline.
 *
 * Fields come from attributes, from the `article` property, from a schema.org `NewsArticle`
 * JSON-LD document at `src`, and from a `<script type="application/ld+json">` written inside the
 * tag, in falling precedence. Content written inside the tag is shown until the card has a
 * headline, and is what readers see without JavaScript.
 *
 * @summary A story teaser that is one link.
 * @tag news-article-card
 *
 * @slot - Fallback content (for example a plain link) shown when the card has no headline and
 *   before the element upgrades. A `<script type="application/ld+json">` holding a schema.org
 *   `NewsArticle` is read as the card's data.
 *
 * @cssstate rendered - Set once the element shows content of its own. Until then it shows its
 *   light-DOM fallback, which `news-widgets.css` lays out in the widget's box.
 * @cssstate fallback - Set while `news-widgets.css` lays out the light-DOM fallback of an element
 *   that is defined but has not rendered content of its own yet.
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
 * @cssprop [--news-font-size=16px] - Base font size.
 * @cssprop [--news-line-height=1.5] - Base line height.
 * @cssprop [--news-color-text=#1b1b1b] - Text colour.
 * @cssprop [--news-color-muted=#585858] - Colour of the byline, date and source.
 * @cssprop [--news-color-background=#ffffff] - Card background.
 * @cssprop [--news-color-accent=#b0121b] - Section label and focus ring colour.
 * @cssprop [--news-color-border=#dcdcdc] - Card border colour.
 * @cssprop [--news-color-placeholder=#e9e9e6] - Background of the image placeholder.
 * @cssprop [--news-radius=8px] - Corner radius.
 * @cssprop [--news-space=16px] - Base spacing unit.
 * @cssprop [--news-display=block] - The element's `display`; it holds against page resets, so set
 *   this (or the `hidden` attribute) to change it, for example `none` to hide it.
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

  static override properties: PropertyDeclarations = {
    href: {},
    headline: {},
    summary: {},
    kicker: {},
    author: {},
    published: {},
    source: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    imageSrcset: { attribute: 'image-srcset' },
    imageSizes: { attribute: 'image-sizes' },
    imageWidth: { attribute: 'image-width' },
    imageHeight: { attribute: 'image-height' },
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    src: {},
    article: { attribute: false },
    inline: { state: true, attribute: false },
    failedImage: { state: true, attribute: false },
  };

  /** URL of the story. Only `http:`, `https:`, `mailto:` and relative URLs are used. */
  declare href?: string;

  /** The story's headline; required. It is the name of the card's link. */
  declare headline?: string;

  /** A one- or two-sentence summary (not shown in the compact layout). */
  declare summary?: string;

  /** Section label shown above the headline, for example "World". */
  declare kicker?: string;

  /** Author name(s), shown as a byline. */
  declare author?: string;

  /** Publication date as ISO 8601 (`2018-04-27` or `2018-04-27T10:00:00Z`). */
  declare published?: string;

  /** Publisher name, for example "Georgia Today". */
  declare source?: string;

  /** Image URL (`http:`, `https:`, relative, or a raster `data:image/*`). */
  declare image?: string;

  /** Alternative text for the image; `image-alt=""` marks it decorative. */
  declare imageAlt?: string;

  /** `srcset` for the image; unsafe candidates are dropped. */
  declare imageSrcset?: string;

  /** `sizes` for the image. */
  declare imageSizes?: string;

  /** Intrinsic width of the image in pixels; with `image-height` it sets the reserved ratio. */
  declare imageWidth?: number | string;

  /** Intrinsic height of the image in pixels. Without both, the image box is 16:9. */
  declare imageHeight?: number | string;

  /**
   * `vertical`, `horizontal`, `compact` or `overlay`. Reflected: it styles the host.
   * @default 'vertical'
   */
  declare layout?: ArticleCardLayout;

  /**
   * Level of the headline's heading element, 1–6.
   * @default 3
   */
  declare headingLevel?: number | string;

  /** URL of a JSON-LD document holding a schema.org `NewsArticle`, fetched in the browser. */
  declare src?: string;

  /** All fields at once, camelCase; attributes set on the tag win over it. */
  declare article?: ArticleData;

  /** Fields from a JSON-LD script written inside the tag. */
  declare private inline?: ArticleData;
  declare private failedImage?: string;

  readonly #locale = new LocaleController(this);
  /** Loads `src`; made with the first `src`, as most cards have none. */
  #source?: SourceController<ArticleData>;

  /** The card's fields for the update in progress, dropped after it: a long list keeps none. */
  #view?: CardView;

  constructor() {
    super();
    new ImpressionController(this);
    this.addEventListener('click', this.#onClick);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server cannot read the tag's content; a server-rendered card reads it once hydrated.
    if (!isServer && !this.hasUpdated && !this.shadowRoot?.firstChild) this.#readInlineJsonLd();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (!this.inline && this.querySelector(JSON_LD)) this.#readInlineJsonLd();
  }

  protected override prepareFirstRender(): Promise<void> | void {
    if (this.published || this.article?.published) return prepareDateFormat(this.#locale.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src') && (this.src || this.#source)) {
      this.#source ??= new SourceController<ArticleData>(this, {
        src: () => this.src,
        timeout: () => LOAD_TIMEOUT_MS,
        parse: async (body, url) => (await loadJsonLd()).articleFromDocument(body, url),
      });
      void this.#source.load();
    }
    this.#view = this.#resolve();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#view = undefined;
  }

  /** Reads a schema.org `NewsArticle` from a JSON-LD script inside the tag, with no request. */
  #readInlineJsonLd(): void {
    const script = this.querySelector(JSON_LD);
    if (!script) return;
    const read = loadJsonLd().then(
      (reader) => {
        try {
          this.inline = reader.articleFromDocument(
            script.textContent ?? '',
            new URL(this.ownerDocument.baseURI),
          );
        } catch (error) {
          warnOnce(
            this,
            'json-ld',
            `the JSON-LD inside the tag could not be read (${(error as Error).message}).`,
          );
        }
      },
      () => warnOnce(this, 'json-ld', 'the JSON-LD reader could not be loaded; the fallback stays.'),
    );
    if (!this.hasUpdated) this.delayFirstRender(read);
  }

  /**
   * Merges fields from the JSON-LD inside the tag, `src`, `article` and attributes (in rising
   * precedence), cleans them, and warns once about each missing or invalid one.
   */
  #resolve(): CardView {
    // The element's own properties have the article's names: it is the first layer itself.
    const layers = [this as ArticleData, this.article, this.#source?.data, this.inline];
    const pick = <K extends keyof ArticleData>(key: K): ArticleData[K] => {
      for (const layer of layers) {
        const value = layer?.[key];
        if (value !== undefined && value !== null && value !== '') return value;
      }
      return undefined;
    };
    const headline = cleanText(pick('headline'));
    const image = safeUrl(this, 'image', pick('image'), 'image', 'the card shows no image');
    const alt = image ? layers.find((layer) => typeof layer?.imageAlt === 'string')?.imageAlt : undefined;
    const width = positiveNumber(this, 'image-width', pick('imageWidth'), 'the image box is 16:9');
    const height = positiveNumber(this, 'image-height', pick('imageHeight'), 'the image box is 16:9');
    const published = pick('published');
    const date = formatDate(published, this.#locale.lang);
    if (!date && cleanText(published)) {
      warnInvalid(
        this,
        'published',
        published,
        'is not an ISO 8601 date such as 2018-04-27',
        'no date is shown',
      );
    }
    if (!headline && !this.#source?.fetching) {
      warnOnce(this, 'headline', 'the "headline" attribute is missing; the card shows its fallback content.');
    }
    keyword(this, 'layout', this.layout, LAYOUTS, 'vertical');
    if (image && alt === undefined) {
      warnOnce(
        this,
        'image-alt',
        'the "image-alt" attribute is missing; use image-alt="" for a decorative image.',
      );
    }
    return {
      href: safeUrl(this, 'href', pick('href'), 'link', 'the card is not a link'),
      headline,
      summary: cleanText(pick('summary')),
      kicker: cleanText(pick('kicker')),
      author: cleanText(pick('author')),
      published: date,
      source: cleanText(pick('source')),
      image,
      imageAlt: alt?.trim() ?? '',
      imageSrcset: image ? sanitizeSrcset(pick('imageSrcset')) : undefined,
      imageSizes: cleanText(pick('imageSizes')),
      imageRatio: image ? aspectRatio(width, height) : undefined,
      level: headingLevel(this, this.headingLevel, 3),
    };
  }

  // Listeners are methods, which read from the DOM rather than from fields: a long list of cards
  // shares them and holds nothing per card for them (Lit and the DOM call them with the element
  // as `this`).

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
   * One flat template: each text field is always its element, left empty when the card has no
   * value for it, and an empty element is not shown (:empty, in the styles). A nested template
   * per optional field would cost a template instance each: three times the heap of a bare Lit
   * card per card in a long list (BENCHMARKS.md). Only the image and the link, structures of
   * their own, are helpers: a card without a URL has no link at all, not an empty one.
   */
  override render() {
    const view = this.#view ?? this.#resolve();
    if (!view.headline) return html`<slot></slot>`;
    const { href, headline, kicker, summary, author, published, source } = view;
    const byline = author ? this.#locale.format('byline', { author: isolate(author) }) : undefined;
    // lang as well as dir: Firefox does not carry the host's language into its shadow tree. The
    // image's presence is a class: a :has() selector made style recalculation a third slower.
    return html`<article
      part="card"
      class=${view.image ? 'card with-image' : 'card'}
      lang=${this.#locale.lang}
      dir=${this.#locale.dir}
    >
      ${this.#renderMedia(view)}
      <div part="body" class="body">
        <p part="kicker" class="kicker" dir="auto">${kicker}</p>
        <div part="headline" class="heading" role="heading" aria-level=${view.level} dir="auto">
          ${href ? this.#renderLink(href, headline) : headline}
        </div>
        <p part="summary" class="summary" dir="auto">${summary}</p>
        <p part="meta" class="meta" ?hidden=${!byline && !published && !source}>
          <span part="author" class="author">${byline}</span
          ><time part="date" class="date" datetime=${published?.datetime ?? nothing}>${published?.text}</time
          ><span part="source" class="source">${source && isolate(source)}</span>
        </p>
      </div>
    </article>`;
  }

  /** The headline as the card's one link. Without a URL the headline is text: no link at all. */
  #renderLink(href: string, headline: string | undefined) {
    return html`<a part="link" class="link" href=${href}>${headline}</a>`;
  }

  #renderMedia({ image, imageAlt, imageSrcset, imageSizes, imageRatio }: CardView) {
    if (!image) return nothing;
    const ratio = cssProperties({ '--_ratio': imageRatio });
    if (this.failedImage === image) {
      return html`<div part="media" class="media" style=${ratio}>
        <div
          part="image-placeholder"
          class="placeholder"
          role=${ifDefined(imageAlt ? 'img' : undefined)}
          aria-label=${ifDefined(imageAlt || undefined)}
        ></div>
      </div>`;
    }
    return html`<div part="media" class="media" style=${ratio}>
      <img
        part="image"
        class="image"
        src=${image}
        srcset=${imageSrcset ?? nothing}
        sizes=${imageSrcset && imageSizes ? imageSizes : nothing}
        alt=${imageAlt}
        loading="lazy"
        decoding="async"
        @error=${this.#onImageError}
      />
    </div>`;
  }
}

function loadJsonLd() {
  return importPart(() => import('../../internal/json-ld.js'), 'JSON-LD reader', LOAD_TIMEOUT_MS);
}

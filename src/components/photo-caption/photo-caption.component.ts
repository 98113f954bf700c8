import { adoptStyles, html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import type { Lightbox } from './lightbox.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperties } from '../../internal/css-properties.js';
import { ImpressionController } from '../../internal/impression-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { aspectRatio, cleanPositive, cleanText, directionOfText, isolate } from '../../internal/text.js';
import { largestSrcsetCandidate, sanitizeSrcset, sanitizeUrl } from '../../internal/urls.js';
import { keyword, positiveNumber, safeUrl, warnOnce } from '../../internal/warnings.js';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './photo-caption.styles.js';
import { sizeSlottedPictures } from './slotted-picture.js';

export type PhotoLoading = 'lazy' | 'eager';

const LOADING: readonly PhotoLoading[] = ['lazy', 'eager'];

/** The image's fields after cleaning and sanitizing. */
interface ImageView {
  src?: string;
  /** `''` for a decorative image; `undefined` when the page gave no alt text. */
  alt?: string;
  srcset?: string;
  sizes?: string;
  /** Whole pixels, for the `<img>`'s own attributes. */
  width?: number;
  height?: number;
  ratio?: string;
  loading: PhotoLoading;
}

/** What the slotted `<img>` or `<picture>` offers. */
interface SlottedImage {
  img?: HTMLImageElement;
  ratio?: string;
}

/**
 * A photo with its caption and credit, optionally enlarged in a lightbox.
 *
 * The image comes from attributes (`src`, `alt`, `srcset`, `sizes`, `width`, `height`) or from
 * an `<img slot="image">` / `<picture slot="image">` written inside the tag, which readers see
 * without JavaScript too. A slotted image is left exactly as the page wrote it (its `loading`,
 * `srcset` and so on); when it has `width` and `height` attributes, the box keeps that aspect
 * ratio before the image loads. The `<img>` inside a slotted `<picture>` fills the box like a
 * slotted `<img>` does (through one rule without specificity, so the page's own rules still win).
 *
 * The caption is the element's content (or the `caption` attribute when there is none). The
 * `credit` is shown apart from the caption. A bare name (`credit="NATO"`) gets the localised
 * prefix ("Photo: NATO", "ფოტო: NATO", "صورة: NATO"); a credit that already has its own label
 * ("Illustration: …", "Photo: …") is shown as written.
 *
 * With `zoomable`, the image is a button that opens a modal `<dialog>` with the largest image
 * available, the caption and the credit. The dialog is built the first time it is opened.
 *
 * @summary A photo with its caption and credit.
 * @tag news-photo-caption
 *
 * @slot - The caption: text or inline markup.
 * @slot image - An `<img>` or `<picture>` to use instead of the `src` attribute.
 *
 * @cssstate rendered - Set once the element shows content of its own. Until then it shows its
 *   light-DOM fallback, which `news-widgets.css` lays out in the widget's box.
 * @cssstate fallback - Set while `news-widgets.css` lays out the light-DOM fallback of an element
 *   that is defined but has not rendered content of its own yet.
 * @csspart figure - The `<figure>`.
 * @csspart media - The box that holds the image; it keeps the image's aspect ratio.
 * @csspart image - The `<img>` made from the attributes.
 * @csspart image-placeholder - The neutral box shown when the image fails to load.
 * @csspart zoom-button - The button around the image that opens the lightbox (`zoomable`).
 * @csspart caption - The `<figcaption>`.
 * @csspart caption-text - The caption inside the `<figcaption>`.
 * @csspart credit - The credit, for example "Photo: NATO".
 * @csspart dialog - The lightbox `<dialog>`.
 * @csspart dialog-image - The large image in the lightbox.
 * @csspart dialog-caption - The caption and credit in the lightbox.
 * @csspart close-button - The button that closes the lightbox.
 *
 * @cssprop --news-font-family - Caption font.
 * @cssprop [--news-font-size=16px] - Base font size.
 * @cssprop [--news-line-height=1.5] - Base line height.
 * @cssprop [--news-color-text=#1b1b1b] - Caption colour.
 * @cssprop [--news-color-muted=#585858] - Credit colour.
 * @cssprop [--news-color-background=#ffffff] - Background of the lightbox's caption.
 * @cssprop [--news-color-accent=#b0121b] - Focus ring colour.
 * @cssprop [--news-color-placeholder=#e9e9e6] - Background of the image box and its placeholder.
 * @cssprop [--news-radius=8px] - Corner radius of the lightbox's buttons.
 * @cssprop [--news-space=16px] - Base spacing unit.
 * @cssprop [--news-display=block] - The element's `display`; it holds against page resets, so set
 *   this (or the `hidden` attribute) to change it, for example `none` to hide it.
 *
 * @fires {CustomEvent<NewsClickDetail>} news-click - The reader opened the lightbox; `detail`
 *   is `{ widget, href, action: 'zoom' }`, `href` being the large image's URL.
 * @fires {CustomEvent<NewsEventDetail>} news-impression - At least half of the photo was in view
 *   for one continuous second (once per element).
 */
export class NewsPhotoCaption extends NewsElement {
  static override styles = [tokens, styles];

  static override properties: PropertyDeclarations = {
    src: {},
    alt: {},
    srcset: {},
    sizes: {},
    width: {},
    height: {},
    loading: {},
    caption: {},
    credit: {},
    zoomable: { type: Boolean, reflect: true },
    slotted: { state: true, attribute: false },
    hasCaptionContent: { state: true, attribute: false },
    failed: { state: true, attribute: false },
    lightbox: { state: true, attribute: false },
    lightboxCaption: { state: true, attribute: false },
    captionDir: { state: true, attribute: false },
  };

  /** Image URL (`http:`, `https:`, relative, or a raster `data:image/*`). */
  declare src?: string;

  /** Alternative text for the image; required with `src`. `alt=""` marks it decorative. */
  declare alt?: string;

  /** `srcset` for the image; unsafe candidates are dropped. */
  declare srcset?: string;

  /** `sizes` for the image. */
  declare sizes?: string;

  /** Intrinsic width of the image in pixels; with `height` it sets the reserved aspect ratio. */
  declare width?: number | string;

  /** Intrinsic height of the image in pixels. */
  declare height?: number | string;

  /**
   * `lazy`, or `eager` for an image in the first screen.
   * @default 'lazy'
   */
  declare loading?: PhotoLoading;

  /** Caption text, used when the element has no caption content of its own. */
  declare caption?: string;

  /** Credit, for example "NATO" (shown as "Photo: NATO" in the page's language) or "Photo: NATO". */
  declare credit?: string;

  /** Makes the image a button that opens it large in a modal dialog. */
  zoomable = false;

  /** The slotted image, if any. */
  private slotted: SlottedImage | undefined = undefined;
  /** Whether the default slot has caption content. */
  // The server cannot see the light DOM: it renders the caption slot visible, as the browser will.
  private hasCaptionContent = isServer;
  /** The direction of the caption written inside the tag, from its first letter. */
  declare private captionDir?: 'ltr' | 'rtl';
  /** The image URL that failed to load; the slotted image is `slot`. */
  declare private failed?: string;
  /** The lightbox, loaded and built the first time a reader opens it. */
  declare private lightbox?: Lightbox;
  /** The lightbox's caption text, taken when it opens. */
  private lightboxCaption = '';

  readonly #locale = new LocaleController(this);
  #view: ImageView = { loading: 'lazy' };
  #observedImage?: HTMLImageElement;
  /** Whether the lightbox's module is on its way (a second click meanwhile does nothing). */
  #loadingLightbox = false;

  constructor() {
    super();
    new ImpressionController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) this.#readLightDom();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightbox?.dispose();
    this.#watchSlottedImage(undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const slotted = !!this.slotted?.img;
    const src = slotted ? undefined : safeUrl(this, 'src', cleanText(this.src), 'image', 'no image is shown');
    const width = positiveNumber(
      this,
      'width',
      this.width,
      'the image keeps no aspect ratio before it loads',
    );
    const height = positiveNumber(
      this,
      'height',
      this.height,
      'the image keeps no aspect ratio before it loads',
    );
    this.#view = {
      src,
      alt: typeof this.alt === 'string' ? this.alt.trim() : undefined,
      srcset: src ? sanitizeSrcset(this.srcset) : undefined,
      sizes: cleanText(this.sizes),
      width: width && Math.round(width),
      height: height && Math.round(height),
      ratio: aspectRatio(width, height),
      loading: keyword(this, 'loading', this.loading, LOADING, 'lazy'),
    };
    if (src && this.#view.alt === undefined) {
      warnOnce(this, 'alt', 'the "alt" attribute is missing; use alt="" for a decorative image.');
    }
    if (changed.has('src')) this.failed = undefined;
  }

  /** Reads the slotted image and whether there is caption content, from the light DOM. */
  #readLightDom(): void {
    let image: Element | undefined;
    let caption = '';
    for (const node of Array.from(this.childNodes)) {
      if (node instanceof Element) {
        const slot = node.getAttribute('slot');
        if (slot === 'image') image ??= node;
        else if (slot === null) caption += ` ${node.textContent} `;
      } else if (node.nodeType === Node.TEXT_NODE) {
        caption += node.textContent;
      }
    }
    this.hasCaptionContent =
      !!caption.trim() || Array.from(this.children).some((node) => !node.hasAttribute('slot'));
    this.captionDir = directionOfText(caption);
    const img =
      image instanceof HTMLImageElement
        ? image
        : image?.localName === 'picture'
          ? (image.querySelector('img') ?? undefined)
          : undefined;
    if (img && img !== image) sizeSlottedPictures(this);
    const ratio = aspectRatio(
      cleanPositive(img?.getAttribute('width')),
      cleanPositive(img?.getAttribute('height')),
    );
    if (img !== this.slotted?.img || ratio !== this.slotted?.ratio) {
      this.slotted = img ? { img, ratio } : undefined;
      if (this.failed === 'slot') this.failed = undefined;
    }
    this.#watchSlottedImage(img);
  }

  /** Listens for the slotted image failing (its `error` event does not bubble). */
  #watchSlottedImage(img: HTMLImageElement | undefined): void {
    if (img === this.#observedImage) return;
    this.#observedImage?.removeEventListener('error', this.#onSlottedError);
    this.#observedImage = img;
    img?.addEventListener('error', this.#onSlottedError);
    // It may have failed before the element upgraded.
    if (img && img.complete && img.naturalWidth === 0 && img.getAttribute('src')) this.failed = 'slot';
  }

  #onSlottedError = (): void => {
    this.failed = 'slot';
  };

  #onSlotChange = (): void => this.#readLightDom();

  #onImageError = (): void => {
    this.failed = this.#view.src;
  };

  /** The largest image available: the biggest `srcset` candidate, else the `src`. */
  #largestImage(): string | undefined {
    const img = this.slotted?.img;
    if (img) {
      const candidates = [img.getAttribute('srcset')];
      const picture = img.parentElement?.localName === 'picture' ? img.parentElement : undefined;
      if (picture) {
        for (const source of Array.from(picture.querySelectorAll('source'))) {
          if (!source.getAttribute('media')) candidates.push(source.getAttribute('srcset'));
        }
      }
      const best = largestSrcsetCandidate(sanitizeSrcset(candidates.filter(Boolean).join(', ')));
      const url = best ?? sanitizeUrl(img.currentSrc || img.getAttribute('src'), 'image');
      return url ? new URL(url, img.baseURI).href : undefined;
    }
    return largestSrcsetCandidate(this.#view.srcset) ?? this.#view.src;
  }

  /** The alt text of the image in force. */
  #alt(): string {
    const img = this.slotted?.img;
    return (img ? img.getAttribute('alt') : this.#view.alt)?.trim() ?? '';
  }

  /** The caption as text, for the lightbox. */
  #captionText(): string {
    if (!this.hasCaptionContent) return cleanText(this.caption) ?? '';
    const slot = this.shadowRoot?.querySelector<HTMLSlotElement>('slot:not([name])');
    const text = (slot?.assignedNodes({ flatten: true }) ?? [])
      .map((node) => node.textContent ?? '')
      .join('');
    return text.replace(/\s+/g, ' ').trim();
  }

  #onZoom = async (): Promise<void> => {
    const href = this.#largestImage();
    if (!href || this.#loadingLightbox) return;
    if (!this.lightbox) {
      this.#loadingLightbox = true;
      let module: typeof import('./lightbox.js');
      try {
        module = await import('./lightbox.js');
      } catch {
        warnOnce(this, 'lightbox', 'the lightbox could not be loaded; the photo is shown as it is.');
        return;
      } finally {
        this.#loadingLightbox = false;
      }
      if (!this.isConnected) return;
      // Lit's adoptStyles also covers browsers without constructable style sheets.
      adoptStyles(this.shadowRoot!, [
        ...(this.constructor as typeof NewsPhotoCaption).elementStyles,
        module.lightboxStyles,
      ]);
      this.lightbox = new module.Lightbox(this.shadowRoot!, () =>
        this.renderRoot.querySelector<HTMLButtonElement>('.zoom')?.focus(),
      );
    }
    this.lightboxCaption = this.#captionText();
    await this.updateComplete;
    const dialog = this.lightbox.dialog;
    if (!this.isConnected || !dialog || dialog.open) return;
    this.emitClick({ action: 'zoom', href });
    this.lightbox.open();
  };

  /** The credit with the localised "Photo:" label, unless it carries a label of its own. */
  #credit(): string | undefined {
    const credit = cleanText(this.credit);
    if (!credit) return undefined;
    return /^[^\s:]{1,20}:/u.test(credit)
      ? credit
      : this.#locale.format('photoCredit', { credit: isolate(credit) });
  }

  override render() {
    const { lang, dir, strings } = this.#locale;
    const view = this.#view;
    const slotted = this.slotted;
    const ratio = slotted ? slotted.ratio : view.ratio;
    const hasImage = !!slotted || !!view.src;
    const failed = slotted ? this.failed === 'slot' : !!view.src && this.failed === view.src;
    const caption = cleanText(this.caption);
    const credit = this.#credit();
    const showCaption = this.hasCaptionContent || !!caption;
    const zoomable = this.zoomable && hasImage && !failed;
    const image = html`${
        slotted
          ? nothing
          : view.src && !failed
            ? html`<img
                part="image"
                class="image"
                src=${view.src}
                srcset=${view.srcset ?? nothing}
                sizes=${view.srcset && view.sizes ? view.sizes : nothing}
                alt=${view.alt ?? ''}
                width=${ifDefined(view.width)}
                height=${ifDefined(view.height)}
                loading=${view.loading}
                decoding="async"
                @error=${this.#onImageError}
              />`
            : nothing
      }<slot name="image" ?hidden=${failed} @slotchange=${this.#onSlotChange}></slot>`;
    const alt = this.#alt();
    return html`
      <figure
        part="figure"
        class="figure"
        lang=${lang}
        dir=${dir}
        style=${cssProperties({ '--_ratio': ratio })}
      >
        <div part="media" class="media ${ratio ? 'has-ratio' : 'no-ratio'}" ?hidden=${!hasImage}>
          ${
            failed
              ? html`<div
                  part="image-placeholder"
                  class="placeholder"
                  role=${ifDefined(alt ? 'img' : undefined)}
                  aria-label=${ifDefined(alt || undefined)}
                >
                  <span aria-hidden="true">${strings.imageUnavailable}</span>
                </div>`
              : nothing
          }
          ${
            zoomable
              ? html`<button
                  part="zoom-button"
                  class="zoom"
                  type="button"
                  aria-label=${strings.enlargePhoto}
                  aria-haspopup="dialog"
                  @click=${this.#onZoom}
                >
                  ${image}
                  <svg class="zoom-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path
                      d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3Zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10Zm1 2v2h2v2h-2v2H9v-2H7V9h2V7h2Z"
                    />
                  </svg>
                </button>`
              : image
          }
          ${
            this.lightbox
              ? this.lightbox.render(
                  { image: this.#largestImage(), alt, caption: this.lightboxCaption, credit },
                  strings,
                )
              : nothing
          }
        </div>
        <figcaption part="caption" class="caption" ?hidden=${!showCaption && !credit}>
          <span
            part="caption-text"
            class="caption-text"
            dir=${(this.hasCaptionContent ? this.captionDir : directionOfText(caption ?? '')) ?? 'auto'}
            ?hidden=${!showCaption}
            ><slot @slotchange=${this.#onSlotChange}></slot
            >${this.hasCaptionContent ? nothing : caption}</span
          >
          ${credit ? html`<span part="credit" class="credit">${credit}</span>` : nothing}
        </figcaption>
      </figure>
    `;
  }
}

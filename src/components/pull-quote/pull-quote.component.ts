import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isAbort } from '../../internal/errors.js';
import { ImpressionController } from '../../internal/impression-controller.js';
import { LocaleController } from '../../internal/locale-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { cleanText, directionOfText } from '../../internal/text.js';
import { sanitizeUrl } from '../../internal/urls.js';
import { keyword, safeUrl, warnOnce } from '../../internal/warnings.js';
import { tokens } from '../../styles/tokens.styles.js';
import { styles } from './pull-quote.styles.js';

export type PullQuoteVariant = 'default' | 'emphasis' | 'boxed';
export type PullQuoteAlign = 'center' | 'start' | 'end';

const VARIANTS: readonly PullQuoteVariant[] = ['default', 'emphasis', 'boxed'];
const ALIGNS: readonly PullQuoteAlign[] = ['center', 'start', 'end'];

/** Quotes with more words than this are linked with a `textStart,textEnd` text fragment. */
const FRAGMENT_MAX_WORDS = 10;
/** Quotes longer than this (in characters) are linked with `textStart,textEnd` too. */
const FRAGMENT_MAX_CHARS = 300;
/** Words taken from each end of a long quote for `textStart,textEnd`. */
const FRAGMENT_EDGE_WORDS = 4;
/** How long the "copied" message stays in the live region. */
const STATUS_MS = 6000;

/**
 * Percent-encodes a piece of a text fragment directive. `-`, `,` and `&` are syntax inside
 * `#:~:text=` and are encoded as well, on top of what `encodeURIComponent` escapes.
 */
export function encodeTextFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * The `text=` value of a text fragment that highlights `quote`: the whole quote when it is short,
 * otherwise `textStart,textEnd` built from its first and last few words.
 */
export function textFragmentFor(quote: string): string {
  const words = quote.split(/\s+/).filter(Boolean);
  if (words.length <= FRAGMENT_MAX_WORDS && quote.length <= FRAGMENT_MAX_CHARS) {
    return encodeTextFragmentPart(words.join(' '));
  }
  const start = words.slice(0, FRAGMENT_EDGE_WORDS).join(' ');
  const end = words.slice(-FRAGMENT_EDGE_WORDS).join(' ');
  return `${encodeTextFragmentPart(start)},${encodeTextFragmentPart(end)}`;
}

/**
 * A highlighted quotation with its attribution, optionally floated into the article text and
 * shareable.
 *
 * The quotation is the element's own content, so it is readable without JavaScript and keeps the
 * partner's markup (`<em>`, `<p>`); it is slotted into a `<blockquote>` whose `cite` is the
 * sanitized `cite` URL. The attribution sits outside the quotation, in the `<figcaption>`.
 * Decorative quotation marks follow the language (from CLDR: English “ ”, German „ “, French « »,
 * Japanese 「 」) and are hidden from screen readers. The quotation keeps its own direction: an
 * English quote on an Arabic page reads left to right. Typography is set on the blockquote and inherited by the quote;
 * page CSS that targets the slotted elements themselves (for example `p { … }`) still applies to
 * them, because they are the page's own light DOM.
 *
 * `align="start"` or `align="end"` floats the quote into the article text (40 % of the column,
 * `--news-pull-quote-float-width`) when the column is at least 600 px wide
 * (`--news-pull-quote-float-breakpoint`); in narrower columns it takes the full width.
 *
 * With `share`, a button shares the quote through the Web Share API with a link to the `cite`
 * URL (or this page) that highlights the quote with a text fragment (`#:~:text=`). Where the
 * Web Share API is missing, it copies “quote” — author, link to the clipboard and announces the
 * result in a polite live region.
 *
 * @summary A highlighted quotation with attribution.
 * @tag news-pull-quote
 *
 * @slot - The quotation: text or inline markup; one or more `<p>` work too.
 *
 * @cssstate rendered - Set once the element shows content of its own. Until then it shows its
 *   light-DOM fallback, which `news-widgets.css` lays out in the widget's box.
 * @cssstate fallback - Set while `news-widgets.css` lays out the light-DOM fallback of an element
 *   that is defined but has not rendered content of its own yet.
 * @csspart figure - The `<figure>` that holds the quote and its attribution.
 * @csspart quote - The `<blockquote>`.
 * @csspart mark - Each decorative quotation mark (hidden from screen readers).
 * @csspart caption - The `<figcaption>` with the attribution.
 * @csspart author - The `<cite>` with the author's name.
 * @csspart author-title - The author's role, for example "NATO Secretary General".
 * @csspart share-button - The share button (with `share`).
 * @csspart status - The polite live region that reports copying (with `share`).
 *
 * @cssprop --news-font-family - Attribution and button font.
 * @cssprop --news-font-family-headline - Quote font.
 * @cssprop [--news-font-size=16px] - Base font size.
 * @cssprop [--news-line-height=1.5] - Base line height.
 * @cssprop [--news-color-text=#1b1b1b] - Quote colour.
 * @cssprop [--news-color-muted=#585858] - Colour of the author's title and the status message.
 * @cssprop [--news-color-background=#ffffff] - Background of the boxed variant.
 * @cssprop [--news-color-accent=#b0121b] - Rule, quotation marks (emphasis) and focus ring colour.
 * @cssprop [--news-color-border=#dcdcdc] - Border of the boxed variant and the share button.
 * @cssprop [--news-radius=8px] - Corner radius of the boxed variant and the share button.
 * @cssprop [--news-space=16px] - Base spacing unit.
 * @cssprop [--news-display=block] - The element's `display`; it holds against page resets, so set
 *   this (or the `hidden` attribute) to change it, for example `none` to hide it.
 * @cssprop [--news-pull-quote-float-width=40%] - Width of a floated quote.
 * @cssprop [--news-pull-quote-float-breakpoint=600px] - Narrowest column in which `align="start|end"`
 *   floats; narrower columns show the quote at full width.
 *
 * @fires {CustomEvent<NewsClickDetail>} news-click - The reader activated the share button;
 *   `detail` is `{ widget, href, action: 'share' }`, `href` being the shared link.
 * @fires {CustomEvent<NewsEventDetail>} news-impression - At least half of the quote was in view
 *   for one continuous second (once per element).
 */
export class NewsPullQuote extends NewsElement {
  static override styles = [tokens, styles];

  static override properties: PropertyDeclarations = {
    author: {},
    authorTitle: { attribute: 'author-title' },
    cite: {},
    variant: { reflect: true },
    align: { reflect: true },
    share: { type: Boolean, reflect: true },
    quote: { state: true, attribute: false },
    edges: { state: true, attribute: false },
    status: { state: true, attribute: false },
  };

  /** Who said it. */
  declare author?: string;

  /** The author's role or affiliation, for example "NATO Secretary General". */
  declare authorTitle?: string;

  /** URL of the quote's source (`http:`, `https:`, `mailto:` or relative); unsafe URLs are dropped. */
  declare cite?: string;

  /**
   * Look: `default` (a rule at the start edge), `emphasis` (larger, accent marks) or `boxed`.
   * @default 'default'
   */
  declare variant?: PullQuoteVariant;

  /**
   * `start` or `end` float the quote into the article text on wide columns; `center` centres it.
   * Without it, the quote takes the column's width.
   */
  declare align?: PullQuoteAlign;

  /** Shows a button that shares the quote (Web Share API) or copies it to the clipboard. */
  share = false;

  /** The quotation's text, whitespace collapsed, read from the element's content. */
  declare private quote?: string;
  /** `space-before` and/or `space-after` when the quote's text has whitespace at its edges. */
  private edges = '';

  /** What the live region says. */
  private status = '';

  readonly #locale = new LocaleController(this);
  #observer?: MutationObserver;
  #statusTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    new ImpressionController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.#readQuote();
    // Text edited inside an existing node changes no slot assignment, so the content is watched
    // rather than the slot: children, their text, and a child moving into or out of the slot.
    this.#observer ??= new MutationObserver(() => this.#readQuote());
    this.#observer.observe(this, {
      childList: true,
      characterData: true,
      subtree: true,
      attributeFilter: ['slot'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    clearTimeout(this.#statusTimer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.quote === '') {
      warnOnce(this, 'quote', 'the quotation is empty; write the quote inside the tag. Nothing is shown.');
    }
  }

  /**
   * The text of the slotted content (elements given another slot name are not the quote), and
   * whether it starts or ends with whitespace (the indentation of the page's HTML), which shows
   * as a space between the words and the decorative marks: the marks then move in by a space's
   * width. Only read: the page's text is never changed.
   */
  #readQuote(): void {
    let text = '';
    let raw = '';
    for (const node of Array.from(this.childNodes)) {
      const content = node.textContent ?? '';
      if (node.nodeType === Node.TEXT_NODE) {
        text += content;
        raw += content;
      } else if (node instanceof Element && !node.hasAttribute('slot')) {
        text += ` ${content} `;
        raw += content;
      }
    }
    this.quote = text.replace(/\s+/g, ' ').trim();
    this.edges = `${/^\s/.test(raw) ? 'space-before' : ''} ${/\s$/.test(raw) ? 'space-after' : ''}`.trim();
  }

  /** The link to share: the `cite` URL, or this page, with a text fragment for the quote. */
  #shareUrl(quote: string): string {
    const cite = sanitizeUrl(cleanText(this.cite), 'link');
    let url: URL | undefined;
    if (cite) {
      try {
        url = new URL(cite, document.baseURI);
      } catch {
        url = undefined;
      }
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) url = new URL(location.href);
    url.hash = '';
    return `${url.href}#:~:text=${textFragmentFor(quote)}`;
  }

  #onShare = async (): Promise<void> => {
    const quote = this.quote;
    if (!quote) return;
    const author = cleanText(this.author);
    const url = this.#shareUrl(quote);
    this.emitClick({ action: 'share', href: url });
    const share = (navigator as Navigator & { share?: unknown }).share;
    if (typeof share === 'function') {
      const title = cleanText(document.title);
      const data: ShareData = { text: author ? `${quote} — ${author}` : quote, url };
      if (title) data.title = title;
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The reader closed the share sheet: not an error.
        if (isAbort(error)) return;
        // Sharing is refused here (policy, unsupported data): copying still helps the reader.
      }
    }
    await this.#copy(quote, author, url);
  };

  async #copy(quote: string, author: string | undefined, url: string): Promise<void> {
    const [open, close] = this.#locale.strings.quotes;
    const text = author ? `${open}${quote}${close} — ${author}, ${url}` : `${open}${quote}${close} ${url}`;
    let copied = false;
    try {
      const clipboard = (navigator as Navigator & { clipboard?: Clipboard }).clipboard;
      if (clipboard && typeof clipboard.writeText === 'function') {
        await clipboard.writeText(text);
        copied = true;
      }
    } catch {
      copied = false;
    }
    this.#announce(copied ? this.#locale.strings.copied : this.#locale.strings.copyFailed);
  }

  #announce(message: string): void {
    clearTimeout(this.#statusTimer);
    // Emptied first so that the same message twice in a row is announced twice.
    this.status = '';
    requestAnimationFrame(() => {
      this.status = message;
      this.#statusTimer = setTimeout(() => (this.status = ''), STATUS_MS);
    });
  }

  override render() {
    const { lang, dir, strings } = this.#locale;
    const variant = keyword(this, 'variant', this.variant, VARIANTS, 'default');
    const align = keyword<PullQuoteAlign | 'none'>(this, 'align', this.align, ALIGNS, 'none', 'not aligned');
    const author = cleanText(this.author);
    const authorTitle = cleanText(this.authorTitle);
    const cite = safeUrl(this, 'cite', cleanText(this.cite), 'link', 'the quote has no source link');
    const [open, close] = strings.quotes;
    // An empty quote shows nothing; the slot stays to notice content added later.
    if (this.quote === '') return html`<slot></slot>`;
    return html`
      <div class="pull-quote ${variant} align-${align}" lang=${lang} dir=${dir}>
        <figure part="figure" class="figure">
          <blockquote part="quote" class="quote ${this.edges}" cite=${cite ?? nothing}>
            <span part="mark" class="mark open" aria-hidden="true">${open}</span
            ><span class="text" dir=${directionOfText(this.quote ?? '') ?? 'auto'}><slot></slot></span
            ><span part="mark" class="mark close" aria-hidden="true">${close}</span>
          </blockquote>
          ${
            author || authorTitle
              ? html`<figcaption part="caption" class="caption">
                  ${author ? html`<cite part="author" class="author" dir="auto">${author}</cite>` : nothing}
                  ${
                    authorTitle
                      ? html`<span part="author-title" class="author-title" dir="auto">${authorTitle}</span>`
                      : nothing
                  }
                </figcaption>`
              : nothing
          }
        </figure>
        ${
          this.share
            ? html`<div class="actions">
                <button
                  part="share-button"
                  class="share"
                  type="button"
                  aria-label=${strings.shareQuote}
                  @click=${this.#onShare}
                >
                  <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path
                      d="M18 16a3 3 0 0 0-2.4 1.2l-6.7-3.4a3 3 0 0 0 0-1.6l6.7-3.4A3 3 0 1 0 15 7l-6.7 3.4a3 3 0 1 0 0 3.2L15 17a3 3 0 1 0 3-1Z"
                    />
                  </svg>
                  <span>${strings.share}</span>
                </button>
                <span part="status" class="status" role="status" aria-live="polite">${this.status}</span>
              </div>`
            : nothing
        }
      </div>
    `;
  }
}

// The zoomable photo caption's lightbox, in its own module: the photo caption imports it the
// first time a reader opens it, so pages that never zoom a photo never download it.
import { css, html, nothing } from 'lit';
import type { Strings } from '../../i18n/strings.js';

/** What the lightbox shows. */
export interface LightboxContent {
  /** The largest image available. */
  image?: string;
  alt: string;
  caption: string;
  credit?: string;
}

export const lightboxStyles = css`
  .dialog {
    width: auto;
    max-width: calc(100vw - 2 * var(--_space));
    max-height: calc(100vh - 2 * var(--_space));
    margin: auto;
    padding: 0;
    overflow: auto;
    color: #f2f2f2;
    background: #111111;
    border: 0;
    border-radius: var(--_radius);
  }

  .dialog::backdrop {
    background: rgb(0 0 0 / 0.85);
  }

  @media (prefers-reduced-motion: no-preference) {
    .dialog[open] {
      animation: news-photo-fade 0.2s ease-out;
    }
  }

  @keyframes news-photo-fade {
    from {
      opacity: 0;
      transform: scale(0.97);
    }
  }

  .dialog-body {
    position: relative;
    display: flex;
    flex-direction: column;
  }

  .dialog-image {
    display: block;
    max-width: 100%;
    max-height: calc(100vh - 2 * var(--_space) - 6em);
    margin-inline: auto;
    object-fit: contain;
  }

  .dialog-caption {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75em;
    padding: calc(var(--_space) * 0.75) var(--_space);
    font-size: 0.9375em;
  }

  .dialog-caption .credit {
    color: #c8c8c8;
  }

  .close {
    position: absolute;
    inset-block-start: calc(var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
    z-index: 1;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 44px;
    margin: 0;
    padding: 0;
    color: #ffffff;
    background: rgb(0 0 0 / 0.7);
    border: 1px solid rgb(255 255 255 / 0.6);
    border-radius: 50%;
    cursor: pointer;
  }

  .close svg {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }

  .close:focus-visible {
    outline: 3px solid #ffffff;
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .close svg {
      fill: ButtonText;
    }

    .dialog {
      border: 1px solid CanvasText;
    }
  }
`;

/**
 * A modal `<dialog>` with the large image, the caption and the credit. It keeps Tab inside,
 * closes on Escape, on its close button and on a click on the backdrop, locks the page's scroll
 * while open, and calls `onClosed` when it closes so that its owner can give focus back.
 */
export class Lightbox {
  #savedOverflow?: string;

  /** `root` is the shadow root the owner renders `render()` into. */
  constructor(
    private readonly root: ShadowRoot,
    private readonly onClosed: () => void,
  ) {}

  /** The rendered dialog, once the owner has rendered `render()`. */
  get dialog(): HTMLDialogElement | undefined {
    return this.root.querySelector<HTMLDialogElement>('dialog.dialog') ?? undefined;
  }

  /** Opens the rendered dialog and focuses its close button. False when it could not open. */
  open(): boolean {
    const dialog = this.dialog;
    if (!dialog || dialog.open) return false;
    this.#lockScroll();
    try {
      dialog.showModal();
    } catch {
      this.#unlockScroll();
      return false;
    }
    dialog.querySelector<HTMLButtonElement>('.close')?.focus();
    return true;
  }

  /** Closes the dialog and restores the page; the owner gives focus back. */
  close(): void {
    if (!this.dialog?.open) return;
    this.dialog.close();
    this.#onClose();
  }

  /** For an owner leaving the page: closes and restores the page's scroll. */
  dispose(): void {
    this.dialog?.close();
    this.#unlockScroll();
  }

  #lockScroll(): void {
    const root = document.documentElement;
    if (this.#savedOverflow === undefined) this.#savedOverflow = root.style.overflow;
    root.style.overflow = 'hidden';
  }

  #unlockScroll(): void {
    if (this.#savedOverflow === undefined) return;
    document.documentElement.style.overflow = this.#savedOverflow;
    this.#savedOverflow = undefined;
  }

  /** The `close` event (also fired for Escape) restores the page. */
  #onClose = (): void => {
    this.#unlockScroll();
    this.onClosed();
  };

  #onCloseClick = (): void => this.close();

  /** A click on the backdrop (outside the dialog's box) closes it. */
  #onDialogClick = (event: MouseEvent): void => {
    const dialog = this.dialog;
    if (!dialog || event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left &&
      event.clientX <= box.right &&
      event.clientY >= box.top &&
      event.clientY <= box.bottom;
    // Keyboard "clicks" have no coordinates (0, 0) and never come from the backdrop.
    if (!inside && (event.clientX !== 0 || event.clientY !== 0)) this.close();
  };

  /** Keeps Tab inside the dialog: browsers may otherwise move focus to their own toolbar. */
  #onDialogKeydown = (event: KeyboardEvent): void => {
    const dialog = this.dialog;
    if (event.key !== 'Tab' || !dialog) return;
    const focusable = Array.from(dialog.querySelectorAll<HTMLElement>('button, [href], [tabindex]')).filter(
      (el) => !el.hasAttribute('disabled') && el.tabIndex >= 0,
    );
    if (!focusable.length) return;
    const first = focusable[0]!;
    const last = focusable[focusable.length - 1]!;
    const active = this.root.activeElement;
    if (event.shiftKey && (active === first || !focusable.includes(active as HTMLElement))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !focusable.includes(active as HTMLElement))) {
      event.preventDefault();
      first.focus();
    }
  };

  render({ image, alt, caption, credit }: LightboxContent, strings: Strings) {
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-label=${caption || alt || strings.photo}
      @close=${this.#onClose}
      @click=${this.#onDialogClick}
      @keydown=${this.#onDialogKeydown}
    >
      <div class="dialog-body">
        <button
          part="close-button"
          class="close"
          type="button"
          aria-label=${strings.close}
          @click=${this.#onCloseClick}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              d="m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4Z"
            />
          </svg>
        </button>
        ${image ? html`<img part="dialog-image" class="dialog-image" src=${image} alt=${alt} />` : nothing}
        ${
          caption || credit
            ? html`<p part="dialog-caption" class="dialog-caption">
                ${caption ? html`<span class="caption-text" dir="auto">${caption}</span>` : nothing}
                ${credit ? html`<span class="credit">${credit}</span>` : nothing}
              </p>`
            : nothing
        }
      </div>
    </dialog>`;
  }
}

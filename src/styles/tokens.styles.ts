import { css } from 'lit';

/**
 * Design tokens and the host reset every element shares. `news-widgets.css` is generated from the
 * `:host` rules here (scripts/css.mjs), so a fallback waiting for its upgrade has the same look.
 *
 * Public tokens are `--news-*` custom properties a partner sets on the element or any ancestor.
 * Elements read them through private `--_*` properties. Colours follow the host's `color-scheme`
 * through `light-dark()`: `light` by default, `dark` with `theme="dark"`, and with `theme="auto"`
 * the page's `color-scheme`, or the reader's preference when the page sets none (the custom state
 * `follows-reader`, see color-scheme.ts).
 *
 * Declarations on the host are `!important`: page rules on the host win over shadow rules unless
 * the shadow rule is important (an important declaration from inside a shadow tree wins over the
 * page's important ones), so page resets such as `* { all: unset }` or
 * `* { font: 30px serif !important }` cannot restyle a widget. Theming goes through the tokens.
 */
export const tokens = css`
  :host {
    --_text: var(--news-color-text, light-dark(#1b1b1b, #f2f2f2));
    --_muted: var(--news-color-muted, light-dark(#585858, #b9b9b9));
    --_background: var(--news-color-background, light-dark(#ffffff, #161616));
    --_accent: var(--news-color-accent, light-dark(#b0121b, #ff8d85));
    --_border: var(--news-color-border, light-dark(#dcdcdc, #3d3d3d));
    --_placeholder: var(--news-color-placeholder, light-dark(#e9e9e6, #2c2c2a));
    /* Text set straight on the page (quotes, captions) shows the page's own background, unless the
       widget's scheme may differ from the page's: then it brings its background, with room around
       the text (--_surfaced is 1). */
    --_surface: transparent;
    --_surfaced: 0;
    --_size: var(--news-font-size, 16px);
    --_line-height: var(--news-line-height, 1.5);
    --_radius: var(--news-radius, 8px);
    --_space: var(--news-space, 16px);
    --_font: var(
      --news-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Georgian',
      'Noto Sans Arabic',
      'Noto Sans Hebrew',
      Tahoma,
      sans-serif
    );
    --_font-headline: var(
      --news-font-family-headline,
      Georgia,
      'Noto Serif',
      'Noto Serif Georgian',
      'Noto Naskh Arabic',
      'Noto Serif Hebrew',
      'Times New Roman',
      serif
    );

    color-scheme: light !important;
    display: var(--news-display, block) !important;
    box-sizing: border-box !important;
    min-width: 0 !important;
    font: 400 var(--_size) / var(--_line-height) var(--_font) !important;
    font-synthesis: none !important;
    color: var(--_text) !important;
    -webkit-text-fill-color: currentcolor !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    text-decoration: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
    hyphens: manual !important;
    writing-mode: horizontal-tb !important;
    list-style: none !important;
    visibility: visible !important;
    opacity: 1 !important;
  }

  :host([theme='dark']) {
    color-scheme: dark !important;
    --_surface: var(--news-color-background, #161616);
    --_surfaced: 1;
  }

  :host([theme='auto']) {
    color-scheme: inherit !important;
  }

  :host([theme='auto']:state(follows-reader)) {
    color-scheme: light dark !important;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']:state(follows-reader)) {
      --_surface: var(--news-color-background, #161616);
      --_surfaced: 1;
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  [hidden] {
    display: none !important;
  }

  /*
   * A page rule such as "*::before { content: '→' }" would draw onto the host, except while
   * news-widgets.css lays out the fallback with them (news-element.ts). :where() forgives a browser
   * without custom states, where the rule then holds at all times.
   */
  :host(:not(:where(:state(fallback))))::before,
  :host(:not(:where(:state(fallback))))::after {
    content: none !important;
  }

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_accent: LinkText;
      --_border: CanvasText;
      --_placeholder: Canvas;
      --_surface: Canvas;
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :where(h1, h2, h3, h4, h5, h6, p, figure, figcaption, blockquote, ul, ol, li) {
    margin: 0;
    padding: 0;
    font: inherit;
  }

  :where(a) {
    color: inherit;
  }

  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

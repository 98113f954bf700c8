import { css } from 'lit';

/**
 * Design tokens and the host reset every element shares.
 *
 * Public tokens are `--news-*` custom properties a partner sets on the element or any ancestor.
 * Elements read them through private `--_*` properties whose fallbacks depend on `theme`.
 */
export const tokens = css`
  :host {
    --_default-text: #1b1b1b;
    --_default-muted: #585858;
    --_default-background: #ffffff;
    --_default-accent: #b0121b;
    --_default-border: #dcdcdc;
    --_default-placeholder: #e9e9e6;
    /* Text set straight on the page (quotes, captions) shows the page's own background in light
       themes, and brings the dark background along in dark ones so its light text stays readable. */
    --_default-surface: transparent;
    color-scheme: light;
  }

  :host([theme='dark']) {
    --_default-text: #f2f2f2;
    --_default-muted: #b9b9b9;
    --_default-background: #161616;
    --_default-accent: #ff8d85;
    --_default-border: #3d3d3d;
    --_default-placeholder: #2c2c2a;
    --_default-surface: #161616;
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_default-text: #f2f2f2;
      --_default-muted: #b9b9b9;
      --_default-background: #161616;
      --_default-accent: #ff8d85;
      --_default-border: #3d3d3d;
      --_default-placeholder: #2c2c2a;
      --_default-surface: #161616;
      color-scheme: dark;
    }
  }

  :host {
    --_font: var(
      --news-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Noto Sans',
      'Noto Sans Georgian',
      'Noto Sans Arabic',
      Tahoma,
      sans-serif
    );
    --_font-headline: var(
      --news-font-family-headline,
      Georgia,
      'Noto Serif',
      'Noto Serif Georgian',
      'Noto Naskh Arabic',
      'Times New Roman',
      serif
    );
    --_text: var(--news-color-text, var(--_default-text));
    --_muted: var(--news-color-muted, var(--_default-muted));
    --_background: var(--news-color-background, var(--_default-background));
    --_accent: var(--news-color-accent, var(--_default-accent));
    --_border: var(--news-color-border, var(--_default-border));
    --_placeholder: var(--news-color-placeholder, var(--_default-placeholder));
    --_surface: var(--news-color-background, var(--_default-surface));
    --_radius: var(--news-radius, 8px);
    --_space: var(--news-space, 16px);

    /*
     * Inherited properties reach into shadow DOM from the page. They are reset here, and marked
     * !important because an !important rule from inside a shadow tree wins over the page's
     * !important rules on the host (CSS Cascade: important declarations of the inner context win),
     * so page resets such as "* { font: 30px serif !important }" cannot restyle a widget.
     * Theming goes through the --news-* tokens instead.
     */
    font: 400 var(--news-font-size, 16px) / var(--news-line-height, 1.5) var(--_font) !important;
    color: var(--_text) !important;
    -webkit-text-fill-color: currentcolor !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: break-word !important;
    hyphens: manual !important;
    writing-mode: horizontal-tb !important;
    list-style: none !important;
    font-synthesis: none;
    box-sizing: border-box !important;
    display: block;
    min-width: 0;
  }

  :host([hidden]) {
    display: none !important;
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

  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_accent: LinkText;
      --_border: CanvasText;
      --_placeholder: Canvas;
    }
  }
`;

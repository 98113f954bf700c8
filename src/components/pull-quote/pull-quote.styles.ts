import { css } from 'lit';

export const styles = css`
  :host {
    /* The quote's type scales with the width it is given, not with the viewport. */
    container-type: inline-size !important;
    margin-block: calc(var(--_space) * 1.5) !important;
  }

  /*
   * The host's box holds against page resets such as "* { all: unset }": hence !important.
   *
   * start/end: float into the article text. The host floats (shadow CSS cannot query the
   * article's width), so the width decides: 40 % of the column when the column is at least the
   * breakpoint wide, otherwise the whole column, which makes the float behave like a block and
   * never overflows. (breakpoint - 100%) * 9999 is hugely positive below the breakpoint and
   * negative above it.
   */
  :host([align='start']),
  :host([align='end']) {
    --_float-gap: min(
      calc(var(--_space) * 1.5),
      max(0px, (100% - var(--news-pull-quote-float-breakpoint, 600px)) * 9999)
    );
    width: min(
      100%,
      max(
        var(--news-pull-quote-float-width, 40%),
        (var(--news-pull-quote-float-breakpoint, 600px) - 100%) * 9999
      )
    ) !important;
    margin-block: calc(var(--_space) / 2) var(--_space) !important;
  }

  :host([align='start']) {
    float: inline-start !important;
    margin-inline: 0 var(--_float-gap) !important;
  }

  :host([align='end']) {
    float: inline-end !important;
    margin-inline: var(--_float-gap) 0 !important;
  }

  :host([align='center']) {
    width: min(100%, 38em) !important;
    margin-inline: auto !important;
  }

  .pull-quote {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    max-width: 100%;
    background: var(--_surface);
  }

  /* On a background of its own (tokens.styles.ts), the text keeps room around it. */
  .pull-quote:not(.boxed) {
    padding-block: calc(var(--_surfaced) * var(--_space) * 0.75);
    padding-inline-end: calc(var(--_surfaced) * var(--_space));
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
  }

  .quote {
    position: relative;
    min-width: 0;
    font-family: var(--_font-headline);
    font-size: clamp(1.25em, 1em + 2cqi, 1.75em);
    font-style: normal;
    font-weight: 400;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }

  ::slotted(p) {
    margin: 0;
  }

  ::slotted(p:not(:last-child)) {
    margin-block-end: 0.5em;
  }

  /* The closing mark follows the last words, not a line of its own. */
  ::slotted(p:last-child) {
    display: inline;
  }

  .mark {
    color: var(--_accent);
    font-family: var(--_font-headline);
    line-height: 0;
    user-select: none;
  }

  .open {
    margin-inline-end: 0.05em;
  }

  .close {
    margin-inline-start: 0.05em;
  }

  /* Whitespace at the quote's edges shows as a space (about 0.25em in the quote's fonts): the
     marks take it back, so they sit a hairline from the words. */
  .space-before .open {
    margin-inline-end: -0.2em;
  }

  .space-after .close {
    margin-inline-start: -0.2em;
  }

  .caption {
    display: flex;
    flex-direction: column;
    font-family: var(--_font);
    font-size: 0.9375em;
    line-height: 1.4;
  }

  .author {
    font-style: normal;
    font-weight: 700;
  }

  .author-title {
    color: var(--_muted);
    font-size: 0.9333em;
  }

  /* default: a rule in the accent colour on the start edge. */
  .pull-quote.default {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_accent);
  }

  .default .mark {
    color: inherit;
  }

  /* emphasis: larger headline type, accent marks that hang into the start margin. */
  .emphasis .quote {
    font-size: clamp(1.5em, 1.1em + 3.5cqi, 2.5em);
    font-weight: 700;
    line-height: 1.2;
  }

  .emphasis .mark {
    font-size: 1.4em;
  }

  .emphasis .caption {
    font-size: 1em;
  }

  /* boxed: a panel with a background, border and radius. */
  .pull-quote.boxed {
    padding: var(--_space);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  @container (min-width: 480px) {
    .pull-quote.boxed {
      padding: calc(var(--_space) * 1.5);
    }
  }

  .align-center .figure {
    align-items: center;
    text-align: center;
  }

  .align-center .caption {
    align-items: center;
  }

  .align-center .actions {
    justify-content: center;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-width: 0;
  }

  .share {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    margin: 0;
    padding: 0.35em 0.9em;
    color: var(--_text);
    font: inherit;
    font-size: 0.875em;
    font-weight: 600;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .share:hover {
    border-color: var(--_accent);
  }

  .icon {
    width: 1.1em;
    height: 1.1em;
    fill: currentColor;
  }

  .status {
    color: var(--_muted);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .share {
      border-color: ButtonText;
    }
  }
`;

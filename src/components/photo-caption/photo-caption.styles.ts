import { css } from 'lit';

export const styles = css`
  :host {
    /* The caption adapts to the width it is given, not to the viewport; against page resets too. */
    container-type: inline-size !important;
  }

  .figure {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    background: var(--_surface);
  }

  .media {
    position: relative;
    min-width: 0;
    overflow: hidden;
    background: var(--_placeholder);
  }

  /* The box keeps the image's aspect ratio before the image loads: no layout shift. */
  .media.has-ratio {
    aspect-ratio: var(--_ratio);
  }

  .image,
  ::slotted(img) {
    display: block;
    width: 100%;
    height: auto;
    object-fit: cover;
  }

  ::slotted(picture) {
    display: block;
    width: 100%;
  }

  .has-ratio .image,
  .has-ratio ::slotted(img),
  .has-ratio ::slotted(picture) {
    height: 100%;
  }

  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    width: 100%;
    height: 100%;
    min-height: 100%;
    padding: var(--_space);
    background: var(--_placeholder);
    color: var(--_muted);
    font-size: 0.875em;
    text-align: center;
  }

  /* Without known dimensions, the placeholder takes the common 3:2 photo ratio. */
  .no-ratio .placeholder {
    aspect-ratio: 3 / 2;
  }

  .zoom {
    position: relative;
    display: block;
    width: 100%;
    height: 100%;
    margin: 0;
    padding: 0;
    color: inherit;
    font: inherit;
    background: none;
    border: 0;
    cursor: zoom-in;
  }

  .zoom:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
  }

  .zoom-icon {
    position: absolute;
    inset-block-end: calc(var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
    width: 32px;
    height: 32px;
    padding: 4px;
    fill: #ffffff;
    background: rgb(0 0 0 / 0.6);
    border-radius: 50%;
  }

  .caption {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    /* On a background of its own (tokens.styles.ts), the text keeps room around it. */
    padding: 0 calc(var(--_surfaced) * var(--_space) / 2) calc(var(--_surfaced) * var(--_space) / 2);
    color: var(--_text);
    font-size: 0.875em;
    line-height: 1.45;
  }

  .credit {
    color: var(--_muted);
    font-size: 0.9286em;
  }

  /* Wide: the credit follows the caption on the same line when it fits. */
  @container (min-width: 480px) {
    .caption {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      column-gap: 0.75em;
    }
  }

  @media (forced-colors: active) {
    .zoom-icon {
      fill: ButtonText;
    }
  }
`;

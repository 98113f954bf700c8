import { css } from 'lit';

export const styles = css`
  /*
   * The layouts that reflow query the width the card is given, not the viewport. Only they are
   * containers: size containment on every card of a long list costs about a third of its render
   * time (BENCHMARKS.md), and the vertical and overlay layouts do not need it.
   */
  :host([layout='horizontal']),
  :host([layout='compact']) {
    container-type: inline-size !important;
  }

  /*
   * A field the card has no value for is an empty element, never shown: not even through
   * ::part() rules of the page (an important shadow declaration wins over them). The meta line
   * is hidden by the template: WebKit does not notice :has(:empty) change when text arrives.
   */
  .kicker:empty,
  .summary:empty,
  .meta > :empty {
    display: none !important;
  }

  .card {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    align-content: start;
    gap: calc(var(--_space) * 0.75);
    height: 100%;
    overflow: hidden;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    --_link-radius: var(--_radius);
  }

  .media {
    aspect-ratio: var(--_ratio, 16 / 9);
    overflow: hidden;
    background: var(--_placeholder);
  }

  .image,
  .placeholder {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    padding: 0 var(--_space) var(--_space);
  }

  .card:not(.with-image) .body {
    padding-block-start: var(--_space);
  }

  .kicker {
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .heading {
    font-family: var(--_font-headline);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }

  .card:hover .link {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  /*
   * Author, date and source, each after a dot. The line starts a little before the box and is
   * clipped to it, so that an item which wraps to a new line leaves its dot outside, unseen.
   */
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    margin-inline-start: -1em;
    clip-path: inset(0 0 0 1em);
    color: var(--_muted);
    font-size: 0.875em;
  }

  [dir='rtl'] .meta {
    clip-path: inset(0 1em 0 0);
  }

  /* A date reads as one piece; names may wrap. */
  .date {
    white-space: nowrap;
  }

  .meta > :not(:empty) {
    position: relative;
    padding-inline-start: 1em;
  }

  .meta > :not(:empty)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.5em - 1.5px);
    inset-block-start: calc(50% - 1.5px);
    width: 3px;
    height: 3px;
    border-radius: 50%;
    background: currentColor;
  }

  /* Horizontal: image beside the text when there is room, stacked in narrow columns. */
  @container (min-width: 480px) {
    :host([layout='horizontal']) .card.with-image {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      gap: var(--_space);
    }

    :host([layout='horizontal']) .card.with-image .body {
      padding: var(--_space);
      padding-inline-start: 0;
    }
  }

  /* Compact: a dense row with a small square thumbnail and no summary. */
  :host([layout='compact']) .card {
    border: 0;
    border-radius: 0;
  }

  :host([layout='compact']) .card.with-image {
    grid-template-columns: minmax(0, 1fr) clamp(64px, 25cqi, 120px);
  }

  :host([layout='compact']) .media {
    order: 1;
    aspect-ratio: 1;
    border-radius: calc(var(--_radius) / 2);
  }

  :host([layout='compact']) .body,
  :host([layout='compact']) .card:not(.with-image) .body {
    padding: 0;
    gap: 0.25em;
  }

  :host([layout='compact']) .heading {
    font-size: clamp(1em, 0.9em + 1cqi, 1.25em);
  }

  :host([layout='compact']) .summary {
    display: none;
  }

  /*
   * Overlay: the text sits on the image, over a scrim that keeps it readable. The scrim is at
   * least 75 % black wherever text may be (below the body's top padding): white text on it has a
   * contrast of at least 10:1 even over a white image (WCAG AA asks 4.5:1).
   */
  :host([layout='overlay']) .card.with-image {
    grid-template-areas: 'stack';
    align-content: stretch;
    gap: 0;
  }

  /* The image keeps its ratio, and fills the card when the text is taller. */
  :host([layout='overlay']) .card.with-image > * {
    grid-area: stack;
  }

  :host([layout='overlay']) .card.with-image .body {
    align-self: end;
    padding: calc(var(--_space) * 3) var(--_space) var(--_space);
    color: #ffffff;
    background: linear-gradient(
      to bottom,
      rgb(0 0 0 / 0),
      rgb(0 0 0 / 0.75) calc(var(--_space) * 3),
      rgb(0 0 0 / 0.85)
    );
  }

  :host([layout='overlay']) .card.with-image :is(.kicker, .meta) {
    color: #ffffff;
  }

  @media (forced-colors: active) {
    :host([layout='overlay']) .card.with-image .body {
      background: Canvas;
      color: CanvasText;
    }

    :host([layout='overlay']) .card.with-image :is(.kicker, .meta) {
      color: CanvasText;
    }
  }
`;

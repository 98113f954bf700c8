import { css } from 'lit';

export const styles = css`
  :host {
    container-type: inline-size !important;
    /* The height reserved for each row while a feed loads, and the least a row takes. */
    --_row: var(--news-related-stories-row-height, 4.5em);
  }

  .section {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    color: var(--_text);
    background: var(--_background);
  }

  .heading {
    font-family: var(--_font-headline);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
    padding-block-end: calc(var(--_space) / 2);
    border-block-end: 2px solid var(--_accent);
  }

  .list {
    display: grid;
    list-style: none;
  }

  .item {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    min-height: var(--_row);
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }

  .text {
    display: grid;
    gap: 0.25em;
    flex: 1;
    min-width: 0;
  }

  .link {
    font-family: var(--_font-headline);
    font-weight: 700;
    line-height: 1.3;
  }

  .item:hover .link[href] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .meta [part='section-name'] {
    color: var(--_accent);
    font-weight: 700;
  }

  .summary {
    color: var(--_text);
    font-size: 0.9375em;
  }

  .thumbnail {
    order: 1;
    flex: 0 0 auto;
    width: 80px;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_placeholder);
  }

  .thumbnail img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  .skeleton {
    background: linear-gradient(var(--_placeholder) 0 0) no-repeat left center / 70% 1em;
  }

  [dir='rtl'] .skeleton {
    background-position: right center;
  }

  /* Numbered: a real <ol>, its numbers written in the page language's digits (Intl). */
  .number {
    flex: 0 0 auto;
    min-width: 1.5em;
    color: var(--_accent);
    font-family: var(--_font-headline);
    font-weight: 700;
    line-height: 1.3;
  }

  .numbered .thumbnail {
    display: none;
  }

  /* Grid: cards that fill the container's width. */
  .grid .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 200px), 1fr));
    gap: var(--_space);
  }

  .grid .item {
    flex-direction: column;
    padding: 0;
    border: 0;
  }

  .grid .thumbnail {
    order: 0;
    width: 100%;
  }

  .grid .skeleton {
    min-height: 10em;
    background: var(--_placeholder);
    border-radius: calc(var(--_radius) / 2);
  }

  @media (forced-colors: active) {
    .skeleton {
      border: 1px dashed CanvasText;
    }
  }
`;

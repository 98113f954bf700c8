import { css } from 'lit';

/**
 * A `.link` that covers its whole positioned container (a card, a list item): one tab stop and
 * one click target, named by the link's own text.
 */
export const stretchedLink = css`
  .link {
    text-decoration: none;
  }

  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }

  .link:focus-visible {
    outline: none;
  }

  .link:focus-visible::after {
    outline: 3px solid var(--_accent);
    outline-offset: -3px;
    border-radius: var(--_link-radius, 0);
  }
`;

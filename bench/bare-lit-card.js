// The reference: a bare Lit 3 element with the markup <news-article-card> renders for the
// benchmark's card (same elements, same attributes), written as a minified build leaves a template:
// no whitespace text nodes. Only the date goes through Intl, as the card shows it. No tokens,
// sanitizer, i18n or events. `npm run bench` checks that its markup still matches the card's.
import { LitElement, css, html } from 'lit';
import { formatDate } from './date.js';

class BareLitCard extends LitElement {
  static properties = {
    href: {},
    headline: {},
    summary: {},
    kicker: {},
    published: {},
  };

  static styles = css`
    :host {
      display: block;
      font:
        16px/1.5 system-ui,
        sans-serif;
    }
    .card {
      position: relative;
      display: grid;
      border: 1px solid #ddd;
      border-radius: 8px;
    }
    .body {
      padding: 16px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .kicker {
      color: #b0121b;
      font-size: 13px;
      font-weight: 700;
      text-transform: uppercase;
    }
    .heading {
      margin: 0;
      font:
        700 1.25em/1.25 Georgia,
        serif;
    }
    .link {
      color: inherit;
      text-decoration: none;
    }
    .link::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    p {
      margin: 0;
    }
    .meta {
      color: #585858;
      font-size: 14px;
    }
  `;

  // Line breaks only inside tags, where they make no nodes (formatted, the template would have
  // whitespace text nodes, which a minified build does not).
  render() {
    // prettier-ignore
    return html`<article part="card" class="card" lang="en" dir="ltr"
      ><div part="body" class="body"
        ><p part="kicker" class="kicker" dir="auto">${this.kicker}</p
        ><div part="headline" class="heading" role="heading" aria-level="3" dir="auto"
          ><a part="link" class="link" href=${this.href}>${this.headline}</a></div
        ><p part="summary" class="summary" dir="auto">${this.summary}</p
        ><p part="meta" class="meta"
          ><span part="author" class="author"></span
          ><time part="date" class="date" datetime=${this.published}>${formatDate(this.published)}</time
          ><span part="source" class="source"></span></p
      ></div
    ></article>`;
  }
}
customElements.define('bare-lit-card', BareLitCard);

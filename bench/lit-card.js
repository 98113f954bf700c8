// Baseline: a bare Lit 3 element rendering the same card markup as <news-article-card>, with no
// tokens, sanitizer, i18n or events; only the date goes through Intl, as the card shows it.
// `npm run bench` compares the library with it.
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
    article {
      position: relative;
      display: grid;
      gap: 12px;
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
    h3 {
      margin: 0;
      font:
        700 1.25em/1.25 Georgia,
        serif;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
    a::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    p {
      margin: 0;
    }
    time {
      color: #585858;
      font-size: 14px;
    }
  `;

  render() {
    return html`<article part="card">
      <div class="body">
        <p class="kicker">${this.kicker}</p>
        <h3><a href=${this.href}>${this.headline}</a></h3>
        <p>${this.summary}</p>
        <time datetime=${this.published}>${formatDate(this.published)}</time>
      </div>
    </article>`;
  }
}
customElements.define('bare-lit-card', BareLitCard);

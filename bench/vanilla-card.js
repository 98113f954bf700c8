// Baseline: a hand-written custom element (no library) rendering the same card markup.
import { formatDate } from './date.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
  :host { display: block; font: 16px/1.5 system-ui, sans-serif; }
  article { position: relative; display: grid; gap: 12px; border: 1px solid #ddd; border-radius: 8px; }
  .body { padding: 16px; display: flex; flex-direction: column; gap: 8px; }
  .kicker { color: #b0121b; font-size: 13px; font-weight: 700; text-transform: uppercase; }
  h3 { margin: 0; font: 700 1.25em/1.25 Georgia, serif; }
  a { color: inherit; text-decoration: none; }
  a::after { content: ''; position: absolute; inset: 0; }
  p { margin: 0; }
  time { color: #585858; font-size: 14px; }
`);

class VanillaCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    const article = document.createElement('article');
    const body = article.appendChild(document.createElement('div'));
    body.className = 'body';
    const kicker = body.appendChild(document.createElement('p'));
    kicker.className = 'kicker';
    kicker.textContent = this.getAttribute('kicker');
    const link = body.appendChild(document.createElement('h3')).appendChild(document.createElement('a'));
    link.href = this.getAttribute('href');
    link.textContent = this.getAttribute('headline');
    body.appendChild(document.createElement('p')).textContent = this.getAttribute('summary');
    const time = body.appendChild(document.createElement('time'));
    time.dateTime = this.getAttribute('published');
    time.textContent = formatDate(this.getAttribute('published'));
    root.append(article);
  }
}
customElements.define('vanilla-card', VanillaCard);

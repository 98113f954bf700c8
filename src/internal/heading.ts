import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`…`<h6>` element for `level` (1–6, else 3) with `part` and class `heading`. Lit
 * cannot bind a tag name: one small template per level.
 */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} class="heading">${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class="heading">${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class="heading">${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading">${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="heading">${content}</h6>`;
    default:
      return html`<h3 part=${part} class="heading">${content}</h3>`;
  }
}

import { html, type TemplateResult } from 'lit';

/** A heading level from an attribute: a whole number from 1 to 6, otherwise `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/**
 * A real `<h1>`…`<h6>` element. Lit templates cannot take a tag name from a value, and the static
 * HTML module would add more bytes than these six short templates.
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

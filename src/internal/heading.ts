import { html as staticHtml, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

/** A heading level from an attribute: a whole number from 1 to 6, otherwise `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

const HEADING_TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/**
 * The tag name `h1`…`h6` for a level from `headingLevel`, as a static value for templates
 * written with `lit/static-html.js` (Lit cannot bind a tag name).
 */
export function headingTag(level: number): StaticValue {
  return HEADING_TAGS[level - 1] ?? HEADING_TAGS[2]!;
}

/** A real `<h1>`…`<h6>` element (a static-html template: Lit's linters do not read those). */
export function heading(level: number, part: string, content: unknown): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} class="heading">${content}</${tag}>`;
}

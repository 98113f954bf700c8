import { isServer, noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM, on the first render too, so pages with
 * a strict `style-src` Content Security Policy (no 'unsafe-inline') accept it. (Lit's styleMap
 * writes a `style` attribute on first render, which such a policy blocks.) On the server it
 * renders the `style` attribute, which is markup there, not a script-applied style.
 *
 * Usage: `<div style=${cssProperties({ '--_ratio': '16 / 9' })}>`.
 */
class CssPropertiesDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') {
      throw new Error('cssProperties() belongs in a style attribute');
    }
  }

  render(properties: Record<string, string | undefined>): unknown {
    if (!isServer) return noChange;
    return Object.entries(properties)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${value}`)
      .join('; ');
  }

  override update(part: AttributePart, [properties]: [Record<string, string | undefined>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.#previous) if (properties[name] === undefined) style.removeProperty(name);
    this.#previous.clear();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);

// The per-element API reference as plain data, read from a custom-elements.json manifest: which
// elements there are and, for each, its attributes, properties, methods, events, slots, CSS parts,
// CSS custom properties and custom states. Shared by `npm run docs` (Markdown in docs/reference/)
// and the demo's API page (DOM), so the two cannot disagree. No Node or DOM APIs: it runs in both.

/**
 * A table cell: `{ code }` is a literal (a name, a type, a default value), `{ text }` is prose
 * from the JSDoc, where backticks mark code. `undefined` means the manifest has nothing to say
 * ("—" in both renderings).
 * @typedef {{ code: string } | { text: string } | undefined} Cell
 * @typedef {{ title: string, columns: string[], rows: Cell[][] }} Section
 * @typedef {{ tagName: string, className: string, summary?: string, description: string[],
 *             sections: Section[] }} ElementReference
 */

/** What a renderer shows for an empty cell. */
export const NONE = '—';

const code = (value) => (value === undefined || value === '' ? undefined : { code: String(value) });
const text = (value) => (value ? { text: value.replace(/\s*\n\s*/g, ' ').trim() } : undefined);

const isPublic = (member) => (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#');

const signature = (method) =>
  `${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`;

/** Only the non-empty sections are kept. */
function section(title, columns, rows) {
  return rows.length ? [{ title, columns, rows }] : [];
}

/** @returns {ElementReference} */
function referenceFor(declaration) {
  const members = (declaration.members ?? []).filter(isPublic);
  // A static member is called on the class: `NewsArticleCard.version`.
  const named = (member, name = member.name) => (member.static ? `${declaration.name}.${name}` : name);
  // The analyzer gives static fields an `attribute`; only instance fields can have one.
  const fields = members.filter((member) => member.kind === 'field' && (member.static || !member.attribute));
  const methods = members.filter((member) => member.kind === 'method');
  return {
    tagName: declaration.tagName,
    className: declaration.name,
    summary: declaration.summary,
    description: (declaration.description ?? '')
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean),
    sections: [
      ...section(
        'Attributes',
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        (declaration.attributes ?? []).map((attribute) => [
          code(attribute.name),
          code(attribute.fieldName),
          code(attribute.type?.text),
          code(attribute.default),
          text(attribute.description),
        ]),
      ),
      ...section(
        'Properties without an attribute',
        ['Property', 'Type', 'Default', 'Description'],
        fields.map((field) => [
          code(named(field)),
          code(field.type?.text),
          // A read-only field's initialiser is its value, not a default anyone can change.
          field.readonly ? undefined : code(field.default),
          text(field.description),
        ]),
      ),
      ...section(
        'Methods',
        ['Method', 'Returns', 'Description'],
        methods.map((method) => [
          code(named(method, signature(method))),
          code(method.return?.type?.text),
          text(method.description),
        ]),
      ),
      ...section(
        'Events',
        ['Event', 'Type', 'Description'],
        (declaration.events ?? []).map((event) => [
          code(event.name),
          code(event.type?.text),
          text(event.description),
        ]),
      ),
      ...section(
        'Slots',
        ['Slot', 'Description'],
        (declaration.slots ?? []).map((slot) => [
          slot.name ? code(slot.name) : { text: '(default slot)' },
          text(slot.description),
        ]),
      ),
      ...section(
        'CSS parts',
        ['Part', 'Description'],
        (declaration.cssParts ?? []).map((part) => [code(part.name), text(part.description)]),
      ),
      ...section(
        'CSS custom properties',
        ['Property', 'Default', 'Description'],
        (declaration.cssProperties ?? []).map((property) => [
          code(property.name),
          code(property.default),
          text(property.description),
        ]),
      ),
      ...section(
        'Custom states',
        ['State', 'Description'],
        (declaration.cssStates ?? []).map((state) => [
          code(`:state(${state.name})`),
          text(state.description),
        ]),
      ),
    ],
  };
}

/**
 * Every custom element the manifest declares, by tag name.
 * @returns {ElementReference[]}
 */
export function elementReferences(manifest) {
  return (manifest.modules ?? [])
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map(referenceFor);
}

/**
 * Splits prose at its backticks: `[{ text }, { code }, { text }, …]`, so that a renderer can show
 * code as code and everything else as plain text (never as markup).
 */
export function spans(prose) {
  return prose
    .split('`')
    .map((piece, index) => (index % 2 ? { code: piece } : { text: piece }))
    .filter((span) => (span.code ?? span.text) !== '');
}

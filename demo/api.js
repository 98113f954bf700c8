// The API reference, generated in the browser from the package's custom-elements.json (the
// manifest that `npm run analyze` writes from the sources): nothing here is written by hand.

const container = document.getElementById('reference');
const status = document.getElementById('reference-status');

/** Text with `code` spans, as DOM nodes (never parsed as HTML). */
function prose(text = '') {
  const fragment = document.createDocumentFragment();
  text.split('`').forEach((part, index) => {
    if (!part) return;
    if (index % 2) {
      const code = document.createElement('code');
      code.textContent = part;
      fragment.append(code);
    } else {
      fragment.append(part);
    }
  });
  return fragment;
}

function el(tag, className, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

const code = (text) => el('code', '', text ?? '');

function table(caption, headings, rows) {
  if (!rows.length) return undefined;
  const head = el('thead', '', el('tr', '', ...headings.map((heading) => el('th', '', heading))));
  for (const th of head.querySelectorAll('th')) th.scope = 'col';
  const body = el(
    'tbody',
    '',
    ...rows.map((cells) => el('tr', '', ...cells.map((cell) => el('td', '', cell)))),
  );
  return [el('h3', '', caption), el('div', 'table-scroll', el('table', '', head, body))];
}

const isPublic = (member) =>
  !member.static && (!member.privacy || member.privacy === 'public') && !member.name.startsWith('#');

function renderElement(declaration) {
  const tag = declaration.tagName;
  const section = el('section', 'api-element');
  section.id = tag;
  section.setAttribute('aria-labelledby', `${tag}-heading`);
  const heading = el('h2', '', code(`<${tag}>`), ` — ${declaration.name}`);
  heading.id = `${tag}-heading`;
  section.append(heading);
  if (declaration.summary) section.append(el('p', 'lede', prose(declaration.summary)));
  if (declaration.description) {
    for (const paragraph of declaration.description.split(/\n\s*\n/))
      section.append(el('p', '', prose(paragraph)));
  }
  const members = declaration.members ?? [];
  const parts = [
    table(
      'Attributes',
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      (declaration.attributes ?? []).map((attribute) => [
        code(attribute.name),
        attribute.fieldName ? code(attribute.fieldName) : '',
        code(attribute.type?.text),
        attribute.default ? code(attribute.default) : '',
        prose(attribute.description),
      ]),
    ),
    table(
      'Properties',
      ['Property', 'Attribute', 'Type', 'Description'],
      members
        .filter((member) => member.kind === 'field' && isPublic(member))
        .map((member) => [
          code(member.name),
          member.attribute ? code(member.attribute) : '',
          code(member.type?.text),
          prose(member.description),
        ]),
    ),
    table(
      'Methods',
      ['Method', 'Description'],
      members
        .filter((member) => member.kind === 'method' && isPublic(member))
        .map((member) => [
          code(`${member.name}(${(member.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
          prose(member.description),
        ]),
    ),
    table(
      'Events',
      ['Event', 'Type', 'Description'],
      (declaration.events ?? []).map((event) => [
        code(event.name),
        code(event.type?.text),
        prose(event.description),
      ]),
    ),
    table(
      'Slots',
      ['Slot', 'Description'],
      (declaration.slots ?? []).map((slot) => [
        slot.name ? code(slot.name) : '(default)',
        prose(slot.description),
      ]),
    ),
    table(
      'CSS parts',
      ['Part', 'Description'],
      (declaration.cssParts ?? []).map((part) => [code(part.name), prose(part.description)]),
    ),
    table(
      'CSS custom properties',
      ['Property', 'Description'],
      (declaration.cssProperties ?? []).map((property) => [code(property.name), prose(property.description)]),
    ),
  ];
  for (const part of parts) if (part) section.append(...part);
  return section;
}

try {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const manifest = await response.json();
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const toc = el(
    'ul',
    '',
    ...declarations.map((declaration) => {
      const link = el('a', '', code(`<${declaration.tagName}>`));
      link.href = `#${declaration.tagName}`;
      return el('li', '', link);
    }),
  );
  const nav = el('nav', '', toc);
  nav.setAttribute('aria-label', 'Elements');
  container.replaceChildren(nav, ...declarations.map(renderElement));
  status.textContent = `Generated from custom-elements.json (schema ${manifest.schemaVersion}): ${declarations.length} elements.`;
} catch (error) {
  status.textContent = `Could not read /custom-elements.json (${error.message}). Run \`npm run analyze\` and serve the repository root.`;
}

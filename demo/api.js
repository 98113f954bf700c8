// The API page: the reference of every element, read from the package's custom-elements.json by
// the same module that writes docs/reference/ (tools/reference.mjs). Each attribute, property,
// event or part is one entry of a definition list, its name first, its facts (property, type,
// default) on one line and its description below: it reads the same in a 390 px phone as in a
// wide window, where a five-column table could not.
import { elementReferences, NONE, spans } from '../tools/reference.mjs';

const container = document.getElementById('reference');
const status = document.getElementById('reference-status');

function el(tag, className, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** Prose with its `code` spans, as DOM nodes (never parsed as HTML). */
const prose = (text) => spans(text).map((span) => ('code' in span ? el('code', '', span.code) : span.text));

/** One cell of tools/reference.mjs: a literal, prose, or "—" when the manifest has nothing. */
function cell(value) {
  if (!value) return [NONE];
  return 'code' in value ? [el('code', '', value.code)] : prose(value.text);
}

/** A section's rows: the first cell names the entry, the last describes it, the others are facts. */
function renderSection({ title, columns, rows }) {
  const entries = rows.map((row) => {
    const facts = columns.slice(1, -1).flatMap((column, index) => [
      // No break before the dot: a line never starts with it.
      index ? '\u00a0· ' : '',
      el('span', 'api-fact', `${column}: `, ...cell(row[index + 1])),
    ]);
    return el(
      'div',
      'api-entry',
      el('dt', '', ...cell(row[0])),
      ...(facts.length ? [el('dd', 'api-facts', ...facts)] : []),
      el('dd', 'api-description', ...cell(row.at(-1))),
    );
  });
  return [el('h3', '', title), el('dl', 'api-list', ...entries)];
}

function renderElement(element) {
  const { tagName } = element;
  const heading = el('h2', '', `<${tagName}>`);
  heading.id = `${tagName}-heading`;
  const summary = element.summary ? [': ', ...prose(element.summary)] : [];
  const section = el(
    'section',
    'api-element',
    heading,
    el('p', 'lede', 'Class ', el('code', '', element.className), ...summary),
    ...element.description.map((paragraph) => el('p', '', ...prose(paragraph))),
    ...element.sections.flatMap(renderSection),
  );
  section.id = tagName;
  section.setAttribute('aria-labelledby', heading.id);
  return section;
}

try {
  const response = await fetch('/custom-elements.json');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const elements = elementReferences(await response.json());
  const links = elements.map(({ tagName }) => {
    const link = el('a', '', el('code', '', `<${tagName}>`));
    link.href = `#${tagName}`;
    return el('li', '', link);
  });
  const nav = el('nav', '', el('ul', '', ...links));
  nav.setAttribute('aria-label', 'Elements');
  container.replaceChildren(nav, ...elements.map(renderElement));
  status.remove();
  container.removeAttribute('aria-busy');
} catch (error) {
  status.textContent = `Could not read /custom-elements.json (${error.message}). Serve the repository root (npm start).`;
  container.removeAttribute('aria-busy');
}

// The embed builder: choose an element, fill its fields, see it live and copy the snippet.
// The snippet is built as text with every attribute value and text escaped, and the preview is
// built with DOM calls (setAttribute, textContent), so any input is safe and round-trips.
// Loaded after the page's first paint (after-paint.js).
import '/dist/news-widgets.js';
import { sanitizeUrl } from '/dist/internal/urls.js';

/**
 * `{ url }` when the library would use the URL (its own sanitizer decides), else `{ reason }`
 * saying why it would drop it.
 */
function checkUrl(value, kind) {
  const url = sanitizeUrl(value, kind);
  if (url) return { url };
  if (!value.trim()) return { reason: 'It is empty.' };
  let protocol;
  try {
    protocol = new URL(value.trim(), 'https://relative.invalid/').protocol;
  } catch {
    return { reason: 'It is not a URL the browser can read.' };
  }
  if (kind === 'image' && protocol === 'data:') {
    return {
      reason: /^\s*data:image\/svg/i.test(value)
        ? 'SVG data images can carry script; only raster data: images (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO) are allowed.'
        : 'Only raster data: images (PNG, JPEG, GIF, WebP, AVIF, BMP, ICO) are allowed.',
    };
  }
  const allowed = {
    link: 'http:, https:, mailto: or a relative URL',
    image: 'http:, https:, a relative URL or a raster data:image',
    resource: 'http:, https: or a relative URL',
  }[kind];
  return { reason: `The widgets drop ${protocol} URLs here: use ${allowed}.` };
}

/** Escapes text for a double-quoted attribute value. */
const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Escapes text for element content. */
const escapeText = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const THEME = { name: 'theme', type: 'select', options: ['', 'light', 'dark', 'auto'] };
const LEVEL = (fallback) => ({
  name: 'heading-level',
  type: 'select',
  options: ['', '1', '2', '3', '4', '5', '6'],
  hint: `Default ${fallback}.`,
});

/** The fields of each element. `content` is the element's text; `url` names the URL kind. */
const ELEMENTS = {
  'news-article-card': [
    { name: 'href', url: 'link', value: '/stories/nato-days' },
    { name: 'headline', value: 'NATO Days officially open in Georgia', hint: 'Required.' },
    { name: 'summary', type: 'textarea' },
    { name: 'kicker', value: 'Politics' },
    { name: 'author' },
    { name: 'published', value: '2018-04-27', hint: 'ISO 8601, for example 2018-04-27.' },
    { name: 'source' },
    { name: 'image', url: 'image', value: 'img/nato-days-960.webp' },
    {
      name: 'image-alt',
      value: 'Bunting in the colours of Georgia and NATO over a city square',
      hint: 'Leave empty only for a decorative image.',
    },
    { name: 'image-width', type: 'number', value: '1440' },
    { name: 'image-height', type: 'number', value: '810' },
    { name: 'layout', type: 'select', options: ['', 'vertical', 'horizontal', 'compact', 'overlay'] },
    LEVEL(3),
    THEME,
  ],
  'news-pull-quote': [
    {
      name: 'content',
      label: 'Quotation',
      type: 'textarea',
      value: 'Georgia is a very close partner of NATO.',
    },
    { name: 'author', value: 'Jens Stoltenberg' },
    { name: 'author-title', value: 'NATO Secretary General' },
    { name: 'cite', url: 'link' },
    { name: 'variant', type: 'select', options: ['', 'default', 'emphasis', 'boxed'] },
    { name: 'align', type: 'select', options: ['', 'center', 'start', 'end'] },
    { name: 'share', type: 'checkbox', value: true },
    THEME,
  ],
  'news-photo-caption': [
    { name: 'src', url: 'image', value: 'img/briefing-960.webp' },
    { name: 'alt', value: 'A lectern with a microphone in front of a row of NATO and Georgian flags' },
    { name: 'width', type: 'number', value: '1440' },
    { name: 'height', type: 'number', value: '810' },
    {
      name: 'content',
      label: 'Caption',
      type: 'textarea',
      value: 'NATO Secretary General Jens Stoltenberg at a briefing in Brussels',
    },
    { name: 'credit', value: 'Illustration: news-widgets demo', hint: 'A bare name gets "Photo:" in front.' },
    { name: 'zoomable', type: 'checkbox', value: true },
    { name: 'loading', type: 'select', options: ['', 'lazy', 'eager'] },
    THEME,
  ],
  'news-related-stories': [
    { name: 'src', url: 'resource', value: 'data/related.json', hint: 'JSON Feed, RSS or Atom.' },
    { name: 'heading' },
    LEVEL(2),
    { name: 'limit', type: 'number' },
    { name: 'exclude', url: 'link' },
    { name: 'layout', type: 'select', options: ['', 'list', 'grid', 'numbered'] },
    THEME,
  ],
};

const form = document.getElementById('builder-form');
const chooser = document.getElementById('element');
const fieldsBox = document.getElementById('fields');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const headForm = document.getElementById('head-form');
const headSnippet = document.getElementById('head-snippet');

function buildFields(tag) {
  fieldsBox.replaceChildren();
  for (const field of ELEMENTS[tag]) {
    const id = `field-${field.name}`;
    const wrapper = document.createElement('div');
    wrapper.className = `field${field.type === 'checkbox' ? ' checkbox' : ''}`;
    let input;
    if (field.type === 'select') {
      input = document.createElement('select');
      for (const option of field.options) {
        input.append(new Option(option || '(default)', option));
      }
    } else if (field.type === 'textarea') {
      input = document.createElement('textarea');
      input.rows = 3;
      input.value = field.value ?? '';
    } else {
      input = document.createElement('input');
      input.type = field.type === 'checkbox' ? 'checkbox' : field.type === 'number' ? 'number' : 'text';
      if (field.type === 'checkbox') input.checked = !!field.value;
      else input.value = field.value ?? '';
      if (field.url) input.inputMode = 'url';
    }
    input.id = id;
    input.name = field.name;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = field.label ?? field.name;
    const described = [];
    if (field.type === 'checkbox') wrapper.append(input, label);
    else wrapper.append(label, input);
    if (field.hint) {
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.id = `${id}-hint`;
      hint.textContent = field.hint;
      described.push(hint.id);
      wrapper.append(hint);
    }
    if (field.url) {
      const problem = document.createElement('span');
      problem.className = 'problem';
      problem.id = `${id}-problem`;
      problem.setAttribute('role', 'status');
      described.push(problem.id);
      wrapper.append(problem);
    }
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    fieldsBox.append(wrapper);
  }
}

/** The element's attributes and content from the form; refused URLs are left out. */
function readForm(tag) {
  const attributes = [];
  let content = '';
  for (const field of ELEMENTS[tag]) {
    const input = document.getElementById(`field-${field.name}`);
    if (field.type === 'checkbox') {
      if (input.checked) attributes.push([field.name, '']);
      continue;
    }
    const value = input.value;
    if (field.name === 'content') {
      content = value.trim();
      continue;
    }
    if (field.url) {
      const problem = document.getElementById(`field-${field.name}-problem`);
      const check = value.trim() ? checkUrl(value, field.url) : { url: '' };
      problem.textContent = check.reason ? `Not used: ${check.reason}` : '';
      input.setAttribute('aria-invalid', check.reason ? 'true' : 'false');
      if (check.reason || !value.trim()) continue;
    } else if (value === '' && field.name !== 'image-alt' && field.name !== 'alt') {
      continue;
    } else if (value === '') {
      // An empty alt is meaningful (a decorative image), but only with an image.
      const image = document.getElementById(`field-${field.name === 'alt' ? 'src' : 'image'}`);
      if (!image.value.trim()) continue;
    }
    attributes.push([field.name, value]);
  }
  return { attributes, content };
}

/** The snippet as HTML text. */
function toSnippet(tag, attributes, content) {
  const lines = attributes.map(([name, value]) =>
    value === '' && isBoolean(tag, name) ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const open =
    lines.length > 2
      ? `<${tag}\n  ${lines.join('\n  ')}\n>`
      : `<${tag}${lines.map((line) => ` ${line}`).join('')}>`;
  let body = content ? `\n  ${escapeText(content)}\n` : '';
  if (tag === 'news-article-card') {
    // Readers without JavaScript get a plain link.
    const href = attributes.find(([name]) => name === 'href');
    const headline = attributes.find(([name]) => name === 'headline');
    if (href && headline) body = `\n  <a href="${escapeAttribute(href[1])}">${escapeText(headline[1])}</a>\n`;
  }
  return `${open}${body}</${tag}>`;
}

function isBoolean(tag, name) {
  return ELEMENTS[tag].some((field) => field.name === name && field.type === 'checkbox');
}

function update() {
  const tag = chooser.value;
  const { attributes, content } = readForm(tag);
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (content) element.textContent = content;
  if (tag === 'news-article-card') {
    const href = attributes.find(([name]) => name === 'href');
    const headline = attributes.find(([name]) => name === 'headline');
    if (href && headline) {
      const link = document.createElement('a');
      link.href = href[1];
      link.textContent = headline[1];
      element.append(link);
    }
  }
  preview.replaceChildren(element);
  snippet.textContent = toSnippet(tag, attributes, content);
}

/** The build's files and their sha384, as the build writes them beside the script. */
const { version, files: integrity } = await fetch('/dist/integrity.json').then((response) => response.json());

/**
 * The head snippet: the script (the versioned file, immutable), the optional stylesheet and, with
 * Subresource Integrity, `integrity` and `crossorigin` on both and an import map pinning every
 * file the loader imports (browsers enforce its `integrity` for imports).
 */
async function toHeadSnippet({ base, script, sri, stylesheet }) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pin = (file) => (sri ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '');
  const lines = [];
  if (sri && script !== 'bundle') {
    const imported = Object.keys(integrity).filter((file) => /^news-widgets\.[\w-]+\.[\w-]+\.js$/.test(file));
    const map = Object.fromEntries(imported.map((file) => [`${root}${file}`, integrity[file]]));
    const json = `\n${JSON.stringify({ integrity: map }, null, 2)}\n`;
    // An inline script: a Content Security Policy allows it by this hash.
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    lines.push(`<!-- Content-Security-Policy script-src: 'sha256-${hash}' -->`);
    lines.push(`<script type="importmap">${json}</script>`);
  }
  if (stylesheet) {
    const css = `news-widgets-${version}.css`;
    lines.push(`<link rel="stylesheet" href="${escapeAttribute(root + css)}"${pin(css)} />`);
  }
  const file = {
    module: `news-widgets-${version}.js`,
    classic: `news-widgets-${version}.iife.js`,
    bundle: `news-widgets-${version}.bundle.js`,
  }[script];
  const type = script === 'classic' ? '' : ' type="module"';
  const defer = script === 'classic' ? ' defer' : '';
  lines.push(`<script${type} src="${escapeAttribute(root + file)}"${pin(file)}${defer}></script>`);
  return lines.join('\n');
}

async function updateHead() {
  const { base, script, integrity: sri, stylesheet } = headForm.elements;
  headSnippet.textContent = await toHeadSnippet({
    base: checkUrl(base.value, 'resource').url ?? '/',
    script: script.value,
    sri: sri.checked,
    stylesheet: stylesheet.checked,
  });
}

chooser.addEventListener('change', () => {
  buildFields(chooser.value);
  update();
});
form.addEventListener('input', (event) => {
  if (event.target !== chooser) update();
});
form.addEventListener('submit', (event) => event.preventDefault());
headForm.addEventListener('input', updateHead);
headForm.addEventListener('submit', (event) => event.preventDefault());
for (const button of document.querySelectorAll('[data-copies]')) {
  const source = document.getElementById(button.dataset.copies);
  const status = button.nextElementSibling;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard access (an insecure origin, or permission refused): select the text instead.
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
    }
  });
}

// The builder stays hidden (aria-busy) until its fields and the first preview are there, so nothing
// on the page moves when they appear.
buildFields(chooser.value);
update();
await updateHead();
// The library loads the element's code when the page first uses it.
const widget = preview.firstElementChild;
await customElements.whenDefined(widget.localName);
await widget.updateComplete;
form.closest('.builder').removeAttribute('aria-busy');

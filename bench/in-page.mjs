// Steps that run in a candidate's page (`page.evaluate(step, arguments)`), so each uses nothing
// outside itself. A candidate is `{ script, tag?, card }` from bench/candidates.mjs; its cards go
// into the page's `#host`, and a card is made from the benchmark's attributes.

/**
 * Makes `count` cards and waits until every one has rendered (for a custom element, its attributes
 * set and its update done; otherwise the candidate's own `benchCandidate.render`), then forces
 * style and layout. Returns the time that took in ms; unless `keep`, removes the cards after.
 * With `phases`, in a 600 px column and a task of its own, it returns the time split into script,
 * style and layout: `{ total, script, style, layout }`.
 */
export async function renderCards({ tag, attributes, count = 1000, keep = false, phases = false }) {
  const host = document.querySelector('#host');
  if (phases) {
    host.style.width = '600px';
    await new Promise((resolve) => setTimeout(resolve));
  }
  const start = performance.now();
  if (tag) {
    const cards = Array.from({ length: count }, () => {
      const card = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
      return card;
    });
    host.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
  } else {
    await globalThis.benchCandidate.render(
      host,
      Array.from({ length: count }, () => attributes),
    );
  }
  const scripted = performance.now();
  if (phases) {
    // Style alone: the computed style of the page's last element, inside a shadow root if any.
    let last = host.lastElementChild;
    while (last.shadowRoot?.lastElementChild ?? last.lastElementChild) {
      last = last.shadowRoot?.lastElementChild ?? last.lastElementChild;
    }
    void getComputedStyle(last).color;
  }
  const styled = performance.now();
  host.getBoundingClientRect();
  const end = performance.now();
  if (!keep) {
    host.replaceChildren();
    host.getBoundingClientRect();
  }
  if (!phases) return end - start;
  return { total: end - start, script: scripted - start, style: styled - scripted, layout: end - styled };
}

/**
 * Cold start: from inserting the candidate's `<script type="module">` to its first card rendered
 * and laid out, in ms. A custom element's card is in the page before (as a partner writes it);
 * otherwise the candidate's script makes it once loaded. The card stays in the page.
 */
export async function coldStart({ script, tag, attributes }) {
  const host = document.querySelector('#host');
  const card = tag ? host.appendChild(document.createElement(tag)) : undefined;
  for (const [name, value] of Object.entries(tag ? attributes : {})) card.setAttribute(name, value);
  const start = performance.now();
  await new Promise((resolve, reject) => {
    const element = document.createElement('script');
    element.type = 'module';
    element.src = `/${script}`;
    element.onload = resolve;
    element.onerror = () => reject(new Error(`${script} did not load`));
    document.head.append(element);
  });
  if (tag) {
    let timer;
    const stuck = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`<${tag}> not defined 30 s after ${script} loaded`)), 30_000);
    });
    await Promise.race([customElements.whenDefined(tag), stuck]).finally(() => clearTimeout(timer));
    await card.updateComplete;
  } else {
    await globalThis.benchCandidate.render(host, [attributes]);
  }
  host.getBoundingClientRect();
  return performance.now() - start;
}

/**
 * The first card's nodes: for a custom element, every node in its shadow root and its light DOM
 * (the host itself not counted); for a plain element (Preact), the element and its subtree.
 * Comments and whitespace-only text count as nodes, as they cost as much to make and keep.
 */
export function countNodes({ card }) {
  const first = document.querySelector(`#host ${card}`);
  const counts = { total: 0, elements: 0, text: 0, whitespace: 0, comments: 0 };
  const add = (node) => {
    counts.total += 1;
    if (node.nodeType === Node.ELEMENT_NODE) counts.elements += 1;
    else if (node.nodeType === Node.COMMENT_NODE) counts.comments += 1;
    else if (node.nodeType === Node.TEXT_NODE) counts[node.data.trim() ? 'text' : 'whitespace'] += 1;
  };
  const visit = (node) => {
    for (const child of node.childNodes) {
      add(child);
      visit(child);
    }
    if (node.shadowRoot) visit(node.shadowRoot);
  };
  if (!first.localName.includes('-')) add(first);
  visit(first);
  return counts;
}

/**
 * The first card's rendered markup without comments and whitespace-only text, attributes sorted:
 * what a reader and the style engine see. For a custom element, its shadow root's.
 */
export function markup({ card }) {
  const first = document.querySelector(`#host ${card}`);
  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data.trim() ? node.data : '';
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const attributes = [...node.attributes]
      .map(({ name, value }) => ` ${name}="${value}"`)
      .sort()
      .join('');
    const children = [...node.childNodes].map(serialize).join('');
    return `<${node.localName}${attributes}>${children}</${node.localName}>`;
  };
  return first.shadowRoot ? [...first.shadowRoot.childNodes].map(serialize).join('') : serialize(first);
}

/**
 * Shadow styles reach a slotted `<picture>` but not the `<img>` inside it, which then keeps its
 * intrinsic size: a corner of a large photo in a small box. One rule, adopted once into the tree
 * that holds the picture (the document or a shadow root), sizes that `<img>` as the shadow styles
 * size a slotted `<img>`. It has no specificity (`:where`), so the page's own rules still win, and it
 * matches only pictures slotted into this element's tag.
 */
const adopted = new WeakMap<Document | ShadowRoot, Set<string>>();

export function sizeSlottedPictures(host: Element): void {
  const root = host.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) return;
  const tags = adopted.get(root) ?? new Set<string>();
  if (tags.has(host.localName)) return;
  tags.add(host.localName);
  adopted.set(root, tags);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `:where(${host.localName} > picture[slot='image'] > img)` +
      '{display:block;width:100%;height:100%;object-fit:cover}',
  );
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

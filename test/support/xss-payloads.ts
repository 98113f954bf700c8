/**
 * Payloads that must never execute, link or load anything from inside a widget. Each one that
 * could run calls window.__xss(); tests fail if it was ever called.
 */
export const TEXT_PAYLOADS = [
  '<script>window.__xss("script")</script>',
  '<img src=x onerror="window.__xss(\'img\')">',
  '<svg onload="window.__xss(\'svg\')"><circle r="1"/></svg>',
  '"><img src=x onerror=window.__xss("breakout")>',
  "'><script>window.__xss('single')</script>",
  '</figcaption><script>window.__xss("close-tag")</script>',
  '${window.__xss("template")}',
  '{{constructor.constructor("window.__xss(\'angular\')")()}}',
  '<a href="javascript:window.__xss(\'link\')">click</a>',
  '<iframe srcdoc="<script>parent.__xss(\'srcdoc\')</script>"></iframe>',
  '<style>*{display:none}</style>',
  '\u202Eevil\u202C text with bidi overrides',
  'Zero\u200Bwidth\u200Djoiners\uFEFF',
  '&lt;b&gt;entities&lt;/b&gt; &amp;amp;',
];

export const URL_PAYLOADS = [
  'javascript:window.__xss("js")',
  'JaVaScRiPt:window.__xss("case")',
  ' \t\njavascript:window.__xss("space")',
  '\u0000javascript:window.__xss("nul")',
  'java\tscript:window.__xss("tab")',
  'java\nscript:window.__xss("newline")',
  '\u0001javascript:window.__xss("control")',
  'javascript&colon;window.__xss("entity-text")',
  'data:text/html,<script>window.__xss("data")</script>',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MoImI2NCIpPC9zY3JpcHQ+',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss(\'svgdata\')"/>',
  'vbscript:msgbox("x")',
  'VBSCRIPT:msgbox("x")',
  'jav&#x09;ascript:window.__xss("encoded")',
  '"><script>window.__xss("url-breakout")</script>',
  '\uFF4A\uFF41\uFF56\uFF41script:window.__xss("fullwidth")',
];

const DANGEROUS_PROTOCOLS = new Set(['javascript:', 'vbscript:', 'data:', 'blob:', 'file:']);
const RASTER_DATA = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|x-icon);/i;

/** Whether the browser, following or loading `value`, would reach a dangerous scheme. */
export function isDangerous(value: string): boolean {
  try {
    const url = new URL(value, location.href);
    return DANGEROUS_PROTOCOLS.has(url.protocol) && !RASTER_DATA.test(url.href);
  } catch {
    return false; // the browser cannot follow it either
  }
}

/** Every URL-bearing attribute inside the shadow roots under `root` that a browser would treat as dangerous. */
export function dangerousUrls(root: Element): string[] {
  const found: string[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      for (const name of ['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'xlink:href']) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        const candidates =
          name === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0]!) : [value];
        if (candidates.some(isDangerous)) found.push(`<${element.localName} ${name}="${value}">`);
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  return found;
}

/**
 * What markup the shadow root holds, without the text: each element as `tag[attribute names]`.
 * Markup a payload managed to inject (an element, an event handler, a link of its own) adds an
 * entry that the same widget rendered from plain values does not have.
 */
export function shapeOf(root: Element): Set<string> {
  return new Set(
    Array.from(root.shadowRoot!.querySelectorAll('*')).map(
      (element) => `${element.localName}[${element.getAttributeNames().sort().join(',')}]`,
    ),
  );
}

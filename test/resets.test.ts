// Page CSS resets must not change a widget: its display, its box and every box inside it stay
// where they were, in all three engines. (test/e2e/security.test.mjs compares pixels in Chromium.)
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Widely used modern resets, and a rule that draws on every element's pseudo-elements. */
const RESETS = {
  'the new CSS reset (all: unset; display: revert)': `
    *:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }
    *, *::before, *::after { box-sizing: border-box; }`,
  '*::before and *::after with content': `
    *::before, *::after { content: '→ page'; display: block; padding: 20px; font-size: 30px; }`,
};

/** Every box of each widget: the host's and each shadow element's, relative to the host. */
function boxes(widgets: Element[]): string[] {
  const rows: string[] = [];
  for (const widget of widgets) {
    const host = widget.getBoundingClientRect();
    const style = getComputedStyle(widget);
    rows.push(
      `${widget.localName} display=${style.display} ${host.width.toFixed(1)}x${host.height.toFixed(1)}`,
    );
    rows.push(`${widget.localName}::before content=${getComputedStyle(widget, '::before').content}`);
    for (const element of widget.shadowRoot!.querySelectorAll('*')) {
      // A slot has no box of its own (display: contents), nor has an element not shown.
      if (element.getClientRects().length === 0) continue;
      const box = element.getBoundingClientRect();
      const name = element.getAttribute('part') ?? element.localName;
      rows.push(
        `${widget.localName} ${name}: ${(box.x - host.x).toFixed(1)},${(box.y - host.y).toFixed(1)} ` +
          `${box.width.toFixed(1)}x${box.height.toFixed(1)} ${getComputedStyle(element).font}`,
      );
    }
  }
  return rows;
}

describe('widgets under page CSS resets', () => {
  for (const [name, css] of Object.entries(RESETS)) {
    it(`keep their display and every box under ${name}`, async () => {
      const page = await fixture(html`
        <div style="width: 720px">
          <news-article-card
            headline="NATO Days officially open in Georgia"
            href="/a"
            kicker="Politics"
            summary="Flags over Tbilisi."
            author="Anna Müller"
            published="2018-04-27"
            source="Georgia Today"
          ></news-article-card>
          <news-article-card
            layout="horizontal"
            headline="Horizontal"
            href="/b"
            image="/fixtures/img/nato-days.png"
            image-alt=""
            image-width="1200"
            image-height="675"
          ></news-article-card>
          <news-pull-quote
            author="Jens Stoltenberg"
            author-title="NATO Secretary General"
            variant="boxed"
            share
            >Georgia is a very close partner of NATO.</news-pull-quote
          >
          <news-pull-quote align="end" author="Jens Stoltenberg"
            >Georgia is a very close partner of NATO.</news-pull-quote
          >
          <news-photo-caption
            src="/fixtures/img/nato-days.png"
            alt="Flags"
            width="1200"
            height="675"
            credit="NATO"
            zoomable
            >A caption</news-photo-caption
          >
          <news-related-stories
            layout="numbered"
            .stories=${[
              { title: 'One', url: '/1' },
              { title: 'Two', url: '/2' },
            ]}
          ></news-related-stories>
        </div>
      `);
      const widgets = [...page.children] as Widget[];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      const before = boxes(widgets);
      const reset = document.createElement('style');
      reset.textContent = css;
      document.head.append(reset);
      try {
        const after = boxes(widgets);
        expect(after).to.deep.equal(before);
        expect(before.filter((row) => / display=block /.test(row))).to.have.length(widgets.length);
      } finally {
        reset.remove();
      }
    });
  }
});

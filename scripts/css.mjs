// Writes dist/news-widgets.css, the optional pre-upgrade stylesheet: the fallback layout of
// src/news-widgets.css, with its tokens and host reset generated from the shadow styles'
// (src/styles/tokens.styles.ts, as built into dist/ by tsc), so the two cannot drift apart.
// Each `:host` rule there becomes a rule for elements still waiting for their first render;
// rules for the shadow tree's insides, and for the host's pseudo-elements (which the fallback
// layout uses), are left out, and so is the host's display. lightningcss rewrites the selectors
// and minifies.
import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'lightningcss';
import { tokens } from '../dist/styles/tokens.styles.js';

const TAGS = ['news-article-card', 'news-pull-quote', 'news-photo-caption', 'news-related-stories'];

/** The selector of elements waiting for their first render, as lightningcss reads it. */
function selectorOf(text) {
  let components;
  transform({
    filename: 'selector.css',
    code: Buffer.from(`${text}{}`),
    visitor: { Rule: { style: (rule) => void (components = rule.value.selectors[0]) } },
  });
  return components;
}
const pending = selectorOf(`:is(${TAGS.join(',')}):is(:not(:defined),:not(:state(rendered)))`);

const isHost = (component) => component.type === 'pseudo-class' && component.kind === 'host';

const { code: generated } = transform({
  filename: 'tokens.styles.ts',
  code: Buffer.from(tokens.cssText),
  minify: true,
  visitor: {
    // Only rules for the host itself (`:host`, `:host(…)`, nothing after it) stay.
    Rule: {
      style: (rule) =>
        rule.value.selectors.every((selector) => selector.length === 1 && isHost(selector[0]))
          ? undefined
          : [],
    },
    Selector: (selector) => (isHost(selector[0]) ? [...pending, ...(selector[0].selectors ?? [])] : selector),
    // The host's display (var(--news-display, block)) is the widget's; before the upgrade the
    // fallback layout below decides it, and a page may change it.
    Declaration: (declaration) =>
      declaration.property === 'unparsed' && declaration.value.propertyId.property === 'display'
        ? []
        : undefined,
  },
});

const source = readFileSync(new URL('../src/news-widgets.css', import.meta.url), 'utf8');
const marker = /\/\* @tokens[^*]*\*\//;
if (!marker.test(source)) throw new Error('src/news-widgets.css has no /* @tokens … */ marker.');
const { code } = transform({
  filename: 'news-widgets.css',
  code: Buffer.from(source.replace(marker, () => generated.toString())),
  minify: true,
});
writeFileSync(new URL('../dist/news-widgets.css', import.meta.url), `${code.toString()}\n`);

import '../../src/pull-quote.js';
import { CONTENT, el, inText, visualSuite } from './support.js';

const quote = (attributes: Record<string, string | boolean> = {}, text = CONTENT.quote) =>
  el(
    'news-pull-quote',
    { author: 'Jens Stoltenberg', 'author-title': 'NATO Secretary General', ...attributes },
    text,
  );

visualSuite('news-pull-quote', [
  ['variant="default"', () => quote()],
  ['variant="emphasis"', () => quote({ variant: 'emphasis' })],
  ['variant="boxed" share', () => quote({ variant: 'boxed', share: true })],
  ['align="center" variant="emphasis"', () => quote({ align: 'center', variant: 'emphasis' })],
  [
    'align="start" variant="boxed", in article text',
    () => inText(quote({ align: 'start', variant: 'boxed' }, CONTENT.shortQuote)),
  ],
  ['align="end", in article text', () => inText(quote({ align: 'end' }, CONTENT.shortQuote))],
]);

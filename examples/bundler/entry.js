// An app that needs only the pull quote: a bundler must leave the other elements out.
import 'news-widgets/pull-quote.js';

document.body.insertAdjacentHTML(
  'beforeend',
  '<news-pull-quote author="Jens Stoltenberg">Georgia is a very close partner of NATO.</news-pull-quote>',
);

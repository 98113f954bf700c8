// The card every benchmark and profile renders: the same attributes for news-widgets and the
// baselines. Passed into the page as data (page.evaluate arguments).
export const CARD_ATTRIBUTES = {
  href: '/stories/nato-days',
  headline: 'NATO Days officially open in Georgia',
  summary: 'Georgia is the largest non-NATO contributor to the Resolute Support mission with 885 troops.',
  kicker: 'Politics',
  published: '2018-04-27',
};

// The date as news-widgets shows it ("April 27, 2018"), with Intl, so that the baselines draw the
// same text as the card and pay the same start-up cost for it.
let dateFormat;
export const formatDate = (iso) =>
  (dateFormat ??= new Intl.DateTimeFormat('en', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  })).format(new Date(iso));

// The demo pages' one script tag: `<script type="module" src="after-paint.js" data-then="page.js"
// fetchpriority="low">`. It imports the page's own modules (data-then, beside this file) only after
// the page's first contentful paint, so that paint waits for nothing but the HTML and the CSS: this
// module is fetched with low priority and imports nothing before it. The page's modules bring the
// library (/dist/news-widgets.js) and the widgets upgrade in place.
const modules = document.querySelector('script[data-then]').dataset.then.split(/\s+/);

await new Promise((resolve) => {
  // The load event can come before the first paint, so it stands in only where no paint is reported.
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    if (document.readyState === 'complete') resolve();
    else addEventListener('load', resolve, { once: true });
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    resolve();
  }).observe({ type: 'paint', buffered: true });
});

await Promise.all(modules.map((name) => import(`./${name}`)));

// A classic (non-module) script, as a CMS might allow: shows that the classic build set
// window.NewsWidgets. The version fills a box of its own width (partner.css), so nothing moves.
document.getElementById('version').textContent = window.NewsWidgets
  ? `"${window.NewsWidgets.version}"`
  : 'missing: the classic build did not load';

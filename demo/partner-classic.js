// A classic (non-module) script, as a CMS might allow: shows what the classic build exposes.
document.getElementById('version').textContent = window.NewsWidgets
  ? `window.NewsWidgets.version is "${window.NewsWidgets.version}"; classes: ${Object.keys(window.NewsWidgets)
      .filter((key) => key !== 'version')
      .join(', ')}.`
  : 'window.NewsWidgets is not defined.';

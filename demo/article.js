// The article page, loaded after its first paint (after-paint.js): the library, theme and language
// controls, and a log of the widgets' events. `news-click`, `news-impression` and `news-error`
// bubble and are composed, so one listener on `document` hears every widget. The widgets upgrade in
// place without moving the text (news-widgets.css).
import '/dist/news-widgets.js';
import { setUpControls } from './controls.js';

setUpControls();

const log = document.getElementById('event-log');
const started = performance.now();

function describe(detail) {
  return Object.entries(detail ?? {})
    .filter(([key]) => key !== 'widget')
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

function record(event) {
  const item = document.createElement('li');
  const time = document.createElement('span');
  time.textContent = `${((performance.now() - started) / 1000).toFixed(1)} s `;
  const name = document.createElement('span');
  name.className = 'event-name';
  name.textContent = event.type;
  const where = document.createTextNode(` <${event.detail?.widget ?? event.target.localName}>`);
  item.append(time, name, where);
  const more = describe(event.detail);
  if (more) item.append(document.createTextNode(` ${more}`));
  item.dataset.event = event.type;
  // New entries go at the end of a fixed-height list, so nothing on the page moves.
  log.append(item);
  log.scrollTop = log.scrollHeight;
}

for (const type of ['news-click', 'news-impression', 'news-error']) {
  document.addEventListener(type, record);
}

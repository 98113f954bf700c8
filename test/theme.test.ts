import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/article-card.js';
import type { NewsArticleCard } from '../src/article-card.js';
import { nextTask } from './support/helpers.js';

const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 22, 22)';

/** The card's background as the reader sees it. */
const background = (card: NewsArticleCard) =>
  getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).backgroundColor;

/** Resolves once the card's background is `color`, or fails. */
async function becomes(card: NewsArticleCard, color: string): Promise<void> {
  // The page's change reaches the widget through a MutationObserver: its callback runs in a
  // microtask, then the style is current.
  for (let i = 0; i < 10 && background(card) !== color; i++) await nextTask();
  expect(background(card)).to.equal(color);
}

/** Emulates the reader's preference where the browser can (not WebKit's WebDriver). */
async function prefer(scheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: scheme });
    return true;
  } catch {
    return false;
  }
}

describe('theme', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('color-scheme');
    await prefer('light');
  });

  it('is light by default and dark with theme="dark", reflected', async () => {
    const card = await fixture<NewsArticleCard>(html`<news-article-card headline="H"></news-article-card>`);
    expect(background(card)).to.equal(LIGHT);
    card.theme = 'dark';
    await card.updateComplete;
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(background(card)).to.equal(DARK);
  });

  it('auto follows the color-scheme the page sets, live, and back', async () => {
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card theme="auto" headline="H"></news-article-card>`,
    );
    // Headless browsers prefer light unless told otherwise: the page decides against that.
    document.documentElement.style.setProperty('color-scheme', 'dark');
    await becomes(card, DARK);
    document.documentElement.style.setProperty('color-scheme', 'light');
    await becomes(card, LIGHT);
  });

  it('auto follows the page even when the reader prefers the opposite', async function () {
    if (!(await prefer('dark'))) this.skip(); // WebKit's WebDriver cannot emulate the preference
    document.documentElement.style.setProperty('color-scheme', 'light');
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card theme="auto" headline="H"></news-article-card>`,
    );
    expect(background(card)).to.equal(LIGHT);
    document.documentElement.style.setProperty('color-scheme', 'dark');
    await becomes(card, DARK);
  });

  it('auto follows the reader when the page sets no color-scheme', async function () {
    if (!(await prefer('dark'))) this.skip();
    const card = await fixture<NewsArticleCard>(
      html`<news-article-card theme="auto" headline="H"></news-article-card>`,
    );
    expect(background(card)).to.equal(DARK);
    await prefer('light');
    await becomes(card, LIGHT);
  });

  it('a class toggle on the page works with the one line of CSS the README gives', async () => {
    const style = document.createElement('style');
    style.textContent = ':root { color-scheme: light; } :root.dark { color-scheme: dark; }';
    document.head.append(style);
    try {
      const card = await fixture<NewsArticleCard>(
        html`<news-article-card theme="auto" headline="H"></news-article-card>`,
      );
      expect(background(card)).to.equal(LIGHT);
      document.documentElement.classList.add('dark');
      await becomes(card, DARK);
      document.documentElement.classList.remove('dark');
      await becomes(card, LIGHT);
    } finally {
      style.remove();
    }
  });
});

// Headless Chromium from Debian for end-to-end tests (no browser is downloaded).
import puppeteer from 'puppeteer-core';

/**
 * Flags every headless Chromium run here needs: as root it refuses to start without
 * --no-sandbox, and without the networking flags it keeps calling hosts this machine cannot reach.
 * The Web Test Runner config uses them too.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--lang=en-US',
];

export async function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      ...CHROMIUM_FLAGS,
      // Forced GC and exact heap figures for the churn test and the benchmark.
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      '--font-render-hinting=none',
    ],
    env: { ...process.env, TZ: 'UTC' },
  });
}

/**
 * A new page that records console messages, uncaught errors and CSP violations.
 * @param {import('puppeteer-core').Browser} browser
 */
export async function openPage(browser, { javaScript = true, width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(javaScript);
  await page.setViewport({ width, height });
  const log = { console: [], errors: [], violations: [] };
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(String(error)));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, log };
}

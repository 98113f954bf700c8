// Where the browsers are, and how to start headless Chromium for end-to-end tests, Lighthouse and
// the benchmark. No test tool downloads a browser: every run uses these executables. The defaults
// are Debian 12's packages (chromium, firefox-esr, webkit2gtk-driver); elsewhere set the variables,
// e.g. on macOS CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium".
import puppeteer from 'puppeteer-core';

const env = process.env;

/** Chromium or Chrome executable (Web Test Runner, end-to-end tests, Lighthouse, benchmark). */
export const CHROMIUM_PATH = env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Firefox executable, driven over WebDriver BiDi (no geckodriver). */
export const FIREFOX_PATH = env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** WebKitGTK's WebDriver server: a command on PATH or a path. */
export const WEBKIT_DRIVER = env.WEBKIT_DRIVER || 'WebKitWebDriver';
/** The WebKitGTK browser WEBKIT_DRIVER starts. */
export const MINIBROWSER_PATH =
  env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

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
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--font-render-hinting=none'],
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

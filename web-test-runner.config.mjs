// Runs every test in headless Chromium, Firefox and WebKit; no test tool downloads a browser.
// Browser locations come from tools/browser.mjs (environment variables, Debian defaults).
// BROWSERS=chromium (or a comma list) narrows the run; --update-visual-baseline rewrites the
// screenshots under test/visual/baselines/ (see CONTRIBUTING.md).
import { spawn, spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteerCore from 'puppeteer-core';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  FIREFOX_PATH,
  MINIBROWSER_PATH,
  WEBKIT_DRIVER,
} from './tools/browser.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { fixtureServer } from './test/support/fixture-server.mjs';
import { visualRegression } from './test/visual/plugin.mjs';

// Deterministic dates and locale: browsers started from here inherit these.
process.env.TZ = 'UTC';
process.env.LANG = 'en_US.UTF-8';
process.env.LANGUAGE = 'en_US';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.BROWSERS || ENGINES.join(',')).split(',').map((b) => b.trim());
const unknown = wanted.filter((name) => !ENGINES.includes(name));
if (unknown.length) throw new Error(`BROWSERS: unknown ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);

/**
 * Starts the WebKit driver (under a virtual X server when xvfb-run is there, as on CI) and
 * resolves once it accepts connections.
 */
async function startWebKitDriver(port) {
  const virtualDisplay = spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' }).error === undefined;
  // A tall screen, so that the visual tests can grow the window to fit a sheet (WebKit's element
  // screenshots show only what is in the viewport).
  const command = virtualDisplay
    ? ['xvfb-run', '-a', '-s', '-screen 0 1280x8192x24', WEBKIT_DRIVER]
    : [WEBKIT_DRIVER];
  const driver = spawn(command[0], [...command.slice(1), `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  let failure;
  driver.on('error', (error) => (failure = error.message));
  driver.on('exit', (code) => (failure ??= `it exited with code ${code}`));
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stop(), process.exit(1)));
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !failure) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(
    `${WEBKIT_DRIVER} did not start on port ${port}${failure ? ` (${failure})` : ''}. ` +
      'Set WEBKIT_DRIVER and MINIBROWSER_PATH, or run other engines with BROWSERS=chromium,firefox.',
  );
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        extraPrefsFirefox: { 'intl.locale.requested': 'en-US', 'intl.accept_languages': 'en-US' },
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = 4445 + Math.floor(Math.random() * 500);
  await startWebKitDriver(port);
  browsers.push(
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
      },
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  testsFinishTimeout: 300_000,
  // Debugging aids, never set in CI: GREP="name" (INVERT=1 to exclude) runs matching tests only
  // (the summary then counts the others as failed); TEST_TIMEOUT shortens Mocha's timeout.
  testFramework: {
    config: {
      timeout: Number(process.env.TEST_TIMEOUT ?? 10_000),
      // Mocha's setup calls invert() for any `invert` key, even false: set it only when asked.
      ...(process.env.GREP && { grep: process.env.GREP }),
      ...(process.env.INVERT && { invert: true }),
    },
  },
  middleware: [fixtureServer],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    ...visualRegression({ update: process.argv.includes('--update-visual-baseline') }),
  ],
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
};

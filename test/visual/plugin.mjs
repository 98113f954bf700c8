// Visual regression for Web Test Runner: where the screenshots go, how much difference fails a
// test, and what `npm run test:visual:update` rewrites.
//
//   test/visual/baselines/<engine>/<element>/<lang>-<theme>-<width>.png   committed
//   test/visual/failed/<engine>/<element>/<name>.png and <name>-diff.png  after a failure, ignored
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

const HERE = fileURLToPath(new URL('.', import.meta.url));

// The plugin's own comparison (pixelmatch) and PNG reader, as the plugin resolves them.
const pluginEntry = createRequire(import.meta.url).resolve('@web/test-runner-visual-regression/plugin');
const requireFromPlugin = createRequire(pluginEntry);
const { pixelMatchDiff } = requireFromPlugin('./pixelMatchDiff.js');
const { PNG } = requireFromPlugin('pngjs');

/**
 * Tolerance, chosen by measurement (numbers in CONTRIBUTING.md): a pixel differs when its colour
 * is more than 10 % away in pixelmatch's YIQ distance (anti-aliased pixels are not counted), and
 * a screenshot fails when more than FAILURE_PIXELS pixels differ.
 */
export const DIFF_OPTIONS = { threshold: 0.1, includeAA: false };
export const FAILURE_PIXELS = 50;

/** Folder names per engine, from Web Test Runner's browser names. */
const ENGINES = { Chrome: 'chromium', Chromium: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };
const engine = (browser) => ENGINES[browser] ?? browser.toLowerCase().replace(/\W+/g, '-');
/** test/visual/photo-caption.test.ts → photo-caption */
const element = (testFile) => path.basename(testFile).replace(/\.test\.\w+$/, '');
const relative = (file) => path.relative(process.cwd(), file);

/** Pixels that differ between two PNGs, or Infinity when their sizes differ. */
function differingPixels(baselineImage, image) {
  const { error, diffPixels } = pixelMatchDiff({ baselineImage, image, options: DIFF_OPTIONS });
  return error ? Infinity : diffPixels;
}

/**
 * Every sheet has a margin of page colour (white or #0b0b0b) on both sides: pure black in its
 * first column is a capture that went wrong, never a baseline.
 */
function badCapture(image) {
  const { data, width, height } = PNG.sync.read(image);
  for (let y = 0; y < height; y++) {
    const i = y * width * 4;
    if (data[i] + data[i + 1] + data[i + 2] === 0) return `row ${y} starts with pure black`;
  }
  return undefined;
}

/**
 * @param {{ update: boolean }} options With `update`, a screenshot that would fail (or has no
 *   baseline) becomes the new baseline; one within the tolerance keeps its baseline, so an update
 *   changes only the files a reviewer needs to look at. Baselines no test makes any more are
 *   deleted, for the engines and elements that ran.
 */
export function visualRegression({ update }) {
  /** Baseline files this run looked at, by folder; what an update changed; the largest difference. */
  const seen = new Map();
  const changes = [];
  let compared = 0;
  let largest = { pixels: 0, file: '' };
  /** Which file each baseline image was read from, to name the largest difference. */
  const baselineFiles = new WeakMap();

  const name = (folder, suffix = '') => {
    return ({ browser, name, testFile }) =>
      path.join(folder, engine(browser), element(testFile), `${name}${suffix}`);
  };
  return [
    visualRegressionPlugin({
      update,
      baseDir: HERE,
      diffOptions: DIFF_OPTIONS,
      failureThresholdType: 'pixel',
      failureThreshold: FAILURE_PIXELS,
      getBaselineName: name('baselines'),
      getFailedName: name('failed'),
      getDiffName: name('failed', '-diff'),
      async getBaseline({ filePath }) {
        const image = await readFile(filePath).catch(() => undefined);
        if (image) baselineFiles.set(image, filePath);
        return image;
      },
      getImageDiff(args) {
        const result = pixelMatchDiff(args);
        compared++;
        const pixels = result.error ? Infinity : result.diffPixels;
        if (pixels > largest.pixels) largest = { pixels, file: baselineFiles.get(args.baselineImage) };
        return result;
      },
      async saveBaseline({ filePath, content }) {
        const folder = path.dirname(filePath);
        if (!seen.has(folder)) seen.set(folder, new Set());
        seen.get(folder).add(path.basename(filePath));
        const bad = badCapture(content);
        if (bad) throw new Error(`Not saving ${relative(filePath)}: ${bad}`);
        const old = await readFile(filePath).catch(() => undefined);
        const pixels = old ? differingPixels(old, content) : Infinity;
        if (pixels <= FAILURE_PIXELS) return;
        await mkdir(folder, { recursive: true });
        await writeFile(filePath, content);
        const why = !old ? 'new' : pixels === Infinity ? 'new size' : `${pixels} pixels differ`;
        changes.push(`updated ${relative(filePath)} (${why})`);
      },
    }),
    {
      name: 'visual-housekeeping',
      async serverStart() {
        // Failure images of an earlier run would only mislead.
        await rm(path.join(HERE, 'failed'), { recursive: true, force: true });
      },
      async serverStop() {
        if (compared) {
          const most = !largest.pixels
            ? 'none'
            : `${largest.pixels === Infinity ? 'a new size' : `${largest.pixels} pixels`} (${relative(largest.file)})`;
          console.log(
            `Visual: ${compared} screenshots compared; largest difference ${most}; tolerance ${FAILURE_PIXELS} pixels.`,
          );
        }
        if (!update) return;
        // A filtered run (GREP) looks at only some screenshots of an element: keep the others.
        for (const [folder, files] of process.env.GREP ? [] : seen) {
          for (const file of await readdir(folder)) {
            if (!file.endsWith('.png') || files.has(file)) continue;
            await rm(path.join(folder, file));
            changes.push(`removed ${relative(path.join(folder, file))} (no test makes it)`);
          }
        }
        console.log(changes.length ? changes.sort().join('\n') : 'Visual baselines: nothing to update.');
      },
      executeCommand({ command, session }) {
        if (command !== 'visual-settings') return undefined;
        return {
          // Baselines are Debian renderings: elsewhere, SKIP_VISUAL=1 skips (and counts) them.
          skip: process.env.SKIP_VISUAL === '1',
          // WebDriver's element screenshot (WebKit) shows only what is inside the viewport.
          clippedToViewport: session.browser.type === 'webdriver',
        };
      },
    },
  ];
}

// Makes the demo's raster images from the SVG illustrations in demo/img/: WebP at 480, 960 and
// 1440 px wide (16:9), for `srcset`. Run once after changing an illustration:
//   node demo/tools/make-images.mjs
// It draws each SVG onto a canvas in headless Chromium (Debian's /usr/bin/chromium) and encodes it.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const folder = fileURLToPath(new URL('../img/', import.meta.url));
const WIDTHS = [480, 960, 1440];
const QUALITY = 0.78;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  let total = 0;
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.svg')).sort()) {
    const svg = await readFile(new URL(name, `file://${folder}`), 'utf8');
    for (const width of WIDTHS) {
      const height = Math.round((width * 9) / 16);
      const dataUrl = await page.evaluate(
        async (source, w, h, quality) => {
          const img = new Image();
          img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = w;
          canvas.height = h;
          canvas.getContext('2d').drawImage(img, 0, 0, w, h);
          return canvas.toDataURL('image/webp', quality);
        },
        svg,
        width,
        height,
        QUALITY,
      );
      const bytes = Buffer.from(dataUrl.split(',')[1], 'base64');
      total += bytes.length;
      await writeFile(new URL(name.replace(/\.svg$/, `-${width}.webp`), `file://${folder}`), bytes);
    }
  }
  console.log(`Wrote ${WIDTHS.length} WebP sizes per illustration, ${total} bytes in all.`);
} finally {
  await browser.close();
}

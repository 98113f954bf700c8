// The demo server: `npm start` (scripts/start.mjs) serves the repository with it on
// http://localhost:8000/ (PORT chooses another port), and `npm run lighthouse` measures the demo
// served by it. Offline: the demo pages load only files from this repository (the built dist/
// bundle, demo images and data).
import { fileURLToPath } from 'node:url';
import compress from 'koa-compress';

export default {
  port: 8000,
  hostname: 'localhost',
  // The repository, wherever the server is started from.
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  watch: false,
  middleware: [
    // Text is sent compressed, as any production server sends it (brotli at koa-compress's
    // on-the-fly quality, or gzip); images are already compressed and pass through as they are.
    compress(),
    function rootToDemo(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return;
      }
      return next();
    },
  ],
};

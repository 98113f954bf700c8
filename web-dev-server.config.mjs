// `npm start`: serves the repository on http://localhost:8000 and opens the demo. Offline: the demo
// pages load only files from this repository (the built dist/ bundle, demo images and data).
export default {
  port: 8000,
  hostname: 'localhost',
  rootDir: '.',
  watch: false,
  middleware: [
    function rootToDemo(context, next) {
      if (context.path === '/') {
        context.redirect('/demo/');
        return;
      }
      return next();
    },
  ],
};

// `npm start`: builds the library and serves the repository with the demo server
// (web-dev-server.config.mjs) on http://localhost:8000/, which opens the demo. `PORT=8080 npm start`
// chooses another port. A port that is taken, not allowed or not a port number ends the run with
// one sentence on stderr and exit code 1, before the build starts.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

function readPort(value) {
  if (value === undefined || value === '') return config.port;
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (port >= 1 && port <= 65535) return port;
  return fail(`PORT must be a port number from 1 to 65535, not "${value}".`);
}

function problemWith(port, error) {
  if (error.code === 'EADDRINUSE') {
    return `Port ${port} is already in use: stop the program using it, or choose another port, for example PORT=8080 npm start.`;
  }
  if (error.code === 'EACCES') {
    return `Port ${port} needs administrator rights on this machine: choose a port above 1023, for example PORT=8080 npm start.`;
  }
  return `The demo server cannot listen on port ${port} (${error.code ?? error.message}).`;
}

/** Listens on `port` as the dev server will (every address of the machine), then lets it go. */
function checkPort(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => fail(problemWith(port, error)));
    probe.listen({ port }, () => probe.close(resolve));
  });
}

const port = readPort(process.env.PORT);
await checkPort(port);

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The port may still be taken between the check and the server's start: the server reports that
// as an uncaught 'error' event.
process.on('uncaughtException', (error) => {
  if (error.syscall === 'listen') fail(problemWith(port, error));
  console.error(error);
  process.exit(1);
});

const server = await startDevServer({
  config: { ...config, port },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
});
console.log(`The demo: http://localhost:${port}/demo/ (Ctrl+C stops the server)`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    await server.stop();
    process.exit(0);
  });
}

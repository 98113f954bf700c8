// Fails when the committed custom-elements.json is not what `cem analyze` writes from the source.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// cem resolves --outdir against the working directory, so the scratch copy stays inside the project.
const outdir = join('node_modules', '.cache', 'cem-check');
// cem also points package.json's "customElements" at its --outdir: keep the real file untouched.
const packageJson = readFileSync('package.json', 'utf8');
try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', outdir], { stdio: 'ignore' });
  const fresh = JSON.stringify(JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8')));
  const committed = JSON.stringify(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  if (fresh !== committed) {
    console.error(
      'custom-elements.json is out of date with the source: run `npm run analyze` and commit it.',
    );
    process.exitCode = 1;
  } else {
    console.log('custom-elements.json is up to date.');
  }
} finally {
  writeFileSync('package.json', packageJson);
  rmSync(outdir, { recursive: true, force: true });
}

// Generates custom-elements.json with `cem analyze` (settings in custom-elements-manifest.config.mjs).
//   node scripts/manifest.mjs --write   writes it (npm run analyze)
//   node scripts/manifest.mjs           fails when the committed file differs (npm run analyze:check)
// Modules are sorted by path: cem lists them in file-system order, which differs between checkouts.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// cem resolves --outdir against the working directory, so the scratch copy stays inside the project.
const outdir = join('node_modules', '.cache', 'cem');
// cem also points package.json's "customElements" at its --outdir: keep the real file untouched.
const packageJson = readFileSync('package.json', 'utf8');
try {
  execFileSync('npx', ['cem', 'analyze', '--litelement', '--outdir', outdir], { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  const fresh = `${JSON.stringify(manifest, null, 2)}\n`;
  if (process.argv.includes('--write')) {
    writeFileSync('custom-elements.json', fresh);
    console.log('custom-elements.json written.');
  } else if (fresh !== readFileSync('custom-elements.json', 'utf8')) {
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

// Run by `npm start` before Vite: makes sure dist/lp-widgets.js is built from the current
// sources and dist/integrity.json holds its SHA-384, because the embed configurator
// (demo/configurator.html) puts that hash in the snippet it gives out. On a fresh clone, or
// after a change to anything the bundle is built from, it builds that one bundle with the
// project's own Rollup config (the same bytes `npm run build` writes; the other bundles and
// dist/lib/ stay as they are, `npm run build` makes them). It takes about 5–20 s on two cores;
// with dist up to date it only re-hashes (milliseconds).
//
// A failed build does not stop `npm start`: the demo pages run from the sources anyway. It
// removes dist/integrity.json instead, so the configurator says that the hash is unavailable
// rather than give out a stale one.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeIntegrity } from './integrity.mjs';

const BUNDLE = 'dist/lp-widgets.js';
// Everything the script-tag bundle is built from.
const INPUTS = ['src', 'rollup.config.mjs', 'tsconfig.build.json', 'package-lock.json', 'scripts/build/minify-literals.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Why the bundle must be built, or '' when it is up to date. */
function staleReason() {
  if (!existsSync(BUNDLE)) return `${BUNDLE} is missing`;
  const built = statSync(BUNDLE).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(input) > built);
  return changed ? `${changed} changed since ${BUNDLE} was built` : '';
}

async function buildBundle() {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL('rollup.config.mjs').href)).default;
  const config = configs.find((c) => c.output?.file === BUNDLE);
  if (!config) throw new Error(`rollup.config.mjs has no build of ${BUNDLE}`);
  const bundle = await rollup(config);
  try {
    await bundle.write(config.output);
  } finally {
    await bundle.close();
  }
}

const reason = staleReason();
if (reason) {
  const started = Date.now();
  console.log(`[ensure-dist] ${reason}: building it for the embed configurator…`);
  try {
    await buildBundle();
    console.log(`[ensure-dist] built ${BUNDLE} in ${((Date.now() - started) / 1000).toFixed(1)} s (\`npm run build\` builds everything)`);
  } catch (error) {
    rmSync('dist/integrity.json', { force: true });
    console.warn(`[ensure-dist] the build failed, so the configurator will have no integrity hash:\n${error.message ?? error}`);
    process.exit(0);
  }
}
const { files } = writeIntegrity();
console.log(`[ensure-dist] dist/integrity.json: lp-widgets.js ${files['lp-widgets.js']}`);

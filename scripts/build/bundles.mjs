// The script-tag bundles built on demand, with the project's own Rollup config: what `npm start`
// (scripts/build/ensure-dist.mjs) and `npm run build:wordpress` (wordpress-zip.mjs) need before
// they run, without a whole `npm run build`. The same bytes `npm run build` writes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Everything the script-tag bundles are built from.
const INPUTS = ['src', 'rollup.config.mjs', 'tsconfig.build.json', 'package-lock.json', 'scripts/build/minify-literals.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Why `file` must be built (missing, or an input changed since), or '' when it is up to date. */
export function staleReason(file) {
  if (!existsSync(file)) return `${file} is missing`;
  const built = statSync(file).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(input) > built);
  return changed ? `${changed} changed since ${file} was built` : '';
}

/** Builds these bundles (paths as rollup.config.mjs names them). */
export async function buildBundles(files) {
  const { rollup } = await import('rollup');
  const configs = (await import(pathToFileURL('rollup.config.mjs').href)).default;
  for (const file of files) {
    const config = configs.find((c) => c.output?.file === file);
    if (!config) throw new Error(`rollup.config.mjs has no build of ${file}`);
    const bundle = await rollup(config);
    try {
      await bundle.write(config.output);
    } finally {
      await bundle.close();
    }
  }
}

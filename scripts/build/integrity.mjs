// Writes dist/integrity.json: the Subresource Integrity value (SHA-384, base64) of every
// script-tag build in dist/, with the package's name and version. The embed configurator
// (demo/configurator.html) reads it to put `integrity="sha384-…"` in the snippet it gives out;
// release notes can quote it. The hash is of the bytes on disk, which are the bytes npm
// publishes and jsDelivr serves for this version. Part of `npm run build`; run after Rollup.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The `integrity` attribute value for these bytes. */
function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** Hashes every `lp-*.js` in `dir` and writes `dir/integrity.json`; returns what it wrote. */
export function writeIntegrity(dir = 'dist') {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const files = {};
  for (const file of readdirSync(dir).filter((f) => /^lp-.*\.js$/.test(f)).sort()) {
    files[file] = sriHash(readFileSync(join(dir, file)));
  }
  if (!files['lp-widgets.js']) throw new Error(`${dir}/lp-widgets.js is missing: build it first.`);
  const manifest = { package: pkg.name, version: pkg.version, algorithm: 'sha384', files };
  writeFileSync(join(dir, 'integrity.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync('dist')) {
    console.error('dist/ is missing: run `npm run build` first.');
    process.exit(1);
  }
  const { files } = writeIntegrity();
  console.log(`dist/integrity.json: ${files['lp-widgets.js']} (lp-widgets.js) and ${Object.keys(files).length - 1} more`);
}

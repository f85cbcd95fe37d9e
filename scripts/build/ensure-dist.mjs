// Run by `npm start` before Vite: makes sure dist/lp-widgets.js and the opt-in files
// dist/lp-inquiry-form.js and dist/lp-wordpress.js are built from the current sources and
// dist/integrity.json holds their SHA-384, because the embed configurator
// (demo/configurator.html) puts those hashes in the snippet it gives out. On a fresh clone, or
// after a change to anything they are built from, it builds those three with the
// project's own Rollup config (the same bytes `npm run build` writes; the other bundles and
// dist/lib/ stay as they are, `npm run build` makes them). It takes about 5–20 s on two cores;
// with dist up to date it only re-hashes (milliseconds).
//
// A failed build does not stop `npm start`: the demo pages run from the sources anyway. It
// removes dist/integrity.json instead, so the configurator says that the hash is unavailable
// rather than give out a stale one.
import { rmSync } from 'node:fs';
import { buildBundles, staleReason } from './bundles.mjs';
import { writeIntegrity } from './integrity.mjs';

const BUNDLES = ['dist/lp-widgets.js', 'dist/lp-inquiry-form.js', 'dist/lp-wordpress.js'];

const reasons = BUNDLES.map((file) => [file, staleReason(file)]).filter(([, why]) => why);
const stale = reasons.map(([file]) => file);
const reason = reasons.map(([, why]) => why).join('; ');
if (reason) {
  const started = Date.now();
  console.log(`[ensure-dist] ${reason}: building it for the embed configurator…`);
  try {
    await buildBundles(stale);
    console.log(`[ensure-dist] built ${stale.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s (\`npm run build\` builds everything)`);
  } catch (error) {
    rmSync('dist/integrity.json', { force: true });
    console.warn(`[ensure-dist] the build failed, so the configurator will have no integrity hash:\n${error.message ?? error}`);
    process.exit(0);
  }
}
const { files } = writeIntegrity();
console.log(`[ensure-dist] dist/integrity.json: ${BUNDLES.map((file) => `${file.slice('dist/'.length)} ${files[file.slice('dist/'.length)]}`).join(', ')}`);

// `npm run test:pack`: what `npm publish` would ship, checked from a clean clone of the
// committed tree (uncommitted files cannot hide a missing build step): the clone is built with
// `npm run build` (its node_modules borrowed from this checkout), packed with `npm pack`, and the
// tarball must hold every file that package.json's `exports`, `bin`, `types`, `customElements`
// and `files` name, the README and the LICENSE, and no sources or tests. Then the tarball is
// installed into an empty folder (its dependencies from the npm registry) and its `lp-feed`
// must run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'lp-pack-'));
const clone = join(work, 'clone');
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
let failed = 0;
let passed = 0;
const check = (what, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${what}${ok ? '' : `: ${detail}`}`);
};

try {
  sh('git', ['clone', '--quiet', '--no-local', ROOT, clone]);
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
  console.log('pack: building a clean clone (npm run build)…');
  sh('npm', ['run', '--silent', 'build'], clone);
  const [packed] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], clone));
  const files = new Set(packed.files.map((f) => f.path));
  const pkg = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8'));

  const named = new Set();
  const walk = (value) => (typeof value === 'string' ? named.add(value.replace(/^\.\//, '')) : Object.values(value).forEach(walk));
  walk(['README.md', 'LICENSE', 'package.json', pkg.types, pkg.main, pkg.customElements, pkg.bin ?? {}, pkg.exports]);
  for (const path of named) check(`ships ${path}`, files.has(path), 'missing from the tarball');
  check('ships the publisher (dist/node) and its config schema', files.has('dist/node/publisher/cli.js') && files.has('lp-feed.schema.json'));
  const strays = [...files].filter((f) => /^(src|test|stories|demo|bench|scripts|wordpress)\//.test(f) || f.endsWith('.map'));
  check('ships no sources, tests or source maps', strays.length === 0, strays.slice(0, 5).join(', '));
  console.log(`pack: ${packed.filename}, ${packed.files.length} files, ${packed.size.toLocaleString('en')} B packed`);

  const install = join(work, 'install');
  sh('npm', ['install', '--prefix', install, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', resolve(work, packed.filename)]);
  let help = '';
  try {
    help = sh(join(install, 'node_modules', '.bin', 'lp-feed'), ['--help']);
  } catch (error) {
    help = String(error);
  }
  check('the installed lp-feed runs', help.includes('lp-feed build'), help.slice(0, 200));
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`pack: ${failed ? 'FAIL' : 'PASS'}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

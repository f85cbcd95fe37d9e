// Prints raw, gzip (level 9) and brotli bytes of every script-tag build and writes them to
// dist/sizes.json. Bytes are deterministic, so a size gate is safe in CI (unlike any timing).
//
// Two limits per file:
// - the README's budget (TARGETS, the Size section): 12,288 B gzip for the all-in-one bundle, 9,216 B per element.
//   Not met yet (see the README's "Size" section): reported, and enforced only with --strict.
// - a ceiling (scripts/build/size-ceilings.json): today's size plus a little headroom, enforced
//   by `npm run size` (--enforce) in CI, so the bundle can only shrink toward the target. Lower a
//   ceiling whenever a change makes a file smaller: `npm run size -- --lower`, which also rewrites
//   the README's Size table; --enforce fails when that table is not today's bytes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TARGETS = {
  'lp-widgets.js': 12_288,
  'lp-widgets.classic.js': 12_288,
  element: 9_216,
};
const CEILINGS_FILE = new URL('./size-ceilings.json', import.meta.url);
const ceilings = JSON.parse(readFileSync(CEILINGS_FILE, 'utf8'));

const files = readdirSync('dist').filter((f) => /^lp-.*\.js$/.test(f)).sort();
const rows = files.map((file) => {
  const bytes = readFileSync(`dist/${file}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const target = TARGETS[file] ?? TARGETS.element;
  const ceiling = ceilings[file];
  return { file, raw: bytes.length, gzip, brotli, target, ceiling, withinTarget: gzip <= target, withinCeiling: ceiling !== undefined && gzip <= ceiling };
});

const pad = (s, n) => String(s ?? '–').padStart(n);
console.log(`${'file'.padEnd(24)}${pad('raw', 8)}${pad('gzip', 8)}${pad('brotli', 8)}${pad('ceiling', 9)}${pad('target', 8)}`);
for (const r of rows) {
  const verdict = !r.withinCeiling ? 'OVER CEILING' : r.withinTarget ? 'within target' : `${r.gzip - r.target} B over target`;
  console.log(`${r.file.padEnd(24)}${pad(r.raw, 8)}${pad(r.gzip, 8)}${pad(r.brotli, 8)}${pad(r.ceiling, 9)}${pad(r.target, 8)}  ${verdict}`);
}
writeFileSync('dist/sizes.json', JSON.stringify(rows, null, 2) + '\n');

// The README's Size table, between <!-- size:start … --> and <!-- size:end -->.
const README = new URL('../../README.md', import.meta.url);
const LABELS = { 'lp-widgets.js': ' (all four, Lit inside)' };
const ORDER = ['lp-widgets.js', 'lp-widgets.classic.js', 'lp-news-feed.js', 'lp-press-releases.js', 'lp-blog-grid.js', 'lp-media-inquiry.js'];
const num = (n) => n.toLocaleString('en-US');
function readmeTable() {
  const lines = ['| file | gzip | brotli | budget (gzip) |', '|---|--:|--:|--:|'];
  const ordered = [...rows].sort((a, b) => (ORDER.indexOf(a.file) + 1 || 99) - (ORDER.indexOf(b.file) + 1 || 99));
  for (const r of ordered) lines.push(`| \`dist/${r.file}\`${LABELS[r.file] ?? ''} | ${num(r.gzip)} | ${num(r.brotli)} | ${num(r.target)} |`);
  return lines.join('\n') + '\n';
}
const SIZE_BLOCK = /(<!-- size:start[^>]*-->\n)([\s\S]*?)(<!-- size:end -->)/;

const args = process.argv.slice(2);
if (args.includes('--lower')) {
  const readme = readFileSync(README, 'utf8');
  if (SIZE_BLOCK.test(readme)) writeFileSync(README, readme.replace(SIZE_BLOCK, (_, start, _old, end) => start + readmeTable() + end));
  // Ceilings only ever go down (or appear for a new file): today's gzip plus 1 % headroom.
  const next = { ...ceilings };
  for (const r of rows) {
    const proposed = Math.ceil(r.gzip * 1.01);
    if (next[r.file] === undefined || proposed < next[r.file]) next[r.file] = proposed;
  }
  writeFileSync(CEILINGS_FILE, JSON.stringify(next, null, 2) + '\n');
  console.log(`\nCeilings written to scripts/build/size-ceilings.json`);
}
const failures = [];
if (args.includes('--enforce') || args.includes('--strict')) {
  for (const r of rows) if (!r.withinCeiling) failures.push(`${r.file} ${r.gzip} > ceiling ${r.ceiling ?? '(none: run npm run size -- --lower)'}`);
  const shown = SIZE_BLOCK.exec(readFileSync(README, 'utf8'))?.[2];
  if (shown !== readmeTable()) failures.push("README.md's Size table is not today's bytes: run npm run size -- --lower");
}
if (args.includes('--strict')) {
  for (const r of rows) if (!r.withinTarget) failures.push(`${r.file} ${r.gzip} > target ${r.target}`);
}
if (failures.length) {
  console.error(`\nSize limit exceeded (gzip level 9): ${failures.join('; ')}`);
  process.exit(1);
}

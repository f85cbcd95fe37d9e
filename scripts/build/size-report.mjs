// Prints raw, gzip (level 9) and brotli bytes of every script-tag build, writes them to
// dist/sizes.json, and with --enforce fails when a budget is exceeded. Bytes are deterministic, so this gate
// is safe in CI (unlike any timing).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS = {
  'lp-widgets.js': 12_288,
  'lp-widgets.classic.js': 12_288,
  element: 9_216,
};

const files = readdirSync('dist').filter((f) => /^lp-.*\.js$/.test(f)).sort();
const rows = files.map((file) => {
  const bytes = readFileSync(`dist/${file}`);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const budget = BUDGETS[file] ?? BUDGETS.element;
  return { file, raw: bytes.length, gzip, brotli, budget, ok: gzip <= budget };
});

const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(26)}${pad('raw', 8)}${pad('gzip', 8)}${pad('brotli', 8)}${pad('budget', 9)}`);
for (const r of rows) {
  console.log(`${r.file.padEnd(26)}${pad(r.raw, 8)}${pad(r.gzip, 8)}${pad(r.brotli, 8)}${pad(r.budget, 9)}  ${r.ok ? 'ok' : 'OVER BUDGET'}`);
}
writeFileSync('dist/sizes.json', JSON.stringify(rows, null, 2) + '\n');

// `npm run size` enforces the budgets; a plain build only reports them.
const over = rows.filter((r) => !r.ok);
if (over.length && process.argv.includes('--enforce')) {
  console.error(`\nSize budget exceeded (gzip level 9): ${over.map((r) => `${r.file} ${r.gzip} > ${r.budget}`).join(', ')}`);
  process.exit(1);
}

// `npm run test:publisher`: the publisher's tests (test/publisher/**/*.test.ts) in Node's own
// test runner, TypeScript through tsx, no browser. Arguments name test files instead
// (`npm run test:publisher -- test/publisher/rss.test.ts`). Node 20's `--test` takes no globs,
// hence this list.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.test.ts') ? [join(dir, entry.name)] : [],
  );

const wanted = process.argv.slice(2);
const list = wanted.length ? wanted : files('test/publisher').filter((f) => !f.includes(`${join('test', 'publisher', 'wordpress')}`)).sort();
if (!list.length) {
  console.error('No publisher tests found in test/publisher.');
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...list], { stdio: 'inherit' });
process.exit(run.status ?? 1);

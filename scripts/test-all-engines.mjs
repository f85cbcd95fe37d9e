// `npm test`: the whole web-test-runner suite in each engine, one engine after the other
// (two cores: one browser at a time keeps timing-sensitive tests honest), then the time and the
// passed / failed / skipped counts of each engine, and a closing "total: N passed, N failed,
// N skipped" line.
//
//   LP_BROWSERS=chromium,firefox,webkit   the engines to run (default: all three), e.g.
//                                         `LP_BROWSERS=chromium npm test`
//   WEBKIT_DRIVER_PORT=4444               where WebKitWebDriver listens (a free port is picked
//                                         when that one is taken)
//   Arguments go on to web-test-runner:   `npm test -- --files test/robustness/faults.test.ts`
//
// For WebKit it starts `xvfb-run -a WebKitWebDriver` itself (scripts/webkit-driver.mjs), waits
// for its port, and stops its process group by id however the run ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingFor } from './check-browsers.mjs';
import { startWebKitDriver } from './webkit-driver.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.LP_BROWSERS ?? ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
for (const e of wanted) {
  if (!ENGINES.includes(e)) {
    console.error(`LP_BROWSERS: unknown engine "${e}"; use ${ENGINES.join(', ')}`);
    process.exit(2);
  }
}
const missing = wanted.flatMap((e) => missingFor(e));
if (missing.length) {
  console.error(
    `Missing for ${wanted.join(', ')}: ${missing.map((m) => m.path).join(', ')}.\n` +
      `Install: sudo apt-get update && sudo apt-get install -y ${[...new Set(missing.map((m) => m.pkg))].join(' ')}\n` +
      '(or run `npm run setup`; or pick engines with LP_BROWSERS=chromium).',
  );
  process.exit(1);
}

const passArgs = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'lp-wtr-'));
let driver;
let child;
process.on('exit', () => {
  driver?.stop();
  rmSync(work, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    child?.kill(signal);
    process.exit(130);
  });
}

function runWtr(engine, env) {
  return new Promise((resolve) => {
    child = spawn(join('node_modules', '.bin', 'web-test-runner'), passArgs, {
      stdio: 'inherit',
      env: { ...process.env, ...env, LP_BROWSERS: engine },
    });
    child.once('exit', (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

const results = [];
const started = Date.now();
for (const engine of wanted) {
  console.log(`\n===== ${engine} =====`);
  const t0 = Date.now();
  const countsFile = join(work, `${engine}.json`);
  const env = { LP_COUNTS_FILE: countsFile };
  let code;
  try {
    if (engine === 'webkit') {
      driver = await startWebKitDriver();
      env.WEBKIT_DRIVER_PORT = String(driver.port);
    }
    code = await runWtr(engine, env);
  } catch (error) {
    console.error(`${engine}: ${error.message}`);
    code = 1;
  } finally {
    driver?.stop();
    driver = undefined;
  }
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8'))[0] : undefined;
  results.push({
    engine,
    code,
    seconds: (Date.now() - t0) / 1000,
    passed: counts?.passed ?? 0,
    failed: counts ? counts.failed.length + counts.fileErrors.length : 1,
    skipped: counts?.skipped.length ?? 0,
  });
}

console.log('\nengine       time    passed  failed  skipped');
for (const r of results) {
  console.log(
    `${r.engine.padEnd(10)} ${`${r.seconds.toFixed(0)} s`.padStart(6)}  ${String(r.passed).padStart(8)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}${r.code ? '  (web-test-runner failed)' : ''}`,
  );
}
const sum = (k) => results.reduce((n, r) => n + r[k], 0);
const failedRuns = results.filter((r) => r.code !== 0).length;
console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`total: ${sum('passed')} passed, ${Math.max(sum('failed'), failedRuns)} failed, ${sum('skipped')} skipped`);
process.exitCode = failedRuns ? 1 : 0;

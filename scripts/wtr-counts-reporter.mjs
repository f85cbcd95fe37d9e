// A web-test-runner reporter that counts passed / failed / skipped tests per browser, lists
// every skipped test by name (the engine-skip helper puts the reason in the name), and, when
// LP_COUNTS_FILE is set, writes the counts there as JSON for scripts/test-all-engines.mjs.
import { writeFileSync } from 'node:fs';

function walk(suite, path, out) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    const name = [...path, test.name].join(' › ');
    if (test.duration) out.durations.push([test.duration, name]);
    if (test.skipped) out.skipped.push(name);
    else if (test.passed) out.passed++;
    else out.failed.push(name);
  }
  for (const child of suite.suites ?? []) walk(child, [...path, child.name], out);
}

export function countsReporter() {
  let startTime = Date.now();
  return {
    start(args) {
      startTime = args.startTime ?? Date.now();
    },
    stop({ sessions }) {
      const byBrowser = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const entry = byBrowser.get(name) ?? { browser: name, files: 0, fileErrors: [], passed: 0, failed: [], skipped: [], durations: [] };
        entry.files++;
        walk(session.testResults, [session.testFile.replace(/^.*?\/test\//, 'test/')], entry);
        if (session.errors?.length) entry.fileErrors.push(`${session.testFile}: ${session.errors.map((e) => e.message).join('; ')}`);
        byBrowser.set(name, entry);
      }
      const result = [...byBrowser.values()].map(({ durations, ...e }) => ({ ...e, durations, seconds: Math.round((Date.now() - startTime) / 100) / 10 }));
      const lines = [''];
      for (const e of result) {
        for (const s of e.skipped) lines.push(`  skipped [${e.browser}] ${s}`);
        for (const f of e.failed) lines.push(`  FAILED  [${e.browser}] ${f}`);
        for (const f of e.fileErrors) lines.push(`  FILE ERROR [${e.browser}] ${f}`);
        const slowest = e.durations.sort((a, b) => b[0] - a[0]).slice(0, Number(process.env.LP_SLOWEST ?? 5));
        if (slowest.length) lines.push(`  slowest [${e.browser}]:`, ...slowest.map(([ms, n]) => `    ${(ms / 1000).toFixed(1)} s  ${n}`));
        lines.push(`${e.browser}: ${e.passed} passed, ${e.failed.length} failed, ${e.skipped.length} skipped (${e.files} files)`);
      }
      console.log(lines.join('\n'));
      if (process.env.LP_COUNTS_FILE) writeFileSync(process.env.LP_COUNTS_FILE, JSON.stringify(result, null, 2));
    },
  };
}

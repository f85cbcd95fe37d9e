// Before the browser tests: say plainly which Debian package is missing, instead of a stack trace.
// Checks the engines named in LP_BROWSERS (default: chromium, firefox, webkit).
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from './chromium.mjs';

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

/** What each engine needs on the machine: a path (or a command on PATH) and its Debian package. */
export const ENGINE_NEEDS = {
  chromium: [{ path: CHROMIUM_PATH, pkg: 'chromium', env: 'CHROMIUM_PATH' }],
  firefox: [{ path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', pkg: 'firefox-esr', env: 'FIREFOX_PATH' }],
  webkit: [
    { path: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', pkg: 'webkit2gtk-driver', env: 'MINIBROWSER_PATH' },
    { command: 'WebKitWebDriver', pkg: 'webkit2gtk-driver' },
    { command: 'xvfb-run', pkg: 'xvfb' },
    { command: 'Xvfb', pkg: 'xvfb' },
    { command: 'xauth', pkg: 'xauth' },
  ],
};

/** The needs of `engine` that this machine lacks. */
export function missingFor(engine) {
  return (ENGINE_NEEDS[engine] ?? [])
    .filter((need) => (need.command ? !onPath(need.command) : !existsSync(need.path)))
    .map((need) => ({ ...need, path: need.path ?? need.command }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engines = (process.env.LP_BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const missing = engines.flatMap((engine) => missingFor(engine).map((m) => ({ ...m, engine })));
  if (missing.length) {
    const pkgs = [...new Set(missing.map((m) => m.pkg))];
    console.error(
      'The browser tests need, and this machine lacks:\n' +
        missing.map((m) => `  ${m.engine}: ${m.path} (Debian package ${m.pkg}${m.env ? `, or set ${m.env}` : ''})`).join('\n') +
        `\nInstall them with:  sudo apt-get update && sudo apt-get install -y ${pkgs.join(' ')}\n` +
        '(`npm run setup` does this), or run fewer engines, e.g.  LP_BROWSERS=chromium npm test',
    );
    process.exit(1);
  }
}

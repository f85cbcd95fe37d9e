// Before the browser tests: say plainly which Debian package is missing, instead of a stack trace.
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `The tests need Chromium at ${chromium}.\n` +
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
      '(or set CHROMIUM_PATH to another Chromium or Chrome binary).',
  );
  process.exit(1);
}

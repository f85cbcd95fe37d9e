#!/usr/bin/env node
// `lp-feed`: builds the JSON Feed the widgets read, and checks an endpoint. The code is
// TypeScript in src/publisher, compiled to dist/node by `npm run build` (npm ships dist/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/node/publisher/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('lp-feed: dist/node is missing. In a checkout, run `npm run build:publisher` (or `npm run feed -- …`).');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFeed, type BuildReport } from './build.js';
import { checkEndpoint, formatCheckReport } from './check.js';
import { ConfigError, loadConfig } from './config.js';

const USAGE = `Usage:
  lp-feed build [--config lp-feed.config.json] [--out DIR]
      Reads every source of the config and writes DIR/feed.json (the newest page, at most
      100 KB), feed-2.json, … and DIR/_headers. Default --out: public.
  lp-feed check URL [--origin https://partner.example]
      What the widgets would show from an endpoint, and what is wrong with its headers.

Exit status: 0 done; 1 a source failed (its last good items were kept) or the endpoint cannot
be read; 2 a bad config or bad arguments.`;

/** Writes a line to stderr; the terminal's progress line is rewritten in place. */
function makeProgress(stream: NodeJS.WriteStream) {
  let live = false;
  return {
    update(text: string) {
      if (!stream.isTTY) return;
      stream.write(`\r\x1b[2K${text.slice(0, (stream.columns || 80) - 1)}`);
      live = true;
    },
    line(text: string) {
      if (live) stream.write('\r\x1b[2K');
      live = false;
      stream.write(`${text}\n`);
    },
  };
}

function summaryLine(source: BuildReport['sources'][number]): string {
  const dropped = Object.entries(source.dropped);
  const drops = dropped.length ? `, ${dropped.reduce((n, [, c]) => n + c, 0)} skipped (${dropped.map(([why, n]) => `${why}: ${n}`).join('; ')})` : '';
  if (source.error) return `FAIL ${source.name} (${source.type}): ${source.error} — kept ${source.items} item${source.items === 1 ? '' : 's'} from the previous output`;
  return `ok   ${source.name} (${source.type}): ${source.items} item${source.items === 1 ? '' : 's'} from ${source.pages} page${source.pages === 1 ? '' : 's'}${drops}`;
}

async function build(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { config: { type: 'string', default: 'lp-feed.config.json' }, out: { type: 'string', default: 'public' } }, strict: true });
  const config = loadConfig(resolve(values.config));
  const out = resolve(values.out);
  const progress = makeProgress(process.stderr);
  const report = await buildFeed(config, out, (source, message) => progress.update(`${source}: ${message}`));
  for (const source of report.sources) progress.line(summaryLine(source));
  if (!report.written) {
    progress.line(`Every source failed: nothing was written; ${out} keeps the feed it had.`);
    return 1;
  }
  progress.line(`Wrote ${report.items} item${report.items === 1 ? '' : 's'} to ${report.files.map((f) => `${values.out}/${f}`).join(', ')}`);
  return report.sources.some((s) => s.error) ? 1 : 0;
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { origin: { type: 'string', default: 'https://partner.example' } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new ConfigError('lp-feed check takes one URL');
  const report = await checkEndpoint(positionals[0], values.origin);
  process.stdout.write(`${formatCheckReport(report)}\n`);
  return report.ok ? 0 : 1;
}

/** Runs `lp-feed` with these arguments and returns its exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'build') return await build(rest);
    if (command === 'check') return await check(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`lp-feed: ${command ? `unknown command "${command}"` : 'no command'}\n\n${USAGE}\n`);
    return 2;
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`lp-feed: ${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}

// Run as a script (`tsx src/publisher/cli.ts …`); bin/lp-feed.js imports `main` instead.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { PublisherConfig } from './types.js';

/** A config that cannot be used: the CLI exits 2 with this message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The package's root: the schema sits there, next to package.json, for editors to validate with too. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'lp-feed.schema.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}
export const SCHEMA_FILE = join(packageRoot(), 'lp-feed.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, useDefaults: true, strict: true }).compile<PublisherConfig>(schema);

/** Checks a parsed config against `lp-feed.schema.json`, filling in the defaults; throws a `ConfigError` listing every problem. */
export function parseConfig(value: unknown, where = 'config'): PublisherConfig {
  const copy = structuredClone(value);
  if (!validate(copy)) {
    const problems = (validate.errors ?? []).map((e) => {
      const at = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(top level)';
      const extra = e.keyword === 'additionalProperties' ? `: "${String(e.params.additionalProperty)}"` : e.keyword === 'enum' ? `: one of ${(e.params.allowedValues as string[]).join(', ')}` : '';
      return `  ${at} ${e.message ?? 'is invalid'}${extra}`;
    });
    throw new ConfigError(`${where} is not a valid lp-feed config:\n${problems.join('\n')}`);
  }
  const names = copy.sources.map((s) => s.name ?? s.url);
  const twice = names.find((name, i) => names.indexOf(name) !== i);
  if (twice) throw new ConfigError(`${where}: two sources are both named "${twice}"; give each a "name".`);
  return copy;
}

/** Reads and checks a config file. */
export function loadConfig(path: string): PublisherConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the config ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return parseConfig(value, path);
}

// The README's API tables, generated from custom-elements.json (itself generated from the JSDoc
// on the element classes by `npm run analyze`), so that the README, Storybook's docs tables and
// IDEs read one source.
//
//   node scripts/readme-api.mjs --write   rewrite the tables between the README's markers
//   node scripts/readme-api.mjs --check   exit 1, with a diff, when the README's tables differ
//
// `npm run docs:api` runs the analyzer, then --write; `npm run typecheck` runs the analyzer,
// then --check. Each element's tables sit between
//   <!-- api:lp-news-feed:start --> … <!-- api:lp-news-feed:end -->
// and everything outside the markers is left as it is.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = `${ROOT}README.md`;
const MANIFEST = `${ROOT}custom-elements.json`;

const mode = process.argv[2];
if (mode !== '--write' && mode !== '--check') {
  console.error('usage: node scripts/readme-api.mjs --write | --check');
  process.exit(2);
}
if (!existsSync(MANIFEST)) {
  console.error('custom-elements.json is missing: run `npm run analyze` first (or `npm run docs:api`).');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const elements = new Map();
for (const mod of manifest.modules ?? []) {
  for (const declaration of mod.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) elements.set(declaration.tagName, declaration);
  }
}

// --- rendering ------------------------------------------------------------------------------

/** One table cell: on one line, with the pipes that would end the cell escaped. */
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text === undefined || text === '' ? '—' : `\`${cell(text)}\``);
/** `string | undefined` → `string`: an unset attribute is not a value anyone writes. */
const typeText = (type) => type?.text?.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined' && t !== 'null').join(' | ');
/** `15_000` → `15000`: the numeric separator is TypeScript's, not what goes in an attribute. */
const defaultText = (value) => (value === undefined ? undefined : /^\d[\d_]*$/.test(value) ? value.replace(/_/g, '') : value);

function table(head, rows) {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function renderElement(el) {
  const members = el.members ?? [];
  const isPublic = (m) => !m.privacy || m.privacy === 'public';
  const order = (name) => {
    const i = members.findIndex((m) => m.name === name);
    return i === -1 ? members.length : i;
  };
  const parts = [
    '<!-- Generated from custom-elements.json by `npm run docs:api`: edit the JSDoc in src/, not these tables. -->',
  ];
  if (el.summary) parts.push(cell(el.summary));

  const attributes = [...(el.attributes ?? [])].sort((a, b) => order(a.fieldName) - order(b.fieldName));
  if (attributes.length) {
    parts.push(
      '**Attributes**',
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((a) => [code(a.name), code(a.fieldName), code(typeText(a.type)), code(defaultText(a.default)), cell(a.description)]),
      ),
    );
  }
  const properties = members.filter((m) => m.kind === 'field' && isPublic(m) && !m.static && !m.attribute);
  if (properties.length) {
    parts.push(
      '**Properties** (no attribute)',
      table(['property', 'type', 'default', 'description'], properties.map((p) => [code(p.name), code(typeText(p.type)), code(defaultText(p.default)), cell(p.description)])),
    );
  }
  const methods = members.filter((m) => m.kind === 'method' && isPublic(m) && !m.static);
  if (methods.length) {
    parts.push(
      '**Methods**',
      table(
        ['method', 'description'],
        methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]),
      ),
    );
  }
  if (el.events?.length) {
    parts.push(
      '**Events** (all bubble and are composed)',
      table(
        ['event', 'detail', 'when'],
        el.events.map((e) => {
          // "@fires lp-load - Items rendered. `detail: { … }`": the detail gets its own column.
          const match = /^(.*?)\s*`detail: (.*)`\s*$/s.exec(e.description ?? '');
          return [code(e.name), match ? code(match[2]) : code(e.type?.text), cell(match ? match[1] : e.description)];
        }),
      ),
    );
  }
  if (el.slots?.length) {
    parts.push('**Slots**', table(['slot', 'description'], el.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  }
  if (el.cssParts?.length) {
    parts.push('**CSS parts** (`::part()`)', table(['part', 'description'], el.cssParts.map((p) => [code(p.name), cell(p.description)])));
  }
  if (el.cssProperties?.length) {
    parts.push(
      '**CSS custom properties**',
      table(['property', 'default', 'description'], el.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)])),
    );
  }
  return parts.join('\n\n');
}

// --- the README's marked blocks ---------------------------------------------------------------

const readme = readFileSync(README, 'utf8');
const MARKER = /<!-- api:([a-z0-9-]+):start -->\n([\s\S]*?)<!-- api:\1:end -->/g;
const found = new Set();
const problems = [];
const diffs = [];
const updated = readme.replace(MARKER, (whole, tag, current) => {
  found.add(tag);
  const el = elements.get(tag);
  if (!el) {
    problems.push(`README.md has a block for <${tag}>, which custom-elements.json does not define.`);
    return whole;
  }
  const wanted = `${renderElement(el)}\n`;
  if (wanted !== current) diffs.push({ tag, diff: lineDiff(current, wanted) });
  return `<!-- api:${tag}:start -->\n${wanted}<!-- api:${tag}:end -->`;
});
for (const tag of elements.keys()) {
  if (!found.has(tag)) problems.push(`README.md has no <!-- api:${tag}:start --> … <!-- api:${tag}:end --> block for <${tag}>.`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (mode === '--write') {
  if (updated !== readme) writeFileSync(README, updated);
  console.log(`README.md: API tables of ${[...found].join(', ')} ${diffs.length ? `rewritten (${diffs.map((d) => d.tag).join(', ')} changed)` : 'already up to date'}.`);
} else if (diffs.length) {
  console.error('README.md: the API tables differ from custom-elements.json (- README, + generated):\n');
  for (const { tag, diff } of diffs) console.error(`<${tag}>\n${diff}\n`);
  console.error('Run `npm run docs:api` to regenerate them, and change the JSDoc in src/ rather than the tables.');
  process.exit(1);
} else {
  console.log(`README.md: API tables of ${found.size} elements match custom-elements.json.`);
}

/** A line diff (longest common subsequence), with two lines of context around each change. */
function lineDiff(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push([' ', a[i++], j++]);
    else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(['-', a[i++]]);
    else ops.push(['+', b[j++]]);
  }
  const near = (k) => ops.slice(Math.max(0, k - 2), k + 3).some((op) => op[0] !== ' ');
  const out = [];
  let skipped = false;
  ops.forEach((op, k) => {
    if (op[0] !== ' ' || near(k)) {
      if (skipped) out.push('  …');
      skipped = false;
      out.push(`${op[0]} ${op[1]}`);
    } else skipped = true;
  });
  return out.join('\n');
}

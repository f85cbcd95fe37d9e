// Bytes of the script-tag builds and of the reference embeds: raw, gzip (level 9) and brotli
// (quality 11), computed in the same run. A module graph (emoji-picker-element's main module
// imports two files) is reported file by file and as a sum of the separately compressed files.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizeOf(path) {
  const bytes = readFileSync(path);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// The relative static imports of an ES module, resolved; bare specifiers are reported, not followed.
function staticImports(path) {
  const text = readFileSync(path, 'utf8');
  const out = [];
  for (const m of text.matchAll(/(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\s])import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2];
    out.push(spec.startsWith('.') ? join(path, '..', spec) : spec);
  }
  return out;
}

/** The files a module loads (itself first), following relative static imports. */
export function moduleGraph(entry) {
  const seen = [];
  const bare = [];
  const visit = (path) => {
    if (seen.includes(path)) return;
    seen.push(path);
    for (const dep of staticImports(path)) {
      if (dep.startsWith('/')) visit(dep);
      else bare.push(dep);
    }
  };
  visit(entry);
  return { files: seen, bare };
}

export function measureBytes(root) {
  const rows = [];
  const dist = join(root, 'dist');
  const ours = readdirSync(dist)
    .filter((f) => /^lp-.*\.js$/.test(f))
    .sort((a, b) => (a === 'lp-widgets.js' ? -1 : b === 'lp-widgets.js' ? 1 : a.localeCompare(b)));
  for (const file of ours) {
    const kind = file === 'lp-widgets.js' ? 'all four elements, ES module' : file === 'lp-widgets.classic.js' ? 'all four, classic script' : 'one element, ES module';
    rows.push({ group: 'ours', name: `dist/${file}`, note: kind, files: [`dist/${file}`], ...sizeOf(join(dist, file)) });
  }

  // bsky-embed: package.json has no "module"/"exports"; its README's script tag and
  // `import "bsky-embed/dist/bsky-embed.es.js"` name the ES build.
  const bsky = join(root, 'node_modules/bsky-embed');
  const bskyVersion = JSON.parse(readFileSync(join(bsky, 'package.json'), 'utf8')).version;
  const bskyEs = 'node_modules/bsky-embed/dist/bsky-embed.es.js';
  if (existsSync(join(root, bskyEs))) {
    const graph = moduleGraph(join(root, bskyEs));
    rows.push({
      group: 'reference',
      name: `bsky-embed ${bskyVersion}`,
      note: `${bskyEs} (the README's script tag; one file${graph.bare.length ? `, imports ${graph.bare.join(', ')}` : ', no imports'})`,
      files: [bskyEs],
      ...sizeOf(join(root, bskyEs)),
    });
  }

  // emoji-picker-element: "main"/"module" is index.js, which imports picker.js and database.js.
  const emoji = join(root, 'node_modules/emoji-picker-element');
  const emojiPkg = JSON.parse(readFileSync(join(emoji, 'package.json'), 'utf8'));
  const main = join(emoji, emojiPkg.module ?? emojiPkg.main ?? 'index.js');
  const graph = moduleGraph(main);
  const parts = graph.files.map((path) => ({ file: path.slice(root.length).replace(/^\/+/, ''), ...sizeOf(path) }));
  rows.push({
    group: 'reference',
    name: `emoji-picker-element ${emojiPkg.version}`,
    note: `${parts[0].file} (package "module") + ${parts.slice(1).map((p) => p.file.split('/').pop()).join(' + ')}, each compressed alone; emoji data is fetched at run time (not counted)`,
    files: parts.map((p) => p.file),
    parts,
    raw: parts.reduce((s, p) => s + p.raw, 0),
    gzip: parts.reduce((s, p) => s + p.gzip, 0),
    brotli: parts.reduce((s, p) => s + p.brotli, 0),
  });
  return rows;
}

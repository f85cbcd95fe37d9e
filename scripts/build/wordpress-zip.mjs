// `npm run build:wordpress`: the installable WordPress plugin, dist/local-progress-widgets.zip.
// It holds wordpress/local-progress-widgets/ with the built widgets in its build/ folder
// (dist/lp-widgets.js for script modules, dist/lp-widgets.classic.js for WordPress before 6.5,
// dist/lp-inquiry-form.js, the media inquiry box's form, for pages with a form address, and
// dist/lp-wordpress.js, the WordPress REST reader, for pages whose widgets read a REST URL), so
// that a site needs no CDN. Those bundles are built first when missing or older than the
// sources, with the project's own Rollup config.
//
// The zip is written here (deflate through node:zlib, no zip tool and no dependency), with a
// fixed timestamp so that the same files give the same bytes. WordPress unpacks it with
// ZipArchive or, without that extension, its own PclZip; the WordPress tests install it that way.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { buildBundles, staleReason } from './bundles.mjs';

const PLUGIN = 'wordpress/local-progress-widgets';
const NAME = 'local-progress-widgets';
const OUT = process.argv[2] ?? 'dist/local-progress-widgets.zip';
const BUNDLES = ['dist/lp-widgets.js', 'dist/lp-widgets.classic.js', 'dist/lp-inquiry-form.js', 'dist/lp-wordpress.js'];
async function ensureBundles() {
  const stale = BUNDLES.filter((file) => staleReason(file));
  if (!stale.length) return;
  console.log(`[build:wordpress] building ${stale.join(', ')}…`);
  await buildBundles(stale);
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.name.startsWith('.')) return [];
      return entry.isDirectory() ? filesUnder(path) : [path];
    });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// 2024-01-01 00:00 in MS-DOS time: the same bytes on every build.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;

/** A zip archive (PKWARE APPNOTE 6.3: local headers, data, central directory) of `entries`. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const isDir = name.endsWith('/');
    const deflated = isDir ? Buffer.alloc(0) : deflateRawSync(data, { level: 9 });
    const store = isDir || deflated.length >= data.length;
    const body = store ? data : deflated;
    const crc = isDir ? 0 : crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((isDir ? 0o40755 : 0o100644) << 16) >>> 0, 38); // Unix mode
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

await ensureBundles();
const files = new Map();
for (const path of filesUnder(PLUGIN)) {
  files.set(`${NAME}/${relative(PLUGIN, path).split(sep).join('/')}`, readFileSync(path));
}
for (const bundle of BUNDLES) files.set(`${NAME}/build/${bundle.slice('dist/'.length)}`, readFileSync(bundle));

// Folders first, each once, then the files: some unzippers want a folder before its contents.
const folders = new Set();
for (const name of files.keys()) {
  const parts = name.split('/');
  for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
}
const entries = [
  ...[...folders].sort().map((name) => ({ name, data: Buffer.alloc(0) })),
  ...[...files].sort(([a], [b]) => a.localeCompare(b)).map(([name, data]) => ({ name, data })),
];
mkdirSync(OUT.split('/').slice(0, -1).join('/') || '.', { recursive: true });
const archive = zip(entries);
writeFileSync(OUT, archive);
console.log(`[build:wordpress] ${OUT}: ${files.size} files, ${(archive.length / 1024).toFixed(1)} KB`);

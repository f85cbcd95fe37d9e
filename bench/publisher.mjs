// `npm run bench:publisher`: how long `lp-feed build` takes, and how much memory it needs, for
// 1,000 and 10,000 posts from a local WordPress-shaped server, side by side with the floor: a
// script that only downloads the same REST pages and parses them (what any publisher must do).
// Also the bytes of the first page. A benchmark, not a test: it never fails on a figure.
// Writes bench/PUBLISHER.md. Run after `npm run build` (it runs the built bin/lp-feed.js).
//
// The posts are the real REST shape of demo/data/wordpress-posts.json (the widgets' sample),
// repeated with their own ids, links and dates; the server honours per_page, page and _fields
// and sends X-WP-Total / X-WP-TotalPages, as WordPress does.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './lib/stats.mjs';

const SIZES = [1000, 10000];
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
if (!existsSync('dist/node/publisher/cli.js')) {
  console.error('dist/node is missing: run `npm run build` first.');
  process.exit(1);
}

const templates = JSON.parse(readFileSync('demo/data/wordpress-posts.json', 'utf8'));
let posts = [];
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname !== '/wp-json/wp/v2/posts') return res.writeHead(404).end();
  const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 10));
  const page = Number(url.searchParams.get('page') ?? 1);
  const fields = url.searchParams.get('_fields')?.split(',');
  const slice = posts.slice((page - 1) * perPage, page * perPage).map((post) => (fields ? Object.fromEntries(fields.filter((f) => f in post).map((f) => [f, post[f]])) : post));
  res
    .writeHead(200, { 'Content-Type': 'application/json', 'X-WP-Total': String(posts.length), 'X-WP-TotalPages': String(Math.ceil(posts.length / perPage)) })
    .end(JSON.stringify(slice));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

function makePosts(n) {
  const start = Date.parse('2024-09-09T14:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const t = templates[i % templates.length];
    const id = 100000 + i;
    const date = new Date(start - i * 3_600_000).toISOString().slice(0, 19);
    return { ...t, id, date, date_gmt: date, link: `https://localprogress.org/?p=${id}`, slug: `${t.slug}-${i}`, title: { rendered: `${t.title.rendered} (${i})` } };
  });
}

// Each side runs in its own Node process and reports its wall time and peak memory (maxRSS).
const FLOOR = `
  const [origin, n] = process.argv.slice(1);
  const t0 = performance.now();
  let read = 0;
  for (let page = 1, total = 1; page <= total; page++) {
    const r = await fetch(origin + '/wp-json/wp/v2/posts?_embed=wp:featuredmedia,wp:term&per_page=100&_fields=id,date_gmt,link,title,excerpt,type,_links,_embedded&page=' + page);
    total = Number(r.headers.get('x-wp-totalpages'));
    read += (await r.json()).length;
    if (read >= Number(n)) break;
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024 }));`;
const PUBLISHER = `
  const { main } = await import(process.cwd() + '/dist/node/publisher/cli.js');
  const t0 = performance.now();
  const status = await main(['build', '--config', process.argv[1], '--out', process.argv[2]]);
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rss: process.resourceUsage().maxRSS * 1024, status }));`;

const node = (script, args) =>
  new Promise((resolve, reject) =>
    execFile(process.execPath, ['--input-type=module', '-e', script, ...args], { maxBuffer: 1 << 20 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
  );

const results = [];
for (const n of SIZES) {
  posts = makePosts(n);
  const work = mkdtempSync(join(tmpdir(), 'lp-feed-bench-'));
  const config = join(work, 'lp-feed.config.json');
  writeFileSync(config, JSON.stringify({ title: 'Local Progress', feed_url: 'https://localprogress.org/feed.json', limit: n, page_size: 100, sources: [{ type: 'wordpress', url: origin, name: 'national' }] }));
  const floor = [];
  const publisher = [];
  for (let run = 0; run <= RUNS; run++) {
    // Interleaved, the first pair a warm-up; a fresh output folder each time (a first build).
    const out = join(work, `out-${run}`);
    const f = await node(FLOOR, [origin, String(n)]);
    const p = await node(PUBLISHER, [config, out]);
    if (p.status !== 0) throw new Error(`lp-feed build exited ${p.status}`);
    if (run > 0) {
      floor.push(f);
      publisher.push(p);
    }
    if (run < RUNS) rmSync(out, { recursive: true });
  }
  const out = join(work, `out-${RUNS}`);
  const firstPage = statSync(join(out, 'feed.json')).size;
  const pages = JSON.parse(readFileSync(join(out, 'feed.json'), 'utf8'));
  const ratios = publisher.map((p, i) => p.ms / floor[i].ms);
  results.push({
    n,
    publisherMs: median(publisher.map((p) => p.ms)),
    floorMs: median(floor.map((f) => f.ms)),
    ratio: median(ratios),
    publisherRss: median(publisher.map((p) => p.rss)),
    floorRss: median(floor.map((f) => f.rss)),
    firstPage,
    firstPageItems: pages.items.length,
  });
  console.log(results.at(-1));
  rmSync(work, { recursive: true, force: true });
}
server.close();

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);
const rows = results.map(
  (r) => `| ${r.n.toLocaleString('en')} | ${r.publisherMs.toFixed(0)} ms | ${r.floorMs.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${mb(r.publisherRss)} MB | ${mb(r.floorRss)} MB | ${r.firstPage.toLocaleString('en')} B (${r.firstPageItems} items) |`,
);
const report = `# lp-feed build: benchmark

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}; medians of ${RUNS} runs after a warm-up, each a fresh process and a first build (empty output folder).

The floor downloads the same REST pages (100 posts each) and parses them, and nothing else. The ratio is taken run by run, floor and publisher interleaved.

| posts | lp-feed build | floor (fetch + JSON.parse) | ratio | peak memory | floor's peak memory | first page (feed.json) |
|--:|--:|--:|--:|--:|--:|--:|
${rows.join('\n')}

Generated by \`npm run bench:publisher\` (bench/publisher.mjs).
`;
writeFileSync('bench/PUBLISHER.md', report);
console.log(report);

// The whole path, as it ships: the built `lp-feed` (bin/lp-feed.js → dist/node) builds a feed
// from the sample JSON Feed and a real RSS feed served over HTTP; a static "CDN" serves the
// output with the headers its own `_headers` file names (as Netlify and Cloudflare Pages read
// it); a partner page on another origin loads dist/lp-widgets.js and must show every item of
// the sources, of each kind, reading the feed cross-origin; `lp-feed check` must find nothing
// wrong with that endpoint. Expected titles come from the fixture files.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SAMPLE = 'demo/data/localprogress.json';
const RSS = 'test/fixtures/feeds/rss/rss2sample.xml';

const listen = async (handler) => {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
};

const run = (args) =>
  new Promise((resolve) => execFile(process.execPath, ['bin/lp-feed.js', ...args], (error, stdout, stderr) => resolve({ status: error ? error.code : 0, stdout, stderr })));

/** `_headers` as Netlify reads it: a path line (`*` matches anything), then indented `Name: value` lines. */
export function readHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: {} });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers[name.trim()] = value.join(':').trim();
    }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.pattern.test(path)).map((r) => r.headers));
}

export async function testPublishedFeed({ browser, cdnOrigin }) {
  let passed = 0;
  let failed = 0;
  const work = mkdtempSync(join(tmpdir(), 'lp-feed-dist-'));
  const servers = [];
  const check = (name, ok, detail = '') => {
    if (ok) passed++;
    else failed++;
    console.log(`  ${ok ? '✓' : '✗'} published feed: ${name}${ok ? '' : `: ${detail}`}`);
  };
  try {
    // The sources, as a WordPress-less publisher reads them.
    const sources = await listen((req, res) => {
      const file = req.url === '/sample.json' ? SAMPLE : req.url === '/partner.rss' ? RSS : undefined;
      if (!file) return res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': file.endsWith('.xml') ? 'application/rss+xml' : 'application/json' }).end(readFileSync(file));
    });
    servers.push(sources.server);
    // The CDN: the output folder, with the headers of its own _headers file, an ETag and 304s.
    const out = join(work, 'public');
    const cdn = await listen((req, res) => {
      const path = new URL(req.url, 'http://x').pathname;
      if (!/^\/feed(-\d+)?\.json$/.test(path)) return res.writeHead(404).end();
      let body;
      try {
        body = readFileSync(join(out, path));
      } catch {
        return res.writeHead(404).end();
      }
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
      const headers = { ...readHeadersFile(readFileSync(join(out, '_headers'), 'utf8'))(path), ETag: etag };
      if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
      res.writeHead(200, headers).end(body);
    });
    servers.push(cdn.server);

    const config = join(work, 'lp-feed.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        title: 'Local Progress',
        feed_url: `${cdn.origin}/feed.json`,
        contact: JSON.parse(readFileSync(SAMPLE, 'utf8'))._localprogress.contact,
        sources: [
          { type: 'jsonfeed', url: `${sources.origin}/sample.json`, name: 'national' },
          { type: 'rss', url: `${sources.origin}/partner.rss`, name: 'partner', kind: 'blog', tags: ['partner'] },
        ],
      }),
    );
    const build = await run(['build', '--config', config, '--out', out]);
    check('lp-feed build exits 0', build.status === 0, `${build.status}: ${build.stderr}`);

    // What the widgets must show: every sample item of its kind, and every RSS item as a blog post.
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')).items;
    // Each RSS item counts; one of them has no title (the widgets then show its first words).
    const rssItems = [...readFileSync(RSS, 'utf8').matchAll(/<item>[\s\S]*?<\/item>/g)];
    const rssTitles = rssItems.map((m) => /<title>([^<]*)<\/title>/.exec(m[0])?.[1].replace(/&apos;|&#39;/g, "'")).filter(Boolean);
    const ofKind = (kind) => sample.filter((i) => i._localprogress.kind === kind).map((i) => i.title);
    const expected = { news: ofKind('news'), 'press-release': ofKind('press-release'), blog: [...ofKind('blog'), ...rssTitles] };
    const counts = { news: expected.news.length, 'press-release': expected['press-release'].length, blog: ofKind('blog').length + rssItems.length };

    const partner = await listen((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>partner</title>
<script type="module" src="${cdnOrigin}/dist/lp-widgets.js"></script></head><body>
<lp-news-feed src="${cdn.origin}/feed.json" limit="100" loading="eager"></lp-news-feed>
<lp-press-releases src="${cdn.origin}/feed.json" limit="100" loading="eager"></lp-press-releases>
<lp-blog-grid src="${cdn.origin}/feed.json" limit="100" loading="eager"></lp-blog-grid>
</body></html>`),
    );
    servers.push(partner.server);
    const page = await browser.newPage();
    // Photos live on hosts this machine cannot reach: answer them with an empty image.
    await page.route((url) => ![cdnOrigin, cdn.origin, partner.origin].includes(url.origin), (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') }));
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    const feedResponse = page.waitForResponse((r) => r.url() === `${cdn.origin}/feed.json`);
    await page.goto(`${partner.origin}/`);
    const headers = (await feedResponse).headers();
    check('the CDN answers with the _headers values', headers['access-control-allow-origin'] === '*' && headers['content-type'] === 'application/feed+json' && headers['cache-control'] === 'public, max-age=300, stale-while-revalidate=86400', JSON.stringify(headers));
    const shown = await page
      .waitForFunction(
        (want) => {
          const titles = (tag) => [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('[part~="title"]') ?? [])].map((n) => n.textContent.trim());
          const got = { news: titles('lp-news-feed'), 'press-release': titles('lp-press-releases'), blog: titles('lp-blog-grid') };
          return Object.entries(want).every(([kind, n]) => got[kind].length === n) && got;
        },
        counts,
        { timeout: 15_000 },
      )
      .then((handle) => handle.jsonValue())
      .catch((error) => ({ error: error.message }));
    for (const kind of Object.keys(expected)) {
      const got = shown[kind] ?? [];
      const missing = expected[kind].filter((t) => !got.includes(t));
      check(`the partner page shows every ${kind} item (${counts[kind]})`, got.length === counts[kind] && !missing.length, `showed ${got.length}; missing ${missing.slice(0, 3).join(' | ')}${shown.error ? ` (${shown.error})` : ''}`);
    }
    check('no page error and no console.error', problems.length === 0, problems.join('; '));
    await page.close();

    const report = await run(['check', `${cdn.origin}/feed.json`]);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    check('lp-feed check finds the endpoint readable, with every header ok', report.status === 0 && !/WARN|FAIL/.test(report.stdout) && report.stdout.includes(`would show: ${total} items`), report.stdout);
    console.log(report.stdout.replace(/^/gm, '      '));
  } finally {
    for (const server of servers) server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return { passed, failed };
}

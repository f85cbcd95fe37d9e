// The bench's HTTP server, on 127.0.0.1 and a free port chosen by the OS:
//
//   GET /<repo file>                 any file of the repository (dist/, node_modules/, demo/, bench/…),
//                                    gzip or brotli by Accept-Encoding, as a CDN would send it
//   GET /bench/pages/side-<v>.html   the side-by-side host page (side.html) with variant v's embed
//                                    (side-pages.mjs), then filled as every bench page
//   GET /bench/pages/<page>.html     a bench page; `%FEED%`, `%WIDGETS%` and `%LOADING%` in it are
//                                    filled from the page's own query string (see `fillPage`)
//   GET /bench/feed?n=N              a JSON Feed of N news items built from the sample feed
//        &delay=MS                   answer after MS milliseconds
//        &mix=1                      add the sample's press releases and blog posts
//        &sample=1                   the sample feed itself (images moved to this server)
//        &max-age=S                  Cache-Control max-age (default 300, the widgets' own max age)
//                                    always with Access-Control-Allow-Origin: * and an ETag (304 on If-None-Match)
//   GET /bench/img/<i>.svg           a small 16:10 image
//
// Every feed request that reaches the server is counted in `hits` (by path and query).
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { feedAnswer } from '../../test/server/fake-endpoint.mjs';
import { generateFeed, imageSvg, localSampleFeed } from './feeds.mjs';
import { sidePage } from './side-pages.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = /javascript|json|html|css|svg/;

const etagOf = (buf) => `"${createHash('sha1').update(buf).digest('base64url').slice(0, 27)}"`;

// Compressed bodies are computed once per content (brotli q11 is slow).
const compressed = new Map();
function encode(body, acceptEncoding, etag) {
  const accepts = String(acceptEncoding ?? '');
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  if (!encoding || body.length < 256) return { body };
  const key = `${encoding}:${etag}`;
  let out = compressed.get(key);
  if (!out) {
    out =
      encoding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return { body: out, encoding };
}

function send(req, res, status, type, body, headers = {}) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const etag = etagOf(buf);
  const common = { ETag: etag, Vary: 'Accept-Encoding', ...headers };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common).end();
    return;
  }
  const out = COMPRESSIBLE.test(type) ? encode(buf, req.headers['accept-encoding'], etag) : { body: buf };
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': out.body.length,
    ...(out.encoding ? { 'Content-Encoding': out.encoding } : {}),
    ...common,
  });
  res.end(req.method === 'HEAD' ? undefined : out.body);
}

/** Fills a bench page's placeholders from its query string. */
export function fillPage(html, params) {
  const feedParams = new URLSearchParams(params);
  for (const name of ['widgets', 'loading', 'limit']) feedParams.delete(name);
  if (!feedParams.has('n') && !feedParams.has('sample')) feedParams.set('n', '12');
  const feed = `/bench/feed?${feedParams}`;
  const n = Number(params.get('n') ?? 12);
  const loading = params.get('loading') === 'lazy' ? 'lazy' : 'eager';
  // Up to 100 items: one widget. More: one widget per hundred, each picking its hundred by tag
  // (the contract clamps `limit` to 1–100).
  const limit = Number(params.get('limit') ?? n);
  const widgets =
    limit <= 100
      ? `<lp-news-feed src="${feed}" limit="${limit}" loading="${loading}"></lp-news-feed>`
      : Array.from(
          { length: Math.ceil(limit / 100) },
          (_, k) => `<lp-news-feed src="${feed}" limit="100" tag="bench-${k}" heading="Hundred ${k + 1}" loading="${loading}"></lp-news-feed>`,
        ).join('\n');
  return html.replaceAll('%FEED%', feed.replaceAll('&', '&amp;')).replaceAll('%WIDGETS%', widgets).replaceAll('%LOADING%', loading);
}

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server; resolves to `{ origin, hits, close() }`. */
export async function startServer() {
  const hits = new Map();
  const feedCache = new Map();

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const origin = `http://${req.headers.host}`;
      const params = url.searchParams;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }

      if (url.pathname === '/bench/feed') {
        const key = `${url.pathname}${url.search}`;
        hits.set(key, (hits.get(key) ?? 0) + 1);
        hits.set('*', (hits.get('*') ?? 0) + 1);
        const delay = Number(params.get('delay') ?? 0);
        if (delay > 0) await wait(delay);
        const maxAge = Number(params.get('max-age') ?? 300);
        const cacheKey = `${origin}|${params.get('sample') ?? ''}|${params.get('n') ?? ''}|${params.get('mix') ?? ''}`;
        let body = feedCache.get(cacheKey);
        if (!body) {
          const doc = params.has('sample')
            ? localSampleFeed(origin)
            : generateFeed({ n: Math.max(0, Math.min(100_000, Number(params.get('n') ?? 12))), origin, mix: params.get('mix') === '1' });
          body = Buffer.from(JSON.stringify(doc));
          feedCache.set(cacheKey, body);
        }
        // The answer is the fake endpoint's (test/server/fake-endpoint.mjs), as in the tests:
        // the generated feed where they have the sample.
        const answer = feedAnswer(body.toString('utf8'), {
          headers: { 'Cache-Control': `public, max-age=${maxAge}`, 'Access-Control-Allow-Origin': '*' },
        });
        const { 'Content-Type': type, ...headers } = answer.headers;
        send(req, res, answer.status, `${type}; charset=utf-8`, answer.body, headers);
        return;
      }

      const img = /^\/bench\/img\/(\d+)\.svg$/.exec(url.pathname);
      if (img) {
        send(req, res, 200, TYPES['.svg'], imageSvg(Number(img[1])), { 'Cache-Control': 'public, max-age=3600' });
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204, { 'Cache-Control': 'public, max-age=3600' }).end();
        return;
      }

      // bench/pages/side-<variant>.html: the one host page (side.html) with that variant's embed.
      const side = /^\/bench\/pages\/side-([a-z-]+)\.html$/.exec(url.pathname);
      const file = normalize(join(ROOT, side ? '/bench/pages/side.html' : decodeURIComponent(url.pathname)));
      if (!file.startsWith(ROOT) || file.split(sep).includes('.git')) {
        res.writeHead(404).end();
        return;
      }
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const ext = extname(file);
      let body = await readFile(file);
      if (side) {
        const page = sidePage(body.toString('utf8'), side[1]);
        if (!page) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('no such variant');
          return;
        }
        body = Buffer.from(page);
      }
      if (ext === '.html' && url.pathname.startsWith('/bench/pages/')) body = Buffer.from(fillPage(body.toString('utf8'), params));
      // Pages are revalidated; scripts and data are cacheable, as from a CDN.
      send(req, res, 200, TYPES[ext] ?? 'application/octet-stream', body, {
        'Cache-Control': ext === '.html' ? 'no-cache' : 'public, max-age=600',
      });
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    hits,
    /** Requests each path once per encoding, so no timed run pays for brotli q11; then forgets the hits. */
    async warm(paths) {
      for (const path of paths) {
        for (const encoding of ['br', 'gzip']) {
          const response = await fetch(origin + path, { headers: { 'accept-encoding': encoding } });
          await response.arrayBuffer();
        }
      }
      hits.clear();
    },
    feedHits: () => hits.get('*') ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

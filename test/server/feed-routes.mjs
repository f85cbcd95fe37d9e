// Koa middleware for the test server: the sample feeds served the way a real endpoint serves
// them, plus faults and a request counter. Everything stays on 127.0.0.1.
//
//   GET /api/feed?fixture=localprogress|wordpress  the sample file, with CORS, Cache-Control, ETag
//        &key=K        count the request under K (read back with /api/hits?key=K)
//        &delay=MS     answer after MS milliseconds
//        &status=N     answer with status N (and a JSON error body)
//        &body=malformed|wrong-shape|empty|half-invalid   a faulty body instead
//        &max-age=S    Cache-Control max-age (default 0, so tests see every request)
//        &retry-after=S  send Retry-After: S with an error status
//        &fail-first=N answer 500 to the first N requests of this key, then normally
//        &fail-after=N answer normally to the first N requests of this key, then 500
//        &fail-status=N  the status of those failures instead of 500
//   GET /api/hang      never answers (until the client gives up)
//   GET /api/hits?key=K → { "hits": n }
//   POST /api/stash (a JSON body) → { "url": "/api/stash/N" }, which then serves that body
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

const FIXTURES = {
  localprogress: new URL('../../demo/data/localprogress.json', import.meta.url),
  wordpress: new URL('../../demo/data/wordpress-posts.json', import.meta.url),
};

async function body(params) {
  const fixture = FIXTURES[params.get('fixture') ?? 'localprogress'] ?? FIXTURES.localprogress;
  const text = await readFile(fixture, 'utf8');
  switch (params.get('body')) {
    case 'malformed':
      return text.slice(0, text.length / 2);
    case 'wrong-shape':
      return JSON.stringify({ data: { posts: [] }, ok: true });
    case 'empty':
      return JSON.stringify({ ...JSON.parse(text), items: [] });
    case 'half-invalid': {
      const feed = JSON.parse(text);
      feed.items = feed.items.map((item, i) =>
        i % 2 ? { ...item, url: `javascript:alert(${i})` } : item,
      );
      return JSON.stringify(feed);
    }
    default:
      return text;
  }
}

export function feedRoutes() {
  const hits = new Map();
  const stash = [];
  return async function feedMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/api/')) return next();
    const params = new URLSearchParams(ctx.querystring);

    if (ctx.path === '/api/hits') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits: hits.get(params.get('key')) ?? 0 });
      return;
    }
    if (ctx.path === '/api/stash' && ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      stash.push(Buffer.concat(chunks).toString('utf8'));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/api/stash/${stash.length - 1}` });
      return;
    }
    if (ctx.path.startsWith('/api/stash/')) {
      const text = stash[Number(ctx.path.slice('/api/stash/'.length))];
      // Relative URLs in hostile payloads resolve to here: answer with no content (an image
      // that fails), without a 404 line in the runner's log for each of them.
      if (text === undefined) {
        ctx.status = 204;
        return;
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = text;
      return;
    }
    if (ctx.path === '/api/hang') {
      await new Promise((resolve) => ctx.req.on('close', resolve));
      ctx.status = 204;
      return;
    }
    if (ctx.path !== '/api/feed') {
      ctx.status = 404;
      return;
    }

    const key = params.get('key');
    if (key) hits.set(key, (hits.get(key) ?? 0) + 1);
    const delay = Number(params.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));

    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', `public, max-age=${Number(params.get('max-age') ?? 0)}`);
    const hit = hits.get(key) ?? 1;
    let status = Number(params.get('status') ?? 200);
    const failStatus = Number(params.get('fail-status') ?? 500);
    if (params.has('fail-first') && hit <= Number(params.get('fail-first'))) status = failStatus;
    if (params.has('fail-after') && hit > Number(params.get('fail-after'))) status = failStatus;
    if (status !== 200) {
      ctx.status = status;
      if (params.has('retry-after')) ctx.set('Retry-After', params.get('retry-after'));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ code: 'error', message: `status ${status}` });
      return;
    }
    const text = await body(params);
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.set('ETag', `"${createHash('sha1').update(text).digest('hex').slice(0, 16)}"`);
    ctx.body = text;
  };
}

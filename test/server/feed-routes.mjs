// Koa middleware for the test server: the sample feeds served the way a real endpoint serves
// them, plus faults (answered by fake-endpoint.mjs) and a request counter. Everything stays on 127.0.0.1.
//
//   GET /api/feed?fixture=localprogress|wordpress  the sample file, with CORS, Cache-Control, ETag
//        &key=K        count the request under K (read back with /api/hits?key=K)
//        &delay=MS     answer after MS milliseconds
//        &status=N     answer with status N (and a JSON error body)
//        &body=malformed|wrong-shape|empty|half-invalid|script-urls   that fault of fake-endpoint.mjs
//        &max-age=S    Cache-Control max-age (default 0, so tests see every request)
//        &retry-after=S  send Retry-After: S with an error status
//        &fail-first=N answer 500 to the first N requests of this key, then normally
//        &fail-after=N answer normally to the first N requests of this key, then 500
//        &fail-status=N  the status of those failures instead of 500
//   GET /api/hang      never answers (until the client gives up)
//   GET /api/hits?key=K → { "hits": n }
//   POST /api/stash (a JSON body) → { "url": "/api/stash/N" }, which then serves that body
import { readFile } from 'node:fs/promises';
import { etagOf, failsAt, feedAnswer, SAMPLE_FILES } from './fake-endpoint.mjs';
import { respond } from './koa-answer.mjs';

const ROOT = new URL('../../', import.meta.url);
// ?body= names a fault of fake-endpoint.mjs; any other value is the sample itself.
const BODY_FAULTS = new Set(['malformed', 'wrong-shape', 'empty', 'script-urls', 'half-invalid']);

const sample = (params) =>
  readFile(new URL(SAMPLE_FILES[params.get('fixture')] ?? SAMPLE_FILES.localprogress, ROOT), 'utf8');

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

    const hit = hits.get(key) ?? 1;
    const failStatus = Number(params.get('fail-status') ?? 500);
    const counts = { failFirst: params.has('fail-first') ? Number(params.get('fail-first')) : undefined, failAfter: params.has('fail-after') ? Number(params.get('fail-after')) : undefined };
    const answer = feedAnswer(await sample(params), {
      fault: BODY_FAULTS.has(params.get('body')) ? params.get('body') : 'ok',
      status: failsAt(hit, counts) ? failStatus : Number(params.get('status') ?? 200),
      retryAfter: params.get('retry-after'),
      headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': `public, max-age=${Number(params.get('max-age') ?? 0)}` },
    });
    if (answer.status === 200) answer.headers.ETag = etagOf(answer.body);
    respond(ctx, answer);
  };
}

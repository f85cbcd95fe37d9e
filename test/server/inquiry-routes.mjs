// Koa middleware for the test server: an endpoint for the inquiry form of <lp-media-inquiry>,
// recording what it receives. Register it BEFORE feedRoutes(), which answers 404 to any other
// /api/ path.
//
//   POST /api/inquiry?key=K   records the request under K, then answers { "ok": true }
//        &status=N     answer with status N instead (and a JSON error body)
//        &delay=MS     answer after MS milliseconds (sooner if the client gives up)
//        &hold=1       answer only once /api/inquiry-release?key=K is called (or the client gives up)
//   GET /api/inquiry-received?key=K → { "requests": [{ "contentType", "cookie", "body" }] }
//        where body is the parsed JSON (or the raw text when it is not JSON)
//   GET /api/inquiry-release?key=K  lets the held requests of K answer
//
// The answers themselves come from fake-endpoint.mjs, as on the dev server and in Storybook.
import { INQUIRY_PREFLIGHT, inquiryAnswer, readInquiryBody } from './fake-endpoint.mjs';
import { respond } from './koa-answer.mjs';

export function inquiryRoutes() {
  const received = new Map();
  const held = new Map();

  return async function inquiryMiddleware(ctx, next) {
    const params = new URLSearchParams(ctx.querystring);
    const key = params.get('key') ?? '';

    if (ctx.path === '/api/inquiry-received') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ requests: received.get(key) ?? [] });
      return;
    }
    if (ctx.path === '/api/inquiry-release') {
      for (const release of held.get(key) ?? []) release();
      held.delete(key);
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 204;
      return;
    }
    if (ctx.path !== '/api/inquiry') return next();

    if (ctx.method === 'OPTIONS') return respond(ctx, INQUIRY_PREFLIGHT);
    if (ctx.method !== 'POST') return respond(ctx, inquiryAnswer(ctx.method));

    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const body = readInquiryBody(Buffer.concat(chunks).toString('utf8'));
    const list = received.get(key) ?? [];
    list.push({
      contentType: ctx.get('Content-Type'),
      cookie: ctx.get('Cookie'),
      body,
    });
    received.set(key, list);

    // Wait for the delay or the release, but never past the client hanging up.
    const delay = Number(params.get('delay') ?? 0);
    const hold = params.get('hold') === '1';
    if (delay || hold) {
      await new Promise((resolve) => {
        const timer = delay ? setTimeout(resolve, delay) : undefined;
        if (hold) held.set(key, [...(held.get(key) ?? []), resolve]);
        ctx.res.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    if (ctx.res.destroyed) {
      // The client gave up (a timeout test): nobody reads this answer.
      ctx.status = 204;
      return;
    }

    respond(ctx, inquiryAnswer('POST', Number(params.get('status') ?? 200)));
  };
}

// Sends an answer of fake-endpoint.mjs through Koa (the test server's adapters).
export function respond(ctx, { status, headers, body }) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  if (headers['Content-Type']) ctx.type = headers['Content-Type'];
  ctx.body = body;
}

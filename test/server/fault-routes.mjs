// Koa middleware for the robustness tests (test/robustness/): a feed endpoint that fails in every
// way a real one can, over real HTTP, with per-key counters; a Content-Security-Policy test
// page; and the script-tag bundle built on the fly by esbuild. Register it BEFORE feedRoutes(),
// which answers 404 to any other /api/ path. Everything stays on 127.0.0.1.
//
//   GET /api/fault/feed?key=K&mode=M[&…]   the sample feed (demo/data/localprogress.json), or a fault:
//     mode=ok            the feed (default)
//     mode=hang          never answers (until the client gives up)
//     mode=hold          answers (as ok) only when /api/fault/release?key=K is called
//     mode=slow&ms=N     answers (as ok) after N ms (default 5000); no byte before that
//     mode=trickle&chunks=N&interval=MS   headers at once, then the body in N chunks, MS apart
//     mode=status&status=N[&retry-after=V]  HTTP N with a JSON error body (and Retry-After: V)
//     mode=destroy       destroys the connection before any byte of a response (ctx.req.socket.destroy())
//     mode=truncate      a 200 with Content-Length, half the body, then the connection destroyed
//     mode=malformed     half the JSON text (unparseable)
//     mode=html          200 text/html: a CMS's "maintenance" page where JSON was expected
//     mode=wrong-shape   valid JSON that is neither a JSON Feed nor a WordPress posts array
//     mode=empty         a JSON Feed with items: []
//     mode=half-invalid  every other item invalid, each in a different way
//     (each mode is a fault of fake-endpoint.mjs, which makes the answers; this file waits and sends)
//     mode=huge          a valid JSON Feed of 5 MB (about 5,000 items)
//     mode=text-plain    the feed as Content-Type: text/plain
//     &first=N           the fault applies to the first N requests of K only; later ones get ok
//     &label=L           titles start with "[L] " (to tell responses apart)
//     &images=local      item images point at /api/fault/image.svg (same origin: loads, and CSP-clean)
//     &images=broken     item images point at /api/fault/missing.jpg (same origin, 404: fails at once)
//     &long=1            the first item of each kind gets a 70-letter word in its title and a long URL
//                        in its summary (text that must wrap, not overflow)
//   GET /api/fault/set?key=K&mode=M[&…]   later requests of K use these parameters instead
//   GET /api/fault/release?key=K           lets the held requests of K answer
//   GET /api/fault/stats?key=K → { hits, open, aborted, completed, times: [ms since the first hit] }
//        open: requests of K still in flight; aborted: closed by the client (or destroyed)
//        before their response was complete
//   GET /api/fault/image.svg               a 1600×1000 SVG picture
//   GET /api/fault/bundle/lp-widgets.js?version=V[&format=esm|iife]  src/lp-widgets.ts bundled by
//        esbuild (Lit's production build), with a banner naming version V and a line that records
//        V in globalThis.__lpBundles when the copy runs; built once per format, each V under its own banner
//   GET /api/fault/bundle/lp-inquiry-form.js  the opt-in inquiry form, bundled the same way
//   GET /api/fault/csp-page?key=K          an HTML page served with a strict Content-Security-Policy
//        (CSP_POLICY: the README's lines) that loads the bundle and the form's file and shows all four widgets (reading
//        mode=ok&images=local under key K)
//        With &policy=same-origin: served with the strictest same-origin policy (SAME_ORIGIN_CSP_POLICY) instead.
//   GET /api/fault/csp-policy              { policy, lines, source }: the policy as read from the README
//   GET /api/fault/probe.js                a classic script for test pages in an iframe: records
//        violations, errors, warnings and widget events in window.__lp (see PROBE)
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { feedAnswer, SAMPLE_FILES } from './fake-endpoint.mjs';
import { respond } from './koa-answer.mjs';

// The strict-CSP page is served with exactly the lines the README gives partners, read once at
// server start from the fenced block between <!-- csp-policy:start --> and <!-- csp-policy:end -->:
// one directive per line, each but the last ending in ';', joined with spaces into the header.
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
export const CSP_LINES = readmePolicyLines(readFileSync(README, 'utf8'));
export const CSP_POLICY = CSP_LINES.join(' ');
// The strict policy a partner page might send: everything same-origin, data: images, Trusted
// Types. The page is served with it when asked (?policy=same-origin), so both the README's lines
// and this one are tested.
export const SAME_ORIGIN_CSP_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The lines of the README's CSP block; throws, naming the markers, when there is none. */
export function readmePolicyLines(readme) {
  const block = /<!-- csp-policy:start -->\s*```[a-z]*\n([\s\S]*?)\n```\s*<!-- csp-policy:end -->/.exec(readme);
  if (!block) throw new Error('README.md: no fenced block between <!-- csp-policy:start --> and <!-- csp-policy:end -->');
  const lines = block[1].split('\n').map((line) => line.trim()).filter(Boolean);
  if (!lines.length) throw new Error('README.md: the CSP block is empty');
  return lines;
}

const FIXTURE = new URL(`../../${SAMPLE_FILES.localprogress}`, import.meta.url);
const ENTRY = fileURLToPath(new URL('../../src/lp-widgets.ts', import.meta.url));
const FORM_ENTRY = fileURLToPath(new URL('../../src/components/media-inquiry/inquiry-form.define.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let fixtureText;
async function feedText() {
  fixtureText ??= await readFile(FIXTURE, 'utf8');
  return fixtureText;
}

const IMAGE_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 16 10">' +
  '<rect width="16" height="10" fill="#7a9cc6"/><circle cx="5" cy="4" r="2" fill="#f3d36b"/></svg>';

// --- the bundle: built once per format; each version is the same code under its own banner ----

const builds = new Map();
function build(format, entry = ENTRY) {
  const id = `${entry} ${format}`;
  if (!builds.has(id)) {
    const promise = import('esbuild')
      .then(({ build }) =>
        build({
          entryPoints: [entry],
          bundle: true,
          write: false,
          format,
          target: 'es2020',
          minify: true,
          tsconfig: TSCONFIG,
          conditions: ['production'],
          legalComments: 'inline',
          logLevel: 'silent',
        }),
      )
      .then((result) => result.outputFiles[0].text);
    promise.catch(() => builds.delete(id));
    builds.set(id, promise);
  }
  return builds.get(id);
}

async function bundle(version, format) {
  const marker = `(globalThis.__lpBundles = globalThis.__lpBundles || []).push(${JSON.stringify(version)});`;
  return `/*! @localprogress/widgets ${version} (test build) */ ${marker}\n${await build(format)}`;
}

// --- the strict-CSP page -------------------------------------------------------------------

function cspPage(key) {
  const feed = `/api/fault/feed?key=${encodeURIComponent(key)}&amp;mode=ok&amp;images=local`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Strict CSP host page</title>
<script src="/api/fault/probe.js"></script>
<script type="module" src="/api/fault/bundle/lp-widgets.js?version=csp"></script>
<script type="module" src="/api/fault/bundle/lp-inquiry-form.js"></script>
</head>
<body>
<main>
<h1>Partner page with a strict policy</h1>
<lp-news-feed src="${feed}" loading="eager" limit="2"></lp-news-feed>
<lp-press-releases src="${feed}" loading="eager" limit="2"></lp-press-releases>
<lp-blog-grid src="${feed}" loading="eager" limit="2"></lp-blog-grid>
<lp-media-inquiry src="${feed}" action="/api/inquiry?key=${encodeURIComponent(key)}"></lp-media-inquiry>
</main>
</body>
</html>
`;
}

// A classic script, loaded before anything else on a test page in an iframe (the CSP page, the
// two-copies page): records every CSP violation, uncaught error, unhandled rejection,
// console.error and console.warn, and each widget's first lp-load / lp-error, in window.__lp;
// tells the parent (the test page) when four widgets have settled, and of each violation.
const PROBE = `(() => {
  const lp = (window.__lp = { violations: [], errors: [], warnings: [], settled: [], trustedTypes: typeof trustedTypes !== 'undefined' });
  // '*': an about:srcdoc page has no origin of its own to name; the parent checks the source.
  const tell = (what) => parent.postMessage({ lp: what }, '*');
  document.addEventListener('securitypolicyviolation', (e) => {
    lp.violations.push({ directive: e.effectiveDirective || e.violatedDirective, blocked: String(e.blockedURI), sample: e.sample || '', source: e.sourceFile || '', line: e.lineNumber || 0 });
    tell('violation');
  });
  addEventListener('error', (e) => { if (e instanceof ErrorEvent) lp.errors.push('uncaught: ' + e.message); }, true);
  addEventListener('unhandledrejection', (e) => lp.errors.push('unhandled rejection: ' + String(e.reason)));
  const error = console.error, warn = console.warn;
  console.error = (...args) => { lp.errors.push('console.error: ' + args.map(String).join(' ')); error.apply(console, args); };
  console.warn = (...args) => { lp.warnings.push(args.map(String).join(' ')); warn.apply(console, args); };
  const seen = new Set();
  const settle = (e) => {
    if (seen.has(e.target)) return;
    seen.add(e.target);
    lp.settled.push({ tag: e.target.localName, type: e.type, kind: e.detail && e.detail.error ? e.detail.error.kind : undefined });
    if (lp.settled.length === 4) tell('settled');
  };
  document.addEventListener('lp-load', settle);
  document.addEventListener('lp-error', settle);
})();
`;

// --- the middleware ------------------------------------------------------------------------

function newState() {
  return { hits: 0, open: 0, aborted: 0, completed: 0, first: 0, times: [], override: undefined, held: new Set() };
}

export function faultRoutes() {
  const keys = new Map();
  const state = (key) => {
    if (!keys.has(key)) keys.set(key, newState());
    return keys.get(key);
  };

  return async function faultMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/api/fault/')) return next();
    const route = ctx.path.slice('/api/fault/'.length);
    const query = new URLSearchParams(ctx.querystring);
    const key = query.get('key') ?? '';

    if (route === 'stats') {
      const s = state(key);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits: s.hits, open: s.open, aborted: s.aborted, completed: s.completed, times: s.times.map((t) => t - s.first) });
      return;
    }
    if (route === 'set') {
      const params = new URLSearchParams(query);
      params.delete('key');
      state(key).override = params;
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 204;
      return;
    }
    if (route === 'release') {
      const s = state(key);
      for (const release of s.held) release();
      s.held.clear();
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 204;
      return;
    }
    if (route === 'image.svg') {
      ctx.set('Cache-Control', 'public, max-age=3600');
      ctx.type = 'image/svg+xml';
      ctx.body = IMAGE_SVG;
      return;
    }
    if (route === 'bundle/lp-widgets.js') {
      const format = query.get('format') === 'iife' ? 'iife' : 'esm';
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/javascript';
      ctx.body = await bundle(query.get('version') ?? '0.0.0-test', format);
      return;
    }
    if (route === 'bundle/lp-inquiry-form.js') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/javascript';
      ctx.body = await build('esm', FORM_ENTRY);
      return;
    }
    if (route === 'probe.js') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/javascript';
      ctx.body = PROBE;
      return;
    }
    if (route === 'csp-policy') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ policy: CSP_POLICY, lines: CSP_LINES, source: 'README.md' });
      return;
    }
    if (route === 'csp-page') {
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Security-Policy', query.get('policy') === 'same-origin' ? SAME_ORIGIN_CSP_POLICY : CSP_POLICY);
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = cspPage(key);
      return;
    }
    if (route === 'missing.jpg') {
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 404;
      ctx.body = '';
      return;
    }
    if (route !== 'feed') {
      ctx.status = 404;
      return;
    }

    // --- the feed ---
    const s = state(key);
    s.hits++;
    if (s.hits === 1) s.first = Date.now();
    s.times.push(Date.now());
    s.open++;
    let closed = false;
    ctx.res.once('close', () => {
      closed = true;
      s.open--;
      if (ctx.res.writableFinished) s.completed++;
      else s.aborted++;
    });
    const clientGone = new Promise((resolve) => ctx.res.once('close', resolve));

    let params = s.override ?? query;
    const first = Number(params.get('first') ?? 0);
    if (first && s.hits > first) {
      params = new URLSearchParams(params);
      params.set('mode', 'ok');
    }
    const mode = params.get('mode') ?? 'ok';
    const images = params.get('images');
    // No HTTP caching anywhere: every request the widget makes reaches this counter.
    const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' };
    const answer = feedAnswer(await feedText(), {
      fault: mode,
      status: mode === 'status' ? Number(params.get('status') ?? 500) : 200,
      retryAfter: params.get('retry-after'),
      headers,
      label: params.get('label'),
      imagePath: images === 'local' ? '/api/fault/image.svg' : images === 'broken' ? '/api/fault/missing.jpg' : undefined,
      long: params.get('long') === '1',
    });
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);

    // What only a real connection can do: wait, then send in pieces, cut it, or break it.
    switch (answer.wait) {
      case 'forever':
        await clientGone;
        ctx.status = 204;
        return;
      case 'release':
        await Promise.race([clientGone, new Promise((resolve) => s.held.add(resolve))]);
        break;
      case 'delay':
        await Promise.race([clientGone, wait(Number(params.get('ms') ?? 5000))]);
        break;
      default:
        break;
    }
    if (closed) {
      ctx.status = 204;
      return;
    }
    if (answer.send === 'destroy') {
      ctx.status = 204; // for the runner's log only: no response is sent
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (answer.send === 'trickle' || answer.send === 'truncate') {
      const body = Buffer.from(answer.body, 'utf8');
      ctx.status = 200;
      ctx.respond = false;
      ctx.res.writeHead(200, { ...answer.headers, 'Content-Length': String(body.length) });
      if (answer.send === 'truncate') {
        ctx.res.write(body.subarray(0, body.length >> 1), () => ctx.req.socket.destroy());
        return;
      }
      const chunks = Math.max(1, Number(params.get('chunks') ?? 10));
      const interval = Number(params.get('interval') ?? 200);
      const size = Math.ceil(body.length / chunks);
      for (let offset = 0; offset < body.length && !closed; offset += size) {
        if (offset) await Promise.race([clientGone, wait(interval)]);
        if (!closed) ctx.res.write(body.subarray(offset, offset + size));
      }
      if (!closed) ctx.res.end();
      return;
    }
    respond(ctx, answer);
  };
}

// The end-to-end tests against a real WordPress: `npm run test:wordpress` (scripts/wordpress/run.sh)
// starts a seeded site on 127.0.0.1 and runs this config with WP_BASE (the site's address) and
// WP_MANIFEST (what seed.php created). The test pages are served by web-test-runner on its own
// port, so every request the widgets make to WordPress is cross-origin, as on a partner's site.
// Same Chromium, flags, esbuild and Lit production mode as web-test-runner.config.mjs.
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const chromium = CHROMIUM_PATH;
const base = process.env.WP_BASE;
const manifestFile = process.env.WP_MANIFEST;
if (!base || !manifestFile) {
  throw new Error('The WordPress tests need a running site: run them with `npm run test:wordpress`.');
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

// GET /wp-site → { base, manifest }: where the site is and what it holds.
// GET /wp-probe?path=/wp-json/…&origin=…&etag=… → { status, headers }: the same request made
//   from Node, for the response headers a page's script may not read (Access-Control-Allow-Origin,
//   Vary, ETag). Only paths on the WordPress site are fetched.
function wordpressRoutes() {
  return async function wordpressMiddleware(ctx, next) {
    if (ctx.path === '/wp-site') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ base, manifest });
      return;
    }
    if (ctx.path === '/wp-probe') {
      const params = new URLSearchParams(ctx.querystring);
      const target = new URL(params.get('path') ?? '/', base);
      if (target.origin !== new URL(base).origin) {
        ctx.status = 400;
        return;
      }
      const headers = {};
      if (params.get('origin')) headers.Origin = params.get('origin');
      if (params.get('etag')) headers['If-None-Match'] = params.get('etag');
      const response = await fetch(target, { headers, redirect: 'manual' });
      const body = await response.text();
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ status: response.status, headers: Object.fromEntries(response.headers), bodyLength: body.length });
      return;
    }
    return next();
  };
}

export default {
  rootDir: '.',
  files: ['test/wordpress/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  middleware: [wordpressRoutes()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: [
          ...CHROMIUM_ARGS,
        ],
      },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 240000,
};

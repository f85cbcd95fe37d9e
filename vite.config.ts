import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { inquiryAnswer } from './test/server/fake-endpoint.mjs';

// The demo's inquiry endpoint: POST /demo/api/inquiry answers 200, or 500 with ?fail=1, so
// that both outcomes of <lp-media-inquiry>'s form can be tried by hand. The answers are the
// fake endpoint's (test/server/fake-endpoint.mjs), as in the tests and in Storybook.
function demoInquiryEndpoint(): Plugin {
  return {
    name: 'demo-inquiry-endpoint',
    configureServer(server) {
      server.middlewares.use('/demo/api/inquiry', (req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        req.on('end', () => {
          const fail = (req.url ?? '').includes('fail=1');
          console.log(`[demo] inquiry ${fail ? 'refused' : 'received'}: ${body.slice(0, 200)}`);
          const answer = inquiryAnswer(req.method ?? 'GET', fail ? 500 : 200);
          res.writeHead(answer.status, answer.headers).end(answer.body);
        });
      });
    },
  };
}

// The built files as they are on disk: Vite would transform /dist/*.js (an inline source map
// among others), and a transformed file fails the `integrity` check of the configurator's code
// (demo/configurator.html). With this, `<script src="http://127.0.0.1:5173/dist/lp-widgets.js"
// integrity=…>` works from any page, as the file on a CDN would.
function serveDistAsBuilt(): Plugin {
  return {
    name: 'serve-dist-as-built',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (!/^\/dist\/[\w.-]+\.(js|json)$/.test(path)) return next();
        readFile(join(server.config.root, path)).then(
          (bytes) => {
            res.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/json');
            res.setHeader('Access-Control-Allow-Origin', '*');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(bytes);
          },
          () => next(),
        );
      });
    },
  };
}

// `npm start` serves the repository root, so /demo/*.html and the sample feed in
// /demo/data/ are reachable. The dist build is Rollup's (rollup.config.mjs).
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [demoInquiryEndpoint(), serveDistAsBuilt()],
});

import { defineConfig, type Plugin } from 'vite';

// The demo's inquiry endpoint: POST /demo/api/inquiry answers 200, or 500 with ?fail=1, so
// that both outcomes of <lp-media-inquiry>'s form can be tried by hand.
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
          res.statusCode = req.method === 'POST' && !fail ? 200 : 500;
          res.setHeader('Content-Type', 'application/json');
          res.end(JSON.stringify({ ok: res.statusCode === 200 }));
        });
      });
    },
  };
}

// `npm start` serves the repository root, so /demo/*.html and the sample feed in
// /demo/data/ are reachable. The dist build is Rollup's (rollup.config.mjs).
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [demoInquiryEndpoint()],
});

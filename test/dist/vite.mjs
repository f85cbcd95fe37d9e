// Vite as `npm start` runs it (vite.config.ts: the demo's endpoints, /dist/ served as built), on
// a free port, with a cache of its own: each run starts cold, as on a fresh clone, and leaves the
// developer's node_modules/.vite alone. Used by the configurator and parity tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';

/** Starts Vite for `entries` (HTML pages, for dependency pre-bundling); `close()` stops it and removes its cache. */
export async function startVite(entries) {
  const cacheDir = await mkdtemp(join(tmpdir(), 'lp-dist-test-vite-'));
  const vite = await createServer({
    configFile: 'vite.config.ts',
    cacheDir,
    logLevel: 'error',
    clearScreen: false,
    server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, watch: null },
    optimizeDeps: { entries },
  });
  await vite.listen();
  return {
    origin: `http://127.0.0.1:${vite.httpServer.address().port}`,
    async close() {
      await vite.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

// Starts WebKitWebDriver under a virtual X server (`xvfb-run -a WebKitWebDriver`) for the
// WebKitGTK test run, in a process group of its own, and stops that group by its id.
//
//   import { startWebKitDriver } from './webkit-driver.mjs';
//   const driver = await startWebKitDriver();   // { port, stop() }; stopped on process exit too
//
// Used by scripts/test-all-engines.mjs (npm test) and by web-test-runner.config.mjs when
// web-test-runner is run directly for WebKit without a driver.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Fontconfig for the WebKit processes: Chromium's default fonts (see test-fonts.conf). */
export const TEST_FONTS_CONF = fileURLToPath(new URL('./test-fonts.conf', import.meta.url));

function portFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts the driver on `port` (a free one when that is taken) and resolves once it accepts
 * connections. Rejects if it exits first or does not listen within `limitMs`.
 */
export async function startWebKitDriver({ port = Number(process.env.WEBKIT_DRIVER_PORT ?? 4444), limitMs = 30_000 } = {}) {
  if (!(await portFree(port))) port = await freePort();
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, FONTCONFIG_FILE: TEST_FONTS_CONF },
  });
  let stopped = false;
  const stop = () => {
    if (stopped || child.exitCode !== null || child.signalCode !== null) return;
    stopped = true;
    try {
      // The whole group: xvfb-run, Xvfb, WebKitWebDriver and any MiniBrowser left behind.
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', stop);
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve({ code })));
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (await listening(port)) return { port, stop };
    const state = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 100))]);
    if (state) throw new Error(`WebKitWebDriver exited (code ${state.code}) before listening on port ${port}`);
    if (Date.now() > deadline) {
      stop();
      throw new Error(`WebKitWebDriver did not listen on port ${port} within ${limitMs / 1000} s`);
    }
  }
}

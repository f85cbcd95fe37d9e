// Browser tests: real Chromium (Debian's), real HTTP server (the runner's own dev server, with
// the fault and counting routes of test/server/feed-routes.mjs), Lit in production mode.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { inquiryRoutes } from './test/server/inquiry-routes.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  rootDir: '.',
  // test/wordpress needs a running WordPress: `npm run test:wordpress`.
  files: ['test/**/*.test.ts', '!test/wordpress/**'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2021' })],
  // inquiryRoutes first: feedRoutes answers every other /api/ path itself.
  middleware: [inquiryRoutes(), feedRoutes()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  // One page at a time: a test page in a background tab gets no IntersectionObserver
  // callbacks or animation frames, and lazy loading rests on both.
  concurrency: 1,
  testFramework: { config: { timeout: 8000 } },
  testsFinishTimeout: 240000,
};

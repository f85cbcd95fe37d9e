// Browser tests in three engines: real Chromium (Debian's), Firefox ESR (Debian's, through
// Puppeteer over WebDriver BiDi) and WebKitGTK (Debian's MiniBrowser, through WebKitWebDriver
// under Xvfb). A real HTTP server (the runner's own dev server, with the fault and counting
// routes of test/server/), Lit in production mode.
//
// LP_BROWSERS picks the engines of this run: `chromium`, `firefox`, `webkit`, comma-separated
// (default: all three). `npm test` runs scripts/test-all-engines.mjs, which runs this config once
// per engine and starts and stops WebKitWebDriver itself. `LP_BROWSERS=firefox npx wtr` works
// too (for WebKit this config then starts the driver itself: scripts/webkit-driver.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { feedRoutes } from './test/server/feed-routes.mjs';
import { inquiryRoutes } from './test/server/inquiry-routes.mjs';
import { faultRoutes } from './test/server/fault-routes.mjs';
import { countsReporter } from './scripts/wtr-counts-reporter.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const wanted = (process.env.LP_BROWSERS ?? ENGINES.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);
const unknown = wanted.filter((e) => !ENGINES.includes(e));
if (unknown.length) throw new Error(`LP_BROWSERS: unknown engine(s) ${unknown.join(', ')}; use ${ENGINES.join(', ')}`);

const chromium = CHROMIUM_PATH;
const firefox = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const miniBrowser = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// WebKitWebDriver: test-all-engines.mjs starts it and passes its port; run directly
// (`LP_BROWSERS=webkit npx web-test-runner`), this config starts one of its own, stopped by
// its process-group id when web-test-runner exits.
async function webkitDriverPort() {
  if (process.env.WEBKIT_DRIVER_PORT) return Number(process.env.WEBKIT_DRIVER_PORT);
  const { missingFor } = await import('./scripts/check-browsers.mjs');
  const missing = missingFor('webkit');
  if (missing.length) {
    throw new Error(
      `WebKit needs ${missing.map((m) => m.path).join(', ')}: sudo apt-get install -y ${[...new Set(missing.map((m) => m.pkg))].join(' ')} ` +
        '(or leave WebKit out: LP_BROWSERS=chromium,firefox)',
    );
  }
  const { startWebKitDriver } = await import('./scripts/webkit-driver.mjs');
  return (await startWebKitDriver()).port;
}

async function browsers() {
  const list = [];
  if (wanted.includes('chromium')) {
    list.push(
      chromeLauncher({
        launchOptions: {
          executablePath: chromium,
          args: [
            ...CHROMIUM_ARGS,
            // performance.memory with real (unbucketed) figures, and gc() before reading it,
            // for the lifecycle report.
            '--enable-precise-memory-info',
            '--js-flags=--expose-gc',
          ],
        },
      }),
    );
  }
  if (wanted.includes('firefox')) {
    const { puppeteerLauncher } = await import('@web/test-runner-puppeteer');
    list.push(
      puppeteerLauncher({
        launchOptions: {
          browser: 'firefox',
          executablePath: firefox,
          headless: true,
          extraPrefsFirefox: {
            // Same-origin test server only; no update checks or telemetry pings.
            'app.update.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
            'network.captive-portal-service.enabled': false,
            // A background test page must not be throttled (setTimeout clamping).
            'dom.min_background_timeout_value': 4,
            // The same default fonts as Debian's Chromium (Times New Roman / Arial, which
            // fontconfig maps to the metric-compatible Liberation fonts). Firefox would pick
            // DejaVu, 25 % wider: layout tests would then compare fonts, not engines.
            // test/robustness/layout.test.ts sets DejaVu on purpose where width matters.
            'font.name.serif.x-western': 'Liberation Serif',
            'font.name.sans-serif.x-western': 'Liberation Sans',
            'font.name.monospace.x-western': 'Liberation Mono',
          },
        },
      }),
    );
  }
  if (wanted.includes('webkit')) {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    const webkit = webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: await webkitDriverPort(),
      path: '/',
      logLevel: 'error',
      // No browserName: WebKitWebDriver refuses a session whose browserName it does not know.
      capabilities: {
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    });
    // The launcher names itself from the capabilities, which leaves it unnamed here.
    const initialize = webkit.initialize.bind(webkit);
    webkit.initialize = async (...args) => {
      await initialize(...args);
      webkit.name = 'WebKit';
    };
    list.push(webkit);
  }
  return list;
}

// Each engine gets the syntax it runs: WebKitGTK 2.50's parser is the one that needs es2020.
const target = wanted.includes('webkit') ? 'es2020' : 'es2021';

export default {
  rootDir: '.',
  // test/wordpress needs a running WordPress: `npm run test:wordpress`.
  // test/publisher/ runs in Node's test runner (npm run test:publisher), not in a browser.
  files: ['test/**/*.test.ts', '!test/wordpress/**', '!test/publisher/**'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target })],
  // faultRoutes and inquiryRoutes first: feedRoutes answers 404 to every other /api/ path.
  middleware: [faultRoutes(), inquiryRoutes(), feedRoutes()],
  browsers: await browsers(),
  // One page at a time: a test page in a background tab gets no IntersectionObserver
  // callbacks or animation frames, and lazy loading rests on both. One engine at a time too
  // (test-all-engines.mjs runs them one after the other): two cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  // Per-test limit. Tests wait on events, never on time: this only bounds a hang, so it is set
  // for a loaded machine (two shared cores). One axe-core run took 0.5–6 s in WebKitGTK here on
  // a quiet machine and past 20 s under a load average of 14.
  testFramework: { config: { timeout: wanted.includes('webkit') ? 45000 : wanted.includes('firefox') ? 30000 : 20000 } },
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // LP_VERBOSE=1 lists every test with its result.
  reporters: [defaultReporter(), ...(process.env.LP_VERBOSE ? [summaryReporter()] : []), countsReporter()],
};

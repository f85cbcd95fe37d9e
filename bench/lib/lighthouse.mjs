// Lighthouse 12 (node_modules/.bin/lighthouse) against pages of the bench server, performance
// category only, its default mobile emulation and simulated throttling. Raw reports go to
// bench/.out/ (ignored by git).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

/**
 * The bench copies of demo/index.html: the built bundles instead of Vite's dev entries (the
 * widgets' and the inquiry form's), the sample feed from the bench server.
 */
export function writeDemoPages(root) {
  const demo = readFileSync(join(root, 'demo/index.html'), 'utf8');
  const banner = (what) =>
    `<!-- Written by bench/run.mjs from demo/index.html: ${what}. Do not edit; edit the demo. -->\n`;
  const withWidgets = demo
    .replace('<script type="module" src="/src/lp-widgets.ts" fetchpriority="low"></script>', '<script type="module" src="/dist/lp-widgets.js" fetchpriority="low"></script>')
    .replace('<script type="module" src="/src/components/media-inquiry/inquiry-form.define.ts" fetchpriority="low"></script>', '<script type="module" src="/dist/lp-inquiry-form.js" fetchpriority="low"></script>')
    .replace(/(<meta name="lp-widgets:endpoint" content=")[^"]*(")/, '$1/bench/feed?sample=1$2');
  if (withWidgets === demo || !withWidgets.includes('/dist/lp-widgets.js') || withWidgets.includes('src="/src/')) throw new Error('demo/index.html changed shape: update writeDemoPages');
  const withoutWidgets = withWidgets
    .replace(/\s*<script type="module" src="\/dist\/lp-(widgets|inquiry-form).js" fetchpriority="low"><\/script>/g, '')
    .replace(/\s*<lp-([a-z-]+)\b[^>]*>[\s\S]*?<\/lp-\1>/g, '');
  if (/<lp-[a-z]|<script/.test(withoutWidgets)) throw new Error('could not remove every widget from the demo copy');
  // Generated on every run into the ignored bench/.out/, never committed.
  mkdirSync(join(root, 'bench/.out'), { recursive: true });
  const out = {
    widgets: 'bench/.out/demo-widgets.html',
    'no widgets': 'bench/.out/demo-no-widgets.html',
  };
  writeFileSync(join(root, out.widgets), withWidgets.replace('<!doctype html>\n', `<!doctype html>\n${banner('the four widgets, loading /dist/lp-widgets.js')}`));
  writeFileSync(join(root, out['no widgets']), withoutWidgets.replace('<!doctype html>\n', `<!doctype html>\n${banner('the same page with the widgets and their script removed')}`));
  return out;
}

/** The widgets' own bundles, as the demo copy loads them. */
const WIDGET_SCRIPT = /^\/dist\/lp-[^/]*\.js$/;

/**
 * Why a run's simulated LCP is what it is. Lantern (Lighthouse's simulator) builds the LCP graph
 * from the *observed*, unthrottled trace: a network request that ended after the observed LCP is
 * dropped; a script that ended before it stays unless its first EvaluateScript task started after
 * the observed LCP. Module scripts leave no EvaluateScript event with their URL, so for them the
 * download's end alone decides, and a kept script's simulated mobile download lands on LCP. On
 * loopback the observed LCP and the scripts' ends are a few ms apart, so this flips run to run.
 * Times here are ms since the navigation's time origin, the clock of the observed metrics (the
 * network-requests audit counts from the first request instead: `networkEndTime` as it reports it).
 */
function lcpDiagnostics(lhr) {
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const requests = lhr.audits['network-requests']?.details;
  const origin = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl).origin;
  const timeOriginTs = observed.observedTimeOriginTs;
  const networkStartTs = requests?.debugData?.networkStartTimeTs;
  const shift = Number.isFinite(timeOriginTs) && Number.isFinite(networkStartTs) ? (networkStartTs - timeOriginTs) / 1000 : null;
  const observedLcp = observed.observedLargestContentfulPaint ?? null;
  // The audit rounds observedLargestContentfulPaint to whole ms; its timestamp is exact.
  const lcpTs = observed.observedLargestContentfulPaintTs;
  const cutoff = Number.isFinite(lcpTs) && Number.isFinite(timeOriginTs) ? (lcpTs - timeOriginTs) / 1000 : observedLcp;
  const scripts = (requests?.items ?? [])
    .filter((x) => x.resourceType === 'Script' && URL.canParse(x.url) && new URL(x.url).origin === origin)
    .map((x) => {
      const sinceTimeOrigin = shift === null || x.networkEndTime === undefined ? null : x.networkEndTime + shift;
      return {
        path: new URL(x.url).pathname,
        priority: x.priority,
        networkEndTime: x.networkEndTime ?? null,
        endSinceTimeOrigin: sinceTimeOrigin,
        // Lantern's test: the request's end at or before the observed LCP's timestamp.
        beforeObservedLcp: sinceTimeOrigin === null || cutoff === null ? null : sinceTimeOrigin <= cutoff,
      };
    });
  const widgetScripts = scripts.filter((x) => WIDGET_SCRIPT.test(x.path));
  return {
    observedFcp: observed.observedFirstContentfulPaint ?? null,
    observedLcp,
    scripts,
    widgetScripts,
    // false on a page without widget scripts; null when a time is missing.
    scriptsBeforeObservedLcp: widgetScripts.some((x) => x.beforeObservedLcp === null) ? null : widgetScripts.some((x) => x.beforeObservedLcp),
  };
}

/** Diagnostics must never turn a measured run into a failed one. */
function safeLcpDiagnostics(lhr) {
  try {
    return lcpDiagnostics(lhr);
  } catch (error) {
    return { scriptsBeforeObservedLcp: null, lcpDiagnosticsError: String(error) };
  }
}

/** One Lighthouse run; resolves to the figures or `{ error }`. */
export function lighthouse(root, url, outFile) {
  mkdirSync(join(root, 'bench/.out'), { recursive: true });
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outFile}`,
    `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(join(root, 'node_modules/.bin/lighthouse'), args, {
      cwd: root,
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (code !== 0) return resolve({ error: `lighthouse exited ${code}: ${stderr.trim().slice(-500)}`, seconds });
      try {
        const lhr = JSON.parse(readFileSync(outFile, 'utf8'));
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        resolve({
          score: lhr.categories.performance.score === null ? null : Math.round(lhr.categories.performance.score * 100),
          tbt: audit('total-blocking-time'),
          fcp: audit('first-contentful-paint'),
          lcp: audit('largest-contentful-paint'),
          cls: audit('cumulative-layout-shift'),
          si: audit('speed-index'),
          benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
          warnings: lhr.runWarnings ?? [],
          runtimeError: lhr.runtimeError?.message,
          ...safeLcpDiagnostics(lhr),
          seconds,
        });
      } catch (error) {
        resolve({ error: String(error), seconds });
      }
    });
  });
}

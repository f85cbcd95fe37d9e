// `npm run bench`: performance figures of the script-tag bundle, side by side with the floor (a
// naive fetch + innerHTML snippet) and a reference embed (bsky-embed). A benchmark, not a test:
// it prints figures and writes bench/RESULTS.md and bench/chart.svg (committed: the summary),
// the README's "Performance" section (between its bench:start / bench:end markers), and every
// run's raw figures to bench/.out/results.json (ignored by git, like the pages it generates);
// it never fails on a timing. Nothing leaves the machine.
//
//   node bench/run.mjs            the full run (about 6–8 minutes on 2 cores)
//   node bench/run.mjs --quick    a smoke check: few runs, one Lighthouse run each
//   --runs=N                      runs per side-by-side figure (default 15, quick 3)
//   --skip=bytes,side,cls,scale,sharing,lighthouse   leave parts out
//   --report                      only rewrite RESULTS.md, chart.svg and the README section from bench/.out/results.json
//
// Timings on a shared machine are noisy: every figure is a median, variants are interleaved run
// by run, and ratios are taken between figures of the same run.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { measureBytes } from './lib/bytes.mjs';
import { CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { launch, run, VIEWPORT } from './lib/browser.mjs';
import { lighthouse, writeDemoPages } from './lib/lighthouse.mjs';
import { lcpRunsText, renderChart, renderReadmeSection, renderResults } from './lib/report.mjs';
import { ROOT, startServer } from './lib/server.mjs';
import { RESERVE_RULE } from './lib/side-pages.mjs';
import { linearFit, median, ratio, summary } from './lib/stats.mjs';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const flag = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SKIP = new Set((flag('skip') ?? '').split(',').filter(Boolean));
const RUNS = Number(flag('runs') ?? (QUICK ? 2 : 15));
const SCALE_RUNS = QUICK ? 1 : 5;
const LH_RUNS = QUICK ? 1 : 3;
const DATA_REPS = QUICK ? 5 : 15;
const SIZES = [10, 50, 100, 1000];
const CLS_DELAY = 300;

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (...args) => console.log(`[${elapsed()}]`, ...args);
const fmt = (v, digits = 0) => (v === null || v === undefined ? '—' : Number(v).toFixed(digits));

/** The side-by-side variants, all on the same host page (bench/pages/side.html, served as side-<variant>.html: bench/lib/side-pages.mjs). */
export const VARIANTS = [
  { key: 'widget', label: 'a) <lp-news-feed limit="10">', page: 'side-widget.html', selector: 'li[part="item"]', feed: '/bench/feed', script: '/dist/lp-widgets.js' },
  { key: 'floor', label: 'b) floor: fetch + innerHTML', page: 'side-floor.html', selector: '#lp-floor > li', feed: '/bench/feed', script: '/bench/pages/floor.js' },
  { key: 'bsky', label: 'c) bsky-embed 0.2.7', page: 'side-bsky.html', selector: '[id^="post-"]', feed: 'api.bsky.app', script: 'bsky-embed.es.js' },
  { key: 'blank', label: 'd) blank page', page: 'side-blank.html', selector: null, feed: null, script: null },
];
const RESERVED = { key: 'widget-reserved', label: "a') a) + the configurator's reserve rule", page: 'side-widget-reserved.html', selector: 'li[part="item"]', feed: '/bench/feed', script: '/dist/lp-widgets.js' };

function machine() {
  const load = loadavg();
  let chromiumPackage;
  try {
    chromiumPackage = readFileSync('/var/lib/dpkg/status', 'utf8').match(/Package: chromium\n(?:.+\n)*?Version: (.+)/)?.[1];
  } catch {
    // not Debian
  }
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    cpu: cpus()[0]?.model?.trim(),
    loadAtStart: load.map((v) => Number(v.toFixed(2))),
    node: process.version,
    playwright: JSON.parse(readFileSync(join(ROOT, 'node_modules/playwright-core/package.json'), 'utf8')).version,
    lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    chromiumPackage,
    viewport: VIEWPORT,
  };
}

// When src/ changed after the last build, the figures describe an older bundle: say so.
function distInfo() {
  const built = statSync(join(ROOT, 'dist/lp-widgets.js')).mtimeMs;
  const newer = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) newer.push(path.slice(ROOT.length));
    }
  };
  walk(join(ROOT, 'src'));
  return { builtAt: new Date(built).toISOString(), srcNewerThanDist: newer };
}

const firstStart = (nav, feed) => {
  const starts = nav.resources.filter((r) => r.name.includes(feed)).map((r) => r.start);
  return starts.length ? Math.min(...starts) : null;
};

// From the end of the embed's script download to the start of its feed request.
const gap = (nav, script, feed) => {
  const end = nav.resources.find((r) => r.name.includes(script))?.end;
  const start = firstStart(nav, feed);
  return end === undefined || start === null ? null : start - end;
};

const feedRequestsBefore = (nav, feed, time) =>
  nav.resources.filter((r) => feed && r.name.includes(feed) && (time === null || r.start < time)).length;

// Interleaves variants run by run (rotating the order), after one discarded warm-up run each
// (none with --quick).
async function interleaved(variants, runs, once, warmUp = !QUICK) {
  const out = Object.fromEntries(variants.map((v) => [v.key, []]));
  const failures = Object.fromEntries(variants.map((v) => [v.key, 0]));
  for (let i = warmUp ? -1 : 0; i < runs; i++) {
    const order = variants.map((_, k) => variants[(k + Math.max(i, 0)) % variants.length]);
    for (const variant of order) {
      if (failures[variant.key] >= 2) continue; // broken: do not wait for it 15 times
      const result = await once(variant);
      if (result.timedOut) failures[variant.key]++;
      else failures[variant.key] = 0;
      if (i >= 0 || result.timedOut) out[variant.key].push(result);
    }
    if (i >= 0) process.stdout.write(`\r[${elapsed()}]   run ${i + 1}/${runs}`);
  }
  process.stdout.write('\n');
  return out;
}

async function sideBySide(browser, server) {
  log(`Side by side: ${VARIANTS.length} variants × ${RUNS} runs (+1 warm-up unless --quick), cold view then a repeat view in the same context`);
  const raw = await interleaved(VARIANTS, RUNS, async (v) => {
    const url = `${server.origin}/bench/pages/${v.page}?n=12`;
    // The blank page has nothing to repeat.
    const [cold, repeat = { blocked: 0, blockedUrls: [], errors: [], visible: null, inDom: null, resources: [], serverFeedHits: null }] = await run(browser, {
      urls: v.feed ? [url, url] : [url],
      selector: v.selector,
      count: 10,
      origin: server.origin,
      heap: true,
      settle: 250,
      timeout: 10_000,
      serverHits: server.feedHits,
    });
    return {
      timedOut: cold.timedOut,
      states: cold.states,
      visible: cold.visible,
      feedStart: v.feed ? firstStart(cold, v.feed) : null,
      scriptToFeed: v.feed ? gap(cold, v.script, v.feed) : null,
      cls: cold.cls,
      scriptBytes: cold.scriptBytes,
      transferBytes: cold.transferBytes,
      requests: cold.requests,
      requestTypes: cold.requestTypes,
      tbt: cold.tbt,
      longtasks: cold.longtasks.length,
      heap: cold.heap,
      blocked: cold.blocked + repeat.blocked,
      blockedUrls: [...cold.blockedUrls, ...repeat.blockedUrls],
      errors: [...cold.errors, ...repeat.errors],
      repeatVisible: repeat.visible,
      repeatFeedRequestsBeforeContent: v.feed && repeat.inDom !== null ? feedRequestsBefore(repeat, v.feed, repeat.inDom) : null,
      repeatFeedRequests: v.feed ? feedRequestsBefore(repeat, v.feed, null) : null,
      repeatServerFeedHits: v.feed === '/bench/feed' ? repeat.serverFeedHits : null,
    };
  });
  return raw;
}

async function layoutShift(browser, server) {
  // The blank page has no feed to delay: its figure comes from the side-by-side runs.
  const variants = [VARIANTS[0], RESERVED, VARIANTS[1], VARIANTS[2]];
  log(`Layout shift, feed delayed ${CLS_DELAY} ms: ${variants.length} variants × ${RUNS} runs, until every image has loaded`);
  return interleaved(variants, RUNS, async (v) => {
    const [nav] = await run(browser, {
      urls: [`${server.origin}/bench/pages/${v.page}?n=12&delay=${CLS_DELAY}`],
      selector: v.selector,
      count: 10,
      origin: server.origin,
      bskyDelay: CLS_DELAY,
      waitImages: true,
      settle: 150,
      timeout: 10_000,
    });
    return { timedOut: nav.timedOut, cls: nav.cls, shifts: nav.shifts, visible: nav.visible };
  }, false); // the browser and the server are warm by now
}

async function scaling(browser, server) {
  log(`Scaling: ${SIZES.join(', ')} items × ${SCALE_RUNS} runs (+1 warm-up unless --quick), cold then from the localStorage cache`);
  const out = {};
  for (const n of SIZES) {
    const runs = [];
    for (let i = n === SIZES[0] && !QUICK ? -1 : 0; i < SCALE_RUNS; i++) {
      const url = `${server.origin}/bench/pages/scale.html?n=${n}`;
      const [cold, cached] = await run(browser, {
        urls: [url, url],
        selector: 'li[part="item"]',
        count: n,
        origin: server.origin,
        settle: 200,
        timeout: 20_000,
        serverHits: server.feedHits,
      });
      if (i < 0) continue;
      const feedEnd = Math.max(...cold.resources.filter((r) => r.name.includes('/bench/feed')).map((r) => r.end));
      const scriptEnd = (nav) => nav.resources.find((r) => r.name.includes('/dist/lp-widgets.js'))?.end ?? null;
      runs.push({
        timedOut: cold.timedOut || cached.timedOut,
        coldVisible: cold.visible,
        coldAfterFeed: cold.visible !== null && Number.isFinite(feedEnd) ? cold.visible - feedEnd : null,
        coldTbt: cold.tbt,
        cacheVisible: cached.visible,
        cacheAfterScript: cached.visible !== null && scriptEnd(cached) !== null ? cached.visible - scriptEnd(cached) : null,
        cacheTbt: cached.tbt,
        cacheFeedRequestsBeforeContent: cached.inDom !== null ? feedRequestsBefore(cached, '/bench/feed', cached.inDom) : null,
        cacheServerFeedHits: cached.serverFeedHits,
        coldServerFeedHits: cold.serverFeedHits,
        count: cold.count,
        states: cold.states ?? cached.states,
      });
      process.stdout.write(`\r[${elapsed()}]   ${n} items: run ${i + 1}/${SCALE_RUNS}`);
    }
    process.stdout.write('\n');
    out[n] = runs;
  }
  return out;
}

async function dataLayer(browser, server) {
  log(`Data layer alone (dist/lib/data in the page): 10, 100, 1000 items × ${DATA_REPS} repetitions`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/pages/normalize.html`);
  await page.waitForFunction(() => window.benchReady === true);
  const out = [];
  for (const n of [10, 100, 1000]) out.push(await page.evaluate(([n, reps]) => window.benchDataLayer(n, reps), [n, DATA_REPS]));
  await context.close();
  return out;
}

async function sharing(browser, server) {
  log('Twelve widgets on one endpoint (eager, then lazy with a scroll), and counting feed requests');
  // Settled: every widget has shown its items or its empty state, which each says with lp-load
  // (the elements have no public status property). Recorded from before the page's scripts run.
  const recordLoads = () => {
    const loaded = (window.__benchLoaded = new Set());
    addEventListener('lp-load', (event) => loaded.add(event.target), true);
  };
  const allSettled = () =>
    window.__benchLoaded.size === document.querySelectorAll('lp-news-feed, lp-press-releases, lp-blog-grid').length;
  const out = {};
  for (const loading of ['eager', 'lazy']) {
    const runs = [];
    for (let i = 0; i < (QUICK ? 1 : 2); i++) {
      const url = `${server.origin}/bench/pages/many.html?n=12&mix=1&loading=${loading}`;
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(recordLoads);
      const requests = [];
      page.on('request', (r) => r.url().includes('/bench/feed') && requests.push(r.url()));
      const hits = server.feedHits();
      await page.goto(url, { waitUntil: 'load' });
      if (loading === 'lazy') {
        for (let y = 0; y < 12; y++) {
          await page.mouse.wheel(0, 800);
          await page.waitForTimeout(60);
        }
      }
      const settled = await page
        .waitForFunction(allSettled, null, { timeout: 10_000, polling: 50 })
        .then(() => true)
        .catch(() => false);
      await page.waitForTimeout(200);
      const widgets = await page.evaluate(() => document.querySelectorAll('lp-news-feed, lp-press-releases, lp-blog-grid').length);
      const fetches = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/bench/feed')).length);
      runs.push({ settled, widgets, pageRequests: requests.length, fetches, serverHits: server.feedHits() - hits });
      await context.close();
    }
    out[loading] = runs;
  }
  return out;
}

async function lighthouseRuns(server) {
  const pages = writeDemoPages(ROOT);
  log(`Lighthouse ${LH_RUNS}× each: ${Object.values(pages).join(', ')} (copies of demo/index.html)`);
  const out = { pages, runs: {} };
  for (const key of Object.keys(pages)) out.runs[key] = [];
  for (let i = 0; i < LH_RUNS; i++) {
    for (const [key, path] of Object.entries(pages)) {
      const file = join(ROOT, `bench/.out/lighthouse-${key.replace(' ', '-')}-${i + 1}.json`);
      const result = await lighthouse(ROOT, `${server.origin}/${path}`, file);
      out.runs[key].push(result);
      log(`  ${key} #${i + 1}: ${result.error ? `failed: ${result.error}` : `score ${result.score}, TBT ${fmt(result.tbt)} ms (${result.seconds.toFixed(0)} s)`}`);
    }
  }
  return out;
}

// ---- summaries -------------------------------------------------------------------------------

const FIGURES = [
  { key: 'scriptBytes', label: 'script bytes transferred', unit: 'B', digits: 0 },
  { key: 'requests', label: 'requests', unit: '', digits: 0 },
  { key: 'feedStart', label: 'feed request starts', unit: 'ms', digits: 0 },
  { key: 'scriptToFeed', label: 'script downloaded → feed request', unit: 'ms', digits: 0 },
  { key: 'visible', label: 'time to items visible', unit: 'ms', digits: 0 },
  { key: 'tbt', label: 'total blocking time', unit: 'ms', digits: 0 },
  { key: 'cls', label: `layout shift (feed +${CLS_DELAY} ms)`, unit: '', digits: 3 },
  { key: 'heap', label: 'JS heap after load (after GC)', unit: 'B', digits: 0 },
  { key: 'repeatVisible', label: 'repeat view: time to items visible', unit: 'ms', digits: 0 },
  { key: 'repeatFeedRequestsBeforeContent', label: 'repeat view: feed requests before content', unit: '', digits: 0 },
];

function summarize(side, cls) {
  const keys = [...VARIANTS.map((v) => v.key), RESERVED.key];
  const figures = {};
  for (const f of FIGURES) {
    figures[f.key] = {};
    for (const key of keys) {
      const runs = f.key === 'cls' && key !== 'blank' ? cls?.[key] : side?.[key];
      if (!runs) continue;
      const ok = runs.filter((r) => !r.timedOut);
      figures[f.key][key] = summary(ok.map((r) => r[f.key]));
    }
    const m = (k) => figures[f.key][k]?.median ?? null;
    figures[f.key].ratios = { 'a/b': ratio(m('widget'), m('floor')), 'a/c': ratio(m('widget'), m('bsky')) };
  }
  const health = {};
  for (const v of VARIANTS) {
    const runs = side?.[v.key] ?? [];
    health[v.key] = {
      runs: runs.length,
      timedOut: runs.filter((r) => r.timedOut).length,
      blocked: runs.reduce((s, r) => s + r.blocked, 0),
      blockedUrls: [...new Set(runs.flatMap((r) => r.blockedUrls))].slice(0, 10),
      pageErrors: [...new Set(runs.flatMap((r) => r.errors))].slice(0, 5),
      states: runs.find((r) => r.states)?.states,
      requestTypes: runs[0]?.requestTypes,
      repeatFeedRequests: median(runs.map((r) => r.repeatFeedRequests)),
      repeatServerFeedHits: median(runs.map((r) => r.repeatServerFeedHits)),
    };
  }
  return { figures, health };
}

function summarizeScale(scale) {
  if (!scale) return null;
  const rows = SIZES.filter((n) => scale[n]).map((n) => {
    const runs = scale[n].filter((r) => !r.timedOut);
    const m = (k) => median(runs.map((r) => r[k]));
    return {
      n,
      widgets: n <= 100 ? 1 : Math.ceil(n / 100),
      runs: scale[n].length,
      timedOut: scale[n].length - runs.length,
      coldVisible: m('coldVisible'),
      coldAfterFeed: m('coldAfterFeed'),
      coldTbt: m('coldTbt'),
      cacheVisible: m('cacheVisible'),
      cacheAfterScript: m('cacheAfterScript'),
      cacheTbt: m('cacheTbt'),
      cacheFeedRequestsBeforeContent: m('cacheFeedRequestsBeforeContent'),
      cacheServerFeedHits: m('cacheServerFeedHits'),
      count: m('count'),
      states: scale[n].find((r) => r.states)?.states,
    };
  });
  const fit = (key, only) => linearFit(rows.filter((r) => !only || r.n <= 100).map((r) => [r.n, r[key]]));
  const fits = {
    coldVisible: fit('coldVisible'),
    coldAfterFeed: fit('coldAfterFeed'),
    cacheVisible: fit('cacheVisible'),
    cacheAfterScript: fit('cacheAfterScript'),
    coldAfterFeedOneWidget: fit('coldAfterFeed', true),
  };
  // Linear when the cost per added item stays within a factor 2 from the small step (10 → 100)
  // to the big one (100 → 1,000); a small step under 50 ms is within the noise of this machine.
  const at = (key, n) => rows.find((r) => r.n === n)?.[key] ?? null;
  const linearity = {};
  for (const key of ['coldAfterFeed', 'cacheAfterScript']) {
    const [y10, y100, y1000] = [at(key, 10), at(key, 100), at(key, 1000)];
    const smallSpan = y10 !== null && y100 !== null ? y100 - y10 : null;
    const small = smallSpan !== null ? smallSpan / 90 : null;
    const big = y100 !== null && y1000 !== null ? (y1000 - y100) / 900 : null;
    linearity[key] = { smallSpan, msPerItem10to100: small, msPerItem100to1000: big, ratio: smallSpan !== null && smallSpan >= 50 ? ratio(big, small) : null };
  }
  return { rows, fits, linearity };
}

function summarizeLighthouse(lh) {
  if (!lh) return null;
  const out = {};
  for (const [key, runs] of Object.entries(lh.runs)) {
    const ok = runs.filter((r) => !r.error);
    const m = (k) => median(ok.map((r) => r[k]));
    out[key] = {
      page: lh.pages[key],
      runs: runs.length,
      failed: runs.length - ok.length,
      errors: runs.filter((r) => r.error).map((r) => r.error),
      score: m('score'),
      tbt: m('tbt'),
      fcp: m('fcp'),
      lcp: m('lcp'),
      cls: m('cls'),
      si: m('si'),
      benchmarkIndex: m('benchmarkIndex'),
      scores: ok.map((r) => r.score),
      warnings: [...new Set(ok.flatMap((r) => r.warnings))],
      // Diagnostics, not figures: what put each run's simulated LCP where it is (bench/lib/lighthouse.mjs).
      lcpRuns: ok.map((r) => ({
        lcp: r.lcp,
        observedFcp: r.observedFcp ?? null,
        observedLcp: r.observedLcp ?? null,
        scriptsBeforeObservedLcp: r.scriptsBeforeObservedLcp,
        widgetScripts: (r.widgetScripts ?? []).map(({ path, priority, endSinceTimeOrigin, beforeObservedLcp }) => ({ path, priority, endSinceTimeOrigin, beforeObservedLcp })),
      })),
    };
  }
  return out;
}

function budgets() {
  // The size gate's budgets, read from its source (importing it would run it).
  const text = readFileSync(join(ROOT, 'scripts/build/size-report.mjs'), 'utf8');
  const num = (re) => Number(text.match(re)?.[1]?.replace(/_/g, '')) || null;
  return {
    bundle: num(/'lp-widgets\.js':\s*([\d_]+)/),
    classic: num(/'lp-widgets\.classic\.js':\s*([\d_]+)/),
    element: num(/element:\s*([\d_]+)/),
  };
}

// ---- main ------------------------------------------------------------------------------------

const RAW = 'bench/.out/results.json';

/** Replaces the README's text between its bench markers with the section. */
function writeReadmeSection(section) {
  const file = join(ROOT, 'README.md');
  const readme = readFileSync(file, 'utf8');
  const markers = /(<!-- bench:start[^>]*-->\n)[\s\S]*?(<!-- bench:end -->)/;
  if (!markers.test(readme)) throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> markers');
  writeFileSync(file, readme.replace(markers, (_, start, end) => `${start}${section.trimEnd()}\n${end}`));
}

function writeReports(results) {
  writeFileSync(join(ROOT, 'bench/RESULTS.md'), renderResults(results));
  writeFileSync(join(ROOT, 'bench/chart.svg'), renderChart(results));
  writeReadmeSection(renderReadmeSection(results));
}

async function main() {
  if (argv.includes('--report')) {
    writeReports(JSON.parse(readFileSync(join(ROOT, RAW), 'utf8')));
    log(`Rewrote bench/RESULTS.md, bench/chart.svg and the README's Performance section from ${RAW}`);
    return;
  }
  if (!existsSync(join(ROOT, 'dist/lp-widgets.js'))) {
    console.error('dist/lp-widgets.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium is missing at ${CHROMIUM_PATH}: \`apt-get install -y chromium\` (or \`npm run setup\`).`);
    process.exit(1);
  }
  const info = machine();
  const dist = distInfo();
  log(`npm run bench${QUICK ? ' --quick' : ''}: ${info.cores} cores, load average ${info.loadAtStart.join(' / ')}, ${RUNS} runs per figure`);
  if (dist.srcNewerThanDist.length) log(`note: src/ changed after the last build (${dist.builtAt}): ${dist.srcNewerThanDist.join(', ')}`);

  const results = { version: 1, quick: QUICK, runs: RUNS, machine: info, dist, budgets: budgets() };

  if (!SKIP.has('bytes')) {
    log('Bytes: raw, gzip -9, brotli q11');
    results.bytes = measureBytes(ROOT);
    for (const r of results.bytes) log(`  ${r.name.padEnd(30)} ${String(r.raw).padStart(9)} ${String(r.gzip).padStart(8)} ${String(r.brotli).padStart(8)}`);
  }

  const server = await startServer();
  log(`Server on ${server.origin}; compressing the served files once`);
  await server.warm([
    '/dist/lp-widgets.js',
    '/node_modules/bsky-embed/dist/bsky-embed.es.js',
    '/bench/pages/floor.js',
    ...[12, ...SIZES].map((n) => `/bench/feed?n=${n}`),
    '/bench/feed?n=12&mix=1',
    '/bench/feed?sample=1',
  ]);

  const browser = await launch();
  info.chromium = browser.version();
  log(`Chromium ${info.chromium}`);
  let side;
  let cls;
  let scale;
  try {
    if (!SKIP.has('side')) side = await sideBySide(browser, server);
    if (!SKIP.has('cls')) cls = await layoutShift(browser, server);
    if (!SKIP.has('scale')) {
      scale = await scaling(browser, server);
      results.dataLayer = await dataLayer(browser, server);
    }
    if (!SKIP.has('sharing')) results.sharing = await sharing(browser, server);
  } finally {
    await browser.close();
  }
  if (!SKIP.has('lighthouse')) results.lighthouseRaw = await lighthouseRuns(server);
  await server.close();

  Object.assign(results, summarize(side, cls));
  results.variants = [...VARIANTS, RESERVED].map(({ key, label, page }) => ({ key, label, page: `bench/pages/${page}` }));
  results.reserveRule = RESERVE_RULE;
  results.figureDefs = FIGURES;
  results.scale = summarizeScale(scale);
  results.lighthouse = summarizeLighthouse(results.lighthouseRaw);
  results.raw = { side, cls, scale };
  info.loadAtEnd = loadavg().map((v) => Number(v.toFixed(2)));
  results.seconds = Math.round((Date.now() - started) / 1000);

  printSummary(results);
  mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
  writeFileSync(join(ROOT, RAW), JSON.stringify(results, null, 1) + '\n');
  writeReports(results);
  log(`Wrote ${RAW}, bench/RESULTS.md, bench/chart.svg and the README's Performance section`);
}

function printSummary(results) {
  const { figures } = results;
  if (results.figures && Object.keys(figures).length) {
    console.log('\nSide by side (medians):');
    const head = ['figure', 'a widget', 'b floor', 'c bsky', 'd blank', 'a/b', 'a/c'];
    console.log(head.map((h, i) => (i ? h.padStart(10) : h.padEnd(42))).join(''));
    for (const f of FIGURES) {
      const row = figures[f.key];
      const v = (k) => fmt(row[k]?.median, f.digits);
      const r = (k) => (row.ratios[k] === null ? '—' : `${row.ratios[k].toFixed(2)}×`);
      console.log(
        [f.label, v('widget'), v('floor'), v('bsky'), v('blank'), r('a/b'), r('a/c')]
          .map((c, i) => (i ? String(c).padStart(10) : c.padEnd(42)))
          .join(''),
      );
    }
  }
  if (results.scale) {
    console.log('\nScaling (medians, ms):  n  cold  cold-after-feed  cache  cache-after-script');
    for (const r of results.scale.rows) {
      console.log(`  ${String(r.n).padStart(5)} ${fmt(r.coldVisible).padStart(6)} ${fmt(r.coldAfterFeed).padStart(8)} ${fmt(r.cacheVisible).padStart(8)} ${fmt(r.cacheAfterScript).padStart(8)}`);
    }
    const f = results.scale.fits.coldAfterFeed;
    if (f) console.log(`  cold render after the feed arrived: ${f.slope.toFixed(3)} ms/item + ${f.intercept.toFixed(0)} ms (R² ${f.r2.toFixed(3)})`);
  }
  if (results.lighthouse) {
    for (const [key, r] of Object.entries(results.lighthouse)) {
      console.log(`Lighthouse ${key}: score ${fmt(r.score)}, TBT ${fmt(r.tbt)} ms`);
      console.log(`  LCP runs: ${lcpRunsText(r.lcpRuns)}`);
    }
  }
  console.log(`\nRun time: ${results.seconds} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

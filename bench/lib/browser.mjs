// Playwright-core driving Debian's Chromium, a fresh context per run, nothing leaving the machine:
// (the harness never polls the page while it is measured: the page reports "visible" through a
// console message, and everything else is read once the run is over)
// every request to another host than 127.0.0.1 is answered from a fixture (Bluesky's API) or
// blocked and counted. In each page an init script records, against performance.now() (whose
// zero is the navigation start):
//   - when the rendered item count (light DOM and every shadow root) reaches the target, and the
//     animation frame after it (the frame that paints them: "visible");
//   - long tasks ('longtask') and layout shifts ('layout-shift', without recent input).
import { readFileSync } from 'node:fs';
import { launchChromium } from '../../scripts/browser.mjs';

export const VIEWPORT = { width: 1280, height: 800 };

const BSKY_FIXTURE = readFileSync(new URL('../fixtures/bsky-getAuthorFeed.json', import.meta.url), 'utf8');

/** Chromium as every script here launches it (scripts/browser.mjs). */
export const launch = () => launchChromium();

// Runs in the page before any of its scripts (serialized by Playwright: browser code only).
function probe(cfg) {
  const state = { cfg, t: {}, count: 0, longtasks: [], shifts: [], cls: 0, roots: [document] };
  window.__bench = state;
  const check = () => {
    if (!cfg.selector || state.t.dom !== undefined) return;
    let n = 0;
    for (const root of state.roots) n += root.querySelectorAll(cfg.selector).length;
    if (n >= cfg.count) {
      state.t.dom = performance.now();
      state.count = n;
      observer.disconnect();
      requestAnimationFrame(() => {
        state.t.frame = performance.now();
        // Tells the harness without it polling the page (polling would run in the main thread
        // that is being measured).
        console.debug('bench:visible');
      });
    }
  };
  const observer = new MutationObserver(check);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    state.roots.push(root);
    if (state.t.dom === undefined) observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  observer.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longtasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      state.cls += e.value;
      state.shifts.push([Math.round(e.startTime), e.value]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

// Collected in the page after a run.
function collect() {
  const b = window.__bench;
  const imgs = b.roots.flatMap((root) => [...root.querySelectorAll('img')]);
  return {
    t: b.t,
    count: b.count,
    longtasks: b.longtasks,
    shifts: b.shifts,
    cls: b.cls,
    images: imgs.length,
    imagesPending: imgs.filter((img) => img.loading !== 'lazy' && !img.complete).length,
    resources: performance.getEntriesByType('resource').map((e) => ({
      name: e.name,
      type: e.initiatorType,
      start: e.startTime,
      end: e.responseEnd,
      transfer: e.transferSize,
    })),
    domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
    load: performance.getEntriesByType('navigation')[0]?.loadEventEnd,
  };
}

const isLocal = (url) => {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'data:' || protocol === 'blob:' || protocol === 'about:' || hostname === '127.0.0.1';
  } catch {
    return false;
  }
};

/**
 * One run: a fresh context, one or more navigations in it (the second one sees the first one's
 * HTTP cache and localStorage). Resolves to one result per navigation.
 *
 * options: { urls, selector, count, origin, bskyDelay, settle, heap, waitImages, timeout }
 */
export async function run(browser, options) {
  const { urls, selector = null, count = 0, origin, bskyDelay = 0, settle = 300, heap = false, waitImages = false } = options;
  const serverHits = options.serverHits ?? (() => 0);
  const ready = options.ready ?? null;
  const timeout = options.timeout ?? 20_000;
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const blocked = [];
  let bskyCalls = 0;
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = request.url();
    if (isLocal(url)) return route.continue();
    const { hostname, pathname } = new URL(url);
    if (hostname === 'api.bsky.app' && pathname === '/xrpc/app.bsky.feed.getAuthorFeed') {
      const cors = {
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': '*',
        'Access-Control-Allow-Methods': 'GET, OPTIONS',
      };
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      bskyCalls++;
      if (bskyDelay) await new Promise((resolve) => setTimeout(resolve, bskyDelay));
      return route.fulfill({
        status: 200,
        headers: { ...cors, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
        body: BSKY_FIXTURE.replaceAll('__ORIGIN__', origin),
      });
    }
    blocked.push(url);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  await page.addInitScript(probe, { selector, count });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let nav = null;
  const types = new Map();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (!nav) return;
    const type = types.get(e.requestId);
    if (type === 'Script') nav.scriptBytes += e.encodedDataLength;
    nav.transferBytes += e.encodedDataLength;
  });
  page.on('request', (request) => {
    if (!nav) return;
    nav.requests.push({ url: request.url(), type: request.resourceType() });
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));

  const results = [];
  try {
    for (const url of urls) {
      nav = { scriptBytes: 0, transferBytes: 0, requests: [] };
      const blockedBefore = blocked.length;
      const hitsBefore = serverHits();
      let timedOut = false;
      const visible = selector
        ? page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:visible', timeout }).catch(() => {
            timedOut = true;
          })
        : null;
      await page.goto(url, { waitUntil: 'load', timeout });
      if (ready) {
        await page.waitForFunction(ready, null, { timeout, polling: 25 }).catch(() => {
          timedOut = true;
        });
      }
      await visible;
      if (waitImages) {
        // Images in the viewport (only those can shift what a visitor sees); lazy ones below it never load.
        await page
          .waitForFunction(() => {
            const b = window.__bench;
            return b.roots.every((root) =>
              [...root.querySelectorAll('img')].every((img) => img.complete || img.getBoundingClientRect().top > innerHeight),
            );
          }, null, { timeout: 5_000, polling: 50 })
          .catch(() => {});
      }
      await page.waitForTimeout(settle);
      const data = await page.evaluate(collect);
      // What a widget shows when the items never came (for the report, not for timing).
      const states = timedOut ? await page.evaluate(widgetStates) : undefined;
      let heapUsed;
      if (heap) {
        await cdp.send('HeapProfiler.collectGarbage');
        heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      }
      const done = nav;
      nav = null;
      results.push({
        url,
        timedOut,
        visible: data.t.frame ?? null,
        inDom: data.t.dom ?? null,
        count: data.count,
        tbt: data.longtasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
        longtasks: data.longtasks,
        cls: data.cls,
        shifts: data.shifts,
        heap: heapUsed ?? null,
        scriptBytes: done.scriptBytes,
        transferBytes: done.transferBytes,
        requests: done.requests.length,
        requestTypes: countBy(done.requests.map((r) => r.type)),
        serverFeedHits: serverHits() - hitsBefore,
        states,
        blocked: blocked.length - blockedBefore,
        blockedUrls: blocked.slice(blockedBefore),
        resources: data.resources,
        domContentLoaded: data.domContentLoaded,
        load: data.load,
        errors: errors.splice(0),
      });
    }
  } finally {
    await context.close();
  }
  results.bskyCalls = bskyCalls;
  return results;
}

// What each widget shows, read from its shadow DOM (the elements have no public status).
function widgetStates() {
  const shown = (root) =>
    !root
      ? 'no shadow root'
      : root.querySelector('[part="error"]')
        ? 'error'
        : root.querySelector('.skeleton')
          ? 'skeleton'
          : root.querySelector('[part="item"]')
            ? 'items'
            : root.querySelector('[part="empty"]')
              ? 'empty'
              : 'nothing';
  return [...document.querySelectorAll('lp-news-feed, lp-press-releases, lp-blog-grid, lp-media-inquiry')].map((el) => ({
    tag: el.localName,
    defined: !!customElements.get(el.localName),
    status: shown(el.shadowRoot),
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
  }));
}

function countBy(values) {
  const out = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

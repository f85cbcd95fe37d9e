// Shared by the robustness tests: the fault endpoint of test/server/fault-routes.mjs, a guard
// that catches uncaught errors and console.error calls, a fetch counter, and event waits.
import { resetStore, uniqueKey } from '../helpers.js';
import type { LpErrorDetail, LpFeedElement, LpLoadDetail } from '../../src/core/feed-element.js';

export type FaultParams = Record<string, string | number>;

/** A fault-endpoint URL with a fresh key (so the server counts this test's requests apart). */
export function faultUrl(params: FaultParams = {}, key = uniqueKey('f')): string {
  const query = new URLSearchParams({ key, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/api/fault/feed?${query}`;
}

export function keyOf(url: string): string {
  return new URL(url, location.href).searchParams.get('key')!;
}

export interface FaultStats {
  hits: number;
  open: number;
  aborted: number;
  completed: number;
  /** Arrival of each request, in ms after the first. */
  times: number[];
}

export async function stats(url: string): Promise<FaultStats> {
  const response = await fetch(`/api/fault/stats?key=${encodeURIComponent(keyOf(url))}`);
  return (await response.json()) as FaultStats;
}

/** From now on the server answers this URL's key with these parameters instead. */
export async function setFault(url: string, params: FaultParams): Promise<void> {
  const query = new URLSearchParams({ key: keyOf(url), ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  await fetch(`/api/fault/set?${query}`);
}

/** Lets the requests held by `mode=hold` for this URL's key answer. */
export async function release(url: string): Promise<void> {
  await fetch(`/api/fault/release?key=${encodeURIComponent(keyOf(url))}`);
}

export type Settled = { type: 'lp-load'; detail: LpLoadDetail } | { type: 'lp-error'; detail: LpErrorDetail };

/** The next lp-load or lp-error of `el`, once the DOM shows it. Listen before the cause. */
export function settled(el: Element): Promise<Settled> {
  return new Promise((resolve) => {
    const on = (e: Event) => {
      el.removeEventListener('lp-load', on);
      el.removeEventListener('lp-error', on);
      const done = { type: e.type, detail: (e as CustomEvent).detail } as Settled;
      void (el as LpFeedElement).updateComplete.then(() => resolve(done));
    };
    el.addEventListener('lp-load', on);
    el.addEventListener('lp-error', on);
  });
}

/**
 * Records what must never happen during a test: an uncaught exception, an unhandled promise
 * rejection, a console.error call. `problems()` lists them; `dispose()` restores console.error.
 */
export function guardPage(win: Window & typeof globalThis = window) {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  const original = win.console.error;
  win.console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    original.apply(win.console, args);
  };
  return {
    problems: () => [...problems],
    dispose() {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
      win.console.error = original;
    },
  };
}

/**
 * Wraps fetch: counts calls per URL (as given), the calls still pending, and the calls whose
 * signal was aborted. `dispose()` restores the real fetch.
 */
export function countFetches(win: Window & typeof globalThis = window) {
  const real = win.fetch;
  const calls = new Map<string, number>();
  let pending = 0;
  let aborted = 0;
  let started = 0;
  win.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, win.location.href);
    const name = path.pathname + path.search;
    calls.set(name, (calls.get(name) ?? 0) + 1);
    started++;
    pending++;
    init?.signal?.addEventListener('abort', () => aborted++, { once: true });
    const promise = real.call(win, input, init);
    const done = () => {
      pending--;
    };
    promise.then(done, done);
    return promise;
  } as typeof fetch;
  return {
    calls: (url: string) => {
      const path = new URL(url, win.location.href);
      return calls.get(path.pathname + path.search) ?? 0;
    },
    get pending() {
      return pending;
    },
    get aborted() {
      return aborted;
    },
    get started() {
      return started;
    },
    dispose() {
      win.fetch = real;
    },
  };
}

/** Resolves once `check()` is true (a condition, polled every 25 ms; `limitMs` only bounds a hang). */
export async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 15_000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > limitMs) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Visible text of the shadow root's elements matching `selector`. */
export function texts(el: Element, selector: string): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((n) => n.textContent!.trim());
}

/** True when `node` takes up space on screen. */
export function isShown(node: Element | null | undefined): boolean {
  return !!node && node.getClientRects().length > 0 && getComputedStyle(node).visibility !== 'hidden';
}

/**
 * For every test of the calling suite: a fresh feed store, a page guard and a fetch counter,
 * disposed after the test. Read them as `watch.guard` and `watch.fetches` inside the tests.
 */
export function watchEachTest() {
  const watch = {} as { guard: ReturnType<typeof guardPage>; fetches: ReturnType<typeof countFetches> };
  beforeEach(() => {
    resetStore();
    watch.guard = guardPage();
    watch.fetches = countFetches();
  });
  afterEach(() => {
    watch.fetches.dispose();
    watch.guard.dispose();
  });
  return watch;
}

/**
 * What test/server/fault-routes.mjs's probe script records in a test page in an iframe
 * (`window.__lp`): CSP violations, errors, warnings and the widgets' settling events.
 */
export interface Probe {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  warnings: string[];
  settled: { tag: string; type: string; kind?: string }[];
  trustedTypes: boolean;
}
export type ProbedWindow = Window & typeof globalThis & { __lp: Probe };

/** Resolves when the page in `frame` posts `{ lp: what }` (the probe: 'settled', 'violation'). */
export function frameMessage(frame: HTMLIFrameElement, what: string): Promise<void> {
  return new Promise((resolve) => {
    const on = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && (e.data as { lp?: string })?.lp === what) {
        removeEventListener('message', on);
        resolve();
      }
    };
    addEventListener('message', on);
  });
}

// The helpers every browser test shares: test-server URLs and counters, the store's reset, the
// sample files, waiting for a widget's events, and which engine runs the test.
import { oneEvent } from '@open-wc/testing';
import type { LpErrorDetail, LpLoadDetail } from '../src/core/feed-element.js';
import { resetFeeds, configureFeeds } from '../src/data/feed-store.js';

/** A unique key per call, so the test server counts each test's requests apart. */
export function uniqueKey(prefix = 'k'): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A URL on the test server for the sample feed, with the given fault/option parameters. */
export function feedUrl(params: Record<string, string | number> = {}): string {
  const query = new URLSearchParams({ key: uniqueKey(), ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) });
  return `/api/feed?${query}`;
}

/** How many requests the test server saw for `key`. */
export async function hits(url: string): Promise<number> {
  const key = new URL(url, location.href).searchParams.get('key');
  const response = await fetch(`/api/hits?key=${key}`);
  return ((await response.json()) as { hits: number }).hits;
}

/** Puts a document built in the test on the test server; resolves to the URL that serves it. */
export async function serve(doc: unknown): Promise<string> {
  const response = await fetch('/api/stash', { method: 'POST', body: JSON.stringify(doc) });
  return ((await response.json()) as { url: string }).url;
}

/** Fresh store and default settings before each test. */
export function resetStore(): void {
  resetFeeds();
  // Real retries, with short delays so that failure tests stay quick.
  configureFeeds({ timeout: 10_000, maxAge: 5 * 60_000, staleLimit: 7 * 24 * 60 * 60_000, retries: 2, retryDelay: 20, retryMaxDelay: 10_000 });
}

/** Loads a sample file the way the demo does. */
export async function sample(name: 'localprogress' | 'wordpress-posts'): Promise<unknown> {
  const response = await fetch(`/demo/data/${name}.json`);
  return response.json();
}

/**
 * The sample feed's items as the file has them, not as the normalizer reads them: expected
 * values come from here, so a normalizer bug cannot hide behind its own output.
 */
export interface SampleEntry {
  kind: string;
  /** `url`, else `external_url`: the link a visitor follows. */
  link: string;
  title: string;
  tags: string[];
}

export async function sampleEntries(kind?: string): Promise<SampleEntry[]> {
  const feed = (await sample('localprogress')) as { items: Record<string, unknown>[] };
  return feed.items
    .map((raw) => ({
      kind: (raw._localprogress as { kind: string }).kind,
      link: (raw.url ?? raw.external_url) as string,
      title: raw.title as string,
      tags: raw.tags as string[],
    }))
    .filter((entry) => !kind || entry.kind === kind);
}

type Rendering = Element & { updateComplete?: Promise<unknown> };

/** Waits for the next lp-load of `el` and the render that goes with it. */
export async function loaded<Detail = LpLoadDetail>(el: Element): Promise<Detail> {
  const { detail } = (await oneEvent(el, 'lp-load')) as CustomEvent<Detail>;
  await (el as Rendering).updateComplete;
  return detail;
}

/** Waits for the next lp-error of `el` and the render that goes with it. */
export async function failed(el: Element): Promise<LpErrorDetail> {
  const { detail } = (await oneEvent(el, 'lp-error')) as CustomEvent<LpErrorDetail>;
  await (el as Rendering).updateComplete;
  return detail;
}

/**
 * Which engine runs the tests, and a way to skip a test in one engine that says why.
 *
 *   skipIn('webkit', 'img.decode() never settles for a lazy off-screen image')('title', async () => …)
 *
 * In the named engine(s) the test is registered with `it.skip` and the reason in its title, so
 * the run's report lists it as skipped, with the reason, per engine (scripts/wtr-counts-reporter.mjs);
 * everywhere else it is an ordinary `it`.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const ENGINE_LABEL: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

export function currentEngine(ua = navigator.userAgent): Engine {
  if (/Firefox\//.test(ua)) return 'firefox';
  if (/Chrom(e|ium)\//.test(ua)) return 'chromium';
  return 'webkit';
}

export const engine: Engine = currentEngine();

type TestFn = (this: Mocha.Context) => Promise<unknown> | void;

export function skipIn(engines: Engine | Engine[], reason: string): (title: string, fn: TestFn) => Mocha.Test {
  const list = Array.isArray(engines) ? engines : [engines];
  if (!reason.trim()) throw new Error('skipIn needs a written reason');
  return (title, fn) =>
    list.includes(engine) ? it.skip(`${title} [skipped in ${ENGINE_LABEL[engine]}: ${reason}]`, fn) : it(title, fn);
}

import { clearCache, readCache, writeCache } from './cache.js';
import { FeedError } from './errors.js';
import type { FeedResult } from './item.js';
import { readFeed } from './normalize.js';
import { looksLikeWordPress, wordpressReader } from './wordpress-reader.js';

/** Page-wide request settings. */
export interface FeedSettings {
  /** Milliseconds before a request is given up as a `timeout`. */
  timeout: number;
  /** Milliseconds a saved feed counts as fresh: no request is made for it. */
  maxAge: number;
  /** Milliseconds after which a saved feed is too old to show even while revalidating. */
  staleLimit: number;
  /** Further attempts after a 5xx, 429 or network failure (never after 4xx, timeout or bad JSON). */
  retries: number;
  /** Milliseconds before the first retry; doubled each time, with jitter. */
  retryDelay: number;
  /** A `Retry-After` longer than this (ms) is not waited for: the error shows, Retry is offered. */
  retryMaxDelay: number;
}

export const feedSettings: FeedSettings = {
  timeout: 10_000,
  maxAge: 5 * 60_000,
  staleLimit: 7 * 24 * 60 * 60_000,
  retries: 2,
  retryDelay: 500,
  retryMaxDelay: 10_000,
};

/** Changes the page-wide request settings (for every widget on the page). */
export function configureFeeds(settings: Partial<FeedSettings>): void {
  Object.assign(feedSettings, settings);
}

/** What one widget asks of the store. */
export interface FeedRequest {
  url: string;
  /** The `lp-widgets:wp-kinds` mapping, if the page sets one. */
  wordpressKinds?: string | undefined;
  /** Aborts this widget's interest; the shared request stops when nobody waits for it. */
  signal?: AbortSignal;
  /** Ask the server again even where the HTTP cache holds a fresh copy (a conditional GET). */
  revalidate?: boolean;
}

// Internal, so its fields are `_x`: the build gives them short names.
interface Flight {
  _promise: Promise<FeedResult>;
  _controller: AbortController;
  _waiters: number;
}

const inflight = new Map<string, Flight>();

/**
 * Lazy widgets that have not neared the viewport yet: they make no request of their own, and
 * each one re-renders whenever a request saves a feed, to show it if it is theirs.
 */
export const waitingWidgets = new Set<{ requestUpdate(): void }>();

/** The cache key of a request: the URL, plus the kind mapping when a page overrides it. */
export function feedKey(request: Pick<FeedRequest, 'url' | 'wordpressKinds'>): string {
  return request.wordpressKinds ? `${request.url} ${request.wordpressKinds}` : request.url;
}

/** A saved feed for this request, and whether it is still fresh. Too-old entries are not returned. */
export function cachedFeed(request: FeedRequest, now = Date.now()): { result: FeedResult; fresh: boolean } | undefined {
  const entry = readCache(feedKey(request));
  if (!entry) return undefined;
  const age = now - entry.savedAt;
  if (age > feedSettings.staleLimit || age < -60_000) return undefined;
  return { result: entry.result, fresh: age <= feedSettings.maxAge };
}

// Retry-After is seconds or an HTTP date.
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('Retry-After');
  if (!value) return undefined;
  const ms = /^\d+$/.test(value.trim()) ? Number(value) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

function isRetryable(error: FeedError): boolean {
  return error.kind === 'network' || (error.kind === 'http' && (error.status === 429 || (error.status ?? 0) >= 500));
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new FeedError('aborted', 'Cancelled.'));
    };
    // The listener goes when the wait ends either way: each retry must not leave one behind.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Up to `retries` more attempts after a 5xx, 429 or network failure, with exponential backoff
 * and jitter (so a failing endpoint is not hit by every page at the same instant), honouring
 * `Retry-After`. Each attempt has its own timeout.
 */
async function request(url: string, kinds: string | undefined, controller: AbortController, revalidate: boolean) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptRequest(url, kinds, controller, revalidate);
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      error.attempts = attempt;
      if (!isRetryable(error) || attempt > feedSettings.retries) throw error;
      const backoff = feedSettings.retryDelay * 2 ** (attempt - 1) * (0.5 + Math.random() / 2);
      const delay = error.retryAfter ?? backoff;
      if (delay > feedSettings.retryMaxDelay) throw error;
      await wait(delay, controller.signal);
    }
  }
}

async function attemptRequest(url: string, kinds: string | undefined, controller: AbortController, revalidate: boolean) {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, feedSettings.timeout);
  try {
    let response: Response;
    let body: string;
    try {
      // A plain, identical GET from every page: no credentials, no cache-busting, so any
      // CDN or browser cache in between can answer it.
      response = await fetch(url, {
        signal: controller.signal,
        credentials: 'omit',
        cache: revalidate ? 'no-cache' : 'default',
      });
      if (!response.ok) {
        const error = new FeedError('http', `HTTP ${response.status}`, response.status, url);
        error.retryAfter = retryAfter(response);
        throw error;
      }
      body = await response.text();
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (timedOut) throw new FeedError('timeout', `No answer in ${feedSettings.timeout} ms`, undefined, url);
      if (controller.signal.aborted) throw new FeedError('aborted', 'Cancelled.', undefined, url);
      throw new FeedError('network', 'Unreachable.', undefined, url);
    }
    let doc: unknown;
    try {
      doc = JSON.parse(body);
    } catch {
      throw new FeedError('parse', 'Not JSON.', response.status, url);
    }
    // WordPress posts are read by the opt-in lp-wordpress.js, which may come later in the page
    // than this script: until the page's load event (every script of the page has run by then)
    // it may still be on its way. That wait is not the network's: the attempt's timeout stops.
    let reader = wordpressReader();
    if (!reader && looksLikeWordPress(doc)) {
      if (document.readyState !== 'complete') {
        clearTimeout(timer);
        await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
        if (controller.signal.aborted) throw new FeedError('aborted', 'Cancelled.', undefined, url);
      }
      reader = wordpressReader();
      if (!reader) throw new FeedError('format', 'WordPress REST posts need lp-wordpress.js.', response.status, url);
    }
    const base = response.url || url;
    try {
      return readFeed(doc, base, reader && ((posts) => reader.read(posts, kinds, base)));
    } catch (error) {
      if (error instanceof FeedError) throw new FeedError(error.kind, error.message, response.status, url);
      throw error;
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches and normalizes a feed, sharing one in-flight request per URL between every widget on
 * the page, and saves the result for the cache. Rejects with a `FeedError`.
 */
export function fetchFeed(req: FeedRequest): Promise<FeedResult> {
  const key = feedKey(req);
  let flight = inflight.get(key);
  if (!flight) {
    const controller = new AbortController();
    const promise = request(req.url, req.wordpressKinds, controller, !!req.revalidate).then((result) => {
      writeCache(key, result);
      waitingWidgets.forEach((widget) => widget.requestUpdate());
      return result;
    });
    const created: Flight = { _promise: promise, _controller: controller, _waiters: 0 };
    const forget = () => {
      if (inflight.get(key) === created) inflight.delete(key);
    };
    promise.then(forget, forget);
    inflight.set(key, created);
    flight = created;
  }
  return join(key, flight, req.signal);
}

function join(key: string, flight: Flight, signal: AbortSignal | undefined): Promise<FeedResult> {
  flight._waiters++;
  return new Promise((resolve, reject) => {
    let settled = false;
    const leave = () => {
      if (settled) return false;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      flight._waiters--;
      return true;
    };
    const onAbort = () => {
      if (!leave()) return;
      // The last widget left. Stop the request after this task, not now: a widget re-mounted in
      // the same task (a framework moving it, React's StrictMode mounting twice) joins the
      // request still in flight instead of cancelling it and starting another.
      if (flight._waiters === 0) {
        setTimeout(() => {
          if (flight._waiters > 0) return;
          flight._controller.abort();
          if (inflight.get(key) === flight) inflight.delete(key);
        });
      }
      reject(new FeedError('aborted', 'Cancelled.'));
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort);
    flight._promise.then(
      (result) => leave() && resolve(result),
      (error: unknown) => leave() && reject(error),
    );
  });
}

/** Forgets every saved feed and in-flight request (for tests and for a page that signs out). */
export function resetFeeds(): void {
  for (const flight of inflight.values()) flight._controller.abort();
  inflight.clear();
  clearCache();
}

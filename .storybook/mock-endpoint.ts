/**
 * The stories' endpoints: a `fetch` wrapper, installed once in the preview, that answers
 * `/sb-api/…` URLs from the sample feed files the demo and the tests read (`/demo/data/*.json`),
 * with the answers and faults of test/server/fake-endpoint.mjs, the fake the test server, the dev
 * server and the bench mount too. It works in the static build (no dev-server
 * middleware) and lets no story reach the internet: the feeds' remote photos are swapped for a
 * local placeholder.
 *
 *   GET  /sb-api/feed?story=S&fixture=localprogress|wordpress
 *          &fault=slow|hang|500|malformed|empty|wrong-shape|stale-then-500|half-invalid|script-urls
 *          &transform=NAME   a feed built in a story from the sample (see registerFeedTransform)
 *   POST /sb-api/inquiry?story=S&result=ok|500|hang
 *
 * `story` only makes each story's URL its own (the widgets cache per URL); every other request
 * goes to the real `fetch`.
 */

import { etagOf, feedAnswer, inquiryAnswer, SAMPLE_FILES, type Answer } from '../test/server/fake-endpoint.mjs';

/**
 * What can go wrong with a feed request: faults of fake-endpoint.mjs by name, and two of the
 * stories' own: `500`, and `stale-then-500` (the first answer OK, every later one 500).
 */
export type FeedFault = 'slow' | 'hang' | '500' | 'malformed' | 'empty' | 'wrong-shape' | 'stale-then-500' | 'half-invalid' | 'script-urls';

/** The sample files in demo/data/. */
export type Fixture = 'localprogress' | 'wordpress';

/** What the inquiry endpoint does with a POST. */
export type InquiryResult = 'ok' | '500' | 'hang';

/** Turns the parsed sample document into the one a story needs. */
export type FeedTransform = (doc: unknown) => unknown;


/** How long `fault=slow` waits before answering. */
export const SLOW_MS = 2000;

const transforms = new Map<string, FeedTransform>();
const hits = new Map<string, number>();
const samples = new Map<Fixture, Promise<string>>();
let realFetch: typeof fetch | undefined;

/** Makes `transform=name` answer with `transform(sample)`. Registering a name again replaces it. */
export function registerFeedTransform(name: string, transform: FeedTransform): void {
  transforms.set(name, transform);
}

/** A feed URL of the mock endpoint, unique to `story`. */
export function mockFeedUrl(
  story: string,
  options: { fixture?: Fixture; fault?: FeedFault; transform?: string } = {},
): string {
  const params = new URLSearchParams({ story, fixture: options.fixture ?? 'localprogress' });
  if (options.fault) params.set('fault', options.fault);
  if (options.transform) params.set('transform', options.transform);
  return `/sb-api/feed?${params}`;
}

/** An inquiry-form `action` URL of the mock endpoint, unique to `story`. */
export function mockInquiryUrl(story: string, result: InquiryResult): string {
  return `/sb-api/inquiry?${new URLSearchParams({ story, result })}`;
}

/** Forgets the request counts (`stale-then-500` answers OK again first). */
export function resetMockEndpoint(): void {
  hits.clear();
}

/** Wraps `window.fetch` (once; later calls do nothing). */
export function installMockEndpoint(): void {
  if (realFetch) return;
  const original = window.fetch.bind(window);
  realFetch = original;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    const mocked = url.origin === location.origin ? /\/sb-api\/(feed|inquiry)$/.exec(url.pathname)?.[1] : undefined;
    if (!mocked) return original(input, init);
    const request = input instanceof Request ? new Request(input, init) : new Request(url, init);
    return mocked === 'feed' ? answerFeed(url, request) : answerInquiry(url, request);
  };
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Resolves after `ms`, or never when `ms` is Infinity; rejects like `fetch` when `signal` aborts. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError());
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(abortError());
    });
  });
}

const HEADERS = { 'Content-Type': 'application/json; charset=utf-8', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=0' };

const toResponse = (answer: Answer) => new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });

function sample(fixture: Fixture): Promise<string> {
  let text = samples.get(fixture);
  if (!text) {
    const file = new URL(SAMPLE_FILES[fixture], document.baseURI);
    text = realFetch!(file).then((response) => {
      if (!response.ok) throw new Error(`${file} answered HTTP ${response.status}`);
      return response.text();
    });
    // A failed read is not kept: the next story tries again.
    text.catch(() => samples.delete(fixture));
    samples.set(fixture, text);
  }
  return text;
}

const PHOTO = /^https?:\/\/[^\s]+\.(?:jpe?g|png|webp|gif|avif)(?:\?[^\s]*)?$/i;

/** Every remote photo URL in the document, swapped for the local placeholder (one URL per photo). */
function localPhotos(value: unknown): unknown {
  if (typeof value === 'string' && PHOTO.test(value)) {
    const name = new URL(value).pathname.split('/').pop() ?? 'photo';
    return new URL(`sb-assets/photo.svg?for=${encodeURIComponent(name)}`, document.baseURI).href;
  }
  if (Array.isArray(value)) return value.map(localPhotos);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, localPhotos(v)]));
  }
  return value;
}

async function answerFeed(url: URL, request: Request): Promise<Response> {
  const params = url.searchParams;
  const key = url.href;
  const hit = (hits.get(key) ?? 0) + 1;
  hits.set(key, hit);
  const fault = params.get('fault');
  if (fault === 'hang') await wait(Infinity, request.signal);
  if (fault === 'slow') await wait(SLOW_MS, request.signal);
  const failed = fault === '500' || (fault === 'stale-then-500' && hit > 1);
  const named = fault === 'malformed' || fault === 'wrong-shape' || fault === 'empty' || fault === 'half-invalid' || fault === 'script-urls';
  const transformName = params.get('transform');
  const answer = feedAnswer(await sample(params.get('fixture') === 'wordpress' ? 'wordpress' : 'localprogress'), {
    fault: named ? fault : 'ok',
    status: failed ? 500 : 200,
    headers: HEADERS,
    change: (doc) => {
      const local = localPhotos(doc);
      if (!transformName) return local;
      const transform = transforms.get(transformName);
      if (!transform) throw new Error(`No feed transform named "${transformName}" is registered.`);
      return transform(local);
    },
  });
  if (request.signal.aborted) throw abortError();
  if (answer.status === 200) answer.headers = { ...answer.headers, ETag: etagOf(answer.body) };
  return toResponse(answer);
}

async function answerInquiry(url: URL, request: Request): Promise<Response> {
  if (request.method !== 'POST') return toResponse(inquiryAnswer(request.method));
  const result = url.searchParams.get('result');
  // Read the body as a server would (and so that a malformed request fails here, visibly).
  JSON.parse(await request.text());
  if (result === 'hang') await wait(Infinity, request.signal);
  return toResponse(inquiryAnswer('POST', result === '500' ? 500 : 201));
}

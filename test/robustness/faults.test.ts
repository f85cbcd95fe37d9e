// The fault matrix. Every feed element against every way its endpoint can fail,
// served by a real HTTP server (test/server/fault-routes.mjs), never a stubbed fetch.
//
// For each fault the expected outcome is written in the table below and checked:
//   - what a visitor sees: content, the empty message, or the error box with a Retry button;
//   - lp-error's detail: kind, HTTP status, attempts, a message, the URL, hasStaleContent;
//   - no uncaught exception, no unhandled rejection, no console.error (guardPage);
//   - with content already on screen, a failed refresh keeps it there;
//   - retries are bounded: a 5xx, 429 or network failure is tried at most 3 times in all
//     (resetStore: retries 2); a 404, unparseable or wrong-shape document, or a timeout, once;
//   - Retry-After is honoured (up to retryMaxDelay, 10 s);
//   - once the endpoint recovers, the Retry button brings the content back.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/press-releases/press-releases.define.js';
import '../../src/components/blog-grid/blog-grid.define.js';
import type { LpFeedElement } from '../../src/core/feed-element.js';
import type { FeedErrorKind } from '../../src/data/errors.js';
import { configureFeeds, type FeedSettings } from '../../src/data/feed-store.js';
import type { ItemKind } from '../../src/data/item.js';
import { sample, ENGINE_LABEL, engine, type Engine } from '../helpers.js';
import { faultUrl, isShown, setFault, settled, stats, texts, watchEachTest, type FaultParams, type Settled } from './support.js';

interface ElementCase {
  tag: 'lp-news-feed' | 'lp-press-releases' | 'lp-blog-grid';
  kind: ItemKind;
  error: string;
  empty: string;
  loading: string;
}

const ELEMENTS: ElementCase[] = [
  { tag: 'lp-news-feed', kind: 'news', error: 'Couldn’t load news', empty: 'No news yet', loading: 'Loading news…' },
  { tag: 'lp-press-releases', kind: 'press-release', error: 'Couldn’t load press releases', empty: 'No press releases yet', loading: 'Loading press releases…' },
  { tag: 'lp-blog-grid', kind: 'blog', error: 'Couldn’t load posts', empty: 'No posts yet', loading: 'Loading posts…' },
];

type Outcome =
  | { shows: 'content'; dropped?: number }
  | { shows: 'empty' }
  | {
      shows: 'error';
      kind: FeedErrorKind;
      status?: number;
      /** Requests the widget makes (error.attempts, and fetch calls). */
      attempts: number;
      /** Seconds of Retry-After the widget must wait before each retry. */
      waitsBetween?: number;
    };

interface Fault {
  name: string;
  params: FaultParams;
  /** Store settings for this fault (on top of resetStore's). */
  settings?: Partial<FeedSettings>;
  outcome: Outcome;
  /**
   * Requests the server sees, when it is not `attempts`: [min, max] per engine. A browser's
   * network stack may re-send a GET by itself when the connection dies before any byte of the
   * answer, below fetch() and out of the widget's reach: observed here, Chromium and WebKit up to
   * once more per attempt, Firefox ESR up to 10 times per attempt (network.http.request.max-attempts).
   * The widget's own attempts are counted exactly, as fetch() calls.
   */
  serverHits?: Partial<Record<Engine, [number, number]>>;
  /** Why this is the right outcome, where it is a decision. */
  why: string;
  /** The three elements read one URL (one shared request) instead of one key each. */
  shared?: boolean;
}

const FAULTS: Fault[] = [
  {
    name: 'timeout: the endpoint never answers',
    params: { mode: 'hang' },
    settings: { timeout: 600 },
    outcome: { shows: 'error', kind: 'timeout', attempts: 1 },
    why: 'a timeout is not retried: a server that does not answer in `timeout` will not answer a second later, and the visitor has waited long enough; Retry is offered',
  },
  {
    name: 'slow trickle past the timeout: the body arrives slower than the timeout',
    params: { mode: 'trickle', chunks: 12, interval: 250 },
    settings: { timeout: 1000 },
    outcome: { shows: 'error', kind: 'timeout', attempts: 1 },
    why: 'the timeout covers the whole answer, body included, not just the headers',
  },
  {
    name: '404',
    params: { mode: 'status', status: 404 },
    outcome: { shows: 'error', kind: 'http', status: 404, attempts: 1 },
    why: 'a 4xx will not change by asking again',
  },
  {
    name: '500',
    params: { mode: 'status', status: 500 },
    outcome: { shows: 'error', kind: 'http', status: 500, attempts: 3 },
    why: 'a 5xx may be passing: two more attempts with jittered backoff, then the error',
  },
  {
    name: '503 with Retry-After: 1',
    params: { mode: 'status', status: 503, 'retry-after': 1 },
    outcome: { shows: 'error', kind: 'http', status: 503, attempts: 3, waitsBetween: 1 },
    why: 'Retry-After (1 s, under retryMaxDelay) replaces the backoff before each retry',
  },
  {
    name: '429 with Retry-After: 120 (longer than retryMaxDelay)',
    params: { mode: 'status', status: 429, 'retry-after': 120 },
    outcome: { shows: 'error', kind: 'http', status: 429, attempts: 1 },
    why: 'a Retry-After longer than retryMaxDelay (10 s) is not waited for: the error shows at once and Retry is offered',
  },
  {
    name: 'network error: the connection is destroyed',
    params: { mode: 'destroy' },
    outcome: { shows: 'error', kind: 'network', attempts: 3 },
    // The widget's own attempts are exactly 3 (error.attempts). Below it, each engine's network
    // stack re-sends a GET whose connection was reset: Chromium and WebKit up to twice per
    // attempt (7 seen once in WebKitGTK), Firefox up to ten times.
    serverHits: { chromium: [3, 9], webkit: [3, 9], firefox: [3, 30] },
    why: 'a network failure may be passing: retried like a 5xx',
  },
  {
    name: 'network error mid-body: the connection drops halfway through the JSON',
    params: { mode: 'truncate' },
    outcome: { shows: 'error', kind: 'network', attempts: 3 },
    why: 'a body cut short is a network failure (fetch rejects reading it), not a parse error: retried',
  },
  {
    name: 'malformed JSON',
    params: { mode: 'malformed' },
    outcome: { shows: 'error', kind: 'parse', status: 200, attempts: 1 },
    why: 'the same document would come back: not retried',
  },
  {
    name: 'an HTML page (a CMS maintenance page) where JSON was expected',
    params: { mode: 'html' },
    outcome: { shows: 'error', kind: 'parse', status: 200, attempts: 1 },
    why: 'not JSON: a parse error, not retried',
  },
  {
    name: 'valid JSON of the wrong shape',
    params: { mode: 'wrong-shape' },
    outcome: { shows: 'error', kind: 'format', status: 200, attempts: 1 },
    why: 'neither a JSON Feed nor a WordPress posts array: a format error, not retried',
  },
  {
    name: 'slow: the answer comes after 5 s',
    params: { mode: 'slow', ms: 5000 },
    outcome: { shows: 'content' },
    why: 'within the 10 s timeout: the skeleton shows (announced as loading) until the content replaces it',
  },
  {
    name: 'slow trickle: the body arrives in 10 chunks over 2 s',
    params: { mode: 'trickle', chunks: 10, interval: 200 },
    outcome: { shows: 'content' },
    why: 'a slow body within the timeout is read to the end and rendered once, complete',
  },
  {
    name: 'items: []',
    params: { mode: 'empty' },
    outcome: { shows: 'empty' },
    why: 'an empty feed is not an error: lp-load with no items, and the empty message',
  },
  {
    name: 'half the items invalid',
    params: { mode: 'half-invalid' },
    outcome: { shows: 'content', dropped: 10 },
    why: 'each bad item (no URL, javascript:/ftp: URL, a non-text or blank title with no text to make one from, null) is dropped and counted; the rest render',
  },
  {
    name: 'a 5 MB feed',
    params: { mode: 'huge' },
    // Reading and normalizing 5 MB took 1–4 s per engine on a quiet machine, but three copies at
    // once passed the default 10 s under a load average of 14: the limit here is the feed's size,
    // not the timeout, so the timeout is generous and the three widgets share one request, as
    // three widgets on one page do.
    settings: { timeout: 45_000 },
    shared: true,
    outcome: { shows: 'content', dropped: 0 },
    why: 'a large feed is read whole and rendered up to limit; the page stays usable (localStorage may refuse the copy: the memory cache still serves)',
  },
  {
    name: 'wrong Content-Type (text/plain) but valid JSON',
    params: { mode: 'text-plain' },
    outcome: { shows: 'content' },
    why:
      'DECISION: accepted. The widgets parse the body whatever the Content-Type: static hosts and ' +
      'misconfigured CDNs often send .json as text/plain, the body is parsed with JSON.parse and ' +
      'validated item by item and rendered as text only, and a CORS reader gains nothing from ' +
      'refusing it. (Refusing would turn a harmless server misconfiguration into an outage.)',
  },
];

/** Items of `kind` at the even indexes of the sample feed (the valid half of half-invalid). */
async function expectedCounts() {
  const feed = (await sample('localprogress')) as { items: { _localprogress?: { kind?: string } }[] };
  const all: Record<string, number> = {};
  const valid: Record<string, number> = {};
  feed.items.forEach((item, i) => {
    const kind = item._localprogress?.kind ?? 'blog';
    all[kind] = (all[kind] ?? 0) + 1;
    if (i % 2 === 0) valid[kind] = (valid[kind] ?? 0) + 1;
  });
  return { all, valid };
}

function mount(tag: string, src: string, limit = 100): LpFeedElement {
  const wrapper = fixtureSync<HTMLElement>(html`<div style="width: 700px"></div>`);
  const el = document.createElement(tag) as LpFeedElement;
  el.setAttribute('src', src);
  el.setAttribute('loading', 'eager');
  el.setAttribute('limit', String(limit));
  wrapper.append(el);
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: Element) => texts(el, '[part="title"]');

async function expectLoading(el: LpFeedElement, c: ElementCase) {
  await el.updateComplete;
  expect(shadow(el).querySelectorAll('.skeleton').length, 'skeleton items while loading').to.be.greaterThan(0);
  expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal(c.loading);
  expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
}

function expectErrorBox(el: LpFeedElement, c: ElementCase) {
  const box = shadow(el).querySelector('[part="error"]');
  expect(isShown(box), 'the error box is visible').to.equal(true);
  expect(box!.getAttribute('role')).to.equal('status');
  expect(box!.textContent).to.include(c.error);
  const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]');
  expect(isShown(retry), 'Retry is visible').to.equal(true);
  expect(retry!.disabled).to.equal(false);
}

async function expectRecovers(el: LpFeedElement, src: string, c: ElementCase) {
  // The endpoint recovers; the visitor presses Retry.
  await setFault(src, { mode: 'ok' });
  const before = (await stats(src)).hits;
  const next = settled(el);
  shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
  const after = await next;
  expect(after.type, 'Retry after recovery loads').to.equal('lp-load');
  expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
  expect(titles(el).length).to.be.greaterThan(0);
  expect(after.type === 'lp-load' && after.detail.items.every((i) => i.kind === c.kind)).to.equal(true);
  expect((await stats(src)).hits).to.equal(before + 1);
}

function expectErrorDetail(got: Settled, outcome: Extract<Outcome, { shows: 'error' }>, src: string, stale: boolean, fault: Fault) {
  expect(got.type, `expected lp-error, got ${got.type}`).to.equal('lp-error');
  if (got.type !== 'lp-error') return;
  const { error, hasStaleContent } = got.detail;
  // The server's Retry-After, in ms, for a page that wants to say when to try again.
  const retryAfter = fault.params['retry-after'];
  expect(error.retryAfter, 'error.retryAfter').to.equal(retryAfter === undefined ? undefined : Number(retryAfter) * 1000);
  expect(error.kind).to.equal(outcome.kind);
  expect(error.status).to.equal(outcome.status);
  expect(error.attempts, 'error.attempts').to.equal(outcome.attempts);
  expect(error.message, 'a message a developer can act on').to.match(/\w{3,}/);
  expect(error.url).to.equal(new URL(src, location.href).href);
  expect(hasStaleContent).to.equal(stale);
}

async function expectServerHits(src: string, fault: Fault, outcome: Extract<Outcome, { shows: 'error' }>, base = 0) {
  const s = await stats(src);
  const hits = s.hits - base;
  const range = fault.serverHits?.[engine];
  if (range) {
    // What the engine's network stack adds, for the report.
    console.log(`[observed] ${ENGINE_LABEL[engine]}: ${fault.name}: ${outcome.attempts} widget attempts reached the server as ${hits} requests`);
    expect(hits, 'server hits').to.be.within(range[0], range[1]);
  } else {
    expect(hits, 'server hits').to.equal(outcome.attempts);
  }
  if (outcome.waitsBetween) {
    const times = s.times.slice(base);
    for (let i = 1; i < times.length; i++) {
      expect(times[i] - times[i - 1], `gap before attempt ${i + 1} honours Retry-After`).to.be.at.least(outcome.waitsBetween * 1000 - 50);
    }
  }
}

/** Runs `fn` for each element at once (each against its own key), naming the element in a failure. */
async function eachElement(fn: (c: ElementCase) => Promise<void>): Promise<void> {
  const results = await Promise.allSettled(ELEMENTS.map((c) => fn(c)));
  const failures = results.flatMap((r, i) => (r.status === 'rejected' ? [`<${ELEMENTS[i].tag}>: ${(r.reason as Error)?.message ?? r.reason}`] : []));
  if (failures.length) throw new Error(failures.join('\n'));
}

// The three elements run side by side in each test, each against its own key: the same checks
// as one test per element, at a third of the waiting (the slowest fault answers after 5 s).
describe('fault matrix: each feed element against each endpoint fault (real HTTP)', function () {
  // The slowest fault answers after 5 s; the limit only bounds a hang on a loaded machine.
  this.timeout(60_000);
  const watch = watchEachTest();
  let counts: Awaited<ReturnType<typeof expectedCounts>>;

  before(async () => {
    counts = await expectedCounts();
  });

  for (const fault of FAULTS) {
    const outcome = fault.outcome;
    const label =
      outcome.shows === 'error'
        ? `error (${outcome.kind}${outcome.status ? ` ${outcome.status}` : ''}, ${outcome.attempts} attempt${outcome.attempts > 1 ? 's' : ''})`
        : outcome.shows;

    it(`${fault.name} → ${label}`, async () => {
      if (fault.settings) configureFeeds(fault.settings);
      const mounted = new Map<ElementCase, { el: LpFeedElement; src: string }>();
      const shared = fault.shared ? faultUrl(fault.params) : undefined;
      // Phase 1: each element meets the fault.
      await eachElement(async (c) => {
        const src = shared ?? faultUrl(fault.params);
        const t0 = performance.now();
        const el = mount(c.tag, src);
        mounted.set(c, { el, src });
        const done = settled(el);
        await expectLoading(el, c);
        const got = await done;
        const elapsed = performance.now() - t0;

        if (outcome.shows === 'error') {
          expectErrorDetail(got, outcome, src, false, fault);
          expectErrorBox(el, c);
          expect(titles(el), 'no items after a first failure').to.deep.equal([]);
          expect(watch.fetches.calls(src), 'requests made by the widget').to.equal(outcome.attempts);
          await expectServerHits(src, fault, outcome);
          return;
        }
        expect(got.type, `expected lp-load, got ${got.type}: ${got.type === 'lp-error' ? got.detail.error.message : ''}`).to.equal('lp-load');
        if (got.type !== 'lp-load') return;
        expect((await stats(src)).hits, 'one request, no retry').to.equal(1);
        expect(watch.fetches.calls(src)).to.equal(1);
        expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
        expect(shadow(el).querySelector('.skeleton'), 'the skeleton is gone').to.equal(null);
        if (outcome.shows === 'empty') {
          expect(got.detail.items).to.deep.equal([]);
          const empty = shadow(el).querySelector('[part="empty"]');
          expect(isShown(empty)).to.equal(true);
          expect(empty!.textContent).to.equal(c.empty);
        } else {
          const expected = fault.params.mode === 'half-invalid' ? counts.valid[c.kind] : counts.all[c.kind];
          expect(got.detail.items.length, 'items shown').to.equal(fault.params.mode === 'huge' ? 100 : expected);
          expect(got.detail.items.every((i) => i.kind === c.kind)).to.equal(true);
          expect(titles(el)).to.deep.equal(got.detail.items.map((i) => i.title));
          if (outcome.dropped !== undefined) expect(got.detail.dropped, 'dropped items counted').to.equal(outcome.dropped);
          for (const a of shadow(el).querySelectorAll<HTMLAnchorElement>('a')) expect(a.protocol).to.match(/^https?:$/);
        }
        if (fault.params.mode === 'slow') {
          // The content came with the answer, not before: the skeleton held for the 5 s.
          expect(elapsed, 'content only once the slow answer came').to.be.at.least(4900);
        }
        if (fault.params.mode === 'trickle') expect(elapsed, 'content only once the whole body came').to.be.at.least(1700);
      });
      // Phase 2: the endpoint recovers and Retry brings the content.
      if (outcome.shows === 'error') {
        configureFeeds({ timeout: 10_000 });
        await eachElement(async (c) => expectRecovers(mounted.get(c)!.el, mounted.get(c)!.src, c));
      }
      expect(watch.guard.problems(), 'no uncaught error, rejection or console.error').to.deep.equal([]);
    });

    if (outcome.shows === 'error') {
      it(`${fault.name}, on a refresh with content on screen → keeps the stale content`, async () => {
        const mounted = new Map<ElementCase, { el: LpFeedElement; src: string; before: string[] }>();
        // Phase 1: content on screen.
        await eachElement(async (c) => {
          const src = faultUrl({ mode: 'ok' });
          const el = mount(c.tag, src);
          const first = await settled(el);
          expect(first.type).to.equal('lp-load');
          const before = titles(el);
          expect(before.length).to.be.greaterThan(0);
          await setFault(src, fault.params);
          mounted.set(c, { el, src, before });
        });
        // Phase 2: the refresh meets the fault.
        if (fault.settings) configureFeeds(fault.settings);
        await eachElement(async (c) => {
          const { el, src, before } = mounted.get(c)!;
          const next = settled(el);
          el.refresh();
          await el.updateComplete;
          expect(titles(el), 'content stays while revalidating').to.deep.equal(before);
          const got = await next;
          expectErrorDetail(got, outcome, src, true, fault);
          expectErrorBox(el, c);
          expect(titles(el), 'stale content kept').to.deep.equal(before);
          expect(watch.fetches.calls(src)).to.equal(1 + outcome.attempts);
          await expectServerHits(src, fault, outcome, 1);
        });
        // Phase 3: recovery.
        configureFeeds({ timeout: 10_000 });
        await eachElement(async (c) => {
          const { el, src, before } = mounted.get(c)!;
          await expectRecovers(el, src, c);
          expect(titles(el)).to.deep.equal(before);
        });
        expect(watch.guard.problems(), 'no uncaught error, rejection or console.error').to.deep.equal([]);
      });
    }
  }

  it('a 503 with Retry-After: 1 that then recovers: the retry waits 1 s and the content shows, with no error', async () => {
    const src = faultUrl({ mode: 'status', status: 503, 'retry-after': 1, first: 1 });
    const el = mount('lp-news-feed', src);
    const errors: Event[] = [];
    el.addEventListener('lp-error', (e) => errors.push(e));
    const got = await settled(el);
    expect(got.type).to.equal('lp-load');
    const s = await stats(src);
    expect(s.hits).to.equal(2);
    expect(s.times[1] - s.times[0], 'Retry-After honoured').to.be.at.least(950);
    expect(errors).to.have.length(0);
    expect(watch.guard.problems()).to.deep.equal([]);
  });

  it('Retry-After as an HTTP date is honoured too', async () => {
    // Two seconds ahead (HTTP dates are whole seconds): about one to two seconds left when the
    // client reads it, far above the 10–20 ms backoff it replaces.
    const date = new Date(Date.now() + 2000).toUTCString();
    const src = faultUrl({ mode: 'status', status: 503, 'retry-after': date, first: 1 });
    const el = mount('lp-press-releases', src);
    const got = await settled(el);
    expect(got.type).to.equal('lp-load');
    const s = await stats(src);
    expect(s.hits).to.equal(2);
    expect(s.times[1] - s.times[0], 'Retry-After (a date) honoured').to.be.at.least(500);
    expect(watch.guard.problems()).to.deep.equal([]);
  });
});

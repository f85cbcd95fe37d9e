import { contactOf } from '../../src/data/contact.js';
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import type { LpNewsFeed } from '../../src/components/news-feed/news-feed.js';
import type { LpLoadDetail } from '../../src/core/feed-element.js';
import { FeedError } from '../../src/data/errors.js';
import { cachedFeed, configureFeeds, feedSettings, fetchFeed } from '../../src/data/feed-store.js';
import { flushCache, readCache, writeCache } from '../../src/data/cache.js';
import { feedUrl, hits, resetStore } from '../helpers.js';

function abs(url: string) {
  return new URL(url, location.href).href;
}

async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the promise to reject');
}

describe('fetchFeed', () => {
  beforeEach(resetStore);

  it('reads a real Response from the server and saves it', async () => {
    const url = abs(feedUrl());
    const result = await fetchFeed({ url });
    expect(result.items.length).to.equal(21);
    expect(readCache(url)?.result.items.length).to.equal(21);
    expect(cachedFeed({ url })?.fresh).to.equal(true);
  });

  it('shares one in-flight request between callers of the same URL', async () => {
    const url = abs(feedUrl({ delay: 200 }));
    const results = await Promise.all([fetchFeed({ url }), fetchFeed({ url }), fetchFeed({ url })]);
    expect(results[0]).to.equal(results[1]);
    expect(results[1]).to.equal(results[2]);
    expect(await hits(url)).to.equal(1);
  });

  it('keeps a shared request alive while one caller aborts, and stops it when all do', async () => {
    const url = abs(feedUrl({ delay: 300 }));
    const one = new AbortController();
    const first = fetchFeed({ url, signal: one.signal });
    const second = fetchFeed({ url });
    one.abort();
    expect((await rejection(first)).kind).to.equal('aborted');
    expect((await second).items.length).to.equal(21);

    const hang = abs('/api/hang?key=x');
    const a = new AbortController();
    const b = new AbortController();
    const pa = fetchFeed({ url: hang, signal: a.signal });
    const pb = fetchFeed({ url: hang, signal: b.signal });
    a.abort();
    b.abort();
    expect((await rejection(pa)).kind).to.equal('aborted');
    expect((await rejection(pb)).kind).to.equal('aborted');
  });

  it('lets a caller that joins in the same task keep the request the last one left (a re-mount)', async () => {
    const url = abs(feedUrl({ delay: 500 }));
    const leaving = new AbortController();
    const first = fetchFeed({ url, signal: leaving.signal });
    // The request has reached the server: cancelling it now would cost a second one.
    while ((await hits(url)) < 1) await new Promise((r) => setTimeout(r, 20));
    leaving.abort();
    const second = fetchFeed({ url });
    expect((await rejection(first)).kind).to.equal('aborted');
    expect((await second).items.length).to.equal(21);
    expect(await hits(url), 'one request').to.equal(1);
  });

  it('times out', async () => {
    configureFeeds({ timeout: 150 });
    const error = await rejection(fetchFeed({ url: abs('/api/hang') }));
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('timeout');
  });

  for (const status of [404, 500]) {
    it(`turns HTTP ${status} into an http error with the status`, async () => {
      const error = await rejection(fetchFeed({ url: abs(feedUrl({ status })) }));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(status);
    });
  }

  it('turns a body that is not JSON into a parse error', async () => {
    const error = await rejection(fetchFeed({ url: abs(feedUrl({ body: 'malformed' })) }));
    expect(error.kind).to.equal('parse');
    expect(error.status).to.equal(200);
  });

  it('turns JSON of the wrong shape into a format error', async () => {
    const error = await rejection(fetchFeed({ url: abs(feedUrl({ body: 'wrong-shape' })) }));
    expect(error.kind).to.equal('format');
  });

  it('turns an unreachable host into a network error', async () => {
    // Port 9 on loopback: nothing listens there, the connection is refused at once.
    const error = await rejection(fetchFeed({ url: 'http://127.0.0.1:9/feed.json' }));
    expect(error.kind).to.equal('network');
  });
});

describe('retries', () => {
  beforeEach(resetStore);

  it('retries a 500 with backoff, at most twice, then gives up with the attempt count', async () => {
    const url = abs(feedUrl({ status: 500 }));
    const error = await rejection(fetchFeed({ url }));
    expect(error.kind).to.equal('http');
    expect(error.attempts).to.equal(3);
    expect(await hits(url)).to.equal(3);
  });

  it('recovers when a retry succeeds', async () => {
    const url = abs(feedUrl({ 'fail-first': 2 }));
    expect((await fetchFeed({ url })).items.length).to.equal(21);
    expect(await hits(url)).to.equal(3);
  });

  it('never retries a 404, a timeout or bad JSON', async () => {
    const notFound = abs(feedUrl({ status: 404 }));
    expect((await rejection(fetchFeed({ url: notFound }))).attempts).to.equal(1);
    expect(await hits(notFound)).to.equal(1);
    const malformed = abs(feedUrl({ body: 'malformed' }));
    await rejection(fetchFeed({ url: malformed }));
    expect(await hits(malformed)).to.equal(1);
    configureFeeds({ timeout: 100 });
    expect((await rejection(fetchFeed({ url: abs('/api/hang') }))).attempts).to.equal(1);
  });

  it('honours Retry-After on a 503, and does not wait for one longer than the limit', async () => {
    configureFeeds({ retryDelay: 5000 });
    const url = abs(feedUrl({ 'fail-first': 1, 'fail-status': 503, 'retry-after': 0 }));
    // A 5 s backoff would outlast the test's timeout: Retry-After: 0 wins.
    expect((await fetchFeed({ url })).items.length).to.equal(21);
    expect(await hits(url)).to.equal(2);

    const later = abs(feedUrl({ status: 503, 'retry-after': 120 }));
    const error = await rejection(fetchFeed({ url: later }));
    expect(error.retryAfter).to.equal(120_000);
    expect(await hits(later)).to.equal(1);
  });

  it('retries a network error', async () => {
    const error = await rejection(fetchFeed({ url: 'http://127.0.0.1:9/feed.json' }));
    expect(error.kind).to.equal('network');
    expect(error.attempts).to.equal(3);
  });
});

describe('cache', () => {
  beforeEach(resetStore);

  it('says fresh within max age, stale after it, and nothing past the stale limit', () => {
    const url = 'https://example.org/feed.json';
    const result = { format: 'json-feed' as const, items: [], dropped: 0 };
    const now = Date.now();
    writeCache(url, result, now - 1000);
    expect(cachedFeed({ url }, now)?.fresh).to.equal(true);
    expect(cachedFeed({ url }, now + feedSettings.maxAge + 1)?.fresh).to.equal(false);
    expect(cachedFeed({ url }, now + feedSettings.staleLimit + 1)).to.equal(undefined);
  });

  it('survives a reload through localStorage, written after the answer is handed out', async () => {
    const url = abs(feedUrl());
    await fetchFeed({ url });
    // Not on the path to the first render: the storage copy follows a moment later.
    expect(localStorage.getItem(`lp-widgets:v2:${url}`)).to.equal(null);
    expect(readCache(url)?.result.items.length, 'the memory copy is there at once').to.equal(21);
    await waitUntil(() => localStorage.getItem(`lp-widgets:v2:${url}`) !== null, 'the storage copy is written');
    const stored = localStorage.getItem(`lp-widgets:v2:${url}`);
    expect(stored).to.be.a('string');
    resetStore(); // clears memory and storage
    localStorage.setItem(`lp-widgets:v2:${url}`, stored!);
    expect(readCache(url)?.result.items.length).to.equal(21);
  });

  it('ignores corrupt or tampered storage entries', () => {
    const url = 'https://example.org/corrupt.json';
    localStorage.setItem(`lp-widgets:v2:${url}`, '{not json');
    expect(readCache(url)).to.equal(undefined);
    expect(localStorage.getItem(`lp-widgets:v2:${url}`)).to.equal(null);
    const tampered = {
      savedAt: Date.now(),
      result: { format: 'json-feed', dropped: 0, items: [{ id: '1', kind: 'news', title: 't', summary: '', tags: [], url: 'javascript:alert(1)' }] },
    };
    localStorage.setItem(`lp-widgets:v2:${url}`, JSON.stringify(tampered));
    expect(readCache(url)).to.equal(undefined);
    const good = { id: '1', kind: 'news', title: 't', summary: '', tags: [], url: 'https://example.org/a' };
    const entry = (result: Record<string, unknown>) => JSON.stringify({ savedAt: Date.now(), result: { format: 'json-feed', dropped: 0, ...result } });
    // A Lit template-result look-alike where text belongs, a script: address, a non-string tag.
    for (const result of [
      { items: [{ ...good, image: { src: 'https://example.org/a.jpg', alt: '', credit: { _$litType$: 1, strings: ['<b>x</b>'], values: [] } } }] },
      { items: [{ ...good, tags: [{}] }] },
    ]) {
      localStorage.setItem(`lp-widgets:v2:${url}`, entry(result));
      expect(readCache(url), JSON.stringify(result)).to.equal(undefined);
    }
    localStorage.setItem(`lp-widgets:v2:${url}`, entry({ items: [good], contactSource: { contact: { email: 'press@example.org', phone: '+1 202 555 0143' } } }));
    expect(contactOf(readCache(url)?.result)?.email, 'a sound entry is still read').to.equal('press@example.org');
    // The contact is saved as the feed wrote it and checked where it is shown: a script: address
    // or markup in place of text never comes out of contactOf().
    for (const [i, contact] of [{ email: 'javascript:alert(1)' }, { heading: ['<img src=x onerror=alert(1)>'] }].entries()) {
      // Another URL for each (the memory cache holds what was read).
      const other = `${url}?contact=${i}`;
      localStorage.setItem(`lp-widgets:v2:${other}`, entry({ items: [good], contactSource: { contact } }));
      expect(readCache(other)?.result.items.length, 'the entry is read').to.equal(1);
      expect(contactOf(readCache(other)?.result), JSON.stringify(contact)).to.equal(undefined);
    }
  });

  it('never throws when storage is full or refused', async () => {
    const { setItem, getItem } = Storage.prototype;
    let writes = 0;
    Storage.prototype.setItem = () => {
      writes++;
      throw new DOMException('full', 'QuotaExceededError');
    };
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      const url = abs(feedUrl());
      const result = await fetchFeed({ url });
      expect(result.items.length).to.equal(21);
      // The memory copy still serves this page.
      expect(cachedFeed({ url })?.fresh).to.equal(true);
      // The deferred write runs while storage is still full: it tries, and gives up quietly.
      await waitUntil(() => writes > 0, 'the deferred storage write ran');
      expect(writes, 'one write, refused').to.equal(1);
      expect(uncaught, 'nothing thrown from the deferred write').to.deep.equal([]);
      expect(cachedFeed({ url })?.fresh, 'the memory copy outlives the refused write').to.equal(true);
      // And when written at once (the page going away).
      writeCache(url, result);
      expect(() => flushCache()).not.to.throw();
      expect(writes).to.equal(2);
      resetStore();
      expect(readCache(url)).to.equal(undefined);
    } finally {
      window.removeEventListener('error', onError);
      Storage.prototype.setItem = setItem;
      Storage.prototype.getItem = getItem;
    }
  });

  it('a widget shows its items, and shows them again from memory, while storage is full', async () => {
    const { setItem } = Storage.prototype;
    let writes = 0;
    Storage.prototype.setItem = () => {
      writes++;
      throw new DOMException('full', 'QuotaExceededError');
    };
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    window.addEventListener('error', onError);
    try {
      const src = feedUrl();
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} loading="eager"></lp-news-feed>`);
      const first = (await oneEvent(el, 'lp-load')) as CustomEvent<LpLoadDetail>;
      expect(first.detail.items).to.have.length(4);
      await waitUntil(() => writes > 0, 'the deferred storage write ran');
      expect(uncaught, 'nothing thrown from the deferred write').to.deep.equal([]);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part="item"]')).to.have.length(4);
      const again = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} loading="eager"></lp-news-feed>`);
      const second = (await oneEvent(again, 'lp-load')) as CustomEvent<LpLoadDetail>;
      expect(second.detail.from).to.equal('cache');
      expect(second.detail.items).to.have.length(4);
      expect(await hits(src)).to.equal(1);
    } finally {
      window.removeEventListener('error', onError);
      Storage.prototype.setItem = setItem;
    }
  });
});

// The WordPress REST reader ships in a file of its own (lp-wordpress.js, from src/lp-wordpress.ts):
// this page loads only the element's file, so WordPress posts are refused, visibly, with the file
// to load in the message. A page that loads the reader after the widget's request has been
// answered, but before its own load event, still shows the posts.
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import type { LpNewsFeed } from '../../src/components/news-feed/news-feed.js';
import type { LpLoadDetail } from '../../src/core/feed-element.js';
import { failed, loaded, resetStore, sample, serve, uniqueKey } from '../helpers.js';

const READER = Symbol.for('@localprogress/widgets/wordpress');
const part = (el: Element, name: string) => el.shadowRoot!.querySelectorAll(`[part="${name}"]`);

/** The news items of the WordPress sample, from the file: posts in the `in-the-news` category. */
async function wordpressNews(): Promise<string[]> {
  const posts = (await sample('wordpress-posts')) as { title: { rendered: string }; _embedded: { 'wp:term': { taxonomy: string; slug: string }[][] } }[];
  return posts
    .filter((p) => p._embedded['wp:term'].flat().some((t) => t.taxonomy === 'category' && t.slug === 'in-the-news'))
    .map((p) => new DOMParser().parseFromString(p.title.rendered, 'text/html').body.textContent!.trim());
}

describe('WordPress REST posts and the opt-in lp-wordpress.js', () => {
  beforeEach(resetStore);
  afterEach(resetStore);

  it('without lp-wordpress.js: the error box, and lp-error of kind format whose message names the file', async () => {
    expect((globalThis as Record<symbol, unknown>)[READER], 'this page has no reader').to.equal(undefined);
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${await serve(await sample('wordpress-posts'))} loading="eager"></lp-news-feed>`);
    const { error, hasStaleContent } = await failed(el);
    expect(error.kind).to.equal('format');
    expect(error.message).to.include('lp-wordpress.js');
    expect(hasStaleContent).to.equal(false);
    expect(part(el, 'error'), 'the error box').to.have.length(1);
    expect(part(el, 'error')[0].textContent).to.include('Couldn’t load news');
    expect(part(el, 'retry'), 'with its Retry button').to.have.length(1);
    expect(part(el, 'item')).to.have.length(0);
  });

  it('without it, an empty array is still an empty feed, and an array of anything else the usual format error', async () => {
    const empty = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${await serve([])} loading="eager"></lp-news-feed>`);
    const detail = await loaded(empty);
    expect(detail.items).to.deep.equal([]);
    expect(part(empty, 'empty'), 'the empty state').to.have.length(1);

    const numbers = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${await serve([1, 2, 3])} loading="eager"></lp-news-feed>`);
    const { error } = await failed(numbers);
    expect(error.kind).to.equal('format');
    expect(error.message, 'not a WordPress document: no file would help').not.to.include('lp-wordpress.js');
  });

  it('lp-wordpress.js loaded after the widget’s answer came, before the page’s load event: the posts render', async () => {
    const src = await serve(await sample('wordpress-posts'));
    // An image that the server holds back keeps the frame's load event from firing until released.
    const held = `/api/fault/feed?key=${uniqueKey('load')}&mode=hold`;
    const frame = fixtureSync<HTMLIFrameElement>(html`<iframe title="A page that loads the reader late" style="width: 800px; height: 600px; border: 0"></iframe>`);
    frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>late reader</title>
      <script type="module" src="/src/components/news-feed/news-feed.define.ts"></script></head>
      <body><lp-news-feed src="${src}" loading="eager"></lp-news-feed><img src="${held}" alt=""></body></html>`;
    await waitUntil(() => frame.contentDocument?.querySelector('lp-news-feed'), 'the frame has its widget');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const el = frame.contentDocument!.querySelector<LpNewsFeed>('lp-news-feed')!;
    const settled = new Promise<CustomEvent<LpLoadDetail> | Event>((resolve) => {
      el.addEventListener('lp-load', resolve, { once: true });
      el.addEventListener('lp-error', resolve, { once: true });
    });

    // The widget's answer has arrived in full, and a few of the frame's tasks have run since.
    const answered = () => win.performance.getEntriesByType('resource').some((e) => e.name.endsWith(src) && (e as PerformanceResourceTiming).responseEnd > 0);
    await waitUntil(answered, 'the widget’s request was answered');
    for (let i = 0; i < 5; i++) await new Promise((resolve) => win.setTimeout(resolve, 10));
    expect(frame.contentDocument!.readyState, 'the frame is still loading (the held image)').not.to.equal('complete');
    expect(part(el, 'error'), 'no error while the page may still load the reader').to.have.length(0);
    expect(part(el, 'item')).to.have.length(0);

    const names = new Set(Object.getOwnPropertyNames(win));
    const reader = frame.contentDocument!.createElement('script');
    reader.type = 'module';
    reader.src = '/src/lp-wordpress.ts';
    frame.contentDocument!.head.append(reader);
    await waitUntil(() => (win as unknown as Record<symbol, unknown>)[READER], 'the reader registered itself');
    expect(Object.getOwnPropertyNames(win).filter((name) => !names.has(name)), 'no global name').to.deep.equal([]);
    expect(part(el, 'item'), 'nothing yet: the widget waits for the load event').to.have.length(0);

    await fetch(`/api/fault/release?key=${new URL(held, location.href).searchParams.get('key')}`);
    const event = await settled;
    expect(event.type, 'the posts, not an error').to.equal('lp-load');
    await el.updateComplete;
    const titles = [...part(el, 'title')].map((t) => t.textContent!.trim());
    const expected = await wordpressNews();
    expect(expected.length, 'the sample has WordPress news').to.be.greaterThan(0);
    expect(titles).to.deep.equal(expected.slice(0, el.limit));
    expect((event as CustomEvent<LpLoadDetail>).detail.from).to.equal('network');
  });

  it('the store takes the reader from the global symbol registry, with the page’s kinds meta and the answer’s URL', async () => {
    // What lp-wordpress.js registers, stood in for: the store looks up the key, nothing else.
    const posts = await sample('wordpress-posts');
    const meta = Object.assign(document.createElement('meta'), { name: 'lp-widgets:wp-kinds', content: 'coverage=news' });
    document.head.append(meta);
    const calls: string[] = [];
    (globalThis as Record<symbol, unknown>)[READER] = {
      read: (docs: unknown[], kinds: string | undefined, base: string | undefined) => {
        calls.push(`${docs.length} ${kinds ?? '-'} ${new URL(base!).pathname}`);
        return [{ id: 'x', kind: 'news', title: 'From the registered reader', url: 'https://example.org/x', summary: '', tags: [] }];
      },
    };
    try {
      const src = await serve(posts);
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} loading="eager"></lp-news-feed>`);
      const detail = await loaded(el);
      expect(detail.items.map((i) => i.title)).to.deep.equal(['From the registered reader']);
      expect(calls).to.deep.equal([`${(posts as unknown[]).length} coverage=news ${src}`]);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[READER];
      meta.remove();
    }
  });
});

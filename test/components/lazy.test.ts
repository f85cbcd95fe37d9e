// `loading="lazy"` defers the request, not the content: a widget below the fold makes no request
// until it nears the viewport, but shows at once a feed that is already in memory or in the saved
// cache, and starts its request before printing.
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/press-releases/press-releases.define.js';
import '../../src/components/blog-grid/blog-grid.define.js';
import type { LpFeedElement, LpLoadDetail } from '../../src/core/feed-element.js';
import { fetchFeed, waitingWidgets } from '../../src/data/feed-store.js';
import { feedUrl, hits, resetStore } from '../helpers.js';

type LoadEvent = CustomEvent<LpLoadDetail>;

async function loaded(el: Element): Promise<LpLoadDetail> {
  const { detail } = (await oneEvent(el, 'lp-load')) as LoadEvent;
  await (el as LpFeedElement).updateComplete;
  return detail;
}

const absolute = (src: string) => new URL(src, location.href).href;
const shown = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="item"]')].length;
const skeletons = (el: Element) => el.shadowRoot!.querySelectorAll('.skeleton').length;
const feedOf = (el: Element) => (el as unknown as { _feed: { _near?: boolean } })._feed;
const nearViewport = (el: Element) => !!feedOf(el)._near;
/** Whether the store counts `el` among the lazy elements waiting for a feed (it holds their feed controllers). */
const waiting = (el: Element) => waitingWidgets.has(feedOf(el) as unknown as { requestUpdate(): void });

/** Resolves once an IntersectionObserver has reported on `el`: the widget's own one, created earlier, has too. */
function observed(el: Element): Promise<IntersectionObserverEntry> {
  return new Promise((resolve) => {
    const io = new IntersectionObserver((entries) => {
      io.disconnect();
      resolve(entries[0]);
    });
    io.observe(el);
  });
}

/** The press list and the blog grid below the fold (a 5,000 px spacer), and whatever comes first. */
function page(src: string, top = html``) {
  return fixtureSync<HTMLElement>(html`<div>
    ${top}
    <div style="height: 5000px"></div>
    <lp-press-releases src=${src}></lp-press-releases>
    <lp-blog-grid src=${src}></lp-blog-grid>
  </div>`);
}

const below = (wrapper: HTMLElement) => [wrapper.querySelector('lp-press-releases')!, wrapper.querySelector('lp-blog-grid')!] as LpFeedElement[];

describe('loading="lazy"', () => {
  beforeEach(() => {
    resetStore();
    // Each test's widgets start below the fold, wherever the last test scrolled to.
    window.scrollTo(0, 0);
  });

  it('starts the request of a widget already in view when it connects, before the observer reports (no frame waited)', async () => {
    const src = feedUrl();
    // In view at the top; hidden (display: none) in view; off to the side (a carousel's next
    // slide, 5,000 px to the right); below the fold.
    const wrapper = page(
      src,
      html`<lp-news-feed src=${src}></lp-news-feed><lp-news-feed hidden src=${src}></lp-news-feed>
        <div style="position: relative; height: 0"><lp-news-feed style="position: absolute; left: 5000px; width: 300px" src=${src}></lp-news-feed></div>`,
    );
    const [inView, hidden, aside] = wrapper.querySelectorAll('lp-news-feed');
    const [press, blog] = below(wrapper);
    // Microtasks only: no animation frame has run, so no IntersectionObserver has reported yet.
    let framed = false;
    requestAnimationFrame(() => (framed = true));
    await Promise.all([inView, hidden, aside, press, blog].map((el) => (el as LpFeedElement).updateComplete));
    await (inView as LpFeedElement).updateComplete;
    expect(framed, 'still before the next frame').to.equal(false);
    expect([nearViewport(inView), nearViewport(hidden), nearViewport(aside), nearViewport(press), nearViewport(blog)], 'in view / hidden / aside / below / below').to.deep.equal([true, false, false, false, false]);
    expect(waiting(inView), 'no longer waiting for the observer').to.equal(false);
    await loaded(inView as LpFeedElement);
    expect(await hits(src), 'one request: the one in view').to.equal(1);
  });

  it('makes no request for widgets below the fold with nothing cached, until they are scrolled to', async () => {
    const src = feedUrl();
    const wrapper = page(src);
    const [press, blog] = below(wrapper);
    const entries = await Promise.all([observed(press), observed(blog)]);
    expect(entries.map((e) => e.isIntersecting), 'both are below the fold').to.deep.equal([false, false]);
    await Promise.all([press.updateComplete, blog.updateComplete]);
    expect(await hits(src), 'no request without a scroll').to.equal(0);
    expect([skeletons(press), skeletons(blog)]).to.deep.equal([5, 6]);
    expect([waiting(press), waiting(blog)], 'waiting for a feed').to.deep.equal([true, true]);

    const both = Promise.all([loaded(press), loaded(blog)]);
    press.scrollIntoView();
    await both;
    expect([shown(press), shown(blog)]).to.deep.equal([5, 6]);
    expect(await hits(src), 'one request for the endpoint').to.equal(1);
    expect([waiting(press), waiting(blog)], 'no longer waiting').to.deep.equal([false, false]);
    wrapper.remove();
    expect(waitingWidgets.size, 'nothing left behind').to.equal(0);
  });

  it('renders widgets below the fold at once when a widget in view reads the same feed, with one request', async () => {
    const src = feedUrl();
    const wrapper = page(src, html`<lp-news-feed src=${src}></lp-news-feed>`);
    const news = wrapper.querySelector('lp-news-feed')!;
    const [press, blog] = below(wrapper);
    const [fromNews, fromPress, fromBlog] = await Promise.all([loaded(news), loaded(press), loaded(blog)]);
    expect(fromNews.from).to.equal('network');
    expect([fromPress.from, fromBlog.from]).to.deep.equal(['cache', 'cache']);
    expect([shown(press), shown(blog)]).to.deep.equal([fromPress.items.length, fromBlog.items.length]);
    expect(fromPress.items.length).to.be.greaterThan(0);
    expect(fromBlog.items.length).to.be.greaterThan(0);
    expect([nearViewport(press), nearViewport(blog)], 'still waiting to near the viewport').to.deep.equal([false, false]);
    expect(await hits(src)).to.equal(1);
    expect([...press.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim())).to.deep.equal(
      fromPress.items.map((i) => i.title),
    );
    await expect(press).to.be.accessible();
    await expect(blog).to.be.accessible();

    // Scrolled to later: neither a second request nor a second lp-load for the same content.
    let events = 0;
    press.addEventListener('lp-load', () => events++);
    press.scrollIntoView();
    await waitUntil(() => nearViewport(press), 'the press list did not near the viewport');
    await press.updateComplete;
    expect(events).to.equal(0);
    expect(await hits(src)).to.equal(1);
  });

  it('renders at once a feed already in memory, or saved by an earlier page, with no request', async () => {
    const inMemory = feedUrl();
    await fetchFeed({ url: absolute(inMemory) });
    const first = page(inMemory);
    const [press] = below(first);
    expect((await loaded(press)).from).to.equal('cache');
    expect(shown(press)).to.equal(5);
    expect(await hits(inMemory)).to.equal(1);

    // Saved in localStorage (an earlier page view), not in this page's memory.
    const saved = feedUrl();
    const result = await fetchFeed({ url: absolute(feedUrl()) });
    localStorage.setItem(`lp-widgets:v2:${absolute(saved)}`, JSON.stringify({ savedAt: Date.now(), result }));
    const second = page(saved);
    const [, blog] = below(second);
    expect((await loaded(blog)).from).to.equal('cache');
    expect(shown(blog)).to.equal(6);
    expect(await hits(saved), 'no request for a fresh saved copy').to.equal(0);
    await expect(blog).to.be.accessible();
  });

  it('shows a stale saved copy at once and revalidates only once it nears the viewport', async () => {
    const src = feedUrl();
    const result = await fetchFeed({ url: absolute(feedUrl()) });
    const tenMinutesAgo = Date.now() - 10 * 60_000;
    localStorage.setItem(`lp-widgets:v2:${absolute(src)}`, JSON.stringify({ savedAt: tenMinutesAgo, result }));
    const wrapper = page(src);
    const [press] = below(wrapper);
    const froms: string[] = [];
    press.addEventListener('lp-load', (e) => froms.push(e.detail.from));
    await waitUntil(() => shown(press) === 5, 'the stale copy did not show');
    expect(await hits(src), 'no request while below the fold').to.equal(0);

    const revalidated = loaded(press);
    press.scrollIntoView();
    expect((await revalidated).from).to.equal('network');
    expect(froms, 'the stale copy is announced once, then the fresh answer').to.deep.equal(['cache', 'network']);
    expect(await hits(src)).to.equal(1);
  });

  it('starts the request of widgets that have not loaded yet before printing, one per endpoint', async () => {
    const src = feedUrl();
    const wrapper = page(src);
    const [press, blog] = below(wrapper);
    await Promise.all([observed(press), observed(blog)]);
    expect(await hits(src)).to.equal(0);
    const both = Promise.all([loaded(press), loaded(blog)]);
    window.dispatchEvent(new Event('beforeprint'));
    const [a, b] = await both;
    expect(a.items.length + b.items.length).to.be.greaterThan(0);
    expect([shown(press), shown(blog)]).to.deep.equal([a.items.length, b.items.length]);
    expect([skeletons(press), skeletons(blog)]).to.deep.equal([0, 0]);
    expect(await hits(src), 'one request for both').to.equal(1);
    await expect(press).to.be.accessible();
    await expect(blog).to.be.accessible();
  });

  it('makes no request before printing for a widget that shows a saved copy already', async () => {
    const src = feedUrl();
    const result = await fetchFeed({ url: absolute(feedUrl()) });
    localStorage.setItem(`lp-widgets:v2:${absolute(src)}`, JSON.stringify({ savedAt: Date.now() - 10 * 60_000, result }));
    const wrapper = page(src);
    const [press, blog] = below(wrapper);
    await Promise.all([loaded(press), loaded(blog)]);
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.all([press.updateComplete, blog.updateComplete]);
    expect([nearViewport(press), nearViewport(blog)]).to.deep.equal([false, false]);
    expect(await hits(src)).to.equal(0);
    // Removed while still waiting: nothing is left to wake.
    expect([waiting(press), waiting(blog)]).to.deep.equal([true, true]);
    wrapper.remove();
    expect(waitingWidgets.size).to.equal(0);
  });
});

import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import type { LpNewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configureFeeds, fetchFeed } from '../../src/data/feed-store.js';
import { failed, feedUrl, hits, loaded, resetStore, sampleEntries } from '../helpers.js';
import { faultUrl, release, stats, until } from '../robustness/support.js';
import { feedElementContract } from './feed-contract.js';

// The contract checks what every feed element does (states, axe, events, links and titles
// against the sample file, heading, limit, tag, lang, every theme); below is what only the news
// feed does.
feedElementContract({
  tag: 'lp-news-feed',
  kind: 'news',
  total: 4,
  defaultLimit: 5,
  strings: { heading: 'In the News', empty: 'No news yet', error: 'Couldn’t load news', headingEs: 'En las noticias' },
  someTag: 'california',
});

const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: Element) => [...shadow(el).querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());

describe('<lp-news-feed>', () => {
  beforeEach(resetStore);

  it('renders each news item with its outlet, date, photo and credit, and summary', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${feedUrl()} limit="3"></lp-news-feed>`);
    const detail = await loaded(el);
    expect(detail.items).to.have.length(3);

    const items = shadow(el).querySelectorAll('li[part="item"]');
    expect(items).to.have.length(3);
    const first = items[0];
    const link = first.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.href).to.equal(detail.items[0].url);
    // The sample feed's own links, in its order: not what the normalizer made of them.
    const news = (await sampleEntries('news')).slice(0, 3);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => a.href);
    expect(links, 'the sample feed’s url / external_url').to.deep.equal(news.map((e) => e.link));
    expect(link.textContent).to.equal(detail.items[0].title);
    expect(first.querySelector('[part="outlet"]')!.textContent).to.equal(detail.items[0].outlet);
    const time = first.querySelector('time[part="date"]')!;
    expect(time.getAttribute('datetime')).to.equal(detail.items[0].published);
    expect(time.textContent!.trim()).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    const img = first.querySelector<HTMLImageElement>('img[part="image"]')!;
    expect(img.alt).to.equal(detail.items[0].image!.alt);
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(first.querySelector('[part="credit"]')!.textContent).to.equal(detail.items[0].image!.credit);
    expect(first.querySelector('[part="summary"]')!.textContent).to.equal(detail.items[0].summary);
  });

  it('shows a skeleton that reserves the content height while loading', async () => {
    const slow = fixtureSync<LpNewsFeed>(html`<div style="width: 600px"><lp-news-feed src="/api/hang" limit="4"></lp-news-feed></div>`);
    const el = slow.querySelector('lp-news-feed')!;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('.skeleton')).to.have.length(4);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Loading news…');
    await expect(el).to.be.accessible();
    const loadingHeight = el.getBoundingClientRect().height;

    const done = fixtureSync<HTMLElement>(html`<div style="width: 600px"><lp-news-feed src=${feedUrl()} limit="4"></lp-news-feed></div>`);
    const loadedEl = done.querySelector('lp-news-feed')!;
    await loaded(loadedEl);
    // Eager first: WebKitGTK never settles decode() of a lazy image below the viewport.
    const images = [...shadow(loadedEl).querySelectorAll('img')];
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    const contentHeight = loadedEl.getBoundingClientRect().height;
    expect(loadingHeight / contentHeight).to.be.within(0.75, 1.25);
  });

  it('empty: the link out drops tracking parameters', async () => {
    const el = fixtureSync<LpNewsFeed>(
      html`<lp-news-feed src=${feedUrl({ body: 'empty' })} more-href="https://localprogress.org/news/?utm_source=x"></lp-news-feed>`,
    );
    expect((await loaded(el)).items).to.deep.equal([]);
    expect(shadow(el).querySelector<HTMLAnchorElement>('a[part="more"]')!.href).to.equal('https://localprogress.org/news/');
  });

  it('error: an alert naming the HTTP status, and Retry brings every item back', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${feedUrl({ 'fail-first': 3 })}></lp-news-feed>`);
    const detail = await failed(el);
    expect(detail.error.kind).to.equal('http');
    expect(detail.error.status).to.equal(500);
    expect(shadow(el).querySelector('[part="error"]')!.getAttribute('role')).to.equal('status');

    shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    const recovered = await loaded(el);
    expect(recovered.items.length).to.equal(4);
  });

  it('keeps the same stale items on screen when a refresh fails', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${feedUrl({ 'fail-after': 1 })}></lp-news-feed>`);
    await loaded(el);
    const before = titles(el);
    el.refresh();
    expect((await failed(el)).hasStaleContent).to.equal(true);
    expect(titles(el)).to.deep.equal(before);
    expect(shadow(el).querySelector('[part="error"]')).not.to.equal(null);
  });

  it('renders the good items of a half-invalid feed and counts the dropped ones', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${feedUrl({ body: 'script-urls' })} limit="100"></lp-news-feed>`);
    const detail = await loaded(el);
    expect(detail.dropped).to.equal(10);
    expect(detail.items.length).to.be.greaterThan(0);
    for (const a of shadow(el).querySelectorAll<HTMLAnchorElement>('a')) expect(a.protocol).to.match(/^https?:$/);
  });

  it('follows limit and tag changes without another request', async () => {
    const src = feedUrl();
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="1"></lp-news-feed>`);
    await loaded(el);
    expect(titles(el)).to.have.length(1);
    el.limit = 4;
    expect((await loaded(el)).items).to.have.length(4);
    el.tag = 'california, no-such-tag';
    const tagged = await loaded(el);
    expect(tagged.items).to.have.length(2);
    expect(tagged.items.every((i) => i.tags.includes('california'))).to.equal(true);
    // Names in any case, with spaces: exactly the news items the file tags with either, in its order.
    const news = await sampleEntries('news');
    const either = news.filter((e) => e.tags.includes('housing') || e.tags.includes('california')).map((e) => e.link);
    expect(either).to.have.length(2);
    el.setAttribute('tag', 'housing, California');
    expect((await loaded(el)).items.map((i) => i.url), 'tag="housing, California"').to.deep.equal(either);
    el.setAttribute('tag', '  HOUSING ');
    const housing = news.filter((e) => e.tags.includes('housing')).map((e) => e.link);
    expect((await loaded(el)).items.map((i) => i.url), 'tag="  HOUSING "').to.deep.equal(housing);
    expect([...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => a.href)).to.deep.equal(housing);
    el.setAttribute('limit', '5000');
    el.tag = '';
    expect((await loaded(el)).items).to.have.length(4);
    expect(await hits(src)).to.equal(1);
  });

  it('renders only the latest src when src changes mid-flight', async () => {
    // Held until released, and labelled: a late answer from it would show in the titles.
    const slow = faultUrl({ mode: 'hold', label: 'late' });
    const fast = feedUrl();
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${slow} limit="10"></lp-news-feed>`);
    await el.updateComplete;
    await until(async () => (await stats(slow)).hits === 1, 'the slow request reached the server');
    // Another reader of the slow endpoint keeps its request alive after the element leaves it.
    const other = fetchFeed({ url: new URL(slow, location.href).href });
    el.src = fast;
    const detail = await loaded(el);
    expect(detail.items).to.have.length(4);
    let events = 0;
    el.addEventListener('lp-load', () => events++);
    el.addEventListener('lp-error', () => events++);
    // The slow endpoint answers now, and its answer reaches the store; the element must not switch.
    await release(slow);
    const late = await other;
    expect(late.items[0].title).to.match(/^\[late\] /);
    await until(async () => (await stats(slow)).completed === 1, 'the slow answer was sent in full');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(detail.items.map((i) => i.title));
    expect(events).to.equal(0);
  });


  it('uses the heading level, hides an empty heading, and takes a slotted heading', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${feedUrl()} heading-level="4" heading="Coverage"></lp-news-feed>`);
    await loaded(el);
    expect(shadow(el).querySelector('h4[part="heading"]')!.textContent!.trim()).to.equal('Coverage');
    expect(shadow(el).querySelectorAll('h5[part="title"]').length).to.equal(4);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(shadow(el).querySelector('h6[part="heading"]')).not.to.equal(null);
    el.heading = '';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="heading"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const slotted = fixtureSync<LpNewsFeed>(
      html`<lp-news-feed src=${feedUrl()} heading=""><span slot="heading">Local Progress <em>in the press</em></span></lp-news-feed>`,
    );
    await loaded(slotted);
    const slot = shadow(slotted).querySelector<HTMLSlotElement>('h2[part="heading"] slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Local Progress in the press');
  });

  it('hides the no-JavaScript fallback children once upgraded', async () => {
    const el = fixtureSync<LpNewsFeed>(
      html`<lp-news-feed src=${feedUrl()}><p id="fallback"><a href="https://localprogress.org/news/">Local Progress in the news</a></p></lp-news-feed>`,
    );
    await loaded(el);
    const fallback = el.querySelector('#fallback')!;
    expect(fallback.getClientRects().length).to.equal(0);
  });

  it('writes dates and strings in Spanish, from its own or an ancestor’s lang', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="es-US"><lp-news-feed src=${feedUrl()}></lp-news-feed></div>`);
    const el = wrapper.querySelector('lp-news-feed')!;
    await loaded(el);
    expect(shadow(el).querySelector('[part="heading"]')!.textContent!.trim()).to.equal('En las noticias');
    const time = shadow(el).querySelector('time')!;
    expect(time.textContent).to.match(/^\d{1,2} de [a-z]+ de \d{4}$/);
    await expect(el).to.be.accessible();

    wrapper.setAttribute('lang', 'en');
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(shadow(el).querySelector('time')!.textContent).to.match(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="heading"]')!.textContent!.trim()).to.equal('En las noticias');
  });

  it('shares one request between three widgets on one endpoint', async () => {
    const src = feedUrl({ delay: 100 });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <lp-news-feed src=${src}></lp-news-feed>
      <lp-news-feed src=${src} limit="2"></lp-news-feed>
      <lp-news-feed src=${src} tag="housing" loading="eager"></lp-news-feed>
    </div>`);
    await Promise.all([...wrapper.children].map((el) => loaded(el)));
    expect(await hits(src)).to.equal(1);
  });

  it('renders a repeat view from the cache, and revalidates once when stale', async () => {
    const src = feedUrl();
    const first = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src}></lp-news-feed>`);
    await loaded(first);
    // Each fixture stacks below the last: eager, so that being off-screen does not delay it.
    const second = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} loading="eager"></lp-news-feed>`);
    expect((await loaded(second)).from).to.equal('cache');
    expect(await hits(src)).to.equal(1);

    configureFeeds({ maxAge: 0 });
    const third = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} loading="eager"></lp-news-feed>`);
    expect((await loaded(third)).from).to.equal('cache');
    expect((await loaded(third)).from).to.equal('network');
    expect(await hits(src)).to.equal(2);
  });

  it('waits until it nears the viewport before fetching', async () => {
    const src = feedUrl();
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 5000px"></div><lp-news-feed src=${src}></lp-news-feed></div>`);
    const el = wrapper.querySelector('lp-news-feed')!;
    await el.updateComplete;
    // An observer made after the element's own, with its margin: its first report comes in
    // the same notification step, after the element has heard that it is far from view.
    const entry = await new Promise<IntersectionObserverEntry>((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          observer.disconnect();
          resolve(entries[0]);
        },
        { rootMargin: '300px' },
      );
      observer.observe(el);
    });
    expect(entry.isIntersecting, 'far from the viewport').to.equal(false);
    await el.updateComplete;
    expect(await hits(src)).to.equal(0);
    const load = loaded(el);
    el.scrollIntoView();
    await load;
    expect(await hits(src)).to.equal(1);
  });

  it('reads the page-wide endpoint meta when there is no src', async () => {
    const meta = document.createElement('meta');
    meta.name = 'lp-widgets:endpoint';
    meta.content = feedUrl();
    document.head.append(meta);
    try {
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed></lp-news-feed>`);
      expect((await loaded(el)).items).to.have.length(4);
      expect(await hits(meta.content)).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  it('refuses a src that is not http(s), with a visible error and an event', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src="javascript:alert(1)"></lp-news-feed>`);
    expect((await failed(el)).error.kind).to.equal('network');
    expect(shadow(el).querySelector('[part="error"]')).not.to.equal(null);
  });
});

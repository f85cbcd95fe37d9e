// <lp-news-feed> on a page of this origin, reading a real WordPress on another origin.
// Run with `npm run test:wordpress`.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
// The WordPress REST reader is opt-in: a page that reads WordPress loads it.
import '../../src/lp-wordpress.js';
import type { LpNewsFeed } from '../../src/components/news-feed/news-feed.js';
import type { LpErrorDetail } from '../../src/core/feed-element.js';
import { resetFeeds } from '../../src/data/feed-store.js';
import { wordpressFeedUrl } from '../../src/data/wordpress-url.js';
import { loaded } from '../helpers.js';
import { loadImage, loadSample, loadSite, texts, typed, type SampleItem, type Site } from './site.js';

const shadow = (el: Element) => el.shadowRoot!;

describe('<lp-news-feed> on a real WordPress', () => {
  let site: Site;
  let src: string;
  let news: SampleItem[];
  const seeded = (feedId: string) => site.manifest.posts.find((p) => p.feedId === feedId)!;

  before(async () => {
    site = await loadSite();
    // Test files run side by side and share localStorage: a URL of this file's own (per_page=50
    // is as good as 100 for 21 posts) keeps another file's cached answer out of these tests.
    src = `${site.base}/wp-json/wp/v2/posts?_embed&per_page=50`;
    news = (await loadSample())
      .filter((i) => i._localprogress.kind === 'news')
      .sort((a, b) => b.date_published.localeCompare(a.date_published));
  });

  beforeEach(resetFeeds);

  it('renders the news posts, newest first: decoded titles, permalinks, dates, plain summaries', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="10" loading="eager"></lp-news-feed>`);
    const detail = await loaded(el);
    expect(detail.from).to.equal('network');
    expect(detail.dropped).to.equal(0);
    expect(detail.items.map((i) => i.kind)).to.deep.equal(['news', 'news', 'news', 'news']);

    const titles = texts(el, 'title');
    expect(titles.map(typed)).to.deep.equal(news.map((i) => typed(i.title)));
    expect(titles).to.include('Traffic Violence Is Up. Policing Isn’t the Answer.');
    expect(shadow(el).innerHTML).not.to.match(/&amp;#\d+;|&#8217;|&#038;/);
    const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => a.href);
    expect(links).to.deep.equal(news.map((i) => seeded(i.id).link));
    const times = [...shadow(el).querySelectorAll('time[part="date"]')].map((t) => t.getAttribute('datetime'));
    expect(times).to.deep.equal(news.map((i) => new Date(i.date_published).toISOString()));
    for (const summary of texts(el, 'summary')) {
      expect(summary, summary).not.to.match(/\[…\]|\[&hellip;\]|<\w|&#?\w+;/);
      expect(summary.length).to.be.greaterThan(40);
    }
  });

  it('shows each photo with its alt text, its credit, and a srcset of the real size files', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="10" loading="eager"></lp-news-feed>`);
    await loaded(el);
    const items = [...shadow(el).querySelectorAll('li[part="item"]')];
    expect(items).to.have.length(news.length);
    items.forEach((li, index) => {
      const expected = news[index]._localprogress;
      const media = seeded(news[index].id).media!;
      const img = li.querySelector<HTMLImageElement>('img[part="image"]')!;
      expect(img.alt).to.equal(expected.image_alt);
      expect(li.querySelector('[part="credit"]')!.textContent).to.equal(expected.image_credit);
      expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([String(media.width), String(media.height)]);
      expect(img.src).to.match(new RegExp(`^${site.base.replace(/\./g, '\\.')}/wp-content/uploads/`));
      const srcset = img.getAttribute('srcset')!;
      expect(srcset).to.match(/^(\S+ \d+w)(, \S+ \d+w)+$/);
      for (const width of [300, 768, 1024]) {
        expect(srcset).to.include(`-${width}x${Math.round((width * media.height) / media.width)}.jpg ${width}w`);
      }
    });
  });

  it('srcset widths are the real pixel widths of the files', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="1" loading="eager"></lp-news-feed>`);
    await loaded(el);
    const srcset = shadow(el).querySelector('img')!.getAttribute('srcset')!;
    for (const candidate of srcset.split(', ')) {
      const [url, w] = candidate.split(' ');
      const img = await loadImage(url);
      expect(`${img.naturalWidth}w`, url).to.equal(w);
    }
  });

  it('shows at most `limit` items', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="2" loading="eager"></lp-news-feed>`);
    expect((await loaded(el)).items).to.have.length(2);
    expect(texts(el, 'title').map(typed)).to.deep.equal(news.slice(0, 2).map((i) => typed(i.title)));
  });

  it('renders the trimmed wordpressFeedUrl answer the same as the full one', async () => {
    const full = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="10" loading="eager"></lp-news-feed>`);
    await loaded(full);
    const trimmed = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${wordpressFeedUrl(site.base)} limit="10" loading="eager"></lp-news-feed>`);
    await loaded(trimmed);
    expect(shadow(trimmed).querySelector('ul')!.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      shadow(full).querySelector('ul')!.innerHTML.replace(/<!--[^>]*-->/g, ''),
    );
  });

  it('follows the page’s lp-widgets:wp-kinds meta', async () => {
    const meta = document.createElement('meta');
    meta.name = 'lp-widgets:wp-kinds';
    meta.content = 'texas=news';
    document.head.append(meta);
    try {
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit="10" loading="eager"></lp-news-feed>`);
      const { items } = await loaded(el);
      expect(items).to.have.length(news.length + 1);
      expect(texts(el, 'title')).to.include('LPTX Chapter Manager Witnesses Dehumanizing ‘Operation Lone Star’ at Texas-Mexico Border');
    } finally {
      meta.remove();
    }
  });

  it('shows the error state for WordPress’s own error answers', async () => {
    for (const [path, status] of [
      ['/wp-json/wp/v2/no-such-type?_embed', 404],
      ['/wp-json/wp/v2/posts?_embed&per_page=101', 400],
    ] as const) {
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${site.base + path} loading="eager"></lp-news-feed>`);
      const { detail } = (await oneEvent(el, 'lp-error')) as CustomEvent<LpErrorDetail>;
      expect([detail.error.kind, detail.error.status]).to.deep.equal(['http', status]);
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')).not.to.equal(null);
    }
  });

  it('is accessible with real WordPress content', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} loading="eager"></lp-news-feed>`);
    await loaded(el);
    await expect(el).to.be.accessible();
  });
});

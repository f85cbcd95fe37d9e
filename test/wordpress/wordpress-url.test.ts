// wordpressFeedUrl (src/data/wordpress-url.ts) against a real WordPress: the URLs it builds are
// ones WordPress answers, and why a widget's `limit` is not WordPress's `per_page`.
// Run with `npm run test:wordpress`.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
// The WordPress REST reader is opt-in: a page that reads WordPress loads it.
import '../../src/lp-wordpress.js';
import type { LpNewsFeed } from '../../src/components/news-feed/news-feed.js';
import type { LpLoadDetail } from '../../src/core/feed-element.js';
import { fetchFeed, resetFeeds } from '../../src/data/feed-store.js';
import { WORDPRESS_FIELDS, wordpressFeedUrl, wordpressPerPage } from '../../src/data/wordpress-url.js';
import { loadSite, type Site } from './site.js';


async function shown(src: string, limit: number): Promise<LpLoadDetail['items']> {
  const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${src} limit=${limit} loading="eager"></lp-news-feed>`);
  const { detail } = (await oneEvent(el, 'lp-load')) as CustomEvent<LpLoadDetail>;
  return detail.items;
}

describe('wordpressFeedUrl on a real WordPress', () => {
  let site: Site;
  const total = () => site.manifest.posts.length;

  before(async () => {
    site = await loadSite();
  });
  beforeEach(resetFeeds);

  it('builds URLs WordPress answers, at /wp-json/ and at ?rest_route= alike', async () => {
    const pretty = wordpressFeedUrl(site.base);
    const plain = wordpressFeedUrl(site.base, { restRoute: true });
    expect(pretty).to.equal(
      `${site.base}/wp-json/wp/v2/posts?_embed=wp:featuredmedia,wp:term&per_page=100&_fields=id,date_gmt,link,title,excerpt,type,_links,_embedded`,
    );
    expect(plain).to.equal(
      `${site.base}/?rest_route=/wp/v2/posts&_embed=wp:featuredmedia,wp:term&per_page=100&_fields=id,date_gmt,link,title,excerpt,type,_links,_embedded`,
    );
    const [a, b] = await Promise.all([pretty, plain].map(async (u) => (await fetch(u)).json()));
    expect(a).to.have.length(total());
    expect(b).to.deep.equal(a);
    // Also from an address of the API itself.
    expect(wordpressFeedUrl(`${site.base}/wp-json/`)).to.equal(pretty);
  });

  it('keeps only the fields the widgets read, with _links and _embedded', async () => {
    const posts = await (await fetch(wordpressFeedUrl(site.base))).json();
    for (const post of posts) {
      expect(WORDPRESS_FIELDS).to.include.members(Object.keys(post));
      expect(post._embedded['wp:term'][0][0].taxonomy).to.equal('category');
      const seeded = site.manifest.posts.find((p) => p.id === post.id)!;
      expect(!!post._embedded['wp:featuredmedia'], String(post.id)).to.equal(!!seeded.media);
    }
  });

  it('sends perPage as per_page: that many posts per answer, paged by X-WP-TotalPages', async () => {
    const url = wordpressFeedUrl(site.base, { perPage: 3 });
    expect(wordpressPerPage(url)).to.equal(3);
    const response = await fetch(url);
    expect(await response.json()).to.have.length(3);
    expect(response.headers.get('X-WP-Total')).to.equal(String(total()));
    expect(response.headers.get('X-WP-TotalPages')).to.equal(String(Math.ceil(total() / 3)));
  });

  it('clamps perPage to what WordPress accepts (1–100)', async () => {
    const url = wordpressFeedUrl(site.base, { perPage: 500 });
    expect(wordpressPerPage(url)).to.equal(100);
    expect((await fetch(url)).status).to.equal(200);
    const refused = `${site.base}/wp-json/wp/v2/posts?_embed&per_page=101`;
    expect(wordpressPerPage(refused)).to.equal(undefined);
    expect((await fetch(refused)).status).to.equal(400);
    expect(wordpressPerPage(`${site.base}/wp-json/wp/v2/posts?_embed`)).to.equal(10);
  });

  it('limit is not per_page: a widget counts its items after picking its kind', async () => {
    // The 3 latest posts are news, a press release, news: per_page=3 leaves 2 news items.
    expect(await shown(wordpressFeedUrl(site.base, { perPage: 3 }), 3)).to.have.length(2);
    expect(await shown(wordpressFeedUrl(site.base), 3)).to.have.length(3);
    // A URL for one category is filled by per_page ≥ limit.
    const newsOnly = wordpressFeedUrl(site.base, { perPage: 3, categories: [site.manifest.categories['in-the-news']] });
    expect(await shown(newsOnly, 3)).to.have.length(3);
  });

  it('filters by category id', async () => {
    const url = wordpressFeedUrl(site.base, { categories: [site.manifest.categories['press-releases']] });
    const { items } = await fetchFeed({ url });
    expect(items).to.have.length(5);
    expect(items.every((i) => i.kind === 'press-release')).to.equal(true);
  });

  it('reads a custom post type by its rest_base', async () => {
    const { items } = await fetchFeed({ url: wordpressFeedUrl(site.base, { type: 'statements' }) });
    expect(items.map((i) => i.title)).to.deep.equal([
      'Statement: After Grants Pass: organizing to house all our neighbors',
      'Statement: 180+ State and Local Elected Officials Urge Congress to Reject the EATS Act',
    ]);
  });
});

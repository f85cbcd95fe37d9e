// The data layer (fetchFeed → normalizeFeed → Item) on a real WordPress, kind by kind, against
// the sample feed the site was seeded from (demo/data/localprogress.json).
// Run with `npm run test:wordpress`.
import { expect } from '@open-wc/testing';
// The store reads WordPress posts through the opt-in reader.
import '../../src/lp-wordpress.js';
import { fetchFeed, resetFeeds } from '../../src/data/feed-store.js';
import type { FeedResult, Item, ItemKind } from '../../src/data/item.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { wordpressFeedUrl } from '../../src/data/wordpress-url.js';
import { loadSample, loadSite, typed, type SampleItem, type SeededPost, type Site } from './site.js';

/** `url 300w, url 768w` → [[url, 300], [url, 768]], sorted by width. */
const candidates = (srcset: string) =>
  srcset
    .split(',')
    .map((c) => c.trim().split(/\s+/))
    .map(([url, w]) => [url, Number(w.slice(0, -1))] as [string, number])
    .sort((a, b) => a[1] - b[1]);

describe('fetchFeed on a real WordPress', () => {
  let site: Site;
  let sample: Map<string, SampleItem>;
  let result: FeedResult;
  let url: string;
  const itemOf = (post: SeededPost): Item => result.items.find((i) => i.id === `wp:${post.id}`)!;
  const postsOf = (kind: ItemKind) => site.manifest.posts.filter((p) => p.kind === kind);

  before(async () => {
    site = await loadSite();
    sample = new Map((await loadSample()).map((i) => [i.id, i]));
    url = `${site.base}/wp-json/wp/v2/posts?_embed&per_page=100`;
  });

  beforeEach(async () => {
    resetFeeds();
    result = await fetchFeed({ url });
  });

  it('reads every post as an item, none dropped, newest first', () => {
    expect(result.format).to.equal('wordpress');
    expect(result.dropped).to.equal(0);
    expect(result.items).to.have.length(site.manifest.posts.length);
    const dates = result.items.map((i) => i.published!);
    expect([...dates].sort().reverse()).to.deep.equal(dates);
  });

  it('takes each post’s kind from its category', () => {
    for (const post of site.manifest.posts) expect(itemOf(post).kind, post.slug).to.equal(sample.get(post.feedId)!._localprogress.kind);
    const count = (kind: ItemKind) => result.items.filter((i) => i.kind === kind).length;
    expect([count('news'), count('press-release'), count('blog')]).to.deep.equal([4, 5, 12]);
  });

  it('decodes titles to the text of the sample feed', () => {
    for (const post of site.manifest.posts) {
      const title = itemOf(post).title;
      expect(title, title).not.to.match(/&#?\w+;|<\w/);
      expect(typed(title)).to.equal(typed(sample.get(post.feedId)!.title));
    }
    expect(itemOf(postsOf('blog').find((p) => p.slug.startsWith('lawsuit-against'))!).title).to.equal(
      'Lawsuit against anti-riot bill’s ‘defund the police’ provision advances',
    );
    expect(itemOf(postsOf('blog').find((p) => p.slug.startsWith('lptx-fall'))!).title).to.include('🍂 | Budget roundup, witnessing Operation Lone Star, & more!');
  });

  it('dates each item by date_gmt, read as UTC', () => {
    for (const post of site.manifest.posts) {
      expect(itemOf(post).published).to.equal(new Date(sample.get(post.feedId)!.date_published).toISOString());
    }
  });

  it('links each item to the post’s permalink, and keeps its tags', () => {
    for (const post of site.manifest.posts) {
      const item = itemOf(post);
      expect(item.url).to.equal(post.link);
      expect(item.tags).to.include.members(sample.get(post.feedId)!.tags);
      // Category slugs count as tags too.
      expect(item.tags).to.include.members(post.categories);
    }
  });

  it('press releases: summaries without release line, media contact, dateline or […] tail', () => {
    const releases = postsOf('press-release');
    expect(releases.filter((p) => p.excerpt === 'auto')).to.have.length(2);
    for (const post of releases) {
      const { summary } = itemOf(post);
      expect(summary, summary).not.to.match(/For Immediate Release|Media Contact|press@|WASHINGTON|\[…\]|\[&hellip;\]|<|&#/i);
      expect(typed(summary), summary).to.match(new RegExp(`^${escape(typed(sample.get(post.feedId)!.summary).slice(0, 60))}`));
    }
  });

  it('blog and news: hand-written and automatic excerpts read as the sample’s summary', () => {
    for (const post of [...postsOf('blog'), ...postsOf('news')]) {
      const { summary } = itemOf(post);
      const expected = typed(sample.get(post.feedId)!.summary);
      expect(summary, summary).not.to.match(/\[…\]|<|&#/);
      expect(expected.startsWith(typed(summary).replace(/…$/, '')), `${summary}\n${expected}`).to.equal(true);
      expect(summary.length).to.be.within(Math.min(expected.length, 200), 301);
    }
  });

  it('images: the alt text, the credit from the caption, the full size', () => {
    const withImages = site.manifest.posts.filter((p) => p.media);
    expect(withImages.length).to.be.at.least(8);
    for (const post of withImages) {
      const media = post.media!;
      const image = itemOf(post).image!;
      expect(image, post.slug).to.be.an('object');
      expect(image.alt).to.equal(media.alt);
      expect(image.credit).to.equal(media.credit || undefined);
      expect([image.width, image.height]).to.deep.equal([media.width, media.height]);
      expect(image.src).to.match(new RegExp(`^${escape(site.base)}/wp-content/uploads/\\d{4}/\\d{2}/[\\w.-]+\\.(jpg|png)$`));
    }
    const linked = itemOf(site.manifest.posts.find((p) => p.slug.startsWith('traffic-violence'))!);
    expect(linked.image!.credit).to.equal('Photo by Michael Förtsch / Unsplash');
    const bare = itemOf(site.manifest.posts.find((p) => p.slug === 'electeds-oppose-eats-act')!);
    expect(bare.image!.alt).to.equal('');
    expect(bare.image!.credit).to.equal(undefined);
  });

  it('images: a srcset of the real size files, with their widths', async () => {
    const posts = await (await fetch(url)).json();
    for (const post of site.manifest.posts.filter((p) => p.media)) {
      const sizes = posts.find((p: any) => p.id === post.id)._embedded['wp:featuredmedia'][0].media_details.sizes;
      const real = new Map(Object.values(sizes as Record<string, { source_url: string; width: number }>).map((s) => [s.source_url, s.width]));
      const srcset = itemOf(post).image!.srcset!;
      expect(srcset, post.slug).to.be.a('string');
      for (const [candidate, width] of candidates(srcset)) expect(real.get(candidate), candidate).to.equal(width);
    }
  });

  it('images: the same srcset candidates as WordPress’s own, leaving out the square thumbnail crop', () => {
    for (const post of site.manifest.posts.filter((p) => p.media)) {
      expect(candidates(itemOf(post).image!.srcset!), post.slug).to.deep.equal(candidates(post.media!.srcset));
    }
  });

  it('follows a page’s kind mapping: an unmapped category moves, the first mapped category wins', async () => {
    resetFeeds();
    const remapped = await fetchFeed({ url, wordpressKinds: 'texas=news' });
    const kindOf = (slugStart: string) => {
      const post = site.manifest.posts.find((p) => p.slug.startsWith(slugStart))!;
      return remapped.items.find((i) => i.id === `wp:${post.id}`)!.kind;
    };
    // In "Texas" only: blog by default, news with the page's mapping.
    expect(itemOf(site.manifest.posts.find((p) => p.slug.startsWith('lptx-chapter-manager'))!).kind).to.equal('blog');
    expect(kindOf('lptx-chapter-manager')).to.equal('news');
    // In "Blog" and "Texas": WordPress lists categories by name, so "blog" comes first and wins.
    expect(kindOf('lptx-fall-state-download')).to.equal('blog');
    expect(kindOf('huge-policy-wins')).to.equal('blog');
  });

  it('reads a custom post type’s endpoint the same way', async () => {
    const statements = await fetchFeed({ url: `${site.base}/wp-json/wp/v2/statements?_embed` });
    expect(statements.format).to.equal('wordpress');
    expect(statements.items.map((i) => i.kind)).to.deep.equal(['press-release', 'blog']);
    expect(statements.items.map((i) => i.url)).to.deep.equal(site.manifest.statements.map((s) => s.link));
    expect(statements.items[0].title).to.equal('Statement: After Grants Pass: organizing to house all our neighbors');
  });

  it('reads the trimmed wordpressFeedUrl answer to exactly the same items', async () => {
    const trimmedUrl = wordpressFeedUrl(site.base);
    expect(trimmedUrl).to.include('_fields=');
    const [full, trimmed] = await Promise.all([fetch(url), fetch(trimmedUrl)].map(async (r) => (await r).json()));
    expect(JSON.stringify(trimmed).length).to.be.below(JSON.stringify(full).length);
    expect(normalizeFeed(trimmed, { base: trimmedUrl })).to.deep.equal(normalizeFeed(full, { base: url }));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The three feed widgets on one page, reading one real WordPress endpoint: one shared request,
// each widget its own kind. Run with `npm run test:wordpress`.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/blog-grid/blog-grid.define.js';
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/press-releases/press-releases.define.js';
// The WordPress REST reader is opt-in: a page that reads WordPress loads it.
import '../../src/lp-wordpress.js';
import type { LpFeedElement, LpLoadDetail } from '../../src/core/feed-element.js';
import { resetFeeds } from '../../src/data/feed-store.js';
import { wordpressFeedUrl } from '../../src/data/wordpress-url.js';
import { loadSite, texts, type Site } from './site.js';


describe('news, press releases and blog from one real WordPress endpoint', () => {
  let site: Site;

  before(async () => {
    site = await loadSite();
  });
  beforeEach(resetFeeds);

  it('share one request, and each shows its own kind', async () => {
    // perPage 99: a URL of this file's own, so no other test file's cached answer is in the way.
    const src = wordpressFeedUrl(site.base, { perPage: 99 });
    // fixtureSync, not fixture: fixture() waits for an animation frame, and a test page running
    // in a background tab (concurrency 2) gets none.
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <lp-news-feed src=${src} limit="10" loading="eager"></lp-news-feed>
      <lp-press-releases src=${src} limit="10" loading="eager"></lp-press-releases>
      <lp-blog-grid src=${src} limit="20" loading="eager"></lp-blog-grid>
    </div>`);
    const widgets = [...wrapper.children] as LpFeedElement[];
    const loads = await Promise.all(widgets.map(async (el) => ((await oneEvent(el, 'lp-load')) as CustomEvent<LpLoadDetail>).detail));
    await Promise.all(widgets.map((el) => el.updateComplete));

    expect(loads.map((d) => d.items.length)).to.deep.equal([4, 5, 12]);
    expect(loads.map((d) => [...new Set(d.items.map((i) => i.kind))])).to.deep.equal([['news'], ['press-release'], ['blog']]);
    expect(performance.getEntriesByName(src)).to.have.length(1);

    const [, releases, blog] = widgets;
    expect(texts(releases, 'summary')).to.have.length(5);
    for (const summary of texts(releases, 'summary')) {
      expect(summary, summary).not.to.match(/For Immediate Release|Media Contact|WASHINGTON|\[…\]|^\w+ \d{1,2}, \d{4}$/);
    }
    expect(texts(blog, 'title')).to.include('We’re hiring a Membership Organizer');
    const images = [...blog.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="image"]')];
    expect(images.length).to.be.at.least(5);
    expect(images.every((img) => img.alt.length > 0 && /\s\d+w(,|$)/.test(img.getAttribute('srcset')!))).to.equal(true);
  });
});

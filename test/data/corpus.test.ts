import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/blog-grid/blog-grid.define.js';
import type { LpBlogGrid } from '../../src/components/blog-grid/blog-grid.js';
import type { Item } from '../../src/data/item.js';
import { itemProblems, normalizeFeed } from '../../src/data/normalize.js';
import { resetStore, serve } from '../helpers.js';

// Real feeds from public repositories (test/fixtures/feeds/SOURCES.md). What each should give is
// read from the file itself with the browser's own parsers (DOMParser for HTML text, URL for
// links, Date for RFC 3339 instants that every engine reads alike), never from the normalizer.

const DIR = '/test/fixtures/feeds';
const JSON_FEEDS = ['inessential-v1.json', 'lukedorny-v1.1.json', 'manton-v1-untitled.http', 'daringfireball-v1.1.http', 'feedparser-example-v1.json'];
const WORDPRESS = ['worona-posts-embed.json', 'frontity-posts-embed.json', 'wp-api-demo-2016.json'];

type Raw = Record<string, any>;

/** A fixture's document; a recorded HTTP response (`.http`) is read from after its headers. */
async function fixture(path: string): Promise<any> {
  const text = await (await fetch(`${DIR}/${path}`)).text();
  return JSON.parse(path.endsWith('.http') ? text.slice(text.search(/\r?\n\r?\n/)) : text);
}

/** The text of an HTML fragment as the browser reads it, whitespace collapsed. */
function domText(fragment: unknown): string {
  if (typeof fragment !== 'string') return '';
  const doc = new DOMParser().parseFromString(fragment, 'text/html');
  doc.querySelectorAll('script, style').forEach((node) => node.remove());
  return (doc.body.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** A link as the browser resolves it: same origin and path (query parameters may be cleaned). */
function expectSameLink(actual: string, raw: string, base: string) {
  const want = new URL(raw, base);
  const got = new URL(actual);
  expect(got.origin + got.pathname, raw).to.equal(want.origin + want.pathname);
  if (!want.search) expect(actual, raw).to.equal(want.href);
}

function expectWebUrls(items: Item[]) {
  for (const item of items) {
    expect(['http:', 'https:'], item.url).to.include(new URL(item.url).protocol);
    if (!item.image) continue;
    expect(['http:', 'https:'], item.image.src).to.include(new URL(item.image.src).protocol);
    for (const candidate of item.image.srcset?.split(', ') ?? []) {
      expect(candidate, item.image.srcset).to.match(/^https?:\/\/\S+ \d+w$/);
    }
  }
}

/** An untitled item's title: at most 80 characters and an ellipsis, the start of its text. */
function expectDerivedTitle(title: string, text: string) {
  expect(title, text).to.not.equal('');
  expect(title.length, title).to.be.at.most(81);
  expect(squash(text).startsWith(squash(title.replace(/…$/, ''))), `${title} / ${text}`).to.equal(true);
  if (text.length <= 70) expect(squash(title)).to.equal(squash(text));
}

/** The http(s) link of a JSON Feed item as the browser resolves it, if any. */
function webLink(raw: Raw, base: string): string | undefined {
  try {
    const url = new URL(raw.url ?? raw.external_url, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('corpus: real JSON Feeds', () => {
  for (const file of JSON_FEEDS) {
    it(`${file}: every item with a link and a title or text, in order, with its link, title and date`, async () => {
      const doc = await fixture(`jsonfeed/${file}`);
      const base: string = doc.feed_url ?? doc.home_page_url;
      const rawItems = doc.items as Raw[];
      const text = (raw: Raw) => (typeof raw.content_text === 'string' ? raw.content_text.replace(/\s+/g, ' ').trim() : '') || domText(raw.content_html) || domText(raw.summary);
      const expected = rawItems.filter((raw) => webLink(raw, base) && (domText(raw.title) || text(raw)));

      const result = normalizeFeed(doc, { base });
      expect(result.format).to.equal('json-feed');
      expect(result.items.map((i) => i.id)).to.deep.equal(expected.map((raw) => String(raw.id)));
      expect(result.dropped).to.equal(rawItems.length - expected.length);
      expect(itemProblems(doc, { base }).filter(Boolean)).to.have.length(result.dropped);

      result.items.forEach((item, i) => {
        const raw = expected[i];
        expectSameLink(item.url, raw.url ?? raw.external_url, base);
        if (domText(raw.title)) expect(item.title).to.equal(domText(raw.title));
        else expectDerivedTitle(item.title, text(raw));
        const date = raw.date_published ?? raw.date_modified;
        expect(item.published, String(date)).to.equal(date ? new Date(date).toISOString() : undefined);
        if (raw.image) expectSameLink(item.image!.src, raw.image, base);
        expect(item.tags).to.have.length(new Set((raw.tags ?? []).map((t: string) => t.trim().toLowerCase())).size);
      });
      expectWebUrls(result.items);
    });
  }

  it('the micro-blog: its untitled posts with text all show by their first words; a photo-only post is dropped as untitled', async () => {
    const doc = await fixture('jsonfeed/manton-v1-untitled.http');
    const rawItems = doc.items as Raw[];
    const untitled = rawItems.filter((raw) => !raw.title && raw.url && domText(raw.content_html));
    expect(untitled.length).to.be.greaterThan(5);
    const { items } = normalizeFeed(doc, { base: doc.feed_url });
    for (const raw of untitled) {
      const item = items.find((i) => i.id === String(raw.id))!;
      expectDerivedTitle(item.title, domText(raw.content_html));
    }
    const reasons = itemProblems(doc, { base: doc.feed_url });
    rawItems.forEach((raw, i) => {
      if (!raw.url) expect(reasons[i], raw.id).to.equal('no http(s) link');
      else if (!raw.title && !domText(raw.content_html)) expect(reasons[i], raw.id).to.equal('no title');
      else expect(reasons[i], raw.id).to.equal(undefined);
    });
    expect(reasons.filter(Boolean).length, 'the photo-only post and its copy without a link').to.equal(2);
  });
});

describe('corpus: real WordPress REST responses', () => {
  for (const file of WORDPRESS) {
    it(`${file}: every post, with its link, title, date and featured image`, async () => {
      const posts = (await fixture(`wordpress/${file}`)) as Raw[];
      const base: string = posts[0]._links?.collection?.[0]?.href ?? new URL('/wp-json/wp/v2/posts', posts[0].link).href;
      const expected = posts.filter((raw) => domText(raw.title.rendered) || domText(raw.excerpt?.rendered) || domText(raw.content?.rendered));

      const result = normalizeFeed(posts, { base });
      expect(result.format).to.equal('wordpress');
      expect(result.items.map((i) => i.id)).to.deep.equal(expected.map((raw) => `wp:${raw.id}`));
      expect(result.dropped).to.equal(posts.length - expected.length);
      expect(itemProblems(posts, { base }).filter(Boolean)).to.have.length(result.dropped);

      result.items.forEach((item, i) => {
        const raw = expected[i];
        expectSameLink(item.url, raw.link, base);
        const title = domText(raw.title.rendered);
        if (title) expect(item.title).to.equal(title);
        else expectDerivedTitle(item.title, domText(raw.excerpt.rendered));
        expect(item.published).to.equal(new Date(`${raw.date_gmt}Z`).toISOString());
        const media = raw._embedded?.['wp:featuredmedia']?.[0];
        expect(item.image?.src).to.equal(media?.source_url);
        if (media?.alt_text) expect(item.image?.alt).to.equal(media.alt_text);
        const categories = (raw._embedded?.['wp:term'] ?? []).flat().filter((t: Raw) => t.taxonomy === 'category');
        expect(item.tags.length).to.be.at.least(categories.length ? 1 : 0);
      });
      expectWebUrls(result.items);
    });
  }

  it('the 2016 plugin response: its status posts with an empty title all show', async () => {
    const posts = (await fixture('wordpress/wp-api-demo-2016.json')) as Raw[];
    const untitled = posts.filter((raw) => raw.title.rendered === '');
    expect(untitled.length).to.be.greaterThan(5);
    const { items, dropped } = normalizeFeed(posts, { base: posts[0]._links.collection[0].href });
    expect([items.length, dropped]).to.deep.equal([posts.length, 0]);
    const first = items.find((i) => i.id === `wp:${untitled[0].id}`)!;
    expect(first.title).to.equal(domText(untitled[0].excerpt.rendered));
  });
});

describe('corpus: the elements', () => {
  beforeEach(resetStore);

  it('<lp-blog-grid> shows the spec example’s untitled item by the first words of its text', async () => {
    const src = `${DIR}/jsonfeed/feedparser-example-v1.json`;
    const doc = await fixture('jsonfeed/feedparser-example-v1.json');
    const el = fixtureSync<LpBlogGrid>(html`<lp-blog-grid src=${src} loading="eager"></lp-blog-grid>`);
    await oneEvent(el, 'lp-load');
    await el.updateComplete;
    const titles = [...el.shadowRoot!.querySelectorAll('[part="item"] a')].map((a) => a.textContent!.trim());
    const untitled = (doc.items as Raw[]).find((raw) => !raw.title)!;
    expect(titles).to.have.length(doc.items.length);
    expect(titles).to.include(domText(untitled.content_html));
    expect(el.shadowRoot!.textContent).not.to.include('alert');
  });

  it('<lp-blog-grid> shows the micro-blog’s untitled posts with their derived titles and no repeated summary', async () => {
    const doc = await fixture('jsonfeed/manton-v1-untitled.http');
    const el = fixtureSync<LpBlogGrid>(html`<lp-blog-grid src=${await serve(doc)} limit="20" loading="eager"></lp-blog-grid>`);
    await oneEvent(el, 'lp-load');
    await el.updateComplete;
    const cards = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
    const shown = (doc.items as Raw[]).filter((raw) => raw.url && (raw.title || domText(raw.content_html)));
    expect(cards).to.have.length(shown.length);
    shown.forEach((raw, i) => {
      const title = cards[i].querySelector('a')!.textContent!.trim();
      if (raw.title) {
        expect(title).to.equal(domText(raw.title));
        return;
      }
      const text = domText(raw.content_html);
      expectDerivedTitle(title, text);
      // Compared as text: chai describing a rendered element in a failure message can take minutes.
      const summary = cards[i].querySelector('[part="summary"]')?.textContent ?? null;
      if (squash(title) === squash(text)) expect(summary, title).to.equal(null);
    });
  });

  it('<lp-blog-grid> gives a JSON Feed image its _localprogress srcset, width and height', async () => {
    const doc = await fixture('jsonfeed/lukedorny-v1.1.json');
    const raw = (doc.items as Raw[]).find((item) => item.image)!;
    // The publisher's extension, written onto the real item: a narrower copy and the size.
    const narrow = new URL(raw.image);
    narrow.searchParams.set('w', '250');
    const item = { ...raw, _localprogress: { image_srcset: `${narrow.href} 250w, ${raw.image} 500w, javascript:alert(1) 900w`, image_width: 500, image_height: 375 } };
    const el = fixtureSync<LpBlogGrid>(html`<lp-blog-grid src=${await serve({ ...doc, items: [item] })} loading="eager"></lp-blog-grid>`);
    await oneEvent(el, 'lp-load');
    await el.updateComplete;
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(raw.image);
    expect(img.getAttribute('srcset')).to.equal(`${narrow.href} 250w, ${raw.image} 500w`);
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['500', '375']);
    expect(img.getAttribute('sizes')).to.match(/\S/);
  });
});

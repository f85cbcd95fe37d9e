import { expect } from '@open-wc/testing';
import { isJsonFeed, jsonFeedItemProblem, normalizeJsonFeedItem } from '../../src/data/json-feed.js';
import { itemProblems, normalizeFeed } from '../../src/data/normalize.js';
import { DERIVED_TITLE_MAX } from '../../src/data/text.js';
import { normalizeWordPressPost, wordpressPostProblem } from '../../src/data/wordpress.js';

const BASE = 'https://example.org/feed.json';
const feed = (items: unknown[], version = 'https://jsonfeed.org/version/1.1') => ({ version, title: 'x', items });

describe('JSON Feed versions', () => {
  it('reads version 1 and 1.1, with https or http', () => {
    for (const version of [
      'https://jsonfeed.org/version/1',
      'https://jsonfeed.org/version/1.1',
      'http://jsonfeed.org/version/1',
      'http://jsonfeed.org/version/1.1',
    ]) {
      expect(isJsonFeed(feed([], version)), version).to.equal(true);
      expect(normalizeFeed(feed([{ url: 'https://a.org/1', title: 'One' }], version)).items, version).to.have.length(1);
    }
  });

  it('rejects other versions and other sites', () => {
    for (const version of ['https://jsonfeed.org/version/2', 'https://jsonfeed.org/version/10', 'https://example.org/version/1', 'ftp://jsonfeed.org/version/1', '1.1']) {
      expect(isJsonFeed(feed([], version)), version).to.equal(false);
    }
  });
});

describe('JSON Feed items without a title', () => {
  const text = 'Spent the morning at the county board meeting where the new budget finally passed after three hours of public comment.';

  it('take their title from content_text: the first words, cut on a word, with an ellipsis', () => {
    const item = normalizeJsonFeedItem({ id: '1', url: 'https://a.org/1', content_text: text }, BASE);
    expect(item?.title).to.equal('Spent the morning at the county board meeting where the new budget finally…');
    expect(item!.title.length).to.be.at.most(DERIVED_TITLE_MAX + 1);
    expect(text.startsWith(item!.title.slice(0, -1))).to.equal(true);
    expect(item?.summary, 'the summary keeps the whole text').to.equal(text);
  });

  it('else from content_html as text, else from the summary', () => {
    const html = normalizeJsonFeedItem({ url: 'https://a.org/2', content_html: '<p>Doors open at <b>6&nbsp;pm</b> &amp; the vote is at 7.</p>' }, BASE);
    expect(html?.title).to.equal('Doors open at 6 pm & the vote is at 7.');
    const summary = normalizeJsonFeedItem({ url: 'https://a.org/3', summary: 'A short note.' }, BASE);
    expect(summary?.title).to.equal('A short note.');
    const both = normalizeJsonFeedItem({ url: 'https://a.org/4', content_text: 'From the text.', content_html: '<p>From the HTML.</p>' }, BASE);
    expect(both?.title).to.equal('From the text.');
    const emptyTitle = normalizeJsonFeedItem({ url: 'https://a.org/5', title: '  ', content_text: 'Title was blank.' }, BASE);
    expect(emptyTitle?.title).to.equal('Title was blank.');
  });

  it('do not repeat a short text as their summary', () => {
    const item = normalizeJsonFeedItem({ url: 'https://a.org/6', content_text: 'Just landed in Lansing.' }, BASE);
    expect(item?.title).to.equal('Just landed in Lansing.');
    expect(item?.summary).to.equal('');
    const titled = normalizeJsonFeedItem({ url: 'https://a.org/7', title: 'A title', content_text: 'Just landed in Lansing.' }, BASE);
    expect(titled?.summary).to.equal('Just landed in Lansing.');
  });

  it('drop when they have neither title nor text', () => {
    const doc = feed([
      { id: 'a', url: 'https://a.org/a', content_text: 'Kept.' },
      { id: 'b', url: 'https://a.org/b', image: 'https://a.org/b.jpg' },
      { id: 'c', url: 'https://a.org/c', content_html: '<p> <img src="x.jpg"> </p>' },
    ]);
    const result = normalizeFeed(doc, { base: BASE });
    expect(result.items.map((i) => i.id)).to.deep.equal(['a']);
    expect(result.dropped).to.equal(2);
  });
});

describe('JSON Feed relative URLs', () => {
  it('resolve root-relative and relative links and images against the endpoint', () => {
    const result = normalizeFeed(
      feed([
        { id: '1', url: '/2024/09/post/', title: 'Root-relative', image: '/uploads/a.jpg' },
        { id: '2', url: 'post-2.html', title: 'Relative', image: 'img/b.jpg', banner_image: 'ignored.jpg' },
        { id: '3', external_url: '../out/', title: 'External only' },
      ]),
      { base: 'https://example.org/blog/feed.json' },
    );
    expect(result.items.map((i) => i.url)).to.deep.equal([
      'https://example.org/2024/09/post/',
      'https://example.org/blog/post-2.html',
      'https://example.org/out/',
    ]);
    expect(result.items.map((i) => i.image?.src)).to.deep.equal(['https://example.org/uploads/a.jpg', 'https://example.org/blog/img/b.jpg', undefined]);
  });

  it('do not resolve against the feed’s home_page_url or feed_url: without a base they drop', () => {
    const doc = { ...feed([{ id: '1', url: '/2024/09/post/', title: 'x' }]), home_page_url: 'https://example.org/', feed_url: 'https://example.org/feed.json' };
    expect(normalizeFeed(doc).items).to.have.length(0);
    expect(normalizeFeed(doc, { base: 'https://cdn.example.net/lp/feed.json' }).items[0].url).to.equal('https://cdn.example.net/2024/09/post/');
  });
});

describe('JSON Feed _localprogress image sizes', () => {
  const withImage = (ext: Record<string, unknown>) =>
    normalizeJsonFeedItem({ id: '1', url: 'https://a.org/1', title: 'x', image: 'https://a.org/full.jpg', _localprogress: ext }, BASE)?.image;

  it('reads image_srcset, image_width and image_height', () => {
    const image = withImage({
      image_srcset: 'https://a.org/a-300x200.jpg 300w, https://a.org/a-768x512.jpg 768w, https://a.org/full.jpg 1600w',
      image_width: 1600,
      image_height: 1067,
    });
    expect(image?.srcset).to.equal('https://a.org/a-300x200.jpg 300w, https://a.org/a-768x512.jpg 768w, https://a.org/full.jpg 1600w');
    expect([image?.width, image?.height]).to.deep.equal([1600, 1067]);
  });

  it('drops candidates that are not http(s) URLs with a width, keeps the rest in their order', () => {
    const image = withImage({
      image_srcset:
        'javascript:alert(1) 300w, data:image/png;base64,AAAA 400w, https://a.org/b.jpg 2x, https://a.org/c.jpg, https://a.org/d.jpg 0w, ' +
        'https://res.example.net/w_1024,c_scale/e.jpg 1024w, /rel/f.jpg 500w,  https://a.org/g.jpg 300w extra',
    });
    expect(image?.srcset).to.equal('https://res.example.net/w_1024,c_scale/e.jpg 1024w, https://example.org/rel/f.jpg 500w');
  });

  it('has no srcset when no candidate passes, and no size unless both dimensions are positive integers', () => {
    expect(withImage({ image_srcset: 'javascript:x 300w' })?.srcset).to.equal(undefined);
    expect(withImage({ image_srcset: 42 })?.srcset).to.equal(undefined);
    for (const [w, h] of [[1600, undefined], [0, 900], [1600.5, 900], ['1600', '900'], [-1, 900], [1e6, 900]]) {
      const image = withImage({ image_width: w, image_height: h });
      expect([image?.width, image?.height], `${w}×${h}`).to.deep.equal([undefined, undefined]);
    }
  });

  it('needs an image: the sizes alone make none', () => {
    const item = normalizeJsonFeedItem({ url: 'https://a.org/1', title: 'x', _localprogress: { image_srcset: 'https://a.org/a.jpg 300w', image_width: 300, image_height: 200 } }, BASE);
    expect(item?.image).to.equal(undefined);
  });
});

describe('why an item is dropped', () => {
  const jsonItems: unknown[] = [
    { id: '1', url: 'https://a.org/1', title: 'Good' },
    'not an object',
    null,
    ['https://a.org/x'],
    { id: '2', url: 'javascript:alert(1)', title: 'Bad link' },
    { id: '3', title: 'No link' },
    { id: '4', url: 'https://a.org/4' },
    { id: '5', url: 'https://a.org/5', title: ' ', content_html: '<p></p>' },
    { id: '6', url: '/relative', content_text: 'Needs the base.' },
  ];

  it('names the reason for each JSON Feed item the normalizer drops, and none for one it keeps', () => {
    const reasons = jsonItems.map((raw) => jsonFeedItemProblem(raw, BASE));
    expect(reasons).to.deep.equal([undefined, 'not an object', 'not an object', 'not an object', 'no http(s) link', 'no http(s) link', 'no title', 'no title', undefined]);
    expect(jsonFeedItemProblem(jsonItems[8])).to.equal('no http(s) link');
    for (const raw of jsonItems) {
      expect(!normalizeJsonFeedItem(raw, BASE), JSON.stringify(raw)).to.equal(!!jsonFeedItemProblem(raw, BASE));
    }
  });

  it('names the reason for each WordPress post', () => {
    const posts: unknown[] = [
      { id: 1, link: 'https://a.org/?p=1', title: { rendered: 'Good' } },
      42,
      { id: 2, link: 'data:text/html,x', title: { rendered: 'Bad link' } },
      { id: 3, link: '/?p=3', title: { rendered: 'Relative' } },
      { id: 4, link: 'https://a.org/?p=4', title: { rendered: '' }, excerpt: { rendered: '' } },
      { id: 5, link: 'https://a.org/?p=5', title: 'not rendered' },
    ];
    expect(posts.map((raw) => wordpressPostProblem(raw, 'https://a.org/wp-json/wp/v2/posts'))).to.deep.equal([
      undefined,
      'not an object',
      'no http(s) link',
      undefined,
      'no title',
      'no title',
    ]);
    expect(wordpressPostProblem(posts[3])).to.equal('no http(s) link');
    for (const raw of posts) {
      expect(!normalizeWordPressPost(raw, undefined, 'https://a.org/'), JSON.stringify(raw)).to.equal(!!wordpressPostProblem(raw, 'https://a.org/'));
    }
  });

  it('lists one reason per dropped item of a feed, repeated ids included', () => {
    const doc = feed([...jsonItems, { id: '1', url: 'https://a.org/dupe', title: 'Same id' }]);
    const reasons = itemProblems(doc, { base: BASE });
    expect(reasons).to.have.length(jsonItems.length + 1);
    expect(reasons.at(-1)).to.equal('repeated id');
    expect(reasons.filter(Boolean)).to.have.length(normalizeFeed(doc, { base: BASE }).dropped);
    expect(() => itemProblems({ nope: true })).to.throw();
  });
});

describe('WordPress: untitled posts, relative images', () => {
  it('gives an untitled post (a status, an aside) the first words of its excerpt', () => {
    const item = normalizeWordPressPost({
      id: 457,
      link: 'https://a.org/2016/07/17/457/',
      title: { rendered: '' },
      excerpt: { rendered: '<p>The event is about to start&#8230;</p>\n' },
      content: { rendered: '<p>The event is about to start&#8230; and more.</p>\n' },
    });
    expect(item?.title).to.equal('The event is about to start…');
  });

  it('resolves a relative image URL against the endpoint', () => {
    const item = normalizeWordPressPost(
      { id: 1, link: '/?p=1', title: { rendered: 'x' }, _embedded: { 'wp:featuredmedia': [{ source_url: '/wp-content/uploads/a.jpg' }] } },
      undefined,
      'https://a.org/wp-json/wp/v2/posts?_embed',
    );
    expect(item?.url).to.equal('https://a.org/?p=1');
    expect(item?.image?.src).to.equal('https://a.org/wp-content/uploads/a.jpg');
  });
});

import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/errors.js';
import { normalizeFeed, selectItems } from '../../src/data/normalize.js';
import { parseKindMap } from '../../src/data/wordpress.js';
import { sample, sampleEntries } from '../helpers.js';

const BASE = 'https://localprogress.org/feed.json';

describe('normalizeFeed: JSON Feed 1.1', () => {
  it('reads every item of the sample feed, with kinds, outlets, images and credits', async () => {
    const result = normalizeFeed(await sample('localprogress'), { base: BASE });
    expect(result.format).to.equal('json-feed');
    expect(result.dropped).to.equal(0);
    const count = (kind: string) => result.items.filter((i) => i.kind === kind).length;
    expect([count('news'), count('press-release'), count('blog')]).to.deep.equal([4, 5, 12]);
    const stateline = result.items.find((i) => i.outlet === 'Stateline');
    expect(stateline?.title).to.match(/^States are pushing back with anti-labor laws/);
    expect(stateline?.image?.credit).to.equal('Photo courtesy of SEIU Local 1');
    expect(stateline?.image?.alt).to.match(/Porchá Perry/);
    expect(stateline?.published).to.match(/^2024-09-\d\dT/);
    expect(result.contact?.email).to.equal('press@localprogress.org');
  });

  it('drops and counts items that fail validation, keeps the rest', () => {
    const doc = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [
        { id: '1', url: 'https://a.org/1', title: 'Good', _localprogress: { kind: 'news' } },
        { id: '2', url: 'javascript:alert(1)', title: 'Bad link' },
        { id: '3', url: 'https://a.org/3', title: '   ' },
        'not an object',
        null,
        { id: '4', url: 'https://a.org/4', title: '<b>Also</b> good', date_published: 'yesterday', _localprogress: { kind: 'unknown' } },
        { id: '1', url: 'https://a.org/dupe', title: 'Same id' },
      ],
    };
    const result = normalizeFeed(doc);
    expect(result.items.map((i) => i.id)).to.deep.equal(['1', '4']);
    expect(result.dropped).to.equal(5);
    expect(result.items[1].title).to.equal('Also good');
    expect(result.items[1].kind).to.equal('blog');
    expect(result.items[1].published).to.equal(undefined);
  });

  it('rejects a document that is neither format', () => {
    for (const doc of [{ data: [] }, 'text', 42, null, { version: 'https://example.org', items: [] }, [{ foo: 1 }]]) {
      expect(() => normalizeFeed(doc), JSON.stringify(doc)).to.throw(FeedError).with.property('kind', 'format');
    }
  });

  it('reads an empty feed as no items', () => {
    expect(normalizeFeed({ version: 'https://jsonfeed.org/version/1', items: [] }).items).to.deep.equal([]);
    expect(normalizeFeed([]).items).to.deep.equal([]);
  });
});

describe('normalizeFeed: WordPress REST', () => {
  it('decodes titles, cleans excerpts and maps categories to kinds', async () => {
    const posts = (await sample('wordpress-posts')) as unknown[];
    const result = normalizeFeed(posts);
    expect(result.format).to.equal('wordpress');
    expect(result.items).to.have.length(posts.length);
    for (const item of result.items) {
      expect(item.title, item.title).not.to.match(/&#?\w+;|<\w/);
      expect(item.summary, item.summary).not.to.match(/\[…\]|\[&hellip;\]|<p>|For Immediate Release|Media Contact/i);
    }
    const kinds = new Set(result.items.map((i) => i.kind));
    expect([...kinds].sort()).to.deep.equal(['blog', 'news', 'press-release']);
    expect(result.items.some((i) => i.title.includes('’'))).to.equal(true);
  });

  it('builds the image from the embedded featured media: alt, credit, srcset, size', async () => {
    const posts = (await sample('wordpress-posts')) as Record<string, unknown>[];
    const withMedia = posts.find((p) => p.featured_media !== 0) as Record<string, any>;
    const media = withMedia._embedded['wp:featuredmedia'][0];
    const item = normalizeFeed([withMedia]).items[0];
    expect(item.image?.src).to.equal(media.source_url);
    expect(item.image?.alt).to.equal(media.alt_text);
    expect(item.image?.credit).to.equal(media.caption.rendered.replace(/<[^>]+>/g, '').trim());
    const { width, height } = media.media_details;
    const sizes = Object.values(media.media_details.sizes as Record<string, { width: number; height: number }>);
    const sameShape = sizes.filter((s) => Math.abs(Math.round((height * s.width) / width) - s.height) <= 1);
    expect(sameShape.length).to.be.below(sizes.length);
    for (const s of sameShape) expect(item.image?.srcset).to.include(` ${s.width}w`);
    expect(item.image?.srcset).not.to.include(' 150w'); // the 150×150 thumbnail crop
    expect(item.image?.width).to.equal(media.media_details.width);
    // Written out from the sample file: every size of the 1600×1067 photo's shape, narrowest
    // first, the 150×150 crop left out.
    const upload = 'https://localprogress.org/wp-content/uploads/2024/09/porcha-perry-lansing-workers-rally';
    expect(item.image?.srcset).to.equal(
      `${upload}-300x200.jpg 300w, ${upload}-768x512.jpg 768w, ${upload}-1024x683.jpg 1024w, ${upload}-1536x1024.jpg 1536w, ${upload}.jpg 1600w`,
    );
    const without = posts.find((p) => p.featured_media === 0);
    expect(normalizeFeed([without]).items[0].image).to.equal(undefined);
  });

  it('lets a page override the category mapping', async () => {
    const posts = (await sample('wordpress-posts')) as Record<string, any>[];
    const blogPost = posts.find((p) => p._embedded['wp:term'][0].every((t: any) => t.slug !== 'in-the-news' && t.slug !== 'press-releases'));
    const slug = blogPost!._embedded['wp:term'][0][0].slug as string;
    const kinds = parseKindMap(`${slug}=press-release, bogus=nonsense`);
    expect(normalizeFeed([blogPost], { wordpressKinds: kinds }).items[0].kind).to.equal('press-release');
    expect(kinds.bogus).to.equal(undefined);
  });
});

describe('selectItems', () => {
  it('filters by kind and any of the tags, then limits', async () => {
    const { items } = normalizeFeed(await sample('localprogress'), { base: BASE });
    const texas = selectItems(items, 'blog', ['texas'], 100);
    expect(texas.length).to.be.greaterThan(0);
    expect(texas.every((i) => i.kind === 'blog' && i.tags.includes('texas'))).to.equal(true);
    expect(selectItems(items, 'blog', [], 3)).to.have.length(3);
    expect(selectItems(items, 'news', ['no-such-tag', ' TEXAS '], 100).every((i) => i.tags.includes('texas'))).to.equal(true);
  });

  it('matches tag names in any case and with spaces around them: exactly the items the file tags', async () => {
    const { items } = normalizeFeed(await sample('localprogress'), { base: BASE });
    const links = (chosen: { url: string }[]) => chosen.map((i) => i.url);
    const tagged = async (kind: string, ...tags: string[]) =>
      (await sampleEntries(kind)).filter((e) => e.tags.some((t) => tags.includes(t))).map((e) => e.link);
    const texasBlog = await tagged('blog', 'texas');
    expect(texasBlog).to.have.length(3);
    expect(links(selectItems(items, 'blog', ['no-such-tag', ' TEXAS '], 100))).to.deep.equal(texasBlog);
    expect(links(selectItems(items, 'blog', ['Texas'], 2))).to.deep.equal(texasBlog.slice(0, 2));
    const housingOrCalifornia = await tagged('news', 'housing', 'california');
    expect(housingOrCalifornia).to.have.length(2);
    expect(links(selectItems(items, 'news', ['housing', ' California'], 100))).to.deep.equal(housingOrCalifornia);
    expect(links(selectItems(items, 'news', [' HOUSING ', 'california '], 100))).to.deep.equal(housingOrCalifornia);
    expect(links(selectItems(items, 'news', ['no-such-tag', ' TEXAS '], 100)), 'no news item is tagged texas').to.deep.equal([]);
    expect(links(selectItems(items, 'news', [' ', ''], 100)), 'blank names are no filter').to.deep.equal(
      (await sampleEntries('news')).map((e) => e.link),
    );
  });
});

// What a real WordPress (Debian's 6.1, seeded by scripts/wordpress/seed.php) sends to a partner
// page's script: the facts the WordPress adapter and the README rely on. The site runs on
// another origin than this page, so every fetch here is cross-origin.
// Run with `npm run test:wordpress`.
import { expect } from '@open-wc/testing';
import { loadImage, loadSite, type Site } from './site.js';

interface Probe {
  status: number;
  headers: Record<string, string>;
}

/** The same GET made from Node, to read the headers a page's script may not (ACAO, Vary, ETag). */
async function probe(path: string, params: { origin?: string; etag?: string } = {}): Promise<Probe> {
  const query = new URLSearchParams({ path, ...params });
  return (await fetch(`/wp-probe?${query}`)).json();
}

describe('WordPress REST API, read cross-origin', () => {
  let site: Site;
  let posts: any[];
  const post = (slugStart: string) => posts.find((p) => p.slug.startsWith(slugStart))!;

  before(async () => {
    site = await loadSite();
    posts = await (await fetch(`${site.base}/wp-json/wp/v2/posts?_embed&per_page=100`)).json();
  });

  it('is a WordPress 6.1 on another origin than this page', () => {
    expect(site.manifest.wordpress).to.match(/^6\.1(\.|$)/);
    expect(new URL(site.base).origin).not.to.equal(location.origin);
    expect(posts).to.have.length(site.manifest.posts.length);
  });

  it('echoes the caller’s origin in Access-Control-Allow-Origin, with Vary: Origin', async () => {
    // A request with credentials succeeds only when the header is exactly this origin (never `*`).
    const withCredentials = await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=1`, { credentials: 'include' });
    expect(withCredentials.ok).to.equal(true);

    const here = await probe('/wp-json/wp/v2/posts?per_page=1', { origin: location.origin });
    expect(here.headers['access-control-allow-origin']).to.equal(location.origin);
    expect(here.headers['access-control-allow-credentials']).to.equal('true');
    expect(here.headers.vary).to.match(/\bOrigin\b/);
    const partner = await probe('/wp-json/wp/v2/posts?per_page=1', { origin: 'https://partner.example' });
    expect(partner.headers['access-control-allow-origin']).to.equal('https://partner.example');
    const noOrigin = await probe('/wp-json/wp/v2/posts?per_page=1');
    expect(noOrigin.headers['access-control-allow-origin']).to.equal(undefined);
  });

  it('lets the page read X-WP-Total and X-WP-TotalPages', async () => {
    const response = await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=5`);
    const total = site.manifest.posts.length;
    expect(response.headers.get('X-WP-Total')).to.equal(String(total));
    expect(response.headers.get('X-WP-TotalPages')).to.equal(String(Math.ceil(total / 5)));
    expect(await response.json()).to.have.length(5);
    const probed = await probe('/wp-json/wp/v2/posts?per_page=5', { origin: location.origin });
    expect(probed.headers['access-control-expose-headers']).to.match(/X-WP-Total, X-WP-TotalPages/);
  });

  it('answers the same at /wp-json/… and at /?rest_route=…', async () => {
    const pretty = await (await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=3`)).json();
    const plain = await (await fetch(`${site.base}/?rest_route=/wp/v2/posts&per_page=3`)).json();
    expect(plain.map((p: any) => p.id)).to.deep.equal(pretty.map((p: any) => p.id));
  });

  it('sends titles and excerpts as HTML, with wptexturize’s entities', () => {
    expect(post('were-hiring').title.rendered).to.equal('We&#8217;re hiring a Membership Organizer');
    expect(post('lawsuit-against').title.rendered).to.include('bill&#8217;s &#8216;defund the police&#8217; provision');
    expect(post('lptx-fall-state-download').title.rendered).to.include('&#038; more!');
    expect(post('localities-can-be-laboratories').excerpt.rendered).to.match(/^<p>.*&#8220;Laboratories.*&#8221;<\/p>\n$/s);
  });

  it('writes `date` in the site’s time zone and `date_gmt` in UTC, both without a zone', () => {
    const p = post('states-are-pushing-back');
    expect(p.date).to.equal('2024-09-09T10:00:00');
    expect(p.date_gmt).to.equal('2024-09-09T14:00:00');
  });

  it('writes an automatic excerpt from the body: boilerplate kept, " [&hellip;]" tail', () => {
    const release = post('local-progress-condemns');
    expect(release.excerpt.rendered).to.match(
      /^<p>For Immediate Release: June 28, 2024 Media Contact: Local Progress Communications, press@localprogress\.org WASHINGTON, DC &#8211; In response to/,
    );
    expect(release.excerpt.rendered).to.match(/ \[&hellip;\]<\/p>\n$/);
    // Under 55 words: the whole body, and no tail.
    const short = post('new-report-how-local-government');
    expect(short.excerpt.rendered).to.match(/^<p>For Immediate Release: September 2, 2024 WASHINGTON, DC &#8211; This new report/);
    expect(short.excerpt.rendered).not.to.include('[&hellip;]');
    // A hand-written excerpt: one paragraph, as typed (texturized).
    expect(post('states-are-pushing-back').excerpt.rendered).to.match(/^<p>A new report co-authored by .*legislation\.<\/p>\n$/);
  });

  it('embeds the featured image: alt_text, caption as HTML, media_details.sizes', () => {
    const media = post('states-are-pushing-back')._embedded['wp:featuredmedia'][0];
    expect(media.media_type).to.equal('image');
    expect(media.alt_text).to.match(/^Porchá Perry demonstrates/);
    expect(media.caption.rendered).to.equal('<p>Photo courtesy of SEIU Local 1</p>\n');
    expect(media.media_details.width).to.equal(1600);
    expect(media.media_details.height).to.equal(1067);
    const sizes = media.media_details.sizes;
    expect(Object.keys(sizes).sort()).to.deep.equal(['1536x1536', 'full', 'large', 'medium', 'medium_large', 'thumbnail']);
    expect([sizes.thumbnail.width, sizes.thumbnail.height]).to.deep.equal([150, 150]); // a square crop
    expect([sizes.medium.width, sizes.medium.height]).to.deep.equal([300, 200]);
    expect([sizes['1536x1536'].width, sizes['1536x1536'].height]).to.deep.equal([1536, 1024]);
    expect(sizes.full.source_url).to.equal(media.source_url);
    expect(sizes.full.filesize).to.equal(undefined);
    expect(sizes.medium.filesize).to.be.a('number');

    const linked = post('traffic-violence')._embedded['wp:featuredmedia'][0];
    expect(linked.caption.rendered).to.equal('<p>Photo by Michael Förtsch / <a href="https://unsplash.com/">Unsplash</a></p>\n');
    // A 1200 × 800 PNG: nothing at 1536.
    const png = post('localities-can-be-laboratories')._embedded['wp:featuredmedia'][0];
    expect(png.mime_type).to.equal('image/png');
    expect(Object.keys(png.media_details.sizes).sort()).to.deep.equal(['full', 'large', 'medium', 'medium_large', 'thumbnail']);
    // No alt text and no caption: empty strings, not missing fields.
    const bare = post('electeds-oppose-eats-act')._embedded['wp:featuredmedia'][0];
    expect([bare.alt_text, bare.caption.rendered]).to.deep.equal(['', '']);
  });

  it('embeds categories, then tags, in wp:term, each group sorted by name', () => {
    const terms = post('lptx-fall-state-download')._embedded['wp:term'];
    expect(terms).to.have.length(2);
    expect(terms[0].map((t: any) => [t.taxonomy, t.slug])).to.deep.equal([
      ['category', 'blog'],
      ['category', 'texas'],
    ]);
    expect(terms[1].map((t: any) => t.slug)).to.deep.equal(['newsletters', 'texas', 'workers-rights']);
    expect(terms[1].every((t: any) => t.taxonomy === 'post_tag')).to.equal(true);
  });

  it('embeds only the relations still in _links after _fields trimming', async () => {
    const get = async (query: string) => (await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=3&${query}`)).json();
    const fields = 'id,link,title,excerpt,date_gmt,categories';
    const withLinks = await get(`_embed&_fields=${fields},_links,_embedded`);
    expect(Object.keys(withLinks[0]).sort()).to.deep.equal(['_embedded', '_links', 'categories', 'date_gmt', 'excerpt', 'id', 'link', 'title']);
    expect(withLinks[0]._embedded['wp:featuredmedia'][0].media_details.sizes.medium).to.have.property('source_url');
    expect(withLinks[0]._embedded['wp:term'][0][0].slug).to.equal('in-the-news');
    // Only `_links` matters on 6.1: without it nothing is embedded, with it alone everything is.
    const embeddedOnly = await get(`_embed&_fields=${fields},_embedded`);
    expect(embeddedOnly[0]).not.to.have.property('_embedded');
    const linksOnly = await get(`_embed&_fields=${fields},_links`);
    expect(linksOnly[0]._embedded).to.have.property('wp:featuredmedia');
    const neither = await get(`_embed&_fields=${fields}`);
    expect(neither[0]).not.to.have.property('_embedded');
  });

  it('embeds only the named relations with _embed=wp:featuredmedia,wp:term', async () => {
    const [full] = await (await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=1&_embed`)).json();
    const [named] = await (await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=1&_embed=wp:featuredmedia,wp:term`)).json();
    expect(Object.keys(full._embedded).sort()).to.deep.equal(['author', 'wp:featuredmedia', 'wp:term']);
    expect(Object.keys(named._embedded).sort()).to.deep.equal(['wp:featuredmedia', 'wp:term']);
  });

  it('refuses per_page above 100 with HTTP 400', async () => {
    const response = await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=101`);
    expect(response.status).to.equal(400);
    expect((await response.json()).code).to.equal('rest_invalid_param');
    expect((await fetch(`${site.base}/wp-json/wp/v2/posts?per_page=100`)).status).to.equal(200);
  });

  it('serves a custom post type at its rest_base only when it is show_in_rest', async () => {
    const statements = await (await fetch(`${site.base}/wp-json/wp/v2/statements?_embed`)).json();
    expect(statements.map((s: any) => s.type)).to.deep.equal(['lp_statement', 'lp_statement']);
    expect(statements[0]._embedded['wp:term'][0][0].slug).to.equal('press-releases');
    // A post without any term has no _embedded at all.
    expect(statements[1]).not.to.have.property('_embedded');
    const hidden = await fetch(`${site.base}/wp-json/wp/v2/lp_internal`);
    expect(hidden.status).to.equal(404);
    expect((await hidden.json()).code).to.equal('rest_no_route');
  });

  it('sends no Cache-Control or ETag by itself; the mu-plugin snippet adds both and answers 304', async () => {
    const plain = await probe('/wp-json/wp/v2/categories');
    expect(plain.status).to.equal(200);
    expect(plain.headers['cache-control']).to.equal(undefined);
    expect(plain.headers.etag).to.equal(undefined);

    const path = '/wp-json/wp/v2/posts?_embed&per_page=100';
    const cached = await probe(path, { origin: location.origin });
    expect(cached.headers['cache-control']).to.equal('public, max-age=300, stale-while-revalidate=86400');
    expect(cached.headers.etag).to.match(/^"[0-9a-f]{32}"$/);
    const again = await probe(path, { origin: location.origin, etag: cached.headers.etag });
    expect(again.status).to.equal(304);
    // Cache-Control is a CORS-safelisted header: the page sees it too.
    const response = await fetch(`${site.base}${path}`);
    expect(response.headers.get('Cache-Control')).to.equal('public, max-age=300, stale-while-revalidate=86400');
  });

  it('serves the uploaded sizes as images another origin may show', async () => {
    const sizes = post('states-are-pushing-back')._embedded['wp:featuredmedia'][0].media_details.sizes;
    for (const size of Object.values(sizes) as { source_url: string; width: number; height: number }[]) {
      const img = await loadImage(size.source_url);
      expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([size.width, size.height]);
    }
  });
});

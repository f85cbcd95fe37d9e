// `lp-feed` against real WordPress: the national test site and a chapter site (two installs of
// Debian's WordPress, seeded from the sample feed by scripts/wordpress/seed.php), started by
// `npm run test:wordpress`, which passes their addresses and seed manifests in the environment.
// Expected values come from the manifests (what WordPress itself reported while seeding: its
// permalinks, its srcset) and from the sample feed.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { buildFeed } from '../../../src/publisher/build.js';
import { checkEndpoint, formatCheckReport } from '../../../src/publisher/check.js';
import { parseConfig } from '../../../src/publisher/config.js';
import type { PublisherConfig } from '../../../src/publisher/types.js';
import { SAMPLE_FEED, fixtureJson, readOutput, runLpFeed, tempDir } from '../support.js';

interface SeededPost {
  feedId: string;
  kind: string;
  categories: string[];
  link: string;
  media: { alt: string; credit: string; srcset: string; width: number; height: number } | null;
}
interface Manifest {
  posts: SeededPost[];
  statements: { feedId: string; categories: string[]; link: string }[];
}
interface SampleItem {
  id: string;
  url: string;
  external_url?: string;
  title: string;
  tags?: string[];
  _localprogress: { kind: string; outlet?: string };
}

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run these tests with \`npm run test:wordpress\`.`);
  return value;
};
const national = env('WP_BASE');
const chapter = env('WP_CHAPTER_BASE');
const siteDir = env('WP_SITE_DIR');
const nationalManifest = JSON.parse(readFileSync(env('WP_MANIFEST'), 'utf8')) as Manifest;
const chapterManifest = JSON.parse(readFileSync(env('WP_CHAPTER_MANIFEST'), 'utf8')) as Manifest;
const sample = new Map(fixtureJson<{ items: SampleItem[] }>(SAMPLE_FEED).items.map((item) => [item.id, item]));

/** Text as typed: WordPress curls quotes and dashes (wptexturize) where the sample may not. */
const typed = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');

const CONFIG = {
  title: 'Local Progress',
  home_page_url: 'https://localprogress.org/',
  feed_url: 'https://feeds.example/feed.json',
  page_size: 100,
  sources: [
    // Five posts a request, so that the 21 posts take five pages (X-WP-TotalPages).
    { type: 'wordpress', url: national, name: 'national', per_page: 5, outlet_field: 'meta.lp_outlet', external_url_field: 'meta.lp_external_url' },
    // A custom post type; a statement in no mapped category takes the source's kind.
    { type: 'wordpress', url: national, name: 'national-statements', post_types: ['statements'], kind: 'news' },
    { type: 'wordpress', url: chapter, name: 'texas', tags: ['texas', 'chapter'], outlet_field: 'meta.lp_outlet', external_url_field: 'meta.lp_external_url' },
  ],
};
const config = (): PublisherConfig => parseConfig(CONFIG);

type OutItem = { id: string; url: string; title: string; tags?: string[]; image?: string; _localprogress: Record<string, unknown> };
const outputItems = (dir: string) => readOutput<{ items: OutItem[] }>(dir, 'feed.json').items;

/** What a seeded post must become in the feed. */
function expectedItem(post: SeededPost) {
  const item = sample.get(post.feedId);
  assert.ok(item, `the manifest names ${post.feedId}, which the sample feed has`);
  const linkOut = item.external_url ?? (item.url !== item.id ? item.url : undefined);
  // A post only in "Texas", a category the default mapping does not know, is a blog post.
  const kind = post.categories.length === 1 && post.categories[0] === 'texas' ? 'blog' : post.kind;
  return { kind, url: linkOut ?? post.link, outlet: item._localprogress.outlet ?? (linkOut && kind === 'news' ? new URL(linkOut).hostname.replace(/^www\./, '') : undefined), title: typed(item.title), tags: item.tags ?? [] };
}

describe('lp-feed build from the national WordPress and a chapter WordPress', () => {
  const out = tempDir();
  before(async () => {
    const report = await buildFeed(config(), out);
    console.log(report.sources.map((s) => `${s.name}: ${s.items} items, ${s.pages} pages${s.error ? `, FAILED: ${s.error}` : ''}`).join('\n'));
  });

  it('holds every post of both sites and the custom post type, each once', () => {
    const items = outputItems(out);
    const want = [...nationalManifest.posts, ...nationalManifest.statements, ...chapterManifest.posts].map((p) => p.link);
    assert.ok(chapterManifest.posts.length > 0, 'the chapter site has posts');
    assert.deepEqual(items.map((i) => i.id).sort(), [...want].sort());
  });

  it('reads every page of 5 posts that WordPress reports', async () => {
    const report = await buildFeed(config(), tempDir());
    assert.equal(report.sources[0].pages, Math.ceil(nationalManifest.posts.length / 5));
    assert.equal(report.sources[0].items, nationalManifest.posts.length);
  });

  it('gives each post its kind, link out, outlet, title, image, alt, credit and srcset', () => {
    const byId = new Map(outputItems(out).map((i) => [i.id, i]));
    for (const post of [...nationalManifest.posts, ...chapterManifest.posts]) {
      const got = byId.get(post.link);
      assert.ok(got, post.link);
      const want = expectedItem(post);
      assert.equal(got._localprogress.kind, want.kind, `${post.link} kind`);
      assert.equal(got.url, want.url, `${post.link} url`);
      assert.equal(got._localprogress.outlet, want.outlet, `${post.link} outlet`);
      assert.equal(typed(got.title), want.title);
      for (const tag of want.tags) assert.ok(got.tags?.includes(tag), `${post.link} has tag ${tag}`);
      if (post.media) {
        assert.ok(got.image?.startsWith(national) || got.image?.startsWith(chapter), `${post.link} image from the site`);
        assert.equal(got._localprogress.image_alt, post.media.alt || undefined);
        assert.equal(got._localprogress.image_credit, post.media.credit || undefined);
        // The same candidates as WordPress's own srcset (the order of candidates carries no meaning).
        const candidates = (srcset: unknown) => (typeof srcset === 'string' ? srcset.split(',').map((c) => c.trim()).sort() : []);
        assert.deepEqual(candidates(got._localprogress.image_srcset), candidates(post.media.srcset), `${post.link} srcset as WordPress writes it`);
      } else {
        assert.equal(got.image, undefined);
      }
    }
  });

  it("tags the chapter's posts, so that <lp-news-feed tag=\"texas\"> finds them", () => {
    const chapterIds = new Set(chapterManifest.posts.map((p) => p.link));
    for (const item of outputItems(out).filter((i) => chapterIds.has(i.id))) {
      assert.ok(item.tags?.includes('texas') && item.tags.includes('chapter'), item.id);
    }
  });

  it('maps a custom post type by category, and by the source kind where no category is mapped', () => {
    const byId = new Map(outputItems(out).map((i) => [i.id, i]));
    for (const statement of nationalManifest.statements) {
      const want = statement.categories.includes('press-releases') ? 'press-release' : 'news';
      assert.equal(byId.get(statement.link)?._localprogress.kind, want, statement.link);
    }
  });

  it("passes the widgets' own validation with no item dropped", () => {
    const feed = readOutput(out, 'feed.json');
    const result = normalizeFeed(feed, { base: 'https://feeds.example/feed.json' });
    assert.equal(result.dropped, 0);
    assert.equal(result.items.length, outputItems(out).length);
  });

  it('gives the same bytes on a second run', async () => {
    const again = tempDir();
    await buildFeed(config(), again);
    assert.equal(readFileSync(join(again, 'feed.json'), 'utf8'), readFileSync(join(out, 'feed.json'), 'utf8'));
  });
});

describe('lp-feed build when WordPress refuses visitors (HTTP 401)', () => {
  const lock = join(siteDir, 'wp-content', 'lp-rest-locked');
  after(() => rmSync(lock, { force: true }));

  it('exits 1, says the REST API is blocked, and keeps the national items', async () => {
    const dir = tempDir();
    const file = join(dir, 'lp-feed.config.json');
    writeFileSync(file, JSON.stringify(CONFIG));
    const out = join(dir, 'public');
    const run = () => runLpFeed(['build', '--config', file, '--out', out]);
    assert.equal((await run()).status, 0);
    const before = outputItems(out).map((i) => i.id).sort();
    writeFileSync(lock, '');
    const { status, err } = await run();
    console.log(err);
    assert.equal(status, 1);
    assert.match(err, /^FAIL national \(wordpress\): HTTP 401 from .*security plugin.*REST API/m);
    assert.deepEqual(outputItems(out).map((i) => i.id).sort(), before);
  });
});

describe('lp-feed check against WordPress', () => {
  it('reads the REST API as the widgets would, and names what its headers lack', async () => {
    const url = `${national}/wp-json/wp/v2/posts?_embed&per_page=100`;
    const report = await checkEndpoint(url, 'https://partner.example');
    console.log(formatCheckReport(report));
    const counts: Record<string, number> = {};
    for (const post of nationalManifest.posts) {
      const kind = expectedItem(post).kind;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    assert.equal(report.format, 'wordpress');
    for (const [kind, n] of Object.entries(counts)) assert.equal(report.perKind[kind], n, kind);
    assert.equal(report.shown, nationalManifest.posts.length);
    // WordPress echoes the caller's origin (the widgets can read it) and sends no Cache-Control for the public posts route by default.
    const cors = report.headers.find((h) => h.header === 'Access-Control-Allow-Origin');
    assert.equal(cors?.value, 'https://partner.example');
    assert.notEqual(cors?.level, 'error');
    assert.equal(report.ok, true);
  });

  it('reports an error, and exit 1, for a blocked REST API', async () => {
    const lock = join(siteDir, 'wp-content', 'lp-rest-locked');
    writeFileSync(lock, '');
    try {
      const report = await checkEndpoint(`${national}/wp-json/wp/v2/posts?_embed`);
      assert.equal(report.ok, false);
      assert.equal(report.status, 401);
      assert.match(formatCheckReport(report), /Couldn't load.*HTTP 401/);
    } finally {
      rmSync(lock, { force: true });
    }
  });
});

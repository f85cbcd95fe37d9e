// `lp-feed build` end to end: sources on a real local HTTP server, the output folder on disk,
// the output read back with the widgets' own normalizer. Expected values come from the
// fixture files, never from the publisher.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeFeed } from '../../src/data/normalize.js';
import type { FeedError } from '../../src/data/errors.js';
import { buildFeed } from '../../src/publisher/build.js';
import { fetchDocument } from '../../src/publisher/http.js';
import { loadConfig, parseConfig } from '../../src/publisher/config.js';
import { MAX_PAGE_BYTES } from '../../src/publisher/feed.js';
import type { PublisherConfig } from '../../src/publisher/types.js';
import { SAMPLE_FEED, fixture, fixtureJson, json, readOutput, runLpFeed, startServer, tempDir } from './support.js';

interface FixtureItem {
  id: string;
  url?: string;
  external_url?: string;
  title: string;
  date_published: string;
  tags?: string[];
  image?: string;
  _localprogress: { kind: string; outlet?: string; image_alt?: string; image_credit?: string };
}
const sample = fixtureJson<{ language: string; items: FixtureItem[]; _localprogress: { contact: Record<string, unknown> } }>(SAMPLE_FEED);
const sampleText = fixture(SAMPLE_FEED);

const server = await startServer();
server.routes.set('/sample.json', json(sampleText));

function config(overrides: Partial<PublisherConfig> = {}): PublisherConfig {
  return parseConfig({
    title: 'Local Progress',
    home_page_url: 'https://localprogress.org/',
    feed_url: 'https://feeds.example/feed.json',
    contact: sample._localprogress.contact,
    language: sample.language,
    sources: [{ type: 'jsonfeed', url: server.url('/sample.json'), name: 'national' }],
    ...overrides,
  });
}

/** Every item of every page of the output, following next_url by file name. */
function allOutputItems(dir: string): Record<string, unknown>[] {
  const items: Record<string, unknown>[] = [];
  for (let file: string | undefined = 'feed.json'; file; ) {
    const page: { items: Record<string, unknown>[]; next_url?: string } = readOutput(dir, file);
    items.push(...page.items);
    file = page.next_url ? new URL(page.next_url).pathname.split('/').pop() : undefined;
  }
  return items;
}

describe('lp-feed build', () => {
  it('writes the sample feed as a JSON Feed 1.1 the widgets read with no item dropped', async () => {
    const out = tempDir();
    const report = await buildFeed(config(), out);
    assert.equal(report.written, true);
    const feed = readOutput<Record<string, unknown>>(out, 'feed.json');
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    // The press contact, its other languages included, and the feed's language, as the sample has them.
    assert.deepEqual((feed._localprogress as Record<string, unknown>).contact, sample._localprogress.contact);
    assert.ok((sample._localprogress.contact as { translations?: object }).translations, 'the sample has a translated contact');
    assert.equal(feed.language, sample.language);
    const result = normalizeFeed(feed, { base: 'https://feeds.example/feed.json' });
    assert.equal(result.dropped, 0);
    assert.equal(result.items.length, sample.items.length);
    // Every story of the fixture, with its link, title, kind, outlet, image and credit.
    const byUrl = new Map(result.items.map((item) => [item.url, item]));
    for (const expected of sample.items) {
      const item = byUrl.get(expected.url ?? expected.external_url ?? '');
      assert.ok(item, `missing ${expected.url}`);
      assert.equal(item.title, expected.title);
      assert.equal(item.kind, expected._localprogress.kind);
      assert.equal(item.published, new Date(expected.date_published).toISOString());
      assert.equal(item.outlet, expected._localprogress.outlet);
      assert.equal(item.image?.src, expected.image);
      assert.equal(item.image?.credit, expected._localprogress.image_credit);
      assert.deepEqual(item.tags, expected.tags ?? []);
    }
  });

  it('orders items newest first', async () => {
    const out = tempDir();
    await buildFeed(config(), out);
    const dates = allOutputItems(out).map((i) => i.date_published as string);
    const expected = sample.items.map((i) => new Date(i.date_published).toISOString()).sort().reverse();
    assert.deepEqual(dates, expected);
  });

  it('gives the same bytes for the same input, and leaves no temporary file', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await buildFeed(config({ page_size: 7 }), a);
    await buildFeed(config({ page_size: 7 }), b);
    const files = readdirSync(a).sort();
    assert.deepEqual(files, readdirSync(b).sort());
    assert.deepEqual(files, ['_headers', 'feed-2.json', 'feed-3.json', 'feed.json']);
    for (const file of files) assert.equal(readFileSync(join(a, file), 'utf8'), readFileSync(join(b, file), 'utf8'), file);
  });

  it('splits pages by page_size and links them by next_url', async () => {
    const out = tempDir();
    await buildFeed(config({ page_size: 5 }), out);
    const first = readOutput<{ items: unknown[]; next_url: string; feed_url: string }>(out, 'feed.json');
    assert.equal(first.items.length, 5);
    assert.equal(first.feed_url, 'https://feeds.example/feed.json');
    assert.equal(first.next_url, 'https://feeds.example/feed-2.json');
    const pages = Math.ceil(sample.items.length / 5);
    assert.equal(readOutput<{ next_url?: string }>(out, `feed-${pages}.json`).next_url, undefined);
    assert.equal(allOutputItems(out).length, sample.items.length);
  });

  it('keeps every page under 100 KB, however many items a page may hold', async () => {
    // Many copies of the sample's items, each its own story (its own id and link).
    const copies = Array.from({ length: 40 }, (_, n) =>
      sample.items.map((item) => ({ ...item, id: `${item.id}#${n}`, url: `${item.url ?? item.external_url}?copy=${n}` })),
    ).flat();
    server.routes.set('/many.json', json(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'many', items: copies })));
    const out = tempDir();
    await buildFeed(config({ page_size: 1000, limit: 100000, sources: [{ type: 'jsonfeed', url: server.url('/many.json') }] }), out);
    const pages = readdirSync(out).filter((f) => f.endsWith('.json'));
    assert.ok(pages.length > 1, 'the items do not fit one page');
    for (const page of pages) assert.ok(readFileSync(join(out, page)).length <= MAX_PAGE_BYTES, `${page} is over 100 KB`);
    assert.equal(allOutputItems(out).length, copies.length);
  });

  it('drops the same story from a second source, by canonical URL and by id, and caps at limit', async () => {
    const tracked = sample.items.map((item) => ({ ...item, id: `other:${item.id}`, url: `${item.url ?? item.external_url}${(item.url ?? '').includes('?') ? '&' : '?'}utm_source=newsletter&utm_medium=email#comments` }));
    server.routes.set('/tracked.json', json(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'copy', items: tracked })));
    const out = tempDir();
    await buildFeed(config({ sources: [{ type: 'jsonfeed', url: server.url('/sample.json') }, { type: 'jsonfeed', url: server.url('/tracked.json') }] }), out);
    const items = allOutputItems(out);
    assert.equal(items.length, sample.items.length);
    assert.ok(items.every((i) => !String(i.url).includes('utm_')));

    const capped = tempDir();
    await buildFeed(config({ limit: 4 }), capped);
    assert.deepEqual(
      allOutputItems(capped).map((i) => i.title),
      [...sample.items].sort((a, b) => b.date_published.localeCompare(a.date_published)).slice(0, 4).map((i) => i.title),
    );
  });

  it("adds a source's tags and default kind, and applies its own limit", async () => {
    const untyped = sample.items.map(({ _localprogress: _ext, ...item }) => item);
    server.routes.set('/untyped.json', json(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'chapter', items: untyped })));
    const out = tempDir();
    await buildFeed(config({ sources: [{ type: 'jsonfeed', url: server.url('/untyped.json'), tags: ['Texas', 'chapter'], kind: 'press-release', limit: 3 }] }), out);
    const items = allOutputItems(out);
    assert.equal(items.length, 3);
    for (const item of items) {
      assert.ok((item.tags as string[]).includes('texas') && (item.tags as string[]).includes('chapter'));
      assert.equal((item._localprogress as Record<string, unknown>).kind, 'press-release');
    }
  });

  it('writes _headers for Netlify and Cloudflare Pages', async () => {
    const out = tempDir();
    await buildFeed(config(), out);
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    for (const line of ['Access-Control-Allow-Origin: *', 'Content-Type: application/feed+json', 'Cache-Control: public, max-age=300, stale-while-revalidate=86400']) {
      assert.match(headers, new RegExp(`^/feed\\.json\\n(  .+\\n)*  ${line.replace(/[*+.]/g, '\\$&')}$`, 'm'));
    }
  });

  it('removes pages that the new output no longer has', async () => {
    const out = tempDir();
    await buildFeed(config({ page_size: 5 }), out);
    assert.ok(existsSync(join(out, 'feed-5.json')));
    await buildFeed(config({ page_size: 10 }), out);
    assert.deepEqual(readdirSync(out).sort(), ['_headers', 'feed-2.json', 'feed-3.json', 'feed.json']);
  });
});

describe('lp-feed build when a source fails', () => {
  const failures: [string, () => void][] = [
    ['HTTP 500', () => server.routes.set('/flaky.json', { status: 500, body: 'oops' })],
    ['not JSON', () => server.routes.set('/flaky.json', { headers: { 'Content-Type': 'text/html' }, body: '<!doctype html><title>Maintenance</title>' })],
    ['not a feed', () => server.routes.set('/flaky.json', json('{"posts": []}'))],
    ['unreachable', () => server.routes.set('/flaky.json', { destroy: true })],
    ['a redirect loop', () => server.routes.set('/flaky.json', { status: 302, headers: { Location: '/flaky.json' } })],
  ];
  for (const [what, fail] of failures) {
    it(`keeps the last good items of a source that is ${what}, and names it`, async () => {
      const other = sample.items.slice(0, 3).map((item) => ({ ...item, id: `chapter:${item.id}`, url: `https://chapter.example/${encodeURIComponent(item.title)}` }));
      server.routes.set('/other.json', json(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'chapter', items: other })));
      server.routes.set('/flaky.json', json(sampleText));
      const cfg = config({ sources: [{ type: 'jsonfeed', url: server.url('/flaky.json'), name: 'national' }, { type: 'jsonfeed', url: server.url('/other.json'), name: 'chapter' }] });
      const out = tempDir();
      const first = await buildFeed(cfg, out);
      assert.ok(first.sources.every((s) => !s.error));
      assert.equal(allOutputItems(out).length, sample.items.length + 3);

      fail();
      // The chapter source changes meanwhile: its new items must show.
      server.routes.set('/other.json', json(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'chapter', items: other.slice(0, 1) })));
      const second = await buildFeed(cfg, out);
      const national = second.sources.find((s) => s.name === 'national');
      assert.ok(national?.error, 'the failure is reported');
      assert.equal(national.items, sample.items.length);
      const titles = allOutputItems(out).map((i) => i.title);
      assert.equal(titles.length, sample.items.length + 1);
      for (const item of sample.items) assert.ok(titles.includes(item.title), `kept ${item.title}`);
    });
  }

  it('names a source that never answers as timed out', async () => {
    server.routes.set('/silent.json', { hang: true });
    await assert.rejects(fetchDocument(server.url('/silent.json'), { timeoutMs: 300 }), (error: FeedError) => {
      assert.equal(error.kind, 'timeout');
      assert.match(error.message, /^timed out after 0\.3 s: http:\/\/127\.0\.0\.1:\d+\/silent\.json$/);
      return true;
    });
  });

  it('writes nothing when every source fails, so the published feed stays as it was', async () => {
    server.routes.set('/flaky.json', json(sampleText));
    const cfg = config({ sources: [{ type: 'jsonfeed', url: server.url('/flaky.json') }] });
    const out = tempDir();
    await buildFeed(cfg, out);
    const before = readFileSync(join(out, 'feed.json'), 'utf8');
    server.routes.set('/flaky.json', { status: 503 });
    const report = await buildFeed(cfg, out);
    assert.equal(report.written, false);
    assert.equal(readFileSync(join(out, 'feed.json'), 'utf8'), before);
  });

  it('counts skipped items per reason and still publishes the rest', async () => {
    const items = [...sample.items.slice(0, 4), { id: 'x1', title: 'No link at all' }, { id: 'x2', url: 'javascript:alert(1)', title: 'Script link' }, 'not an item'];
    server.routes.set('/bad-items.json', json(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'mixed', items })));
    const out = tempDir();
    const report = await buildFeed(config({ sources: [{ type: 'jsonfeed', url: server.url('/bad-items.json') }] }), out);
    assert.deepEqual(report.sources[0].dropped, { 'no http(s) link': 2, 'not an object': 1 });
    assert.equal(allOutputItems(out).length, 4);
  });
});

describe('lp-feed (the command)', () => {
  const run = runLpFeed;
  function configFile(value: unknown): string {
    const file = join(tempDir(), 'lp-feed.config.json');
    writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
    return file;
  }

  it('exits 0 and prints one line per source', async () => {
    const out = tempDir();
    const { status, err } = await run(['build', '--config', configFile({ title: 'LP', sources: [{ type: 'jsonfeed', url: server.url('/sample.json'), name: 'national' }] }), '--out', out]);
    assert.equal(status, 0);
    assert.match(err, new RegExp(`^ok +national \\(jsonfeed\\): ${sample.items.length} items from 1 page$`, 'm'));
  });

  it('exits 1 and names the source and the cause when a source fails', async () => {
    server.routes.set('/locked', { status: 401, body: '{"code":"rest_not_logged_in"}' });
    const { status, err } = await run(['build', '--config', configFile({ title: 'LP', sources: [{ type: 'jsonfeed', url: server.url('/locked'), name: 'locked' }, { type: 'jsonfeed', url: server.url('/sample.json') }] }), '--out', tempDir()]);
    assert.equal(status, 1);
    assert.match(err, /^FAIL locked \(jsonfeed\): HTTP 401 .*REST API/m);
  });

  const badConfigs: [string, unknown, RegExp][] = [
    ['not JSON', '{ title: ', /is not JSON/],
    ['no sources', { title: 'LP' }, /must have required property 'sources'/],
    ['an unknown source type', { title: 'LP', sources: [{ type: 'atom', url: 'https://x.example/' }] }, /sources\.0\.type must be equal to one of the allowed values: one of wordpress, jsonfeed, rss/],
    ['a misspelt key', { title: 'LP', sources: [{ type: 'rss', url: 'https://x.example/', tag: ['x'] }] }, /must NOT have additional properties: "tag"/],
    ['a non-http URL', { title: 'LP', sources: [{ type: 'rss', url: 'file:///etc/passwd' }] }, /sources\.0\.url must match pattern/],
    ['two sources of one name', { title: 'LP', sources: [{ type: 'rss', url: 'https://a.example/', name: 'a' }, { type: 'rss', url: 'https://b.example/', name: 'a' }] }, /both named "a"/],
  ];
  for (const [what, value, message] of badConfigs) {
    it(`exits 2 with a message for a config with ${what}`, async () => {
      const { status, err } = await run(['build', '--config', configFile(value), '--out', tempDir()]);
      assert.equal(status, 2);
      assert.match(err, message);
    });
  }

  it('accepts the example config of the README', () => {
    const example = loadConfig('examples/lp-feed.config.json');
    assert.deepEqual(example.sources.map((s) => s.type), ['wordpress', 'wordpress', 'rss']);
  });

  it('exits 2 for a missing config file, an unknown option and an unknown command', async () => {
    for (const args of [['build', '--config', '/nonexistent/lp-feed.config.json'], ['build', '--outdir', 'x'], ['publish'], []]) {
      const { status, err } = await run(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(err, /^lp-feed: /);
    }
  });
});

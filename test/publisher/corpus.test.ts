// Every real feed of the corpus (test/fixtures/feeds/, sources in SOURCES.md) through the
// publisher: served over HTTP, built as its kind of source, and the output read back with the
// widgets' own normalizer, which must keep every item the publisher wrote. A file that
// SOURCES.md describes as no feed must fail with a message, and write nothing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeFeed } from '../../src/data/normalize.js';
import { buildFeed } from '../../src/publisher/build.js';
import { parseConfig } from '../../src/publisher/config.js';
import type { SourceConfig } from '../../src/publisher/types.js';
import { fixture, readOutput, startServer, tempDir } from './support.js';

const ROOT = 'test/fixtures/feeds';
const TYPES: Record<string, SourceConfig['type']> = { rss: 'rss', jsonfeed: 'jsonfeed', wordpress: 'wordpress' };

// SOURCES.md's rows: | `file` | repository | path | commit | what it exercises |
const notFeeds = new Set(
  fixture(join(ROOT, 'SOURCES.md'))
    .split('\n')
    .filter((line) => /^\| `[^`]+` \|/.test(line) && /`format` error|not a feed|no feed/i.test(line.split('|').at(-2) ?? ''))
    .map((line) => /^\| `([^`]+)`/.exec(line)?.[1]),
);

const server = await startServer();

describe('lp-feed build on the real-feed corpus', () => {
  for (const [dir, type] of Object.entries(TYPES)) {
    if (!existsSync(join(ROOT, dir))) continue;
    for (const file of readdirSync(join(ROOT, dir)).sort()) {
      // A `.http` file is a whole recorded answer: status line and headers, a blank line, the body.
      const text = fixture(join(ROOT, dir, file));
      const body = file.endsWith('.http') ? text.slice(text.search(/\r?\n\r?\n/)).trimStart() : text;
      // A WordPress source is a site: its posts route answers with the file, whatever the query.
      const path = type === 'wordpress' ? `/${dir}-${file}/wp-json/wp/v2/posts` : `/${dir}/${file}`;
      server.routes.set(path, { body, headers: { 'Content-Type': type === 'rss' ? 'application/xml' : 'application/json', 'X-WP-TotalPages': '1' } });
      const url = type === 'wordpress' ? server.url(`/${dir}-${file}/`) : server.url(path);

      it(`${dir}/${file}`, async () => {
        const out = tempDir();
        const report = await buildFeed(parseConfig({ title: 'corpus', sources: [{ type, url, name: 'corpus' }] }), out);
        const [source] = report.sources;
        if (notFeeds.has(file)) {
          assert.ok(source.error, 'a document that is no feed is an error');
          assert.match(source.error, /not|no /i);
          assert.equal(report.written, false);
          assert.ok(!existsSync(join(out, 'feed.json')));
          return;
        }
        assert.equal(source.error, undefined);
        const result = normalizeFeed(readOutput(out, 'feed.json'), { base: url });
        assert.equal(result.dropped, 0, 'the widgets keep every item the publisher wrote');
        assert.equal(result.items.length, source.items);
        for (const item of result.items) assert.match(item.url, /^https?:\/\//);
        // Every named entity of the source is decoded in the feed the widgets read: they decode
        // only XML's and CMS punctuation themselves. (Entities in the fixture's own text, such
        // as "Mich&egrave;le" in a real JSON Feed's content_html, must not reach it.)
        const feed = JSON.stringify(readOutput(out, 'feed.json'));
        assert.doesNotMatch(feed, /&(egrave|eacute|aacute|copy|nbsp|hellip|rsquo|mdash);/);
      });
    }
  }
});

import { FeedError } from '../../data/errors.js';
import { ITEM_KINDS, type ItemKind } from '../../data/item.js';
import { isJsonFeed, jsonFeedItemProblem, normalizeJsonFeedItem } from '../../data/json-feed.js';
import { safeLinkUrl } from '../../data/url.js';
import { isRecord } from '../../data/validate.js';
import { fetchDocument, parseJson } from '../http.js';
import type { SourceConfig, SourceResult } from '../types.js';
import { countDrop, type Progress } from './common.js';
// What other CMSs write by name (accented letters, symbols): decoded in the feed the widgets read.
import '../../data/entities.js';

/** How many `next_url` pages a JSON Feed source follows at most. */
const MAX_PAGES = 20;

const hasOwnKind = (raw: unknown) => isRecord(raw) && isRecord(raw._localprogress) && ITEM_KINDS.includes(raw._localprogress.kind as ItemKind);

/** Reads a JSON Feed (version 1 or 1.1) with the widgets' own normalizer, following `next_url` up to the limit. */
export async function readJsonFeed(source: SourceConfig, limit: number, progress: Progress): Promise<SourceResult> {
  const result: SourceResult = { items: [], dropped: {}, pages: 0 };
  const seen = new Set<string>();
  let next: string | undefined = source.url;
  let read = 0;
  while (next && read < limit && result.pages < MAX_PAGES && !seen.has(next)) {
    seen.add(next);
    const doc = await fetchDocument(next);
    const feed = parseJson(doc);
    if (!isJsonFeed(feed)) throw new FeedError('format', `not a JSON Feed (no "version" of jsonfeed.org/version/1 and "items") from ${doc.url}`, doc.status, doc.url);
    result.pages++;
    progress(`page ${result.pages}`);
    for (const raw of feed.items.slice(0, limit - read)) {
      read++;
      const item = normalizeJsonFeedItem(raw, doc.url);
      if (!item) {
        countDrop(result.dropped, jsonFeedItemProblem(raw, doc.url) ?? 'invalid');
        continue;
      }
      if (source.kind && !hasOwnKind(raw)) item.kind = source.kind;
      result.items.push(item);
    }
    next = safeLinkUrl(feed.next_url, doc.url);
  }
  return result;
}

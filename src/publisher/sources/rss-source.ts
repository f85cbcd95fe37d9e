import { fetchDocument } from '../http.js';
import type { SourceConfig, SourceResult } from '../types.js';
import type { Progress } from './common.js';
import { parseXmlFeed } from './rss.js';

/** Reads an RSS 2.0 or Atom 1.0 feed (one document: such feeds have no standard paging). */
export async function readRss(source: SourceConfig, limit: number, progress: Progress): Promise<SourceResult> {
  const doc = await fetchDocument(source.url);
  const parsed = parseXmlFeed(doc.text, doc.url, source.kind);
  progress('feed read');
  return { items: parsed.items.slice(0, limit), dropped: parsed.dropped, pages: 1 };
}

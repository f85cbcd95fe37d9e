import type { Item } from '../data/item.js';
import { normalizeJsonFeedItem } from '../data/json-feed.js';
import { safeLinkUrl } from '../data/url.js';
import { isRecord, tagList, textField } from '../data/validate.js';
import type { PublisherConfig } from './types.js';

/** An item with the config source it came from (kept in `_localprogress.source`). */
export interface SourcedItem {
  item: Item;
  source: string;
}

/** The JSON Feed version the publisher writes. */
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/** The most bytes of one page: 100 KB, the JSON Feed spec's advice for a feed's size. */
export const MAX_PAGE_BYTES = 100_000;

/**
 * One item as JSON Feed 1.1, with `_localprogress` as the widgets read it. Keys are always in
 * this order and empty fields are left out, so that the same item gives the same bytes.
 */
export function toJsonFeedItem({ item, source }: SourcedItem): Record<string, unknown> {
  const ext: Record<string, unknown> = { kind: item.kind };
  if (item.outlet) ext.outlet = item.outlet;
  if (item.image) {
    if (item.image.alt) ext.image_alt = item.image.alt;
    if (item.image.credit) ext.image_credit = item.image.credit;
    if (item.image.srcset) ext.image_srcset = item.image.srcset;
    if (item.image.width && item.image.height) {
      ext.image_width = item.image.width;
      ext.image_height = item.image.height;
    }
  }
  ext.source = source;
  const out: Record<string, unknown> = { id: item.id, url: item.url, title: item.title };
  if (item.summary) out.summary = item.summary;
  if (item.image) out.image = item.image.src;
  if (item.published) out.date_published = item.published;
  if (item.tags.length) out.tags = item.tags;
  out._localprogress = ext;
  return out;
}

/** Reads an item the publisher wrote before (its own output), or `undefined` when it no longer passes. */
export function fromJsonFeedItem(raw: unknown, base?: string): SourcedItem | undefined {
  const item = normalizeJsonFeedItem(raw, base);
  const source = isRecord(raw) && isRecord(raw._localprogress) ? textField(raw._localprogress.source, 200) : undefined;
  return item && source ? { item, source } : undefined;
}

/** A URL as it identifies a story: tracking parameters and the fragment removed. */
export function canonicalUrl(url: string): string {
  const clean = safeLinkUrl(url) ?? url;
  return clean.replace(/#.*$/, '');
}

/**
 * The items of every source as one list: tags and limits already applied per source; the same
 * story (by canonical URL, or by id) kept once, the first source in the config winning; newest
 * first, undated last, ties by id so that the order never depends on fetch timing; at most `limit`.
 */
export function mergeItems(lists: SourcedItem[][], limit: number): SourcedItem[] {
  const seen = new Set<string>();
  const merged: SourcedItem[] = [];
  for (const entry of lists.flat()) {
    const keys = [`url:${canonicalUrl(entry.item.url)}`, `id:${entry.item.id}`];
    if (keys.some((key) => seen.has(key))) continue;
    keys.forEach((key) => seen.add(key));
    merged.push(entry);
  }
  const time = (entry: SourcedItem) => (entry.item.published ? Date.parse(entry.item.published) : -Infinity);
  merged.sort((a, b) => time(b) - time(a) || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0));
  return merged.slice(0, limit);
}

/** Adds a source's tags to each of its items (as the widgets' `tag` attribute reads them). */
export function withTags(item: Item, tags: readonly string[] | undefined): Item {
  return tags?.length ? { ...item, tags: tagList([...item.tags, ...tags]) } : item;
}

/** The file name of page `n` (1-based): `feed.json`, `feed-2.json`, … */
export const pageFile = (n: number) => (n === 1 ? 'feed.json' : `feed-${n}.json`);

function pageUrl(config: PublisherConfig, n: number): string | undefined {
  return config.feed_url ? new URL(pageFile(n), config.feed_url).href : undefined;
}

function feedDocument(config: PublisherConfig, items: Record<string, unknown>[], n: number, hasNext: boolean): Record<string, unknown> {
  const doc: Record<string, unknown> = { version: JSON_FEED_VERSION, title: config.title };
  if (config.home_page_url) doc.home_page_url = config.home_page_url;
  const self = pageUrl(config, n);
  if (self) doc.feed_url = self;
  if (config.description) doc.description = config.description;
  if (config.language) doc.language = config.language;
  if (config.contact) doc._localprogress = { contact: config.contact };
  if (hasNext) doc.next_url = pageUrl(config, n + 1) ?? pageFile(n + 1);
  doc.items = items;
  return doc;
}

const serialize = (doc: unknown) => `${JSON.stringify(doc)}\n`;

/**
 * The feed's pages as file name → bytes: `page_size` items a page, fewer where a page would pass
 * 100 KB, each page linked to the next by `next_url`. Always at least `feed.json`, if empty.
 */
export function paginate(config: PublisherConfig, entries: SourcedItem[]): Map<string, string> {
  const items = entries.map(toJsonFeedItem);
  // JSON.stringify of an array is its items' JSON joined by commas, so a page's size is its
  // envelope plus the sum of its items: pages are filled without serializing twice.
  const sizes = items.map((item) => Buffer.byteLength(JSON.stringify(item)) + 1);
  const pages: Record<string, unknown>[][] = [];
  let start = 0;
  do {
    const envelope = Buffer.byteLength(serialize(feedDocument(config, [], pages.length + 1, true)));
    let end = start;
    let bytes = envelope;
    // One item always goes on a page, however large: the widgets' own limits cut its fields.
    while (end < items.length && end - start < config.page_size && (end === start || bytes + sizes[end] <= MAX_PAGE_BYTES)) {
      bytes += sizes[end++];
    }
    pages.push(items.slice(start, end));
    start = end;
  } while (start < items.length);
  const files = new Map<string, string>();
  pages.forEach((page, i) => files.set(pageFile(i + 1), serialize(feedDocument(config, page, i + 1, i < pages.length - 1))));
  return files;
}

/** The `_headers` file (Netlify, Cloudflare Pages): what every page of the feed is served with. */
export const HEADERS_FILE = [
  '/feed.json',
  '/feed-*.json',
]
  .map((path) => `${path}\n  Access-Control-Allow-Origin: *\n  Content-Type: application/feed+json\n  Cache-Control: public, max-age=300, stale-while-revalidate=86400\n`)
  .join('\n');

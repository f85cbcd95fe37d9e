import type { Contact, Item, ItemKind } from '../data/item.js';

/** One entry of the config's `sources`. */
export interface SourceConfig {
  type: 'wordpress' | 'jsonfeed' | 'rss';
  /** The site (wordpress: its address or a REST posts URL) or the feed's URL. */
  url: string;
  /** How the source is named in messages; defaults to its URL. */
  name?: string;
  /** WordPress category slug → kind, on top of the widgets' default mapping. */
  kinds?: Record<string, ItemKind>;
  /** The kind of an item nothing else gives a kind to. */
  kind?: ItemKind;
  /** Tags added to every item of this source. */
  tags?: string[];
  /** WordPress post types (REST bases) to read; default `["posts"]`. */
  post_types?: string[];
  /** WordPress: a dotted path in the post (`meta.outlet`, `acf.outlet_name`) holding the outlet's name. */
  outlet_field?: string;
  /** WordPress: a dotted path in the post holding the outbound link of media coverage. */
  external_url_field?: string;
  /** At most this many items from this source. */
  limit?: number;
  /** WordPress: posts per request, 1–100 (default 100). */
  per_page?: number;
}

/** The publisher's config file (`lp-feed.config.json`), after validation. */
export interface PublisherConfig {
  title: string;
  home_page_url?: string;
  feed_url?: string;
  description?: string;
  language?: string;
  contact?: Contact;
  /** Items in all pages together. */
  limit: number;
  /** Items per page; the first page is also kept under 100 KB. */
  page_size: number;
  sources: SourceConfig[];
}

/** Why items of a source were skipped, with how many of each. */
export type DropCounts = Record<string, number>;

/** What reading one source gave. */
export interface SourceResult {
  items: Item[];
  dropped: DropCounts;
  /** Pages (HTTP documents) read. */
  pages: number;
}

/** What a parsed feed document gave, before the source's own rules (tags, kind, limit). */
export interface ParsedFeed {
  items: Item[];
  dropped: DropCounts;
}

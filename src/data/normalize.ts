import type { FeedResult, Item, ItemKind } from './item.js';
import { contactOf } from './contact.js';
import { isJsonFeed, jsonFeedItemProblem, normalizeJsonFeedItem } from './json-feed.js';
import { DEFAULT_WORDPRESS_KINDS, normalizeWordPressPost, readWordPressPosts, wordpressPostProblem } from './wordpress.js';
import { FeedError } from './errors.js';
import { recordOf } from './validate.js';

/** Options for reading a feed document. */
export interface NormalizeOptions {
  /**
   * The document's own URL (the endpoint's final URL, after redirects): relative URLs in it
   * resolve against it, as a browser resolves a page's links. A JSON Feed's `home_page_url` and
   * `feed_url` are not used as a base.
   */
  base?: string;
  /** WordPress category slug → kind. */
  wordpressKinds?: Readonly<Record<string, ItemKind>>;
}

/**
 * Detects the document's format from its shape and normalizes it. Items that fail validation
 * are dropped and counted; a document that is neither format throws a `FeedError` of kind
 * `format`. An empty array reads as an empty feed. The press contact comes checked, as `contact`.
 * WordPress posts are read here with no registration: this is the Node side's (`lp-feed`) and
 * the npm package's reader, not the browser bundles' (see `readFeed`).
 */
export function normalizeFeed(doc: unknown, options: NormalizeOptions = {}): FeedResult {
  const { base, wordpressKinds } = options;
  const { contactSource, ...result } = readFeed(doc, base, (posts) => readWordPressPosts(posts, wordpressKinds, base));
  const contact = contactOf({ contactSource });
  return contact ? { ...result, contact } : result;
}

/**
 * `normalizeFeed()` as the widgets' store reads a document in the browser: WordPress posts only
 * through `wordpress` (the reader `lp-wordpress.js` registers; the bundles do not carry one),
 * and the press contact kept as written, in `contactSource`, for `contactOf()`: a page of feed
 * elements only carries no code for a contact it never shows.
 */
export function readFeed(doc: unknown, base?: string, wordpress?: (posts: unknown[]) => (Item | undefined)[] | undefined): FeedResult {
  if (isJsonFeed(doc)) {
    const items = kept(doc.items.map((raw) => normalizeJsonFeedItem(raw, base)));
    const contact = recordOf(doc._localprogress).contact;
    // JSON Feed's top-level `language` is the language of the feed's contact text.
    return { format: 'json-feed', items, dropped: doc.items.length - items.length, ...(contact === undefined ? {} : { contactSource: { contact, language: doc.language } }) };
  }
  if (Array.isArray(doc)) {
    const posts = doc.length ? wordpress?.(doc) : [];
    if (posts) {
      const items = kept(posts);
      return { format: 'wordpress', items, dropped: doc.length - items.length };
    }
  }
  throw new FeedError('format', 'Not a JSON Feed nor WordPress posts.');
}

/**
 * Why each item of a feed document would be dropped, in the document's order: a short reason
 * (`not an object`, `no http(s) link`, `no title`, `repeated id`) or `undefined` for an item
 * that is kept. As many reasons as `normalizeFeed(doc, options).dropped`; throws as it does.
 */
export function itemProblems(doc: unknown, options: NormalizeOptions = {}): (string | undefined)[] {
  const { format } = normalizeFeed(doc, options);
  const seen = new Set<string>();
  const kinds = options.wordpressKinds ?? DEFAULT_WORDPRESS_KINDS;
  const raws = (format === 'json-feed' ? (doc as { items: unknown[] }).items : doc) as unknown[];
  const { base } = options;
  return raws.map((raw) => {
    const item = format === 'json-feed' ? normalizeJsonFeedItem(raw, base) : normalizeWordPressPost(raw, kinds, base);
    if (!item) return (format === 'json-feed' ? jsonFeedItemProblem(raw, base) : wordpressPostProblem(raw, base)) ?? 'invalid';
    if (seen.has(item.id)) return 'repeated id';
    seen.add(item.id);
    return undefined;
  });
}

// The items that passed. A repeated id would make two list entries for one story; the first
// wins, the rest count as dropped.
function kept(items: (Item | undefined)[]): Item[] {
  const seen = new Set<string>();
  return items.filter((item): item is Item => !!item && !seen.has(item.id) && !!seen.add(item.id));
}

/** The items one widget shows: its kind, any of its tags, at most `limit`. */
export function selectItems(items: readonly Item[], kind: ItemKind, tags: readonly string[], limit: number): Item[] {
  const wanted = tags.map((t) => t.trim().toLowerCase()).filter(Boolean);
  return items
    .filter((item) => item.kind === kind && (!wanted.length || item.tags.some((t) => wanted.includes(t))))
    .slice(0, limit);
}

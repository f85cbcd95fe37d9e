import type { Item } from './item.js';
import { recordOf } from './validate.js';

/**
 * Where the opt-in WordPress reader is handed to the widgets: `lp-wordpress.js` (in the npm
 * package, `@localprogress/widgets/wordpress.js`) sets
 * `globalThis[Symbol.for('@localprogress/widgets/wordpress')]` to a {@link WordPressReader}.
 * `Symbol.for()` keys are one registry for every script of the page, and no global name: each
 * copy of the widgets on the page (every per-element file has its own store) finds the same
 * reader, whichever file loaded first.
 */
export const WORDPRESS_READER = '@localprogress/widgets/wordpress';

/** What `lp-wordpress.js` registers. */
export interface WordPressReader {
  /**
   * A `/wp/v2/posts?_embed` response as items, in the posts' order, `undefined` for a post that
   * fails validation; or `undefined` for an array that is not WordPress posts. `kinds` is the
   * `lp-widgets:wp-kinds` meta's content, `base` the response's own URL.
   */
  read(posts: unknown[], kinds: string | undefined, base: string | undefined): (Item | undefined)[] | undefined;
}

// The page-wide registry: `globalThis`, keyed by the symbol.
type Registry = Record<symbol, WordPressReader | undefined>;

/** The reader `lp-wordpress.js` registered, if it has run. */
export function wordpressReader(): WordPressReader | undefined {
  return (globalThis as Registry)[Symbol.for(WORDPRESS_READER)];
}

/** Registers `reader` for every copy of the widgets on the page; the first one registered stays (a second file, of another version, changes nothing). */
export function registerWordPressReader(reader: WordPressReader): void {
  (globalThis as Registry)[Symbol.for(WORDPRESS_READER)] ??= reader;
}

/**
 * A first look, for documents the widgets cannot read without the reader: an array whose first
 * entry has a `link` or a `title.rendered`, as WordPress posts do. The reader checks the rest.
 */
export function looksLikeWordPress(doc: unknown): doc is unknown[] {
  const first = Array.isArray(doc) && recordOf(doc[0]);
  return !!first && ('link' in first || 'rendered' in recordOf(first.title));
}

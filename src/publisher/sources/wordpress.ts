import type { Item, ItemKind } from '../../data/item.js';
import { FeedError } from '../../data/errors.js';
import { safeLinkUrl } from '../../data/url.js';
import { isRecord, textField } from '../../data/validate.js';
import { DEFAULT_WORDPRESS_KINDS, isWordPressPosts, normalizeWordPressPost, wordpressPostProblem } from '../../data/wordpress.js';
import { WORDPRESS_FIELDS, WORDPRESS_MAX_PER_PAGE, wordpressFeedUrl } from '../../data/wordpress-url.js';
import { fetchDocument, parseJson } from '../http.js';
import type { SourceConfig, SourceResult } from '../types.js';
import { countDrop, type Progress } from './common.js';
// What other CMSs write by name (accented letters, symbols): decoded in the feed the widgets read.
import '../../data/entities.js';

/** A value at a dotted path of a post (`meta.outlet`, `acf.outlet_name`). */
function fieldAt(raw: Record<string, unknown>, path: string): unknown {
  let value: unknown = raw;
  for (const key of path.split('.')) value = isRecord(value) ? value[key] : undefined;
  return value;
}

function categorySlugs(raw: Record<string, unknown>): string[] {
  const groups = isRecord(raw._embedded) ? raw._embedded['wp:term'] : undefined;
  if (!Array.isArray(groups)) return [];
  return groups.flat().flatMap((term) => (isRecord(term) && term.taxonomy === 'category' && typeof term.slug === 'string' ? [term.slug] : []));
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/**
 * One post as the publisher writes it. The widgets' own normalizer reads it; on top:
 * - the id is the post's permalink, so that two sites' post 42 stay two items;
 * - a post none of whose categories is mapped takes the source's default kind;
 * - media coverage links out: `external_url_field` gives the outlet's article, and the outlet's
 *   name comes from `outlet_field`, else from that link's host.
 */
export function readWordPressPost(raw: unknown, source: SourceConfig, kinds: Readonly<Record<string, ItemKind>>, base: string): Item | undefined {
  const item = normalizeWordPressPost(raw, kinds, base);
  if (!item || !isRecord(raw)) return undefined;
  item.id = item.url;
  if (source.kind && !categorySlugs(raw).some((slug) => Object.hasOwn(kinds, slug))) item.kind = source.kind;
  const external = source.external_url_field ? safeLinkUrl(fieldAt(raw, source.external_url_field), base) : undefined;
  if (external) item.url = external;
  const outlet = source.outlet_field ? textField(fieldAt(raw, source.outlet_field), 120) : undefined;
  if (outlet) item.outlet = outlet;
  else if (item.kind === 'news' && hostOf(item.url) !== hostOf(item.id)) item.outlet = hostOf(item.url);
  return item;
}

/**
 * Reads a WordPress site's REST API: each post type in `post_types`, every page of 100 (as
 * `X-WP-TotalPages` says) until the source's limit, with `_embed` for images and categories.
 */
export async function readWordPress(source: SourceConfig, limit: number, progress: Progress): Promise<SourceResult> {
  const kinds = { ...DEFAULT_WORDPRESS_KINDS, ...source.kinds };
  const extraFields = [source.outlet_field, source.external_url_field].flatMap((path) => (path ? [path.split('.')[0]] : []));
  const result: SourceResult = { items: [], dropped: {}, pages: 0 };
  for (const type of source.post_types ?? ['posts']) {
    const first = wordpressFeedUrl(source.url, {
      type,
      perPage: Math.min(source.per_page ?? WORDPRESS_MAX_PER_PAGE, limit),
      fields: [...WORDPRESS_FIELDS, ...extraFields],
    });
    let read = 0;
    for (let page = 1, total = 1; page <= total && read < limit; page++) {
      const url = page === 1 ? first : `${first}&page=${page}`;
      const doc = await fetchDocument(url);
      const posts = parseJson(doc);
      if (!Array.isArray(posts) || (posts.length && !isWordPressPosts(posts))) {
        throw new FeedError('format', `not a WordPress posts list from ${doc.url} (is it the REST API's /wp/v2/${type}?)`, doc.status, doc.url);
      }
      total = Number(doc.headers.get('x-wp-totalpages')) || 1;
      result.pages++;
      progress(`${type} page ${page}/${total}`);
      for (const raw of posts.slice(0, limit - read)) {
        read++;
        const item = readWordPressPost(raw, source, kinds, doc.url);
        if (item) result.items.push(item);
        else countDrop(result.dropped, wordpressPostProblem(raw, doc.url) ?? 'invalid');
      }
    }
  }
  return result;
}

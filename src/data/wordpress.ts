import { ITEM_KINDS, type Item, type ItemImage, type ItemKind } from './item.js';
import { cleanSummary, htmlToText, titleFromText } from './text.js';
import { safeImageUrl, safeLinkUrl } from './url.js';
import { dimension, idField, isoDate, isRecord, recordOf, setImageSize, srcsetOf, tagList, textField } from './validate.js';

/**
 * Which WordPress category slug means which kind. A post takes the kind of its first category
 * found here; a post in none of them is a `blog` post. Override per page with
 * `<meta name="lp-widgets:wp-kinds" content="media-coverage=news, statements=press-release">`.
 */
export const DEFAULT_WORDPRESS_KINDS: Readonly<Record<string, ItemKind>> = {
  'in-the-news': 'news',
  news: 'news',
  'media-coverage': 'news',
  'press-releases': 'press-release',
  'press-release': 'press-release',
  blog: 'blog',
};

/** True when an array looks like a WordPress REST posts collection (`/wp/v2/posts`). */
export function isWordPressPosts(doc: unknown[]): boolean {
  return doc.some((post) => isRecord(post) && isRecord(post.title) && 'rendered' in post.title && 'link' in post);
}

interface Term {
  slug: string;
  taxonomy: string;
}

function embeddedTerms(embedded: Record<string, unknown>): Term[] {
  const groups = embedded['wp:term'];
  return (Array.isArray(groups) ? groups.flat() : []).filter(
    (term): term is Term => isRecord(term) && typeof term.slug === 'string' && typeof term.taxonomy === 'string',
  );
}

// The `rendered` HTML of a WordPress field (`title`, `excerpt`, a media `caption`).
const rendered = (field: unknown) => (isRecord(field) ? field.rendered : undefined);

// The embedded featured media, `_embedded['wp:featuredmedia'][0]`.
function mediaImage(media: unknown, base?: string): ItemImage | undefined {
  // A featured image the visitor may not see comes back as `{ code: 'rest_forbidden', … }`.
  if (!isRecord(media) || (media.media_type !== undefined && media.media_type !== 'image')) return undefined;
  const details = recordOf(media.media_details);
  const sizes = recordOf(details.sizes);

  const full = isRecord(sizes.full) ? sizes.full : details;
  const fullWidth = dimension(full.width);
  const fullHeight = dimension(full.height);
  const candidates = new Map<number, string>();
  for (const size of Object.values(sizes).map(recordOf)) {
    const width = dimension(size.width);
    const height = dimension(size.height);
    const src = safeImageUrl(size.source_url, base);
    // As in WordPress's own srcset (`wp_image_matches_ratio()`): only sizes of the full image's
    // shape, the full image scaled to the size's width within 1px of its height. A hard crop
    // (the 150×150 thumbnail) is another picture, not the same one at another resolution.
    // A size with an unknown dimension passes.
    const shaped = !fullWidth || !fullHeight || !height || Math.abs(Math.round((fullHeight * width!) / fullWidth) - height) <= 1;
    if (width && src && shaped && !candidates.has(width)) candidates.set(width, src);
  }
  const src = safeImageUrl(media.source_url ?? recordOf(sizes.full).source_url, base);
  if (!src) return undefined;

  const image: ItemImage = { src, alt: textField(media.alt_text, 300) ?? '' };
  if (candidates.size > 1) image.srcset = srcsetOf(candidates);
  const credit = textField(rendered(media.caption) ?? media.caption, 200);
  if (credit) image.credit = credit;
  setImageSize(image, fullWidth, fullHeight);
  return image;
}

/** The kind of a post from its category slugs, through `kinds`. */
export function kindFromCategories(slugs: string[], kinds: Readonly<Record<string, ItemKind>>): ItemKind {
  return slugs.map((slug) => kinds[slug]).find(Boolean) ?? 'blog';
}

const postLink = (raw: Record<string, unknown>, base?: string) => safeLinkUrl(raw.link, base);
// An untitled post (a status or an aside) takes its title from its excerpt, else its content.
const postTitle = (raw: Record<string, unknown>) =>
  textField(rendered(raw.title), 300) || titleFromText(htmlToText(rendered(raw.excerpt) || rendered(raw.content)));

/**
 * Why `normalizeWordPressPost` drops this post (`not an object`, `no http(s) link`, `no title`),
 * or `undefined` when it keeps it. For tools that report dropped items, such as the publisher.
 */
export function wordpressPostProblem(raw: unknown, base?: string): string | undefined {
  if (!isRecord(raw)) return 'not an object';
  if (!postLink(raw, base)) return 'no http(s) link';
  if (!postTitle(raw)) return 'no title';
  return undefined;
}

/**
 * One post of a `/wp/v2/posts?_embed` response as an `Item`, or `undefined` when it fails
 * validation (no `http(s)` link, no title and no text to make one from). The REST API plugin's
 * responses of 2016 (2.0-beta13 on) have this shape too.
 */
export function normalizeWordPressPost(
  raw: unknown,
  kinds: Readonly<Record<string, ItemKind>> = DEFAULT_WORDPRESS_KINDS,
  base?: string,
): Item | undefined {
  if (!isRecord(raw)) return undefined;
  const url = postLink(raw, base);
  const title = postTitle(raw);
  if (!url || !title) return undefined;

  const embedded = recordOf(raw._embedded);
  const terms = embeddedTerms(embedded);
  const categories = terms.filter((t) => t.taxonomy === 'category').map((t) => t.slug);
  const item: Item = {
    id: idField(raw.id, 100)?.replace(/^/, 'wp:') ?? url,
    kind: kindFromCategories(categories, kinds),
    title,
    url,
    summary: cleanSummary(rendered(raw.excerpt)),
    tags: tagList(terms.map((t) => t.slug)),
  };
  const published = isoDate(raw.date_gmt) ?? isoDate(raw.date);
  if (published) item.published = published;
  const media = embedded['wp:featuredmedia'];
  const image = mediaImage(Array.isArray(media) ? media[0] : undefined, base);
  if (image) item.image = image;
  return item;
}

/**
 * A `/wp/v2/posts?_embed` response as items (`undefined` for each post that fails validation),
 * or `undefined` when the array is not WordPress posts.
 */
export function readWordPressPosts(
  posts: unknown[],
  kinds: Readonly<Record<string, ItemKind>> = DEFAULT_WORDPRESS_KINDS,
  base?: string,
): (Item | undefined)[] | undefined {
  return isWordPressPosts(posts) ? posts.map((raw) => normalizeWordPressPost(raw, kinds, base)) : undefined;
}

/**
 * Reads a kind mapping written as `slug=kind, slug=kind` (the `lp-widgets:wp-kinds` meta
 * content) on top of the defaults. Pairs with an unknown kind are ignored.
 */
export function parseKindMap(spec: string | null | undefined): Record<string, ItemKind> {
  const kinds: Record<string, ItemKind> = { ...DEFAULT_WORDPRESS_KINDS };
  for (const pair of String(spec).split(',')) {
    const [slug, kind] = pair.split('=').map((s) => s.trim());
    if (slug && ITEM_KINDS.includes(kind as ItemKind)) kinds[slug.toLowerCase()] = kind as ItemKind;
  }
  return kinds;
}

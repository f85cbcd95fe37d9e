import type { Item, ItemImage, ItemKind } from './item.js';
import { cleanSummary } from './text.js';
import { safeImageUrl, safeLinkUrl } from './url.js';
import { dimension, isoDate, isRecord, tagList, textField } from './validate.js';

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

/** True when the document looks like a WordPress REST posts collection (`/wp/v2/posts`). */
export function isWordPressPosts(doc: unknown): doc is unknown[] {
  return (
    Array.isArray(doc) &&
    doc.some((post) => isRecord(post) && isRecord(post.title) && 'rendered' in post.title && 'link' in post)
  );
}

interface Term {
  slug: string;
  taxonomy: string;
}

function embeddedTerms(embedded: Record<string, unknown>): Term[] {
  const groups = embedded['wp:term'];
  if (!Array.isArray(groups)) return [];
  const terms: Term[] = [];
  for (const group of groups) {
    if (!Array.isArray(group)) continue;
    for (const term of group) {
      if (isRecord(term) && typeof term.slug === 'string' && typeof term.taxonomy === 'string') {
        terms.push({ slug: term.slug, taxonomy: term.taxonomy });
      }
    }
  }
  return terms;
}

/**
 * WordPress's `wp_image_matches_ratio()`: the larger size scaled to the smaller one's width is
 * within 1px of its height. Sizes with an unknown dimension pass.
 */
function sameShape(w1?: number, h1?: number, w2?: number, h2?: number): boolean {
  if (!w1 || !h1 || !w2 || !h2) return true;
  const [big, small] = w1 >= w2 ? [[w1, h1], [w2, h2]] : [[w2, h2], [w1, h1]];
  return Math.abs(Math.round((big[1] * small[0]) / big[0]) - small[1]) <= 1;
}

function featuredImage(embedded: Record<string, unknown>): ItemImage | undefined {
  const media = Array.isArray(embedded['wp:featuredmedia']) ? embedded['wp:featuredmedia'][0] : undefined;
  // A featured image the visitor may not see comes back as `{ code: 'rest_forbidden', … }`.
  if (!isRecord(media) || (media.media_type !== undefined && media.media_type !== 'image')) return undefined;
  const details = isRecord(media.media_details) ? media.media_details : {};
  const sizes = isRecord(details.sizes) ? details.sizes : {};

  const full = isRecord(sizes.full) ? sizes.full : details;
  const candidates = new Map<number, string>();
  for (const size of Object.values(sizes)) {
    if (!isRecord(size)) continue;
    const width = dimension(size.width);
    const src = safeImageUrl(size.source_url);
    // As in WordPress's own srcset: only sizes of the full image's shape. A hard crop (the
    // 150×150 thumbnail) is another picture, not the same one at another resolution.
    const shaped = sameShape(dimension(full.width), dimension(full.height), width, dimension(size.height));
    if (width && src && shaped && !candidates.has(width)) candidates.set(width, src);
  }
  const src = safeImageUrl(media.source_url) ?? (isRecord(sizes.full) ? safeImageUrl(sizes.full.source_url) : undefined);
  if (!src) return undefined;

  const image: ItemImage = { src, alt: textField(media.alt_text, 300) ?? '' };
  if (candidates.size > 1) {
    image.srcset = [...candidates].sort(([a], [b]) => a - b).map(([w, url]) => `${url} ${w}w`).join(', ');
  }
  const credit = textField(isRecord(media.caption) ? media.caption.rendered : undefined, 200);
  if (credit) image.credit = credit;
  const width = dimension(full.width);
  const height = dimension(full.height);
  if (width && height) {
    image.width = width;
    image.height = height;
  }
  return image;
}

/** The kind of a post from its category slugs, through `kinds`. */
export function kindFromCategories(slugs: string[], kinds: Readonly<Record<string, ItemKind>>): ItemKind {
  for (const slug of slugs) {
    const kind = kinds[slug];
    if (kind) return kind;
  }
  return 'blog';
}

/**
 * One post of a `/wp/v2/posts?_embed` response as an `Item`, or `undefined` when it fails
 * validation (no `http(s)` link or an empty title).
 */
export function normalizeWordPressPost(
  raw: unknown,
  kinds: Readonly<Record<string, ItemKind>> = DEFAULT_WORDPRESS_KINDS,
  base?: string,
): Item | undefined {
  if (!isRecord(raw)) return undefined;
  const url = safeLinkUrl(raw.link, base);
  const title = textField(isRecord(raw.title) ? raw.title.rendered : undefined, 300);
  if (!url || !title) return undefined;

  const embedded = isRecord(raw._embedded) ? raw._embedded : {};
  const terms = embeddedTerms(embedded);
  const categories = terms.filter((t) => t.taxonomy === 'category').map((t) => t.slug);
  const item: Item = {
    id: typeof raw.id === 'number' || typeof raw.id === 'string' ? `wp:${String(raw.id).slice(0, 100)}` : url,
    kind: kindFromCategories(categories, kinds),
    title,
    url,
    summary: cleanSummary(isRecord(raw.excerpt) ? raw.excerpt.rendered : undefined),
    tags: tagList(terms.map((t) => t.slug)),
  };
  const published = isoDate(raw.date_gmt) ?? isoDate(raw.date);
  if (published) item.published = published;
  const image = featuredImage(embedded);
  if (image) item.image = image;
  return item;
}

/**
 * Reads a kind mapping written as `slug=kind, slug=kind` (the `lp-widgets:wp-kinds` meta
 * content) on top of the defaults. Pairs with an unknown kind are ignored.
 */
export function parseKindMap(spec: string | null | undefined): Record<string, ItemKind> {
  const kinds: Record<string, ItemKind> = { ...DEFAULT_WORDPRESS_KINDS };
  for (const pair of (spec ?? '').split(',')) {
    const [slug, kind] = pair.split('=').map((s) => s.trim());
    if (slug && (kind === 'news' || kind === 'press-release' || kind === 'blog')) kinds[slug.toLowerCase()] = kind;
  }
  return kinds;
}

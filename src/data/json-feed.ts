import type { Item, ItemImage, ItemKind } from './item.js';
import { ITEM_KINDS } from './item.js';
import { cleanSummary, htmlToText, titleFromText } from './text.js';
import { safeImageUrl, safeLinkUrl } from './url.js';
import { idField, isoDate, isRecord, parseSrcset, recordOf, setImageSize, tagList, textField } from './validate.js';

// Versions 1 and 1.1; feeds written for 1.0 often name it with `http:`.
const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1\b/;

/** True when the document is a JSON Feed 1.x (https://jsonfeed.org/version/1.1). */
export function isJsonFeed(doc: unknown): doc is Record<string, unknown> & { items: unknown[] } {
  return isRecord(doc) && VERSION.test(doc.version as string) && Array.isArray(doc.items);
}

const itemLink = (raw: Record<string, unknown>, base?: string) => safeLinkUrl(raw.url ?? raw.external_url, base);

// An untitled item (the spec allows them; micro-blogs are full of them) takes its title from its
// text; '' when it has neither.
const itemTitle = (raw: Record<string, unknown>) =>
  textField(raw.title, 300) || titleFromText(htmlToText(raw.content_text || raw.content_html || raw.summary));

/**
 * Why `normalizeJsonFeedItem` drops this item (`not an object`, `no http(s) link`, `no title`),
 * or `undefined` when it keeps it. For tools that report dropped items, such as the publisher.
 */
export function jsonFeedItemProblem(raw: unknown, base?: string): string | undefined {
  if (!isRecord(raw)) return 'not an object';
  if (!itemLink(raw, base)) return 'no http(s) link';
  if (!itemTitle(raw)) return 'no title';
  return undefined;
}

/**
 * One JSON Feed item as an `Item`, or `undefined` when it fails validation: it needs an
 * `http(s)` URL and a title or some text to make one from. Relative URLs resolve against `base`.
 */
export function normalizeJsonFeedItem(raw: unknown, base?: string): Item | undefined {
  if (!isRecord(raw)) return undefined;
  const ext = recordOf(raw._localprogress);
  const url = itemLink(raw, base);
  const title = itemTitle(raw);
  if (!url || !title) return undefined;

  const kind = ITEM_KINDS.includes(ext.kind as ItemKind) ? (ext.kind as ItemKind) : 'blog';
  const imageSrc = safeImageUrl(raw.image ?? raw.banner_image, base);
  let image: ItemImage | undefined;
  if (imageSrc) {
    image = { src: imageSrc, alt: textField(ext.image_alt, 300) ?? '' };
    const credit = textField(ext.image_credit, 200);
    const srcset = parseSrcset(ext.image_srcset, base);
    if (credit) image.credit = credit;
    if (srcset) image.srcset = srcset;
    setImageSize(image, ext.image_width, ext.image_height);
  }

  const summary = cleanSummary(raw.summary ?? raw.content_text ?? raw.content_html);
  const item: Item = {
    id: idField(raw.id, 500) ?? url,
    kind,
    title,
    url,
    // A summary that only repeats the title (a short untitled post) says nothing more.
    summary: summary === title ? '' : summary,
    tags: Array.isArray(raw.tags) ? tagList(raw.tags) : [],
  };
  const published = isoDate(raw.date_published ?? raw.date_modified);
  if (published) item.published = published;
  const outlet = textField(ext.outlet, 120);
  if (outlet) item.outlet = outlet;
  if (image) item.image = image;
  return item;
}


import type { Contact, Item, ItemImage, ItemKind } from './item.js';
import { ITEM_KINDS } from './item.js';
import { cleanSummary } from './text.js';
import { safeImageUrl, safeLinkUrl, safeMailto, safeTel } from './url.js';
import { isoDate, isRecord, tagList, textField } from './validate.js';

/** True when the document is a JSON Feed 1.x (https://jsonfeed.org/version/1.1). */
export function isJsonFeed(doc: unknown): doc is Record<string, unknown> & { items: unknown[] } {
  return (
    isRecord(doc) &&
    typeof doc.version === 'string' &&
    doc.version.startsWith('https://jsonfeed.org/version/1') &&
    Array.isArray(doc.items)
  );
}

/**
 * One JSON Feed item as an `Item`, or `undefined` when it fails validation: it needs an
 * `http(s)` URL and a title. Relative URLs resolve against `base` (the feed's own URL).
 */
export function normalizeJsonFeedItem(raw: unknown, base?: string): Item | undefined {
  if (!isRecord(raw)) return undefined;
  const ext = isRecord(raw._localprogress) ? raw._localprogress : {};
  const url = safeLinkUrl(raw.url ?? raw.external_url, base);
  const title = textField(raw.title, 300);
  if (!url || !title) return undefined;

  const kind = ITEM_KINDS.includes(ext.kind as ItemKind) ? (ext.kind as ItemKind) : 'blog';
  const imageSrc = safeImageUrl(raw.image ?? raw.banner_image, base);
  let image: ItemImage | undefined;
  if (imageSrc) {
    image = { src: imageSrc, alt: textField(ext.image_alt, 300) ?? '' };
    const credit = textField(ext.image_credit, 200);
    if (credit) image.credit = credit;
  }

  const item: Item = {
    id: typeof raw.id === 'string' || typeof raw.id === 'number' ? String(raw.id).slice(0, 500) : url,
    kind,
    title,
    url,
    summary: cleanSummary(raw.summary ?? raw.content_text ?? raw.content_html),
    tags: Array.isArray(raw.tags) ? tagList(raw.tags) : [],
  };
  const published = isoDate(raw.date_published ?? raw.date_modified);
  if (published) item.published = published;
  const outlet = textField(ext.outlet, 120);
  if (outlet) item.outlet = outlet;
  if (image) item.image = image;
  return item;
}

/** The feed-level press contact from `_localprogress.contact`, with every field checked. */
export function normalizeContact(raw: unknown): Contact | undefined {
  if (!isRecord(raw)) return undefined;
  const contact: Contact = {};
  const heading = textField(raw.heading, 120);
  const text = textField(raw.text, 600);
  const email = safeMailto(raw.email);
  const phone = typeof raw.phone === 'string' && safeTel(raw.phone) ? textField(raw.phone, 40) : undefined;
  if (heading) contact.heading = heading;
  if (text) contact.text = text;
  if (email) contact.email = email.slice('mailto:'.length);
  if (phone) contact.phone = phone;
  return Object.keys(contact).length ? contact : undefined;
}

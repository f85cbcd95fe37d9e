/**
 * The `rss` source: RSS 2.0 (and 0.9x), RSS 1.0 (RDF) and Atom 1.0 documents to plain `Item`s.
 *
 * XML is read by fast-xml-parser, checked for well-formedness first by its validator. Entities:
 * the five XML ones and character references are decoded by a decoder of our own; entities a
 * DOCTYPE declares are never expanded (so a billion-laughs document stays small), and a
 * DOCTYPE declaring an external entity is refused (the parser has no I/O, so nothing is ever
 * fetched or read either way).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { EntityDecoderOptions } from 'fast-xml-parser';
import type { Item, ItemImage, ItemKind } from '../../data/item.js';
import { FeedError } from '../../data/errors.js';
import { cleanSummary, collapseWhitespace, titleFromText, truncateOnWord } from '../../data/text.js';
import { safeImageUrl, safeLinkUrl } from '../../data/url.js';
import { dimension, tagList, textField } from '../../data/validate.js';
import type { DropCounts, ParsedFeed } from '../types.js';
import { countDrop } from './common.js';
import { parseFeedDate } from './rss-date.js';
// What other CMSs write by name (accented letters, symbols): decoded in the feed the widgets read.
import '../../data/entities.js';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  enc: 'http://purl.oclc.org/net/rss_2.0/enc#',
  feedburner: 'http://rssnamespace.org/feedburner/ext/1.0',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

// Media RSS has been published under a second address; feeds use both.
const MEDIA_NAMESPACES = new Set<string>([NS.media, 'http://search.yahoo.com/rss/']);
// RSS 2.0 and 0.9x have no namespace; RSS 1.0 and 0.90 put their elements in one.
const RSS_NAMESPACES = new Set<string>(['', NS.rss10, NS.rss090]);

/** Why an item was skipped, as counted in `dropped`. */
export const DROP_NO_LINK = 'no http(s) link';
export const DROP_NO_TITLE = 'no title';


// Elements nested deeper than this are ignored (no feed needs them; a hostile one can't
// exhaust the stack).
const MAX_DEPTH = 64;

/** One XML element, with its namespace resolved and its `xml:base` applied. */
interface Element {
  ns: string;
  local: string;
  attrs: Record<string, string>;
  /** Attribute namespaces, by attribute name (`""` for unprefixed). */
  attrNs: Record<string, string>;
  children: (Element | string)[];
  /** The base URL in scope (`xml:base` resolved against the parent's). */
  base: string;
}

// Character references and the five XML entities, decoded once. Everything else written as an
// entity (`&nbsp;`, `&lol9;`) is left as written: those are HTML's business, or undeclared.
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return XML_ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

// The parser's hook for entities: DOCTYPE-declared ones are dropped on arrival.
const entityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: decodeXml,
};

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  entityDecoder,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RawNode = Record<string, unknown>;

function resolveBase(raw: string | undefined, parent: string): string {
  if (raw === undefined) return parent;
  try {
    return new URL(raw.trim(), parent).href;
  } catch {
    return parent;
  }
}

/** Turns fast-xml-parser's ordered output into `Element`s, resolving prefixes and `xml:base`. */
function build(raw: RawNode, scope: Record<string, string>, parentBase: string, depth: number): Element | undefined {
  const name = Object.keys(raw).find((key) => key !== ':@');
  if (name === undefined || name === '#text') return undefined;
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  let inner = scope;
  for (const [key, value] of Object.entries(rawAttrs)) {
    if (typeof value !== 'string') continue;
    attrs[key] = value;
    if (key === 'xmlns' || key.startsWith('xmlns:')) {
      if (inner === scope) inner = { ...scope };
      inner[key === 'xmlns' ? '' : key.slice(6)] = value.trim();
    }
  }
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const attrNs: Record<string, string> = {};
  for (const key of Object.keys(attrs)) {
    const at = key.indexOf(':');
    attrNs[key] = at < 0 ? '' : key.startsWith('xml:') ? NS.xml : (inner[key.slice(0, at)] ?? '');
  }
  const element: Element = {
    ns: inner[prefix] ?? '',
    local: colon < 0 ? name : name.slice(colon + 1),
    attrs,
    attrNs,
    children: [],
    base: resolveBase(attrs['xml:base'], parentBase),
  };
  const rawChildren = raw[name];
  if (Array.isArray(rawChildren) && depth < MAX_DEPTH) {
    for (const child of rawChildren as RawNode[]) {
      if (typeof child['#text'] === 'string') element.children.push(child['#text']);
      else {
        const built = build(child, inner, element.base, depth + 1);
        if (built) element.children.push(built);
      }
    }
  }
  return element;
}

function elements(parent: Element | undefined): Element[] {
  return parent ? parent.children.filter((child): child is Element => typeof child !== 'string') : [];
}

function childrenIn(parent: Element | undefined, namespaces: ReadonlySet<string> | string, local: string): Element[] {
  const wanted = typeof namespaces === 'string' ? new Set([namespaces]) : namespaces;
  return elements(parent).filter((child) => child.local === local && wanted.has(child.ns));
}

function childIn(parent: Element | undefined, namespaces: ReadonlySet<string> | string, local: string): Element | undefined {
  return childrenIn(parent, namespaces, local)[0];
}

/** An unprefixed attribute, or `undefined`. */
function attr(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const value = element.attrs[name];
  return value !== undefined && element.attrNs[name] === '' ? value : undefined;
}

/** An attribute in a namespace (`rdf:about`, `rdf:resource`), whatever its prefix. */
function attrIn(element: Element | undefined, ns: string, local: string): string | undefined {
  if (!element) return undefined;
  for (const [key, value] of Object.entries(element.attrs)) {
    if (element.attrNs[key] === ns && key.slice(key.indexOf(':') + 1) === local) return value;
  }
  return undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** All the character data inside an element, in order. */
function textContent(element: Element): string {
  return element.children.map((child) => (typeof child === 'string' ? child : textContent(child))).join('');
}

/**
 * How an element's content is read: `html` — its text is HTML source (escaped or in CDATA,
 * as RSS does it); `text` — plain text; `xhtml` — its child elements are the markup.
 */
type ContentMode = 'html' | 'text' | 'xhtml';

/** An element's content as an HTML fragment, for htmlToText / cleanSummary. */
function htmlOf(element: Element | undefined, mode: ContentMode): string {
  if (!element) return '';
  if (mode === 'text') return escapeHtml(textContent(element));
  return element.children
    .map((child) => {
      if (typeof child === 'string') return mode === 'html' ? child : escapeHtml(child);
      // Markup written as elements (Atom xhtml, or "naked" HTML in an RSS description).
      return `<${child.local}>${htmlOf(child, mode)}</${child.local}>`;
    })
    .join('');
}

/** The mode of an Atom text construct (`type="text|html|xhtml"`, or a MIME type). */
function atomMode(element: Element | undefined): ContentMode {
  const type = (attr(element, 'type') ?? 'text').trim().toLowerCase();
  if (type === 'html' || type === 'text/html') return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml') return 'xhtml';
  return 'text';
}

/** The mode of a Media RSS text (`type="plain|html"`). */
function mediaMode(element: Element | undefined): ContentMode {
  return (attr(element, 'type') ?? '').trim().toLowerCase() === 'html' ? 'html' : 'text';
}

function plain(element: Element | undefined): string {
  return element ? collapseWhitespace(textContent(element)) : '';
}


interface Fields {
  id?: string;
  title: string;
  url?: string;
  published?: string;
  summary: string;
  image?: ItemImage;
  tags: string[];
}

function finish(fields: Fields, kind: ItemKind, dropped: DropCounts): Item | undefined {
  if (!fields.url) {
    countDrop(dropped, DROP_NO_LINK);
    return undefined;
  }
  const title = fields.title || titleFromText(fields.summary);
  if (!title) {
    countDrop(dropped, DROP_NO_TITLE);
    return undefined;
  }
  const item: Item = {
    id: fields.id || fields.url,
    kind,
    title,
    url: fields.url,
    summary: fields.summary,
    tags: fields.tags,
  };
  if (fields.published) item.published = fields.published;
  if (fields.image) item.image = fields.image;
  return item;
}

function idOf(element: Element | undefined): string | undefined {
  const id = plain(element).slice(0, 1000);
  return id || undefined;
}

function firstDate(candidates: (Element | undefined)[]): string | undefined {
  for (const candidate of candidates) {
    const date = candidate && parseFeedDate(plain(candidate));
    if (date) return date;
  }
  return undefined;
}

function firstSummary(candidates: [Element | undefined, ContentMode][]): string {
  for (const [element, mode] of candidates) {
    const summary = cleanSummary(htmlOf(element, mode));
    if (summary) return summary;
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// Images

const IMAGE_EXTENSION = /\.(jpe?g|png|gif|webp|avif)$/i;

function isImageType(type: string | undefined): boolean {
  return !!type && /^image\//i.test(type.trim());
}

function mediaText(scopes: (Element | undefined)[], local: string): string | undefined {
  for (const scope of scopes) {
    const element = childrenIn(scope, MEDIA_NAMESPACES, local)[0];
    const text = element && textField(htmlOf(element, mediaMode(element)), 1000);
    if (text) return text;
  }
  return undefined;
}

// An alt text is short: a media:description longer than this (a video's whole description)
// gives way to the media:title.
const ALT_MAX = 250;

function mediaImage(element: Element, scopes: (Element | undefined)[]): ItemImage | undefined {
  const src = safeImageUrl(attr(element, 'url'), element.base);
  if (!src) return undefined;
  const chain = [element, ...scopes];
  const description = mediaText(chain, 'description');
  const title = mediaText(chain, 'title');
  const alt = description && description.length <= ALT_MAX ? description : title ? truncateOnWord(title, ALT_MAX) : '';
  const image: ItemImage = { src, alt };
  const credit = mediaText(chain, 'credit');
  if (credit) image.credit = credit.slice(0, 200);
  const width = dimension(Number(attr(element, 'width')));
  const height = dimension(Number(attr(element, 'height')));
  if (width && height) {
    image.width = width;
    image.height = height;
  }
  return image;
}

/**
 * One picture given in several sizes (`media:content` per width, as news sites do): the widest
 * is the `src`, and the widths make a `srcset`.
 */
function largest(images: readonly (readonly [ItemImage, number])[]): ItemImage {
  const sized = images.filter(([, width]) => dimension(width) !== undefined);
  if (sized.length < 2) return images[0][0];
  const [widest] = sized.reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best));
  const widths = new Map<number, string>();
  for (const [image, width] of sized) if (!widths.has(width)) widths.set(width, image.src);
  // A comma ends a srcset candidate's URL only before a space, but encoding it costs nothing.
  const srcset = [...widths].map(([width, src]) => `${src.replace(/,/g, '%2C')} ${width}w`).join(', ');
  return { ...widest, srcset };
}

function isMediaImage(content: Element): boolean {
  const medium = attr(content, 'medium')?.trim().toLowerCase();
  if (medium) return medium === 'image';
  const type = attr(content, 'type');
  if (type) return isImageType(type);
  // Neither says what it is: the URL's extension decides.
  try {
    return IMAGE_EXTENSION.test(new URL(attr(content, 'url') ?? '', content.base).pathname);
  } catch {
    return false;
  }
}

/**
 * The item's picture: a Media RSS image (`media:content`, then `media:thumbnail`, each directly
 * in the item or in a `media:group`), then an image enclosure (RSS `enclosure`, RDF
 * `enc:enclosure`, Atom `link rel="enclosure"`), then `itunes:image`.
 */
function imageOf(entry: Element): ItemImage | undefined {
  const groups = childrenIn(entry, MEDIA_NAMESPACES, 'group');
  for (const scope of [entry, ...groups]) {
    const outer = scope === entry ? [entry] : [scope, entry];
    const images = childrenIn(scope, MEDIA_NAMESPACES, 'content')
      .filter(isMediaImage)
      .map((content) => [mediaImage(content, outer), Number(attr(content, 'width'))] as const)
      .filter((candidate): candidate is readonly [ItemImage, number] => candidate[0] !== undefined);
    if (images.length) return largest(images);
  }
  for (const scope of [entry, ...groups]) {
    const outer = scope === entry ? [entry] : [scope, entry];
    for (const thumbnail of childrenIn(scope, MEDIA_NAMESPACES, 'thumbnail')) {
      const image = mediaImage(thumbnail, outer);
      if (image) return image;
    }
    // A thumbnail may also sit inside a media:content that is itself a video.
    for (const content of childrenIn(scope, MEDIA_NAMESPACES, 'content')) {
      for (const thumbnail of childrenIn(content, MEDIA_NAMESPACES, 'thumbnail')) {
        const image = mediaImage(thumbnail, [content, ...outer]);
        if (image) return image;
      }
    }
  }
  const enclosures: [string | undefined, Element][] = [
    ...childrenIn(entry, '', 'enclosure').map((e): [string | undefined, Element] => [attr(e, 'url'), e]),
    ...childrenIn(entry, NS.enc, 'enclosure').map((e): [string | undefined, Element] => [attrIn(e, NS.rdf, 'resource') ?? attr(e, 'resource') ?? attr(e, 'url'), e]),
    ...childrenIn(entry, NS.atom, 'link')
      .filter((link) => attr(link, 'rel')?.trim() === 'enclosure')
      .map((e): [string | undefined, Element] => [attr(e, 'href'), e]),
  ];
  for (const [url, enclosure] of enclosures) {
    if (!isImageType(attr(enclosure, 'type') ?? attrIn(enclosure, NS.enc, 'type'))) continue;
    const src = safeImageUrl(url, enclosure.base);
    if (src) return { src, alt: '' };
  }
  const itunes = childIn(entry, NS.itunes, 'image');
  const src = safeImageUrl(attr(itunes, 'href') ?? attr(itunes, 'url'), itunes?.base);
  return src ? { src, alt: '' } : undefined;
}

/** The last resort for a summary: the Media RSS description (a video feed has nothing else). */
function mediaDescriptions(entry: Element): [Element | undefined, ContentMode][] {
  const scopes = [entry, ...childrenIn(entry, MEDIA_NAMESPACES, 'group')];
  return scopes.map((scope) => {
    const description = childIn(scope, MEDIA_NAMESPACES, 'description');
    return [description, mediaMode(description)];
  });
}

// ---------------------------------------------------------------------------------------------
// RSS 2.0 / 0.9x / 1.0

// FeedBurner's own link is a redirect through its proxy; the original is kept beside it.
function feedburnerOrigin(entry: Element): string | undefined {
  for (const origin of childrenIn(entry, NS.feedburner, 'origLink')) {
    const url = safeLinkUrl(plain(origin), origin.base);
    if (url) return url;
  }
  return undefined;
}

function rssLink(entry: Element): string | undefined {
  const origin = feedburnerOrigin(entry);
  if (origin) return origin;
  for (const link of childrenIn(entry, RSS_NAMESPACES, 'link')) {
    const url = safeLinkUrl(plain(link), link.base);
    if (url) return url;
  }
  const atomLink = atomAlternate(entry);
  if (atomLink) return atomLink;
  const guid = childIn(entry, RSS_NAMESPACES, 'guid');
  if (guid && (attr(guid, 'isPermaLink') ?? 'true').trim().toLowerCase() !== 'false') {
    // A guid is an identifier first: only an absolute URL is taken as the link.
    const url = safeLinkUrl(plain(guid));
    if (url) return url;
  }
  return safeLinkUrl(attrIn(entry, NS.rdf, 'about'), entry.base);
}

function rssItem(entry: Element, kind: ItemKind, dropped: DropCounts): Item | undefined {
  const titleElement = childIn(entry, RSS_NAMESPACES, 'title') ?? childIn(entry, NS.dc, 'title');
  const title = textField(htmlOf(titleElement, 'html'), 300) ?? '';
  const categories = [...childrenIn(entry, RSS_NAMESPACES, 'category'), ...childrenIn(entry, NS.dc, 'subject')];
  return finish(
    {
      id: idOf(childIn(entry, RSS_NAMESPACES, 'guid')) ?? idOf(childIn(entry, NS.atom, 'id')) ?? attrIn(entry, NS.rdf, 'about'),
      title,
      url: rssLink(entry),
      published: firstDate([
        childIn(entry, RSS_NAMESPACES, 'pubDate'),
        childIn(entry, NS.dc, 'date'),
        childIn(entry, NS.atom, 'published'),
        childIn(entry, NS.atom, 'updated'),
      ]),
      summary: firstSummary([
        [childIn(entry, RSS_NAMESPACES, 'description'), 'html'],
        [childIn(entry, NS.dc, 'description'), 'html'],
        [childIn(entry, NS.content, 'encoded'), 'html'],
        ...mediaDescriptions(entry),
      ]),
      image: imageOf(entry),
      tags: tagList(categories.map(plain)),
    },
    kind,
    dropped,
  );
}

// ---------------------------------------------------------------------------------------------
// Atom 1.0 (and 0.3)

function atomAlternate(entry: Element, ns: string = NS.atom): string | undefined {
  for (const link of childrenIn(entry, ns, 'link')) {
    const rel = (attr(link, 'rel') ?? 'alternate').trim().toLowerCase();
    if (rel !== 'alternate' && rel !== 'http://www.iana.org/assignments/relation/alternate') continue;
    const url = safeLinkUrl(attr(link, 'href'), link.base);
    if (url) return url;
  }
  return undefined;
}

function atomEntry(entry: Element, ns: string, kind: ItemKind, dropped: DropCounts): Item | undefined {
  const titleElement = childIn(entry, ns, 'title');
  const title = textField(htmlOf(titleElement, atomMode(titleElement)), 300) ?? '';
  const summary = childIn(entry, ns, 'summary');
  // Content given by reference (`src`) has no text here.
  const content = childrenIn(entry, ns, 'content').find((element) => attr(element, 'src') === undefined);
  const tags = childrenIn(entry, ns, 'category').map((category) => attr(category, 'term')?.trim() || attr(category, 'label') || '');
  return finish(
    {
      id: idOf(childIn(entry, ns, 'id')),
      title,
      url: feedburnerOrigin(entry) ?? atomAlternate(entry, ns),
      published: firstDate([
        childIn(entry, ns, 'published'),
        childIn(entry, ns, 'issued'),
        childIn(entry, ns, 'created'),
        childIn(entry, ns, 'updated'),
        childIn(entry, ns, 'modified'),
        childIn(entry, NS.dc, 'date'),
      ]),
      summary: firstSummary([
        [summary, atomMode(summary)],
        [content, atomMode(content)],
        ...mediaDescriptions(entry),
      ]),
      image: imageOf(entry),
      tags: tagList(tags),
    },
    kind,
    dropped,
  );
}

// ---------------------------------------------------------------------------------------------

// An HTML page (after any BOM, whitespace and comments): worth its own message, as it is the
// usual answer from a wrong URL, and it is rarely well-formed XML.
const HTML_PAGE = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html\b|html\b)/i;

/** The feed's URL as a base, or `""` (absolute links only) when it is not a URL. */
function documentBase(base: string): string {
  try {
    return new URL(base).href;
  } catch {
    return '';
  }
}

function parseDocument(xml: string, docBase: string): Element {
  if (HTML_PAGE.test(xml)) throw new FeedError('format', 'This is an HTML page, not an RSS or Atom feed.');
  const checked = XMLValidator.validate(xml);
  if (checked !== true) {
    const { msg, line, col } = checked.err;
    throw new FeedError('parse', `The feed is not well-formed XML (line ${line}, column ${col}): ${msg}`);
  }
  let raw: unknown;
  try {
    raw = parser.parse(xml);
  } catch (error) {
    throw new FeedError('parse', `The feed could not be read as XML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const nodes = Array.isArray(raw) ? (raw as RawNode[]) : [];
  for (const node of nodes) {
    if (typeof node['#text'] === 'string') continue;
    const root = build(node, { xml: NS.xml }, docBase, 0);
    if (root) return root;
  }
  throw new FeedError('parse', 'The feed has no root element.');
}

/**
 * Reads an RSS or Atom document. `base` is the feed's own URL: relative links and `xml:base`
 * resolve against it. Items without an http(s) link, or without a title or any text to make one
 * from, are skipped and counted by reason. Throws `FeedError` `parse` for malformed XML and
 * `format` for XML that is not a feed.
 */
export function parseXmlFeed(xml: string, base: string, defaultKind?: ItemKind): ParsedFeed {
  const kind = defaultKind ?? 'blog';
  // A BOM or blank line before the XML declaration is not well-formed, but common (a stray
  // newline in a WordPress theme or plugin puts one there).
  const root = parseDocument(xml.replace(/^[\s\ufeff]+/, ''), documentBase(base));
  const dropped: DropCounts = {};
  const items: Item[] = [];
  const keep = (item: Item | undefined) => {
    if (item) items.push(item);
  };

  if (root.local === 'rss' && root.ns === '') {
    const channel = childIn(root, '', 'channel');
    for (const entry of [...childrenIn(channel, '', 'item'), ...childrenIn(root, '', 'item')]) keep(rssItem(entry, kind, dropped));
  } else if (root.local === 'RDF' && root.ns === NS.rdf) {
    const channel = childIn(root, RSS_NAMESPACES, 'channel');
    if (!channel && !childIn(root, RSS_NAMESPACES, 'item')) throw new FeedError('format', 'This RDF document is not an RSS 1.0 feed.');
    for (const entry of childrenIn(root, RSS_NAMESPACES, 'item')) keep(rssItem(entry, kind, dropped));
  } else if (root.local === 'feed' && (root.ns === NS.atom || root.ns === NS.atom03)) {
    for (const entry of childrenIn(root, root.ns, 'entry')) keep(atomEntry(entry, root.ns, kind, dropped));
  } else if (root.local.toLowerCase() === 'html') {
    throw new FeedError('format', 'This is an HTML page, not an RSS or Atom feed.');
  } else {
    const what = root.ns ? `{${root.ns}}${root.local}` : root.local;
    throw new FeedError('format', `This XML document (<${what}>) is not an RSS or Atom feed.`);
  }
  return { items, dropped };
}

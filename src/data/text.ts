/**
 * Plain-text cleaning for remote strings. Nothing here builds DOM: it works on pages that
 * enforce Trusted Types, and in Node.
 */

// The named entities decoded everywhere, as " name" + character: XML's, the no-break space and
// the punctuation that WordPress and other CMSs write by name ("[&hellip;]", "&rsquo;"). The
// widgets decode only these (every byte is in each bundle; the feed the publisher writes holds
// no entities at all); the publisher adds the longer table of `entities.ts` for the RSS, Atom and
// WordPress it reads. Unknown names are left as written; `&shy;` is dropped (its character is
// empty).
let namedEntities = ' amp& lt< gt> quot" apos\' nbsp\u00a0 hellip… mdash— ndash– lsquo‘ rsquo’ ldquo“ rdquo” shy ';

/**
 * Decodes these named entities too, from now on: a table in the same form, " name" + character
 * for each, starting and ending with a space. (Not trimmed: some characters are spaces.)
 */
export function addNamedEntities(table: string): void {
  namedEntities += table.slice(1);
}

/** Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`) once. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      // `#x2019` → 0x2019, `#8217` → 08217: Number reads both.
      const code = Number(`0${ref.slice(1)}`);
      // Surrogates, NUL and out-of-range code points become U+FFFD, as browsers do.
      if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return namedEntities.match(` ${ref}(\\W?) `)?.[1] ?? whole;
  });
}

// Elements whose content is never readable text.
const INVISIBLE = /<(script|style|template|noscript|iframe|object|svg|math|title|textarea|xmp|noembed|noframes)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// Inline elements join their neighbours without a space; every other tag separates words.
const INLINE_TAG = /^<\/?(a|abbr|b|bdi|bdo|cite|code|em|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|u|var)\b/i;

/**
 * Turns an HTML fragment (or plain text) into one line of plain text: comments and
 * non-text elements removed, tags removed, entities decoded once, whitespace collapsed.
 * The result is only ever rendered as text, so a decoded `<` is harmless.
 */
export function htmlToText(input: unknown): string {
  if (typeof input !== 'string') return '';
  // Plain text (as in the feed the publisher writes) has nothing to remove or decode.
  if (!/[<&]/.test(input)) return collapseWhitespace(input);
  const withoutTags = input
    .replace(/<!--[\s\S]*?(-->|$)/g, ' ')
    .replace(INVISIBLE, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, (tag) => (INLINE_TAG.test(tag) ? '' : ' '));
  return collapseWhitespace(decodeEntities(withoutTags));
}

/** Collapses runs of whitespace (including no-break spaces) and strips control characters. */
export function collapseWhitespace(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\0-\b\v\x0e-\x1f\x7f]/g, '').replace(/\s+/g, ' ').trim();
}

// A WordPress auto-excerpt ends in " [&hellip;]" (decoded: " […]"), sometimes "[...]".
const EXCERPT_TAIL = /\s*\[(…|\.{3})\]\s*$/;

/** Removes the "[…]" tail WordPress appends to automatic excerpts. */
export function stripExcerptTail(text: string): string {
  return text.replace(EXCERPT_TAIL, '');
}

// Press-release boilerplate that says nothing to a reader of a summary.
const RELEASE_LEAD = /^((for\s+)?immediate\s+release|para\s+publicaci[oó]n\s+inmediata)\s*[:.\-–—]?\s*/i;
// What often follows the lead: a date ("September 2, 2024", "2024-09-02") and a dateline
// ("WASHINGTON, D.C. —", "WASHINGTON, D.C. (Sept. 2, 2024) –"), in either order.
const LEAD_DATE = /^\(?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{4}-\d\d-\d\d)\)?\s*[–—-]*\s*/i;
const DATELINE = /^[A-Z][A-Za-z.,' ]{1,40}?(\s*\([^)]{4,30}\))?\s*[–—-]{1,2}\s+/;
// A media contact between the lead and the text ("Media Contact: Jane Doe, press@example.org"),
// up to and including its e-mail addresses and phone numbers.
const LEAD_CONTACT = /^(media|press)\s+contacts?\s*:\s*[^@\d]{0,80}?((\S+@\S+\.[a-z]{2,}|\+?\(?\d[\d\s().-]{6,}\d)[\s,;|/]*)+/i;
const MEDIA_CONTACT = /\s*((media|press)\s+contacts?|contacto\s+de\s+prensa)\s*:.*$/i;

/**
 * Strips press-release boilerplate from a summary: the "For Immediate Release:" lead (and the
 * dateline that follows it) and everything from "Media Contact:" on.
 */
export function stripBoilerplate(text: string): string {
  let out = text.trim();
  if (RELEASE_LEAD.test(out)) {
    out = out.replace(RELEASE_LEAD, '');
    for (let i = 0; i < 2; i++) out = out.replace(LEAD_DATE, '').replace(LEAD_CONTACT, '').replace(DATELINE, '');
  }
  return out.replace(MEDIA_CONTACT, '').trim();
}

/** Shortens text to at most `max` characters, on a word boundary, with an ellipsis. */
export function truncateOnWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** The longest title made from an untitled item's text, in characters (before the ellipsis). */
export const DERIVED_TITLE_MAX = 80;

/** A title for an item that has none, from its plain text: its first words, with an ellipsis when cut. */
export function titleFromText(text: string): string {
  return truncateOnWord(text, DERIVED_TITLE_MAX);
}

/** The longest summary a widget shows, in characters. */
export const SUMMARY_MAX = 300;

/** Cleans a remote summary: HTML to text, excerpt tail and boilerplate removed, trimmed. */
export function cleanSummary(input: unknown): string {
  return truncateOnWord(stripBoilerplate(stripExcerptTail(htmlToText(input))), SUMMARY_MAX);
}

import type { ItemImage } from './item.js';
import { collapseWhitespace, htmlToText } from './text.js';
import { safeImageUrl } from './url.js';

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a plain object, else an empty one: for reading optional nested fields. */
export function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** A remote string field as one line of plain text, or `undefined` when empty or not a string. */
export function textField(value: unknown, max = 500): string | undefined {
  return htmlToText(value).slice(0, max) || undefined;
}

/** A remote id (a string or a number) as a string of at most `max` characters, or `undefined`. */
export function idField(value: unknown, max: number): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value).slice(0, max) : undefined;
}

// A date as publishers write it: RFC 3339, or with a space for the `T`, without seconds or
// zone, or a date alone; minutes and seconds under 60. Engines' `Date.parse` read some of these
// differently (or not at all), so the parts are read here and given to `Date.UTC`.
const DATE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):([0-5]\d)(?::([0-5]\d)(?:[.,](\d+))?)?)?\s*(?:Z|([+-])(\d\d):?(\d\d)?)?$/i;

/**
 * An ISO instant for a remote date, or `undefined`. A date without a zone is read as UTC
 * (WordPress `date_gmt`); a date alone is midnight UTC. Impossible values (month 13, 31 April,
 * 24:00) and the years 0–99 (placeholders: `0000-00-00`, `0001-01-01`) are no date.
 */
export function isoDate(value: unknown): string | undefined {
  const p = DATE.exec(String(value));
  if (!p) return undefined;
  const [y, mo, d, h, mi, s, , , zh, zm] = p.slice(1).map((part) => +part || 0);
  const time = Date.UTC(y, mo - 1, d, h, mi, s, +`${p[7]}00`.slice(0, 3) || 0);
  // A month, day or hour out of range (13, 31 April, 24:00) rolls over into another day, and
  // years 0–99 become 1900–1999: the date reads back differently.
  return new Date(time).toISOString().startsWith(`${p[1]}-${p[2]}-${p[3]}`)
    ? new Date(time - (p[8] === '-' ? -6e4 : 6e4) * (zh * 60 + zm)).toISOString()
    : undefined;
}

/** Lower-case tag slugs from a list of remote strings, without duplicates. */
export function tagList(values: unknown[]): string[] {
  const tags = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const tag = collapseWhitespace(value).toLowerCase();
    if (tag && tag.length <= 100) tags.add(tag);
  }
  return [...tags];
}

/** A positive integer dimension, or `undefined`. */
export function dimension(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) > 0 && (value as number) < 100000 ? (value as number) : undefined;
}

/** Sets an image's intrinsic size when both dimensions are positive integers. */
export function setImageSize(image: ItemImage, width: unknown, height: unknown): void {
  const w = dimension(width);
  const h = dimension(height);
  if (w && h) {
    image.width = w;
    image.height = h;
  }
}

/** A `srcset` value from width → URL candidates, narrowest first. */
export function srcsetOf(candidates: Map<number, string>): string {
  return [...candidates].sort(([a], [b]) => a - b).map(([width, url]) => `${url} ${width}w`).join(', ');
}

/**
 * A remote `srcset` rebuilt from the candidates that pass: an `http(s)` URL (relative ones
 * resolved against `base`) and a width (`NNNw`), separated by a comma and a space as WordPress
 * and `lp-feed` write them (a URL may hold commas: image CDNs put them in paths). Other
 * candidates are dropped; `undefined` when none pass.
 */
export function parseSrcset(value: unknown, base?: string): string | undefined {
  const kept = String(value)
    .split(/,\s+/)
    .flatMap((candidate) => {
      const [, raw, w] = /(\S+)\s+(\d+)w\s*$/.exec(candidate) ?? [];
      const url = safeImageUrl(raw, base);
      const width = dimension(+w!);
      return url && width ? `${url} ${width}w` : [];
    });
  return kept.join(', ') || undefined;
}

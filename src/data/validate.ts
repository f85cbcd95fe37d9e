import { collapseWhitespace, htmlToText } from './text.js';

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A remote string field as one line of plain text, or `undefined` when empty or not a string. */
export function textField(value: unknown, max = 500): string | undefined {
  const text = htmlToText(value);
  return text ? text.slice(0, max) : undefined;
}

/** An ISO instant for a remote date, or `undefined`. A date without a zone is read as UTC (WordPress `date_gmt`). */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const withZone = /T.*([zZ]|[+-]\d{2}:?\d{2})$/.test(value) || !value.includes('T') ? value : `${value}Z`;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
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
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100000 ? value : undefined;
}

/**
 * The URL rules for remote content: links and images are `http:`/`https:` only; contact
 * links are `mailto:`/`tel:` only; tracking parameters are removed from links.
 */

const WEB_SCHEMES = new Set(['http:', 'https:']);

// Campaign and e-mail tracking parameters that only identify the reader.
const TRACKING_PARAM = /^(utm_.*|emci|emdi|ceid|fbclid|gclid|mc_cid|mc_eid)$/i;

function parse(raw: unknown, base?: string): URL | undefined {
  if (typeof raw !== 'string') return undefined;
  const trimmed = raw.trim();
  if (!trimmed || trimmed.length > 4096) return undefined;
  try {
    return base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
}

/** True for an absolute (or base-relative) `http:`/`https:` URL. */
export function isAllowedUrl(raw: unknown, base?: string): boolean {
  const url = parse(raw, base);
  return !!url && WEB_SCHEMES.has(url.protocol);
}

/**
 * A link target that is safe to follow: `http:`/`https:` only, relative URLs resolved against
 * `base`, tracking parameters removed. `undefined` for anything else.
 */
export function safeLinkUrl(raw: unknown, base?: string): string | undefined {
  const url = parse(raw, base);
  if (!url || !WEB_SCHEMES.has(url.protocol)) return undefined;
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  return url.href;
}

/** An image source: `http:`/`https:` only (no `data:`, `blob:` or `javascript:`). */
export function safeImageUrl(raw: unknown, base?: string): string | undefined {
  const url = parse(raw, base);
  return url && WEB_SCHEMES.has(url.protocol) ? url.href : undefined;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/i;

/** A `mailto:` URL for a plain address (or an existing `mailto:` URL), else `undefined`. */
export function safeMailto(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const address = raw.trim().replace(/^mailto:/i, '').split('?')[0];
  return EMAIL.test(address) ? `mailto:${address}` : undefined;
}

/** The plain address of an email value (an address or a `mailto:` URL), or `undefined` when it is none. */
export const plainEmail = (raw: unknown) => safeMailto(raw)?.slice(7);

/** A `tel:` URL for a phone number written with digits, spaces and `+-.()`, else `undefined`. */
export function safeTel(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const number = raw.trim().replace(/^tel:/i, '');
  if (!/^\+?[\d\s().-]{3,30}$/.test(number)) return undefined;
  const digits = number.replace(/[^\d+]/g, '');
  return digits.replace(/\+/g, '').length >= 3 ? `tel:${digits}` : undefined;
}

import type { FeedRequest } from '../data/feed-store.js';
import { isAllowedUrl } from '../data/url.js';

/** The endpoint used when neither `src` nor the page-wide `<meta>` names one. */
export const DEFAULT_ENDPOINT = 'https://localprogress.org/feed.json';
/** `<meta name="lp-widgets:endpoint" content="…">` sets the endpoint for every widget on the page. */
export const ENDPOINT_META = 'lp-widgets:endpoint';
/** `<meta name="lp-widgets:wp-kinds" content="slug=kind, …">` overrides the WordPress category mapping. */
export const KINDS_META = 'lp-widgets:wp-kinds';

/** The trimmed content of the page's `<meta name="…">`; `undefined` when there is none or it is empty. */
export function metaContent(name: string): string | undefined {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() || undefined;
}

/** `raw` resolved against the page when it is an http(s) URL, else `undefined`. */
export function pageUrl(raw: string): string | undefined {
  return isAllowedUrl(raw, document.baseURI) ? new URL(raw, document.baseURI).href : undefined;
}

/**
 * What a widget reads: `src`, else the page's endpoint meta, else `fallback`. `''` when that
 * leaves nothing to read; `undefined` when the endpoint named is not an http(s) URL.
 */
export function feedRequestFor(src: string | undefined, fallback = DEFAULT_ENDPOINT): FeedRequest | '' | undefined {
  const raw = src?.trim() || metaContent(ENDPOINT_META) || fallback;
  if (!raw) return '';
  const url = pageUrl(raw);
  return url && { url, wordpressKinds: metaContent(KINDS_META) };
}

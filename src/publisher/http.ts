import { FeedError } from '../data/errors.js';

/** A fetched document: the URL it finally came from (after redirects), its status, headers and text. */
export interface FetchedDocument {
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

export interface FetchOptions {
  /** For the whole exchange, body included. */
  timeoutMs?: number;
  maxRedirects?: number;
  headers?: Record<string, string>;
}

const USER_AGENT = 'lp-feed (+https://www.npmjs.com/package/@localprogress/widgets)';

/**
 * A GET that says why it failed, in the words a publisher's log needs: unreachable, timed out,
 * too many redirects, or the HTTP status (401/403 are named as a blocked REST API, which is what
 * security plugins do). Redirects are followed by hand so that they can be counted and named.
 * Any 2xx is returned with its text; a non-2xx throws a `FeedError` of kind `http`.
 */
export async function fetchDocument(url: string, options: FetchOptions = {}): Promise<FetchedDocument> {
  const { timeoutMs = 20_000, maxRedirects = 5 } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: Response;
    let text: string;
    try {
      response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'User-Agent': USER_AGENT, Accept: 'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8', ...options.headers },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new FeedError('network', `too many redirects (more than ${maxRedirects}) from ${url}`, response.status, url);
        current = new URL(response.headers.get('location') ?? '', current).href;
        continue;
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (signal.aborted) throw new FeedError('timeout', `timed out after ${timeoutMs / 1000} s: ${current}`, undefined, current);
      throw new FeedError('network', `unreachable: ${current} (${describeCause(error)})`, undefined, current);
    }
    if (!response.ok) throw new FeedError('http', httpMessage(response.status, current), response.status, current);
    return { url: current, status: response.status, headers: response.headers, text };
  }
}

function describeCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

function httpMessage(status: number, url: string): string {
  if (status === 401 || status === 403) {
    return `HTTP ${status} from ${url}: the server refuses anonymous reads. On WordPress this is usually a security plugin or a setting that blocks the REST API for visitors; allow GET requests to /wp-json/wp/v2/ (or ?rest_route=) without login.`;
  }
  if (status === 404) return `HTTP 404 from ${url}: no such page (check the URL; a WordPress post type's REST base may differ from its name).`;
  return `HTTP ${status} from ${url}`;
}

/** Parses a fetched document's text as JSON, or throws a `FeedError` of kind `parse` that says what came instead. */
export function parseJson(doc: FetchedDocument): unknown {
  try {
    return JSON.parse(doc.text);
  } catch {
    const type = doc.headers.get('content-type') ?? 'no Content-Type';
    const start = doc.text.trimStart().slice(0, 60).replace(/\s+/g, ' ');
    throw new FeedError('parse', `not JSON (${type}) from ${doc.url}: it starts "${start}"`, doc.status, doc.url);
  }
}

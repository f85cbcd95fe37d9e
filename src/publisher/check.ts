import { FeedError } from '../data/errors.js';
import { ITEM_KINDS, type FeedResult } from '../data/item.js';
import { itemProblems, normalizeFeed } from '../data/normalize.js';
import { isRecord } from '../data/validate.js';
import { fetchDocument, parseJson } from './http.js';
import type { DropCounts } from './types.js';
import { countDrop } from './sources/common.js';

/** One finding about a header. `error`: the widgets fail on a partner's page; `warning`: they work, a CDN or a browser cache cannot help. */
export interface HeaderFinding {
  header: string;
  value: string | null;
  level: 'ok' | 'warning' | 'error';
  note: string;
}

export interface CheckReport {
  url: string;
  /** The URL the answer finally came from, after redirects. */
  finalUrl?: string;
  status?: number;
  /** Set when the widgets would show "Couldn't load": why. */
  failure?: string;
  format?: FeedResult['format'];
  perKind: Record<string, number>;
  shown: number;
  dropped: DropCounts;
  newest?: string;
  headers: HeaderFinding[];
  /** True when the widgets can read the endpoint from any partner origin. */
  ok: boolean;
}

/** Why each skipped item was skipped, with the widgets' own rules. */
function dropReasons(doc: unknown, base: string): DropCounts {
  const dropped: DropCounts = {};
  for (const problem of itemProblems(doc, { base })) if (problem) countDrop(dropped, problem);
  return dropped;
}

function corsFinding(value: string | null, origin: string, vary: string | null): HeaderFinding {
  const header = 'Access-Control-Allow-Origin';
  if (value === '*') return { header, value, level: 'ok', note: 'any partner origin can read it' };
  if (value === origin) {
    const varies = /(^|,)\s*origin\s*(,|$)/i.test(vary ?? '');
    return varies
      ? { header, value, level: 'ok', note: 'echoes the caller’s origin, with Vary: Origin (a CDN keeps one copy per origin)' }
      : { header, value, level: 'warning', note: 'echoes the caller’s origin without Vary: Origin: a shared cache may serve one partner’s answer to another, which the browser then refuses' };
  }
  return { header, value, level: 'error', note: `a page on ${origin} cannot read the answer: send Access-Control-Allow-Origin: *` };
}

function cacheFinding(value: string | null): HeaderFinding {
  const header = 'Cache-Control';
  if (!value) return { header, value, level: 'warning', note: 'missing: every page view may reach the origin server; send public, max-age=300, stale-while-revalidate=86400' };
  const maxAge = /(?:^|,)\s*(?:s-)?max-age=(\d+)/i.exec(value);
  if (/no-store|private|no-cache/i.test(value)) return { header, value, level: 'warning', note: 'not cacheable by a CDN: every page view reaches the origin server' };
  if (!maxAge || Number(maxAge[1]) === 0) return { header, value, level: 'warning', note: 'no max-age: caches must ask again on every view' };
  return { header, value, level: 'ok', note: `cached for ${maxAge[1]} s` };
}

function etagFinding(value: string | null, lastModified: string | null): HeaderFinding {
  if (value) return { header: 'ETag', value, level: 'ok', note: 'revalidation answers 304 without the body' };
  return lastModified
    ? { header: 'ETag', value, level: 'ok', note: `none, but Last-Modified (${lastModified}) allows revalidation` }
    : { header: 'ETag', value, level: 'warning', note: 'missing: a cache must download the whole feed again to check it' };
}

function typeFinding(value: string | null): HeaderFinding {
  const header = 'Content-Type';
  const type = (value ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/feed+json' || type === 'application/json') return { header, value, level: 'ok', note: 'JSON' };
  return { header, value, level: 'warning', note: 'the widgets read it anyway, but send application/feed+json (or application/json)' };
}

/**
 * What the widgets would show from an endpoint, read with their own normalizer, and whether its
 * headers let any partner page read it and a CDN carry it. `origin` is the partner page's origin
 * the request pretends to come from.
 */
export async function checkEndpoint(url: string, origin = 'https://partner.example'): Promise<CheckReport> {
  const report: CheckReport = { url, perKind: {}, shown: 0, dropped: {}, headers: [], ok: false };
  let doc;
  try {
    doc = await fetchDocument(url, { headers: { Origin: origin } });
  } catch (error) {
    report.failure = error instanceof Error ? error.message : String(error);
    if (error instanceof FeedError) report.status = error.status;
    return report;
  }
  report.finalUrl = doc.url;
  report.status = doc.status;
  const h = doc.headers;
  report.headers = [
    corsFinding(h.get('access-control-allow-origin'), origin, h.get('vary')),
    cacheFinding(h.get('cache-control')),
    etagFinding(h.get('etag'), h.get('last-modified')),
    typeFinding(h.get('content-type')),
  ];
  try {
    const json = parseJson(doc);
    const result = normalizeFeed(json, { base: doc.url });
    report.format = result.format;
    for (const kind of ITEM_KINDS) report.perKind[kind] = result.items.filter((i) => i.kind === kind).length;
    report.shown = result.items.length;
    report.dropped = dropReasons(json, doc.url);
    report.newest = result.items.map((i) => i.published ?? '').sort().pop() || undefined;
    if (isRecord(json) && Array.isArray(json.items) && json.items.length === 0) report.perKind = Object.fromEntries(ITEM_KINDS.map((k) => [k, 0]));
  } catch (error) {
    report.failure = error instanceof Error ? error.message : String(error);
    return report;
  }
  report.ok = !report.headers.some((f) => f.level === 'error');
  return report;
}

/** The report as the terminal shows it. */
export function formatCheckReport(report: CheckReport): string {
  const lines = [`Endpoint: ${report.url}${report.finalUrl && report.finalUrl !== report.url ? ` (answered from ${report.finalUrl})` : ''}`];
  if (report.status) lines.push(`HTTP ${report.status}${report.format ? `, ${report.format === 'json-feed' ? 'JSON Feed' : 'WordPress REST posts'}` : ''}`);
  if (report.failure) {
    lines.push(`The widgets would show "Couldn't load": ${report.failure}`);
  } else {
    const kinds = Object.entries(report.perKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
    lines.push(`The widgets would show: ${report.shown} item${report.shown === 1 ? '' : 's'} (${kinds})${report.newest ? `; newest ${report.newest}` : ''}`);
    const dropped = Object.entries(report.dropped);
    lines.push(dropped.length ? `Dropped: ${dropped.map(([why, n]) => `${n} (${why})`).join(', ')}` : 'Dropped: none');
  }
  if (report.headers.length) {
    lines.push('Headers:');
    const mark = { ok: 'ok  ', warning: 'WARN', error: 'FAIL' } as const;
    for (const f of report.headers) lines.push(`  ${mark[f.level]} ${f.header}: ${f.value ?? '(none)'} — ${f.note}`);
  }
  lines.push(report.ok ? 'Result: the widgets can read this endpoint.' : 'Result: the widgets cannot read this endpoint from a partner page.');
  return lines.join('\n');
}

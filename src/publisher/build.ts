import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecord } from '../data/validate.js';
import { HEADERS_FILE, fromJsonFeedItem, mergeItems, pageFile, paginate, withTags, type SourcedItem } from './feed.js';
import { readJsonFeed } from './sources/jsonfeed.js';
import { readRss } from './sources/rss-source.js';
import { readWordPress } from './sources/wordpress.js';
import type { Progress } from './sources/common.js';
import type { DropCounts, PublisherConfig, SourceConfig, SourceResult } from './types.js';

/** How one source went. */
export interface SourceReport {
  name: string;
  type: SourceConfig['type'];
  /** Items it gave this run (after its limit), or, when it failed, items kept from the previous output. */
  items: number;
  pages: number;
  dropped: DropCounts;
  /** Why it failed; its items are then the previous output's. */
  error?: string;
}

export interface BuildReport {
  sources: SourceReport[];
  /** Items in all pages. */
  items: number;
  /** The files written, in `outDir` (those whose bytes did not change are not rewritten, but listed). */
  files: string[];
  /** False when every source failed: nothing was written, the previous output stands. */
  written: boolean;
}

const readers: Record<SourceConfig['type'], (source: SourceConfig, limit: number, progress: Progress) => Promise<SourceResult>> = {
  wordpress: readWordPress,
  jsonfeed: readJsonFeed,
  rss: readRss,
};

export const sourceName = (source: SourceConfig) => source.name ?? source.url;

/** The items of the previous output in `outDir` (every page, by its `next_url` chain), by source. */
export function readPreviousOutput(outDir: string): Map<string, SourcedItem[]> {
  const bySource = new Map<string, SourcedItem[]>();
  for (let n = 1; ; n++) {
    const file = join(outDir, pageFile(n));
    if (!existsSync(file)) break;
    let doc: unknown;
    try {
      doc = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      break;
    }
    if (!isRecord(doc) || !Array.isArray(doc.items)) break;
    for (const raw of doc.items) {
      const entry = fromJsonFeedItem(raw);
      if (!entry) continue;
      const list = bySource.get(entry.source);
      if (list) list.push(entry);
      else bySource.set(entry.source, [entry]);
    }
    if (!doc.next_url) break;
  }
  return bySource;
}

/** Writes `bytes` to `file` through a temporary file and a rename, so that a reader sees the old file or the new one, never half of one. Unchanged bytes are not rewritten. */
function writeAtomically(file: string, bytes: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === bytes) return;
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

const byDateDesc = (a: SourcedItem, b: SourcedItem) => (b.item.published ?? '').localeCompare(a.item.published ?? '');

/**
 * Reads every source, merges them and writes the feed's pages and `_headers` to `outDir`. A source
 * that fails keeps the items it had in the previous output there, and its report says why.
 */
export async function buildFeed(config: PublisherConfig, outDir: string, progress: (source: string, message: string) => void = () => {}): Promise<BuildReport> {
  const previous = readPreviousOutput(outDir);
  const results = await Promise.all(
    config.sources.map(async (source): Promise<{ report: SourceReport; entries: SourcedItem[] }> => {
      const name = sourceName(source);
      const limit = Math.min(source.limit ?? config.limit, config.limit);
      try {
        const result = await readers[source.type](source, limit, (message) => progress(name, message));
        const entries = result.items
          .map((item) => ({ item: withTags(item, source.tags), source: name }))
          .sort(byDateDesc)
          .slice(0, limit);
        return { report: { name, type: source.type, items: entries.length, pages: result.pages, dropped: result.dropped }, entries };
      } catch (error) {
        const kept = previous.get(name) ?? [];
        const message = error instanceof Error ? error.message : String(error);
        return { report: { name, type: source.type, items: kept.length, pages: 0, dropped: {}, error: message }, entries: kept };
      }
    }),
  );
  const reports = results.map((r) => r.report);
  if (reports.every((r) => r.error)) return { sources: reports, items: 0, files: [], written: false };

  const merged = mergeItems(results.map((r) => r.entries), config.limit);
  const pages = paginate(config, merged);
  mkdirSync(outDir, { recursive: true });
  // Later pages first and feed.json last: a reader following next_url never meets a missing page.
  const names = [...pages.keys()];
  for (const name of [...names].reverse()) writeAtomically(join(outDir, name), pages.get(name) ?? '');
  writeAtomically(join(outDir, '_headers'), HEADERS_FILE);
  for (const stale of readdirSync(outDir).filter((f) => /^feed-\d+\.json$/.test(f) && !pages.has(f))) rmSync(join(outDir, stale));
  return { sources: reports, items: merged.length, files: [...names, '_headers'], written: true };
}

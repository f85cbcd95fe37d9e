import type { FeedResult, Item } from './item.js';
import { safeImageUrl, safeLinkUrl } from './url.js';
import { isRecord } from './validate.js';

/** A normalized feed as it was when it was saved. */
export interface CacheEntry {
  savedAt: number;
  result: FeedResult;
}

const PREFIX = 'lp-widgets:v2:';
const memory = new Map<string, CacheEntry>();

// Reading `localStorage` itself throws where storage is disabled (sandboxed frames, some
// privacy modes); every use goes through here and gives up quietly.
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

// Stored entries were written by us, but anything on the page's origin can change them:
// check the shape and the URL rules again before trusting one. Every text field is a string or
// absent (what renders is text either way; a non-string would only render oddly).
const strings = (record: Record<string, unknown>, keys: string[], optional?: boolean) =>
  keys.every((key) => (optional && record[key] === undefined) || typeof record[key] === 'string');

function isCachedItem(value: unknown): value is Item {
  return (
    isRecord(value) &&
    strings(value, ['id', 'title', 'summary', 'kind']) &&
    strings(value, ['published', 'outlet'], true) &&
    Array.isArray(value.tags) &&
    value.tags.every((tag) => typeof tag === 'string') &&
    safeLinkUrl(value.url) === value.url &&
    (value.image === undefined ||
      (isRecord(value.image) &&
        strings(value.image, ['alt']) &&
        strings(value.image, ['srcset', 'credit'], true) &&
        safeImageUrl(value.image.src) === value.image.src))
  );
}

function parseEntry(text: string | null): CacheEntry | undefined {
  if (!text) return undefined;
  try {
    const entry: unknown = JSON.parse(text);
    if (
      isRecord(entry) &&
      typeof entry.savedAt === 'number' &&
      isRecord(entry.result) &&
      Array.isArray(entry.result.items) &&
      entry.result.items.every(isCachedItem)
    ) {
      return entry as unknown as CacheEntry;
    }
  } catch {
    // corrupt: fall through and forget it
  }
  return undefined;
}

/** The saved feed for `key`, from memory or `localStorage`; `undefined` when there is none or it is unreadable. */
export function readCache(key: string): CacheEntry | undefined {
  const inMemory = memory.get(key);
  if (inMemory) return inMemory;
  const store = storage();
  if (!store) return undefined;
  try {
    const entry = parseEntry(store.getItem(PREFIX + key));
    if (entry) memory.set(key, entry);
    else store.removeItem(PREFIX + key);
    return entry;
  } catch {
    return undefined;
  }
}

const unsaved = new Map<string, CacheEntry>();
let flushTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Saves a feed in memory at once and, where it fits, in `localStorage` a moment later: the
 * `JSON.stringify` and the synchronous storage write of a large feed (200 ms for 1,000 items in
 * the benchmark) must not sit between the answer and the first render. Never throws.
 */
export function writeCache(key: string, result: FeedResult, now = Date.now()): void {
  const entry: CacheEntry = { savedAt: now, result };
  memory.set(key, entry);
  unsaved.set(key, entry);
  if (!flushTimer) {
    flushTimer = setTimeout(flushCache, 250);
    // A visitor who leaves at once still gets the copy on the next page.
    globalThis.addEventListener?.('pagehide', flushCache, { once: true });
  }
}

/** Writes the feeds still waiting for `localStorage` now (the page is going away, or a test). */
export function flushCache(): void {
  clearTimeout(flushTimer);
  flushTimer = undefined;
  const store = storage();
  for (const [key, entry] of unsaved) {
    try {
      store?.setItem(PREFIX + key, JSON.stringify(entry));
    } catch {
      // full, disabled or refused: the memory copy still serves this page
    }
  }
  unsaved.clear();
}

/** Forgets every saved feed (memory and `localStorage`). */
export function clearCache(): void {
  memory.clear();
  unsaved.clear();
  const store = storage();
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const name = store.key(i);
      if (name?.startsWith(PREFIX)) store.removeItem(name);
    }
  } catch {
    // nothing to clear where storage is unusable
  }
}

// The data layer timed alone: see normalize.html.
import { normalizeFeed, selectItems } from '/dist/lib/data/normalize.js';

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function time(fn) {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

window.benchDataLayer = async function (n, reps) {
  const text = await (await fetch(`/bench/feed?n=${n}`)).text();
  const out = { n, bytes: text.length, parse: [], normalize: [], select: [], cacheWrite: [], cacheRead: [] };
  for (let r = 0; r < reps; r++) {
    const [tParse, doc] = time(() => JSON.parse(text));
    const [tNorm, result] = time(() => normalizeFeed(doc, { base: location.href }));
    const [tSelect] = time(() => selectItems(result.items, 'news', [''], 100));
    // A fresh instance of the cache module each time: its in-memory copy is empty, so the read
    // goes to localStorage and validates every item, as on a repeat view.
    const cache = await import(`/dist/lib/data/cache.js?rep=${n}-${r}`);
    cache.clearCache();
    // writeCache() keeps the memory copy at once and writes localStorage a moment later (off the
    // path to the first render); flushCache() is that later write, timed with it here.
    const [tWrite] = time(() => {
      cache.writeCache('bench', result);
      cache.flushCache();
    });
    const reader = await import(`/dist/lib/data/cache.js?rep=${n}-${r}-read`);
    const [tRead, entry] = time(() => reader.readCache('bench'));
    if (!entry || entry.result.items.length !== result.items.length) throw new Error('cache read failed');
    cache.clearCache();
    out.parse.push(tParse);
    out.normalize.push(tNorm);
    out.select.push(tSelect);
    out.cacheWrite.push(tWrite);
    out.cacheRead.push(tRead);
    out.items = result.items.length;
  }
  for (const key of ['parse', 'normalize', 'select', 'cacheWrite', 'cacheRead']) out[key] = median(out[key]);
  return out;
};
window.benchReady = true;

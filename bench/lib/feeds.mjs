// Feeds for the bench endpoint, built from the sample feed (demo/data/localprogress.json):
// N news items cloned from the sample's news items with new ids, links and dates, and image
// URLs pointing at this server (so no variant ever reaches the internet for a photo).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SAMPLE_PATH = fileURLToPath(new URL('../../demo/data/localprogress.json', import.meta.url));
const sample = JSON.parse(readFileSync(SAMPLE_PATH, 'utf8'));
const newsItems = sample.items.filter((item) => item._localprogress?.kind === 'news');
const otherItems = sample.items.filter((item) => item._localprogress?.kind !== 'news');
const DAY = 24 * 3600 * 1000;
const NEWEST = Date.parse('2024-09-10T12:00:00Z');

/** The image URL of item `i` on this server (an SVG with a 16:10 intrinsic size). */
export const imageUrl = (origin, i) => `${origin}/bench/img/${i}.svg`;

/** A tiny 16:10 SVG, a different colour per index. */
export function imageSvg(i) {
  const hue = (i * 47) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="500" viewBox="0 0 800 500"><rect width="800" height="500" fill="hsl(${hue} 45% 70%)"/><text x="40" y="460" font-size="48" font-family="sans-serif">#${i}</text></svg>`;
}

/**
 * A JSON Feed 1.1 document shaped like the sample: its feed-level fields, and `n` news items.
 * Item `i` carries the tag `bench-<floor(i/100)>` so that ten widgets with `limit="100"` can
 * each show their own hundred. With `mix`, the sample's press releases and blog posts follow.
 */
export function generateFeed({ n, origin, mix = false }) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const src = newsItems[i % newsItems.length];
    const url = new URL(src.url);
    url.searchParams.set('bench', String(i));
    items.push({
      ...src,
      id: `${src.id}#bench-${i}`,
      url: url.href,
      title: i < newsItems.length ? src.title : `${src.title} (${i + 1})`,
      image: imageUrl(origin, i),
      date_published: new Date(NEWEST - i * DAY).toISOString(),
      tags: [...(src.tags ?? []), `bench-${Math.floor(i / 100)}`],
    });
  }
  if (mix) {
    otherItems.forEach((src, j) => items.push({ ...src, image: src.image ? imageUrl(origin, 10_000 + j) : undefined }));
  }
  return { ...sample, items };
}

/** The sample feed itself, with its images moved to this server (for the Lighthouse pages). */
export function localSampleFeed(origin) {
  return {
    ...sample,
    items: sample.items.map((item, j) => ({ ...item, ...(item.image ? { image: imageUrl(origin, 20_000 + j) } : {}) })),
  };
}

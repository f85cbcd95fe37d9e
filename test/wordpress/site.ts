// What the WordPress tests share: the seeded site as the runner describes it (GET /wp-site, from
// scripts/wordpress/seed.php's manifest), the sample feed it was seeded from, and small helpers.
import type { ItemKind } from '../../src/data/item.js';
import { sample } from '../helpers.js';

export interface SeededMedia {
  id: number;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  sizes: string[];
  srcset: string;
}
export interface SeededPost {
  feedId: string;
  id: number;
  slug: string;
  kind: ItemKind;
  categories: string[];
  link: string;
  excerpt: 'manual' | 'auto';
  media: SeededMedia | null;
}
export interface Site {
  base: string;
  manifest: {
    wordpress: string;
    categories: Record<string, number>;
    posts: SeededPost[];
    statements: { id: number; feedId: string; categories: string[]; link: string }[];
  };
}
/** An item of demo/data/localprogress.json, the feed the site was seeded from. */
export interface SampleItem {
  id: string;
  title: string;
  summary: string;
  date_published: string;
  tags: string[];
  _localprogress: { kind: ItemKind; image_alt?: string; image_credit?: string };
}

export const loadSite = async (): Promise<Site> => (await fetch('/wp-site')).json();

export async function loadSample(): Promise<SampleItem[]> {
  return ((await sample('localprogress')) as { items: SampleItem[] }).items;
}

/** Loads an image as a page would show it (no CORS); `load`, not `decode()`, which waits for a rendered frame. */
export function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(`Could not load ${url}`));
    img.src = url;
  });
}

/** Text as typed: WordPress curls quotes and dashes (wptexturize) where the sample may not. */
export const typed = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');

/** The trimmed text of every `part` in an element's shadow root. */
export const texts = (el: Element, part: string) => [...el.shadowRoot!.querySelectorAll(`[part="${part}"]`)].map((n) => n.textContent!.trim());

// The rule that reserves a feed widget's space before its script runs, sized for the element and
// its `limit`, so that a pasted widget moves nothing on the page when it upgrades: the reserved
// box is as tall as the skeleton that replaces it. Pure, so that the bench can check the very rule
// the configurator writes.

/** The feed elements that get a reserve rule; the media inquiry box is a few lines tall. */
export type ReservedTag = 'lp-news-feed' | 'lp-press-releases' | 'lp-blog-grid';

/** Each element's default `limit`. */
export const DEFAULT_LIMIT: Record<ReservedTag, number> = { 'lp-news-feed': 5, 'lp-press-releases': 5, 'lp-blog-grid': 6 };

/**
 * The skeleton's height in rem, measured in Chromium (16 px text, the built-in heading): the
 * heading and list's own height, and one item (for the grid: one row of cards), in a column of
 * 600 px or more, and in a phone's column (under 40rem of viewport: photos above the text, one
 * card a row). Heights are linear in the items: 1, 3 and 6 items fit these within 0.1rem.
 */
const SKELETON: Record<ReservedTag, { base: number; item: number; narrowItem: number; perRow: number }> = {
  'lp-news-feed': { base: 1, item: 12.8, narrowItem: 27.6, perRow: 1 },
  'lp-press-releases': { base: 1.3, item: 7.3, narrowItem: 9.3, perRow: 1 },
  // Two cards a row in a content column (three from about 900 px: the reserve is then a row or so
  // too tall, and the page moves up once, never down).
  'lp-blog-grid': { base: 1.1, item: 22.5, narrowItem: 23.6, perRow: 2 },
};

const rem = (n: number) => `${Math.round(n * 10) / 10}rem`;

/** The CSS rule (two, with the phone's) that reserves `tag`'s space for `limit` items (1–100; the element's default when unset). */
export function reserveRule(tag: ReservedTag, limit?: number): string {
  const n = Math.min(100, Math.max(1, Math.round(limit ?? DEFAULT_LIMIT[tag]) || DEFAULT_LIMIT[tag]));
  const s = SKELETON[tag];
  const selector = `${tag}:not(:defined)`;
  return (
    `${selector} { display: block; min-height: ${rem(s.base + Math.ceil(n / s.perRow) * s.item)}; }\n` +
    `@media (max-width: 40rem) { ${selector} { min-height: ${rem(s.base + n * s.narrowItem)}; } }`
  );
}

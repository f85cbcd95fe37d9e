/**
 * What tells the three feed elements' stories apart, by tag, and the stories' display names:
 * plain data, read by feed-stories.ts in the browser and by the story indexer in
 * .storybook/main.ts in Node (so this file imports nothing but types).
 */
import type { FeedArgs, FeedTag } from './support.js';

/** What tells one feed element's stories from another's. */
export interface FeedStoryOptions {
  /** Starts each story's mock URL, so that every story reads its own URL (the widgets cache per URL). */
  key: string;
  /** The element's default args (the default story's `limit`, and `columns` for the grid). */
  args: FeedArgs;
  /** Items the sample feed (demo/data/localprogress.json) shows with those args. */
  shown: number;
  /** Items of this kind in the WordPress sample (demo/data/wordpress-posts.json). */
  wordpressItems: number;
  /** The "see all" link of the empty, Spanish and wide stories. */
  moreHref: string;
  /** The Spanish heading and "see all" label. */
  spanish: { heading: string; more: string };
  /** The wide section's own args and item count, when they differ from the defaults. */
  wide?: { args: FeedArgs; shown: number };
  /** What the stories particular to the element show, for the docs page. */
  describe: { default: string; empty: string; longContent: string; manyItems: string; fromWordPress: string; narrowSidebar: string; wideSection: string };
}

export const feedOptions: Record<FeedTag, FeedStoryOptions> = {
  'lp-news-feed': {
    key: 'news',
    args: { limit: 5 },
    // The sample feed's news items.
    shown: 4,
    wordpressItems: 2,
    moreHref: 'https://localprogress.org/news/',
    spanish: { heading: 'En las noticias', more: 'Ver todas las noticias' },
    describe: {
      default: "The sample feed's media coverage: outlet, headline, date, summary, photo with credit.",
      empty: 'The feed has no news: the message, and the "see all" link when `more-href` is set.',
      longContent: 'Long headlines (one with a 89-character word), long outlet names and summaries, no photos.',
      manyItems: "60 items (the sample's news, repeated with new ids).",
      fromWordPress: 'A WordPress REST posts response (demo/data/wordpress-posts.json): posts in `in-the-news` are news.',
      narrowSidebar: 'In a 280 px sidebar: no heading, short dates, three items; photos go above the text.',
      wideSection: 'In a full-width section: photos beside the text, and a "see all" link.',
    },
  },
  'lp-press-releases': {
    key: 'press',
    args: { limit: 5 },
    // The sample feed's press releases.
    shown: 5,
    wordpressItems: 3,
    moreHref: 'https://localprogress.org/press-releases/',
    spanish: { heading: 'Comunicados de prensa', more: 'Ver todos los comunicados' },
    describe: {
      default: "The sample feed's press releases: title, date, a two-line summary without the boilerplate.",
      empty: 'The feed has no press releases: the message, and the "see all" link when `more-href` is set.',
      longContent: 'Long titles (one with a 89-character word) and long summaries, clamped to two lines.',
      manyItems: "60 items (the sample's releases, repeated with new ids).",
      fromWordPress: 'A WordPress REST posts response (demo/data/wordpress-posts.json): posts in `press-releases` are releases.',
      narrowSidebar: 'In a 280 px sidebar: no heading, short dates, three items.',
      wideSection: 'In a full-width section, with a "see all" link.',
    },
  },
  'lp-blog-grid': {
    key: 'blog',
    args: { limit: 6, columns: 3 },
    // The sample feed has 12 blog posts; the default limit is 6.
    shown: 6,
    wordpressItems: 3,
    moreHref: 'https://localprogress.org/blog/',
    spanish: { heading: 'Nuestro blog', more: 'Ver todos los artículos' },
    wide: { args: { limit: 8, columns: 4 }, shown: 8 },
    describe: {
      default: "The sample feed's blog posts as cards: image, title, date, summary; the whole card is the link.",
      empty: 'The feed has no posts: the message, and the "see all" link when `more-href` is set.',
      longContent: 'Long titles (one with a 89-character word), long summaries, and no images: the placeholder shows.',
      manyItems: "60 cards (the sample's posts, repeated with new ids).",
      fromWordPress: 'A WordPress REST posts response (demo/data/wordpress-posts.json): posts in other categories are blog posts.',
      narrowSidebar: 'In a 280 px sidebar: one column, no heading, short dates, three cards.',
      wideSection: 'In a full-width section: as many columns as fit (at most `columns`), and a "see all" link.',
    },
  },
};

/**
 * The feed stories' display names, by export name, where they differ from the name Storybook
 * makes of the export name ("LongContent" is "Long Content"). The export names stay as they
 * are, since a story's id is made from its export name.
 */
const feedStoryNames: Readonly<Record<string, string>> = {
  ServerError: 'Error (HTTP 500)',
  StaleContentKept: 'Error with stale content kept',
  MalformedJson: 'Malformed JSON',
  DarkLoading: 'Dark: loading',
  DarkEmpty: 'Dark: empty',
  DarkError: 'Dark: error (HTTP 500)',
  DarkStaleContentKept: 'Dark: error with stale content kept',
  FromWordPress: 'From WordPress',
  NarrowSidebar: 'In a narrow sidebar',
  WideSection: 'In a wide section',
};

/** The display name of the feed story exported as `exportName`, where it has one of its own. */
export function feedStoryName(exportName: string): string | undefined {
  return Object.hasOwn(feedStoryNames, exportName) ? feedStoryNames[exportName] : undefined;
}

/** The story file of each feed element, stories/<tag without "lp-">.stories.ts. */
export const feedStoryFile = new RegExp(
  `[\\\\/]stories[\\\\/](${Object.keys(feedOptions)
    .map((tag) => tag.replace(/^lp-/, ''))
    .join('|')})\\.stories\\.ts$`,
);

import type { Meta } from '@storybook/web-components-vite';
import '../src/components/blog-grid/blog-grid.define.js';
import { feedMeta, feedStories, type FeedStoryOptions } from './feed-stories.js';
import type { FeedArgs } from './support.js';

const options: FeedStoryOptions = {
  tag: 'lp-blog-grid',
  key: 'blog',
  args: { limit: 6, columns: 3 },
  // Blog posts shown from the sample feed (demo/data/localprogress.json has 12; the default limit is 6).
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
};

const meta = { title: 'Widgets/Blog grid', component: 'lp-blog-grid', ...feedMeta(options) } satisfies Meta<FeedArgs>;
export default meta;

// CSF reads each story's export name and \`name\` as written; the stories themselves are made
// once, in feed-stories.ts, for all three feed elements.
const stories = feedStories(options);
export const Default = stories.Default, Loading = stories.Loading, Empty = stories.Empty, ServerError = { ...stories.ServerError, name: 'Error (HTTP 500)' },
  StaleContentKept = { ...stories.StaleContentKept, name: 'Error with stale content kept' }, MalformedJson = { ...stories.MalformedJson, name: 'Malformed JSON' }, LongContent = stories.LongContent, ManyItems = stories.ManyItems,
  Spanish = stories.Spanish, Dark = stories.Dark, DarkLoading = { ...stories.DarkLoading, name: 'Dark: loading' }, DarkEmpty = { ...stories.DarkEmpty, name: 'Dark: empty' }, DarkError = { ...stories.DarkError, name: 'Dark: error (HTTP 500)' },
  DarkStaleContentKept = { ...stories.DarkStaleContentKept, name: 'Dark: error with stale content kept' }, Themed = stories.Themed, FromWordPress = { ...stories.FromWordPress, name: 'From WordPress' },
  NarrowSidebar = { ...stories.NarrowSidebar, name: 'In a narrow sidebar' }, WideSection = { ...stories.WideSection, name: 'In a wide section' };

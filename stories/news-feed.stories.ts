import type { Meta } from '@storybook/web-components-vite';
import '../src/components/news-feed/news-feed.define.js';
import { feedMeta, feedStories, type FeedStoryOptions } from './feed-stories.js';
import type { FeedArgs } from './support.js';

const options: FeedStoryOptions = {
  tag: 'lp-news-feed',
  key: 'news',
  args: { limit: 5 },
  // News items in the sample feed (demo/data/localprogress.json).
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
};

const meta = { title: 'Widgets/News feed', component: 'lp-news-feed', ...feedMeta(options) } satisfies Meta<FeedArgs>;
export default meta;

// CSF reads each story's export name and \`name\` as written; the stories themselves are made
// once, in feed-stories.ts, for all three feed elements.
const stories = feedStories(options);
export const Default = stories.Default, Loading = stories.Loading, Empty = stories.Empty, ServerError = { ...stories.ServerError, name: 'Error (HTTP 500)' },
  StaleContentKept = { ...stories.StaleContentKept, name: 'Error with stale content kept' }, MalformedJson = { ...stories.MalformedJson, name: 'Malformed JSON' }, LongContent = stories.LongContent, ManyItems = stories.ManyItems,
  Spanish = stories.Spanish, Dark = stories.Dark, DarkLoading = { ...stories.DarkLoading, name: 'Dark: loading' }, DarkEmpty = { ...stories.DarkEmpty, name: 'Dark: empty' }, DarkError = { ...stories.DarkError, name: 'Dark: error (HTTP 500)' },
  DarkStaleContentKept = { ...stories.DarkStaleContentKept, name: 'Dark: error with stale content kept' }, Themed = stories.Themed, FromWordPress = { ...stories.FromWordPress, name: 'From WordPress' },
  NarrowSidebar = { ...stories.NarrowSidebar, name: 'In a narrow sidebar' }, WideSection = { ...stories.WideSection, name: 'In a wide section' };

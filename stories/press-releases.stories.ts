import type { Meta } from '@storybook/web-components-vite';
import '../src/components/press-releases/press-releases.define.js';
import { feedMeta, feedStories, type FeedStoryOptions } from './feed-stories.js';
import type { FeedArgs } from './support.js';

const options: FeedStoryOptions = {
  tag: 'lp-press-releases',
  key: 'press',
  args: { limit: 5 },
  // Press releases in the sample feed (demo/data/localprogress.json).
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
};

const meta = { title: 'Widgets/Press releases', component: 'lp-press-releases', ...feedMeta(options) } satisfies Meta<FeedArgs>;
export default meta;

// CSF reads each story's export name and \`name\` as written; the stories themselves are made
// once, in feed-stories.ts, for all three feed elements.
const stories = feedStories(options);
export const Default = stories.Default, Loading = stories.Loading, Empty = stories.Empty, ServerError = { ...stories.ServerError, name: 'Error (HTTP 500)' },
  StaleContentKept = { ...stories.StaleContentKept, name: 'Error with stale content kept' }, MalformedJson = { ...stories.MalformedJson, name: 'Malformed JSON' }, LongContent = stories.LongContent, ManyItems = stories.ManyItems,
  Spanish = stories.Spanish, Dark = stories.Dark, DarkLoading = { ...stories.DarkLoading, name: 'Dark: loading' }, DarkEmpty = { ...stories.DarkEmpty, name: 'Dark: empty' }, DarkError = { ...stories.DarkError, name: 'Dark: error (HTTP 500)' },
  DarkStaleContentKept = { ...stories.DarkStaleContentKept, name: 'Dark: error with stale content kept' }, Themed = stories.Themed, FromWordPress = { ...stories.FromWordPress, name: 'From WordPress' },
  NarrowSidebar = { ...stories.NarrowSidebar, name: 'In a narrow sidebar' }, WideSection = { ...stories.WideSection, name: 'In a wide section' };

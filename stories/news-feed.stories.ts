import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { mockFeedUrl } from '../.storybook/mock-endpoint.js';
import '../src/components/news-feed/news-feed.define.js';
import { LONG_CONTENT, MANY_ITEMS } from './sample-feeds.js';
import {
  expectFeed,
  inNarrowSidebar,
  inWideSection,
  onDarkPage,
  partnerTheme,
  parts,
  propertyArgTypes,
  refreshIntoError,
  renderFeed,
  widgetIn,
  withoutTimeout,
  type FeedArgs,
  type PlayContext,
} from './support.js';

/** News items in the sample feed (demo/data/localprogress.json). */
const SAMPLE_NEWS = 4;

const meta = {
  title: 'Widgets/News feed',
  component: 'lp-news-feed',
  render: renderFeed('lp-news-feed'),
  args: { src: mockFeedUrl('news-default'), limit: 5 },
  argTypes: propertyArgTypes,
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<FeedArgs>;

/** The sample feed's media coverage: outlet, headline, date, summary, photo with credit. */
export const Default: Story = {
  play: expectFeed('content', SAMPLE_NEWS),
};

/** The endpoint has not answered yet: a skeleton the size of the content, announced to screen readers. */
export const Loading: Story = {
  args: { src: mockFeedUrl('news-loading', { fault: 'hang' }) },
  beforeEach: withoutTimeout,
  play: expectFeed('loading'),
};

/** The feed has no news: the message, and the "see all" link when `more-href` is set. */
export const Empty: Story = {
  args: { src: mockFeedUrl('news-empty', { fault: 'empty' }), 'more-href': 'https://localprogress.org/news/' },
  play: expectFeed('empty'),
};

/** The endpoint answers HTTP 500: the error message with a Retry button. */
export const ServerError: Story = {
  name: 'Error (HTTP 500)',
  args: { src: mockFeedUrl('news-500', { fault: '500' }) },
  play: expectFeed('error'),
};

/** The first answer arrives; after `refresh()` the endpoint answers 500: the items stay, under the error. */
export const StaleContentKept: Story = {
  name: 'Error with stale content kept',
  args: { src: mockFeedUrl('news-stale', { fault: 'stale-then-500' }) },
  play: refreshIntoError(),
};

/** The endpoint sends half a JSON document. */
export const MalformedJson: Story = {
  name: 'Malformed JSON',
  args: { src: mockFeedUrl('news-malformed', { fault: 'malformed' }) },
  play: expectFeed('error'),
};

/** Long headlines (one with a 89-character word), long outlet names and summaries, no photos. */
export const LongContent: Story = {
  args: { src: mockFeedUrl('news-long', { transform: LONG_CONTENT }) },
  play: expectFeed('content', SAMPLE_NEWS),
};

/** 60 items (the sample's news, repeated with new ids). */
export const ManyItems: Story = {
  args: { src: mockFeedUrl('news-many', { transform: MANY_ITEMS }), limit: 60 },
  play: expectFeed('content', 60),
};

/** `lang="es"`: built-in strings and dates in Spanish. */
export const Spanish: Story = {
  args: { src: mockFeedUrl('news-es'), lang: 'es', 'more-href': 'https://localprogress.org/news/' },
  play: async (context: PlayContext) => {
    await expectFeed('content', SAMPLE_NEWS)(context);
    const el = widgetIn(context.canvasElement);
    await expect(parts(el, 'heading')[0]?.textContent).toContain('En las noticias');
    await expect(parts(el, 'more')[0]?.textContent).toContain('Ver todas las noticias');
  },
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { src: mockFeedUrl('news-dark'), theme: 'dark' },
  decorators: [onDarkPage],
  play: expectFeed('content', SAMPLE_NEWS),
};

/** `theme="dark"` while loading: the skeleton's bones on the dark surface. */
export const DarkLoading: Story = {
  ...Loading,
  name: 'Dark: loading',
  args: { src: mockFeedUrl('news-dark-loading', { fault: 'hang' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, no items: the message and the "see all" link on the dark surface. */
export const DarkEmpty: Story = {
  ...Empty,
  name: 'Dark: empty',
  args: { src: mockFeedUrl('news-dark-empty', { fault: 'empty' }), 'more-href': 'https://localprogress.org/news/', theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, HTTP 500: the error box and its Retry button on the dark surface. */
export const DarkError: Story = {
  ...ServerError,
  name: 'Dark: error (HTTP 500)',
  args: { src: mockFeedUrl('news-dark-500', { fault: '500' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, a refresh that fails: the items under the error box. */
export const DarkStaleContentKept: Story = {
  ...StaleContentKept,
  name: 'Dark: error with stale content kept',
  args: { src: mockFeedUrl('news-dark-stale', { fault: 'stale-then-500' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** A partner's colours, font and heading style: custom properties and `::part()` rules from the page. */
export const Themed: Story = {
  args: { src: mockFeedUrl('news-themed') },
  decorators: [partnerTheme('lp-news-feed')],
  play: expectFeed('content', SAMPLE_NEWS),
};

/** A WordPress REST posts response (demo/data/wordpress-posts.json): posts in `in-the-news` are news. */
export const FromWordPress: Story = {
  name: 'From WordPress',
  args: { src: mockFeedUrl('news-wordpress', { fixture: 'wordpress' }) },
  play: expectFeed('content', 2),
};

/** In a 280 px sidebar: no heading, short dates, three items; photos go above the text. */
export const NarrowSidebar: Story = {
  name: 'In a narrow sidebar',
  args: { src: mockFeedUrl('news-sidebar'), limit: 3, heading: '', 'date-style': 'short' },
  decorators: [inNarrowSidebar],
  play: expectFeed('content', 3),
};

/** In a full-width section: photos beside the text, and a "see all" link. */
export const WideSection: Story = {
  name: 'In a wide section',
  args: { src: mockFeedUrl('news-wide'), 'more-href': 'https://localprogress.org/news/' },
  decorators: [inWideSection],
  play: expectFeed('content', SAMPLE_NEWS),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { mockFeedUrl } from '../.storybook/mock-endpoint.js';
import '../src/components/blog-grid/blog-grid.define.js';
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

/** Blog posts shown from the sample feed (demo/data/localprogress.json has 12; the default limit is 6). */
const SAMPLE_SHOWN = 6;

const meta = {
  title: 'Widgets/Blog grid',
  component: 'lp-blog-grid',
  render: renderFeed('lp-blog-grid'),
  args: { src: mockFeedUrl('blog-default'), limit: 6, columns: 3 },
  argTypes: propertyArgTypes,
} satisfies Meta<FeedArgs>;

export default meta;
type Story = StoryObj<FeedArgs>;

/** The sample feed's blog posts as cards: image, title, date, summary; the whole card is the link. */
export const Default: Story = {
  play: expectFeed('content', SAMPLE_SHOWN),
};

/** The endpoint has not answered yet: a skeleton the size of the content, announced to screen readers. */
export const Loading: Story = {
  args: { src: mockFeedUrl('blog-loading', { fault: 'hang' }) },
  beforeEach: withoutTimeout,
  play: expectFeed('loading'),
};

/** The feed has no posts: the message, and the "see all" link when `more-href` is set. */
export const Empty: Story = {
  args: { src: mockFeedUrl('blog-empty', { fault: 'empty' }), 'more-href': 'https://localprogress.org/blog/' },
  play: expectFeed('empty'),
};

/** The endpoint answers HTTP 500: the error message with a Retry button. */
export const ServerError: Story = {
  name: 'Error (HTTP 500)',
  args: { src: mockFeedUrl('blog-500', { fault: '500' }) },
  play: expectFeed('error'),
};

/** The first answer arrives; after `refresh()` the endpoint answers 500: the items stay, under the error. */
export const StaleContentKept: Story = {
  name: 'Error with stale content kept',
  args: { src: mockFeedUrl('blog-stale', { fault: 'stale-then-500' }) },
  play: refreshIntoError(),
};

/** The endpoint sends half a JSON document. */
export const MalformedJson: Story = {
  name: 'Malformed JSON',
  args: { src: mockFeedUrl('blog-malformed', { fault: 'malformed' }) },
  play: expectFeed('error'),
};

/** Long titles (one with a 89-character word), long summaries, and no images: the placeholder shows. */
export const LongContent: Story = {
  args: { src: mockFeedUrl('blog-long', { transform: LONG_CONTENT }) },
  play: expectFeed('content', SAMPLE_SHOWN),
};

/** 60 cards (the sample's posts, repeated with new ids). */
export const ManyItems: Story = {
  args: { src: mockFeedUrl('blog-many', { transform: MANY_ITEMS }), limit: 60 },
  play: expectFeed('content', 60),
};

/** `lang="es"`: built-in strings and dates in Spanish. */
export const Spanish: Story = {
  args: { src: mockFeedUrl('blog-es'), lang: 'es', 'more-href': 'https://localprogress.org/blog/' },
  play: async (context: PlayContext) => {
    await expectFeed('content', SAMPLE_SHOWN)(context);
    const el = widgetIn(context.canvasElement);
    await expect(parts(el, 'heading')[0]?.textContent).toContain('Nuestro blog');
    await expect(parts(el, 'more')[0]?.textContent).toContain('Ver todos los artículos');
  },
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { src: mockFeedUrl('blog-dark'), theme: 'dark' },
  decorators: [onDarkPage],
  play: expectFeed('content', SAMPLE_SHOWN),
};

/** `theme="dark"` while loading: the skeleton's bones on the dark surface. */
export const DarkLoading: Story = {
  ...Loading,
  name: 'Dark: loading',
  args: { src: mockFeedUrl('blog-dark-loading', { fault: 'hang' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, no items: the message and the "see all" link on the dark surface. */
export const DarkEmpty: Story = {
  ...Empty,
  name: 'Dark: empty',
  args: { src: mockFeedUrl('blog-dark-empty', { fault: 'empty' }), 'more-href': 'https://localprogress.org/blog/', theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, HTTP 500: the error box and its Retry button on the dark surface. */
export const DarkError: Story = {
  ...ServerError,
  name: 'Dark: error (HTTP 500)',
  args: { src: mockFeedUrl('blog-dark-500', { fault: '500' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** `theme="dark"`, a refresh that fails: the items under the error box. */
export const DarkStaleContentKept: Story = {
  ...StaleContentKept,
  name: 'Dark: error with stale content kept',
  args: { src: mockFeedUrl('blog-dark-stale', { fault: 'stale-then-500' }), theme: 'dark' },
  decorators: [onDarkPage],
};

/** A partner's colours, font and heading style: custom properties and `::part()` rules from the page. */
export const Themed: Story = {
  args: { src: mockFeedUrl('blog-themed') },
  decorators: [partnerTheme('lp-blog-grid')],
  play: expectFeed('content', SAMPLE_SHOWN),
};

/** A WordPress REST posts response (demo/data/wordpress-posts.json): posts in other categories are blog posts. */
export const FromWordPress: Story = {
  name: 'From WordPress',
  args: { src: mockFeedUrl('blog-wordpress', { fixture: 'wordpress' }) },
  play: expectFeed('content', 3),
};

/** In a 280 px sidebar: one column, no heading, short dates, three cards. */
export const NarrowSidebar: Story = {
  name: 'In a narrow sidebar',
  args: { src: mockFeedUrl('blog-sidebar'), limit: 3, heading: '', 'date-style': 'short' },
  decorators: [inNarrowSidebar],
  play: expectFeed('content', 3),
};

/** In a full-width section: as many columns as fit (at most `columns`), and a "see all" link. */
export const WideSection: Story = {
  name: 'In a wide section',
  args: { src: mockFeedUrl('blog-wide'), limit: 8, columns: 4, 'more-href': 'https://localprogress.org/blog/' },
  decorators: [inWideSection],
  play: expectFeed('content', 8),
};

/**
 * The stories of the three feed elements, made once: every state (loading, empty, error, stale
 * content, malformed JSON), long and many items, Spanish, the dark theme in each state, a
 * partner's theme, a WordPress response and two page layouts. What tells the elements apart, and
 * the stories' display names, are in feed-options.ts; each element's story file gives only its
 * title and component, and exports these stories under the static names CSF needs.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { mockFeedUrl, type FeedFault } from '../.storybook/mock-endpoint.js';
import { feedOptions, feedStoryName } from './feed-options.js';
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
  type FeedTag,
  type PlayContext,
} from './support.js';

type Story = StoryObj<FeedArgs>;

const described = (story: string) => ({ docs: { description: { story } } });

/** The meta of a feed element's stories, but for `title` and `component` (CSF reads those as written). */
export function feedMeta(tag: FeedTag) {
  const o = feedOptions[tag];
  return {
    render: renderFeed(tag),
    args: { src: mockFeedUrl(`${o.key}-default`), ...o.args },
    argTypes: propertyArgTypes,
  };
}

/** `stories`, each with its display name, where it has one of its own. */
function named<T extends Record<string, Story>>(stories: T): T {
  return Object.fromEntries(
    Object.entries(stories).map(([exportName, story]) => {
      const name = feedStoryName(exportName);
      return [exportName, name ? { ...story, name } : story];
    }),
  ) as T;
}

/** Every story of a feed element, by export name. */
export function feedStories(tag: FeedTag) {
  const o = feedOptions[tag];
  const url = (story: string, options?: Parameters<typeof mockFeedUrl>[1]) => mockFeedUrl(`${o.key}-${story}`, options);
  const content = expectFeed('content', o.shown);

  const Default: Story = { parameters: described(o.describe.default), play: content };
  const Loading: Story = {
    parameters: described('The endpoint has not answered yet: a skeleton the size of the content, announced to screen readers.'),
    args: { src: url('loading', { fault: 'hang' }) },
    beforeEach: withoutTimeout,
    play: expectFeed('loading'),
  };
  const Empty: Story = {
    parameters: described(o.describe.empty),
    args: { src: url('empty', { fault: 'empty' }), 'more-href': o.moreHref },
    play: expectFeed('empty'),
  };
  const ServerError: Story = {
    parameters: described('The endpoint answers HTTP 500: the error message with a Retry button.'),
    args: { src: url('500', { fault: '500' }) },
    play: expectFeed('error'),
  };
  const StaleContentKept: Story = {
    parameters: described('The first answer arrives; after `refresh()` the endpoint answers 500: the items stay, under the error.'),
    args: { src: url('stale', { fault: 'stale-then-500' }) },
    play: refreshIntoError(),
  };
  /** `story` with `theme="dark"` on a dark page, reading its own URL with the same fault. */
  const dark = (story: Story, key: string, fault: FeedFault, what: string, args: FeedArgs = {}): Story => ({
    ...story,
    parameters: described(`\`theme="dark"\`${what}`),
    args: { src: url(`dark-${key}`, { fault }), ...args, theme: 'dark' },
    decorators: [onDarkPage],
  });

  return named({
    Default,
    Loading,
    Empty,
    ServerError,
    StaleContentKept,
    MalformedJson: {
      parameters: described('The endpoint sends half a JSON document.'),
      args: { src: url('malformed', { fault: 'malformed' }) },
      play: expectFeed('error'),
    } satisfies Story,
    LongContent: {
      parameters: described(o.describe.longContent),
      args: { src: url('long', { transform: LONG_CONTENT }) },
      play: content,
    } satisfies Story,
    ManyItems: {
      parameters: described(o.describe.manyItems),
      args: { src: url('many', { transform: MANY_ITEMS }), limit: 60 },
      play: expectFeed('content', 60),
    } satisfies Story,
    Spanish: {
      parameters: described('`lang="es"`: built-in strings and dates in Spanish.'),
      args: { src: url('es'), lang: 'es', 'more-href': o.moreHref },
      play: async (context: PlayContext) => {
        await content(context);
        const el = widgetIn(context.canvasElement);
        await expect(parts(el, 'heading')[0]?.textContent).toContain(o.spanish.heading);
        await expect(parts(el, 'more')[0]?.textContent).toContain(o.spanish.more);
      },
    } satisfies Story,
    Dark: {
      parameters: described('`theme="dark"` on a dark page.'),
      args: { src: url('dark'), theme: 'dark' },
      decorators: [onDarkPage],
      play: content,
    } satisfies Story,
    DarkLoading: dark(Loading, 'loading', 'hang', " while loading: the skeleton's bones on the dark surface."),
    DarkEmpty: dark(Empty, 'empty', 'empty', ', no items: the message and the "see all" link on the dark surface.', { 'more-href': o.moreHref }),
    DarkError: dark(ServerError, '500', '500', ', HTTP 500: the error box and its Retry button on the dark surface.'),
    DarkStaleContentKept: dark(StaleContentKept, 'stale', 'stale-then-500', ', a refresh that fails: the items under the error box.'),
    Themed: {
      parameters: described("A partner's colours, font and heading style: custom properties and `::part()` rules from the page."),
      args: { src: url('themed') },
      decorators: [partnerTheme(tag)],
      play: content,
    } satisfies Story,
    FromWordPress: {
      parameters: described(o.describe.fromWordPress),
      args: { src: url('wordpress', { fixture: 'wordpress' }) },
      play: expectFeed('content', o.wordpressItems),
    } satisfies Story,
    NarrowSidebar: {
      parameters: described(o.describe.narrowSidebar),
      args: { src: url('sidebar'), limit: 3, heading: '', 'date-style': 'short' },
      decorators: [inNarrowSidebar],
      play: expectFeed('content', 3),
    } satisfies Story,
    WideSection: {
      parameters: described(o.describe.wideSection),
      args: { src: url('wide'), ...o.wide?.args, 'more-href': o.moreHref },
      decorators: [inWideSection],
      play: expectFeed('content', o.wide?.shown ?? o.shown),
    } satisfies Story,
  });
}

import type { Meta } from '@storybook/web-components-vite';
import '../src/components/press-releases/press-releases.define.js';
import { feedMeta, feedStories } from './feed-stories.js';
import type { FeedArgs } from './support.js';

// The stories are made once, in feed-stories.ts, from this element's entry in feed-options.ts
// (which also holds their display names). What stays here is what CSF reads as written in the
// file: the title, the component, and every story as a named export of its own.
export default { title: 'Widgets/Press releases', component: 'lp-press-releases', ...feedMeta('lp-press-releases') } satisfies Meta<FeedArgs>;

const s = feedStories('lp-press-releases');
export const Default = s.Default, Loading = s.Loading, Empty = s.Empty, ServerError = s.ServerError, StaleContentKept = s.StaleContentKept, MalformedJson = s.MalformedJson,
  LongContent = s.LongContent, ManyItems = s.ManyItems, Spanish = s.Spanish, Dark = s.Dark, DarkLoading = s.DarkLoading, DarkEmpty = s.DarkEmpty, DarkError = s.DarkError,
  DarkStaleContentKept = s.DarkStaleContentKept, Themed = s.Themed, FromWordPress = s.FromWordPress, NarrowSidebar = s.NarrowSidebar, WideSection = s.WideSection;

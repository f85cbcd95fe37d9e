/**
 * Feeds the stories build from the sample (demo/data/localprogress.json) for the states the
 * sample does not show by itself. Registered with the mock endpoint by name: a story asks for
 * `mockFeedUrl(story, { transform: LONG_CONTENT })`.
 */
import { registerFeedTransform } from '../.storybook/mock-endpoint.js';

interface JsonFeedItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  content_text?: string;
  image?: string;
  date_published?: string;
  _localprogress?: { kind?: string; outlet?: string; image_alt?: string; image_credit?: string };
  [key: string]: unknown;
}

interface JsonFeed {
  items: JsonFeedItem[];
  [key: string]: unknown;
}

/** Long titles, outlets and summaries, an unbroken 89-character word in each kind's first title, and no images. */
export const LONG_CONTENT = 'long-content';

/** Each item 15 times over (new ids, URLs and earlier dates): 60 news items, 75 releases, 180 posts. */
export const MANY_ITEMS = 'many-items';

/** How many copies of each sample item MANY_ITEMS makes. */
const COPIES = 15;

const LONG_OUTLET = 'The Greater Metropolitan Area Independent Public-Interest Newsroom and Community Radio Cooperative';
const LONG_WORD = 'Supercalifragilisticexpialidociousmunicipalpreemptionaccountabilityordinanceamendment2024';

function longContent(doc: unknown): unknown {
  const feed = doc as JsonFeed;
  const kindsSeen = new Set<string | undefined>();
  return {
    ...feed,
    items: feed.items.map((item) => {
      // The first item of each kind gets the long word, so every widget shows one.
      const first = !kindsSeen.has(item._localprogress?.kind) && !!kindsSeen.add(item._localprogress?.kind);
      const rest: JsonFeedItem = { ...item };
      delete rest.image;
      const title = `${item.title ?? ''}: what it means for city councils, county boards, school boards and the residents who depend on them`;
      const summary = [item.summary, item.summary, item.summary].filter(Boolean).join(' ');
      return {
        ...rest,
        title: first ? `${LONG_WORD} ${title}` : title,
        summary,
        content_text: summary,
        _localprogress: { ...item._localprogress, outlet: LONG_OUTLET, image_alt: undefined, image_credit: undefined },
      };
    }),
  };
}

function manyItems(doc: unknown): unknown {
  const feed = doc as JsonFeed;
  const items: JsonFeedItem[] = [];
  for (let copy = 0; copy < COPIES; copy++) {
    for (const item of feed.items) {
      const published = item.date_published ? new Date(item.date_published) : undefined;
      published?.setUTCDate(published.getUTCDate() - copy * 45);
      items.push({
        ...item,
        id: copy ? `${item.id}#copy-${copy}` : item.id,
        url: copy && item.url ? `${item.url}#copy-${copy}` : item.url,
        title: copy ? `${item.title ?? ''} (${copy + 1})` : item.title,
        date_published: published?.toISOString() ?? item.date_published,
      });
    }
  }
  return { ...feed, items };
}

registerFeedTransform(LONG_CONTENT, longContent);
registerFeedTransform(MANY_ITEMS, manyItems);

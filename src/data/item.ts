/** The content kinds the feed carries; each feed element shows one of them. */
export type ItemKind = 'news' | 'press-release' | 'blog';

export const ITEM_KINDS: readonly ItemKind[] = ['news', 'press-release', 'blog'];

/** An image that passed the URL rules, with what a visitor needs to read it. */
export interface ItemImage {
  src: string;
  /** `srcset` candidates (`url 300w, …`), when the feed gives sizes. */
  srcset?: string;
  /** Empty when the feed gives no alt text: the image is then decorative, the title carries the meaning. */
  alt: string;
  credit?: string;
  width?: number;
  height?: number;
}

/** One normalized piece of content, whatever format it came from. Plain data: it survives JSON. */
export interface Item {
  id: string;
  kind: ItemKind;
  title: string;
  url: string;
  /** ISO 8601 instant; absent when the feed gave no valid date. */
  published?: string;
  summary: string;
  outlet?: string;
  image?: ItemImage;
  tags: string[];
}

/** The feed-level press contact (`_localprogress.contact`), already checked. */
export interface Contact {
  heading?: string;
  text?: string;
  email?: string;
  phone?: string;
  /** The language `heading` and `text` are written in: the feed's own `language`, in lower case. */
  lang?: string;
  /** `heading` and `text` in other languages, by language tag in lower case (`es`, `es-mx`). */
  translations?: Record<string, { heading?: string; text?: string }>;
}

/** What a feed document normalizes to. */
export interface FeedResult {
  format: 'json-feed' | 'wordpress';
  items: Item[];
  /** How many items failed validation and were dropped. */
  dropped: number;
  contact?: Contact;
  /**
   * The feed's `_localprogress.contact` and `language` as written, unchecked: what the store
   * keeps, so that only an element that shows the contact carries the code that checks it
   * (`contactOf()` in contact.ts). `normalizeFeed()` gives `contact` instead.
   */
  contactSource?: { contact: unknown; language: unknown };
}

// Classes and types only: importing this module registers nothing.
export { LpFeedElement, DEFAULT_ENDPOINT, ENDPOINT_META, KINDS_META } from './core/feed-element.js';
export type { LpLoadDetail, LpErrorDetail } from './core/feed-element.js';
export { LpNewsFeed } from './components/news-feed/news-feed.js';
export { LpPressReleases } from './components/press-releases/press-releases.js';
export { LpBlogGrid } from './components/blog-grid/blog-grid.js';
export { LpMediaInquiry } from './components/media-inquiry/media-inquiry.js';
export type { InquiryData, LpContactLoadDetail, LpSubmitDetail, LpSubmitErrorDetail } from './components/media-inquiry/media-inquiry.js';
export { FeedError } from './data/errors.js';
export type { FeedErrorKind } from './data/errors.js';
export type { Item, ItemImage, ItemKind, Contact, FeedResult } from './data/item.js';
export { normalizeFeed, selectItems } from './data/normalize.js';
export { configureFeeds, resetFeeds } from './data/feed-store.js';
export type { FeedSettings } from './data/feed-store.js';
export { DEFAULT_WORDPRESS_KINDS } from './data/wordpress.js';
// The key and shape of what the opt-in `wordpress.js` (`lp-wordpress.js`) registers; importing them registers nothing.
export { WORDPRESS_READER } from './data/wordpress-reader.js';
export type { WordPressReader } from './data/wordpress-reader.js';
export { wordpressFeedUrl, wordpressPerPage, WORDPRESS_FIELDS, WORDPRESS_MAX_PER_PAGE } from './data/wordpress-url.js';

/**
 * The WordPress REST URL to give the widgets as `src` (or as the page's `lp-widgets:endpoint`).
 *
 * The widgets never derive the request from their own attributes: `limit` is not sent as
 * `per_page`. `limit` counts the items a widget shows *after* it has picked its kind and `tag`
 * out of the answer; `per_page` counts posts *before* that. `per_page=5` for
 * `<lp-news-feed limit="5">` would fetch the five latest posts of every kind and show the one
 * news story among them. And a URL per `limit` would split the one plain GET that every widget
 * on the page (and every partner page) shares, and that a CDN can answer, into several.
 *
 * So the URL is set once per site, and its `per_page` has to cover what the page shows:
 * - one URL for every kind: enough recent posts that each kind has `limit` of them (the
 *   default here, WordPress's maximum of 100, is the safe choice);
 * - one URL per kind (`categories`): at least the largest `limit` of the widgets reading it.
 */

/** The most posts WordPress returns in one answer; it answers HTTP 400 to a larger `per_page`. */
export const WORDPRESS_MAX_PER_PAGE = 100;

/** What WordPress sends when a URL has no `per_page`. */
export const WORDPRESS_DEFAULT_PER_PAGE = 10;

/**
 * The post fields the widgets read. `_links` must be among them: WordPress (checked on 6.1)
 * embeds only the relations still listed in `_links` after `_fields` trimming, so without it
 * `_embed` returns no images and no categories. `_embedded` is listed too, for the versions
 * that check it.
 */
export const WORDPRESS_FIELDS: readonly string[] = ['id', 'date_gmt', 'link', 'title', 'excerpt', 'type', '_links', '_embedded'];

/** The embedded relations the widgets read: the featured image and the categories and tags. */
export const WORDPRESS_EMBEDS: readonly string[] = ['wp:featuredmedia', 'wp:term'];

export interface WordPressUrlOptions {
  /** Posts per answer, rounded and clamped to 1–100. Default 100. */
  perPage?: number;
  /** Only posts in any of these category ids (WordPress filters by id, not by slug). */
  categories?: readonly number[];
  /**
   * `true` (default): only the fields the widgets read (`WORDPRESS_FIELDS`); `false`: whole
   * posts; or a list of your own, to which `_links` and `_embedded` are added.
   */
  fields?: boolean | readonly string[];
  /** The post type's REST base: `posts` (default), or a custom post type's `rest_base`. */
  type?: string;
  /** Address the API as `/?rest_route=/wp/v2/…`, for sites without pretty permalinks. Default: `/wp-json/wp/v2/…`. */
  restRoute?: boolean;
}

// Readable and stable: commas and colons stay as they are (WordPress reads them either way).
function param(name: string, value?: string): string {
  if (value === undefined) return name;
  return `${name}=${encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%2F/gi, '/')}`;
}

/**
 * The feed URL of a WordPress site for the widgets: `site` is the site's address (its home
 * URL, which may have a path for a site in a subfolder; a `/wp-json/…` or `?rest_route=`
 * address is read back to the site). The same options always give the same URL, parameter for
 * parameter, so every page that uses them shares one cache entry.
 *
 * ```js
 * wordpressFeedUrl('https://example.org')
 * // → https://example.org/wp-json/wp/v2/posts?_embed=wp:featuredmedia,wp:term&per_page=100&_fields=id,date_gmt,link,title,excerpt,type,_links,_embedded
 * ```
 *
 * @throws TypeError when `site` is not an `http(s)` URL, or `type` or `categories` are malformed.
 */
export function wordpressFeedUrl(site: string, options: WordPressUrlOptions = {}): string {
  let url: URL;
  try {
    url = new URL(site.trim());
  } catch {
    throw new TypeError(`Not a URL: ${site}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Not an http(s) URL: ${site}`);

  const restRoute = options.restRoute ?? url.searchParams.has('rest_route');
  const home = `${url.origin}${url.pathname.replace(/\/wp-json(\/.*)?$/, '').replace(/\/?$/, '/')}`;

  const type = options.type ?? 'posts';
  if (!/^[a-z0-9_-]+$/i.test(type)) throw new TypeError(`Not a REST base: ${type}`);

  const perPage = Math.min(WORDPRESS_MAX_PER_PAGE, Math.max(1, Math.round(Number(options.perPage ?? WORDPRESS_MAX_PER_PAGE)) || 1));

  const categories = [...new Set(options.categories ?? [])].sort((a, b) => a - b);
  if (categories.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw new TypeError(`Category ids are positive integers: ${categories.join(',')}`);
  }

  const fields =
    options.fields === false
      ? []
      : [...new Set([...(Array.isArray(options.fields) ? options.fields : WORDPRESS_FIELDS), '_links', '_embedded'])];

  const route = `/wp/v2/${type}`;
  const query = [
    ...(restRoute ? [param('rest_route', route)] : []),
    param('_embed', WORDPRESS_EMBEDS.join(',')),
    param('per_page', String(perPage)),
    ...(categories.length ? [param('categories', categories.join(','))] : []),
    ...(fields.length ? [param('_fields', fields.join(','))] : []),
  ].join('&');
  return restRoute ? `${home}?${query}` : `${home}wp-json${route}?${query}`;
}

/**
 * How many posts one answer of a WordPress REST URL holds at most: its `per_page`, else
 * WordPress's default of 10. `undefined` when WordPress would refuse the value (HTTP 400).
 * A widget whose `limit` exceeds this can never be filled from that URL.
 */
export function wordpressPerPage(url: string): number | undefined {
  let raw: string | null;
  try {
    raw = new URL(url).searchParams.get('per_page');
  } catch {
    return undefined;
  }
  if (raw === null) return WORDPRESS_DEFAULT_PER_PAGE;
  if (!/^\s*\d+\s*$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 && n <= WORDPRESS_MAX_PER_PAGE ? n : undefined;
}

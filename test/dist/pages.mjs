// The plain HTML pages the dist test opens: what a partner pastes, nothing else.
//
// Each page has all four widgets. `form` says what the press box must show of the inquiry form:
// undefined, the box has no `action`; false, it has one but the page does not load
// lp-inquiry-form.js (the contact only, and one console warning once the page has loaded); true,
// the page loads it (the form, which sends, and no warning); 'later', the test adds lp-inquiry-form.js once the box has rendered
// without it (the form then appears). `copies`: how many copies of the elements' script the page
// loads (each one after the first says so, once). `wordpress`: the page's endpoint is the
// WordPress sample, a REST posts answer (the press box reads the JSON Feed for its contact):
// true, the page loads lp-wordpress.js and the feed widgets show the posts; 'missing', it does
// not, and each feed widget shows its error box, its lp-error naming lp-wordpress.js.
import { readFile } from 'node:fs/promises';

/** The press box's form address: the dist test's server answers POSTs there. */
export const INQUIRY_PATH = '/api/inquiry';

const JSON_FEED = '/demo/data/localprogress.json';
/** The WordPress sample at a REST posts URL: the dist test's server answers it with {@link WORDPRESS_SAMPLE}. */
export const WORDPRESS_PATH = '/wp-json/wp/v2/posts';
/** The WordPress sample, a REST posts answer (relative to the repository, the tests' working directory). */
export const WORDPRESS_SAMPLE = 'demo/data/wordpress-posts.json';

/** The links of the sample's posts in `category`, in the file's order: what a widget that reads it shows, from the file itself. */
export async function wordpressSampleLinks(category) {
  const posts = JSON.parse(await readFile(WORDPRESS_SAMPLE, 'utf8'));
  return posts.filter((post) => post._embedded['wp:term'].flat().some((t) => t.taxonomy === 'category' && t.slug === category)).map((post) => post.link);
}

const widgets = (action, wordpress) => `
  <lp-news-feed limit="2" loading="eager"></lp-news-feed>
  <lp-press-releases limit="2" loading="eager"></lp-press-releases>
  <lp-blog-grid limit="2" loading="eager"></lp-blog-grid>
  <lp-media-inquiry${action ? ` action="${INQUIRY_PATH}"` : ''}${wordpress ? ` src="${JSON_FEED}"` : ''}></lp-media-inquiry>`;

const page = (scripts, { action = false, wordpress = false } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dist test</title>
<meta name="lp-widgets:endpoint" content="${wordpress ? `${WORDPRESS_PATH}?_embed&per_page=100` : JSON_FEED}">
${scripts}
</head><body>${widgets(action, wordpress)}</body></html>`;

const MODULE = '<script type="module" src="/dist/lp-widgets.js"></script>';
const CLASSIC = '<script src="/dist/lp-widgets.classic.js"></script>';
const ELEMENT_FILES = ['news-feed', 'press-releases', 'blog-grid', 'media-inquiry'].map((n) => `<script type="module" src="/dist/lp-${n}.js"></script>`).join('');
const FORM_MODULE = '<script type="module" src="/dist/lp-inquiry-form.js"></script>';
const FORM_CLASSIC = '<script src="/dist/lp-inquiry-form.js"></script>';
const WP_MODULE = '<script type="module" src="/dist/lp-wordpress.js"></script>';
const WP_CLASSIC = '<script src="/dist/lp-wordpress.js"></script>';

/** @type {Record<string, { html: string, form?: boolean | 'later', copies?: number, wordpress?: true | 'missing' }>} */
export const PAGES = {
  'module alone': { html: page(MODULE) },
  'classic script alone': { html: page(CLASSIC) },
  'module and classic together': { html: page(CLASSIC + MODULE), copies: 2 },
  'module twice': { html: page(MODULE + '<script type="module" src="/dist/lp-widgets.js?copy=2"></script>'), copies: 2 },
  'one element module per element': { html: page(ELEMENT_FILES) },
  // The inquiry form is a file of its own: without it, `action` gives no form.
  'action without lp-inquiry-form.js: the contact, no form': { html: page(MODULE, { action: true }), form: false },
  'action, lp-inquiry-form.js as a classic script before the module': { html: page(FORM_CLASSIC + MODULE, { action: true }), form: true },
  'action, lp-inquiry-form.js as a module after the module': { html: page(MODULE + FORM_MODULE, { action: true }), form: true },
  'action, lp-inquiry-form.js after the classic script': { html: page(CLASSIC + FORM_CLASSIC, { action: true }), form: true },
  'action, lp-inquiry-form.js with one element module per element': { html: page(ELEMENT_FILES + FORM_MODULE, { action: true }), form: true },
  'action, lp-inquiry-form.js added once the box has rendered without it': { html: page(MODULE, { action: true }), form: 'later' },
  // The WordPress REST reader is a file of its own too: without it, WordPress posts are an error.
  'WordPress REST endpoint without lp-wordpress.js: the error box': { html: page(MODULE, { wordpress: true }), wordpress: 'missing' },
  'WordPress REST endpoint, lp-wordpress.js as a module after the module': { html: page(MODULE + WP_MODULE, { wordpress: true }), wordpress: true },
  'WordPress REST endpoint, lp-wordpress.js as a classic script before the classic script': { html: page(WP_CLASSIC + CLASSIC, { wordpress: true }), wordpress: true },
  'WordPress REST endpoint, lp-wordpress.js after one element module per element (a store each)': { html: page(ELEMENT_FILES + WP_MODULE, { wordpress: true }), wordpress: true },
  'WordPress REST endpoint, lp-wordpress.js as a classic script after the module and the classic script': { html: page(CLASSIC + MODULE + WP_CLASSIC, { wordpress: true }), wordpress: true, copies: 2 },
};

// The plugin's steps through HTTP, on the running test site, before the browser tests:
//
//   node plugin-publish.mjs BASE_URL STATE_JSON
//
// 1. An Author (a role without unfiltered_html; STATE_JSON from plugin-install.php has the
//    application password) publishes through the REST API one article with the blocks, one with
//    a shortcode, and one with hostile shortcode attributes. Articles are a post type of the test
//    site with the capabilities of posts (mu-plugin plugin-test-site.php), so that the posts
//    collection, which the other tests count, stays as seeded. It also publishes the pages of
//    media inquiry boxes in test/wordpress/inquiry-pages.json, with and without a form address.
//    test/wordpress/plugin.test.ts then looks at them on the front end (it finds them by slug).
// 2. The settings page (an administrator, logged in with cookies) saves with the form's nonce,
//    and refuses a post without one, with a wrong one, or from the Author.
// Exits 1, naming each failed check.
import { readFileSync } from 'node:fs';

const [base, stateFile] = process.argv.slice(2);
if (!base || !stateFile) {
  console.error('usage: node plugin-publish.mjs BASE_URL STATE_JSON');
  process.exit(2);
}
const state = JSON.parse(readFileSync(stateFile, 'utf8'));
const feed = JSON.parse(readFileSync(new URL('../../demo/data/localprogress.json', import.meta.url), 'utf8'));
const inquiryPages = JSON.parse(readFileSync(new URL('../../test/wordpress/inquiry-pages.json', import.meta.url), 'utf8')).pages;
const failures = [];
let passed = 0;
const check = (ok, what, detail = '') => (ok ? passed++ : failures.push(detail ? `${what}\n      ${detail}` : what));

// --- 1. The Author publishes through the REST API ---------------------------------------------
const author = `Basic ${Buffer.from(`${state.author.login}:${state.author.applicationPassword}`).toString('base64')}`;
async function rest(path, init = {}) {
  const response = await fetch(new URL(`/wp-json${path}`, base), {
    ...init,
    headers: { Authorization: author, 'Content-Type': 'application/json', ...init.headers },
  });
  return { status: response.status, body: await response.json() };
}

const me = await rest('/wp/v2/users/me?context=edit');
check(me.status === 200 && me.body.roles?.join() === 'author', 'the application password logs the Author in', JSON.stringify(me.body).slice(0, 300));
check(me.status === 200 && !me.body.capabilities?.unfiltered_html, 'the Author may not post unfiltered HTML');

const contact = feed._localprogress.contact;
const posts = [
  {
    slug: 'lp-plugin-block',
    title: 'In the news (block)',
    content: [
      '<!-- wp:paragraph --><p>Coverage of our work, from this site’s posts.</p><!-- /wp:paragraph -->',
      '<!-- wp:local-progress/news-feed {"limit":3} /-->',
      `<!-- wp:local-progress/media-inquiry ${JSON.stringify({ email: contact.email, text: 'Want to get in touch with us for a story?' })} /-->`,
    ].join('\n\n'),
  },
  {
    slug: 'lp-plugin-shortcode',
    title: 'Texas chapter (shortcode)',
    content: 'The Texas chapter’s latest posts.\n\n[lp_blog_grid tag="texas" limit="5"]',
  },
  {
    slug: 'lp-plugin-hostile',
    title: 'Hostile attributes (shortcode)',
    content: `[lp_press_releases heading='"><script>alert(1)</script>' more_href="javascript:alert(1)" more_label="<img src=x onerror=alert(1)>" tag='" onmouseover="alert(1)' limit="2"]`,
  },
];
/** A media inquiry box of inquiry-pages.json as the Author types it: a block, or a shortcode with its text as content. */
function inquiryBox({ as, attributes }) {
  if (as === 'block') return `<!-- wp:local-progress/media-inquiry ${JSON.stringify(attributes)} /-->`;
  const { text = '', ...rest } = attributes;
  const atts = Object.entries(rest).map(([name, value]) => ` ${name}="${value}"`).join('');
  return `[lp_media_inquiry${atts}]${text}[/lp_media_inquiry]`;
}
for (const page of inquiryPages) {
  posts.push({ slug: page.slug, title: page.title, content: page.boxes.map(inquiryBox).join('\n\n') });
}
for (const post of posts) {
  const created = await rest('/wp/v2/articles', { method: 'POST', body: JSON.stringify({ ...post, status: 'publish' }) });
  check(created.status === 201 && created.body.status === 'publish', `the Author publishes "${post.slug}" through REST`, `${created.status} ${JSON.stringify(created.body).slice(0, 300)}`);
  check(created.status === 201 && created.body.author === me.body.id, `"${post.slug}" is the Author's`);
}
const saved = await rest('/wp/v2/articles?slug=lp-plugin-block&context=edit');
check(saved.body[0]?.content?.raw.includes('<!-- wp:local-progress/news-feed {"limit":3} /-->'), 'the block survives the Author’s save (kses)', saved.body[0]?.content?.raw);
for (const page of inquiryPages) {
  const sent = posts.find((p) => p.slug === page.slug).content;
  const [kept] = (await rest(`/wp/v2/articles?slug=${page.slug}&context=edit`)).body;
  check(kept?.content?.raw === sent, `the media inquiry boxes of "${page.slug}", form addresses and all, survive the Author’s save (kses)`, kept?.content?.raw);
}

// --- 2. The settings page: nonce and capability ------------------------------------------------
const PAGE = '/wp-admin/options-general.php?page=local-progress-widgets';

async function logIn(login, password) {
  const response = await fetch(new URL('/wp-login.php', base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
    body: new URLSearchParams({ log: login, pwd: password, 'wp-submit': 'Log In', redirect_to: new URL('/wp-admin/', base).href, testcookie: '1' }),
  });
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => !c.endsWith('=deleted') && !c.endsWith('='));
  check(response.status === 302 && cookies.some((c) => c.startsWith('wordpress_logged_in_')), `${login} logs in`, `${response.status}`);
  return cookies.join('; ');
}
async function get(path, cookie) {
  const response = await fetch(new URL(path, base), { headers: { Cookie: cookie }, redirect: 'manual' });
  return { status: response.status, html: await response.text() };
}
// WordPress writes some of the form's fields with single quotes (settings_fields).
const field = (html, name) => html.match(new RegExp(`name=["']${name.replace(/[[\]]/g, '\\$&')}["'] value=["']([^"']*)["']`))?.[1];
async function save(cookie, fields) {
  const response = await fetch(new URL('/wp-admin/options.php', base), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
    body: new URLSearchParams({ option_page: 'lp_widgets', action: 'update', 'lp_widgets_settings[endpoint]': 'site', 'lp_widgets_settings[endpoint_url]': '', ...fields }),
  });
  return { status: response.status, location: response.headers.get('location') ?? '' };
}

const admin = await logIn(state.admin.login, state.admin.password);
let page = await get(PAGE, admin);
check(page.status === 200 && page.html.includes('Local Progress widgets'), 'Settings → Local Progress widgets opens for an administrator', `${page.status}`);
const nonce = field(page.html, '_wpnonce');
check(!!nonce && field(page.html, 'option_page') === 'lp_widgets', 'the settings form carries a nonce (Settings API)');

let result = await save(admin, { _wpnonce: nonce, _wp_http_referer: PAGE, 'lp_widgets_settings[kinds]': 'coverage=news' });
check(result.status === 302 && result.location.includes('settings-updated=true'), 'the settings save with the nonce', `${result.status} ${result.location}`);
page = await get(PAGE, admin);
check(field(page.html, 'lp_widgets_settings[kinds]') === 'coverage=news', 'the saved mapping shows on the page', field(page.html, 'lp_widgets_settings[kinds]'));

for (const [what, fields] of [
  ['without a nonce', {}],
  ['with a wrong nonce', { _wpnonce: 'abc123def4' }],
]) {
  result = await save(admin, { ...fields, _wp_http_referer: PAGE, 'lp_widgets_settings[kinds]': 'hacked=news' });
  check(result.status === 403, `the settings refuse a post ${what}`, `${result.status} ${result.location}`);
}
page = await get(PAGE, admin);
check(field(page.html, 'lp_widgets_settings[kinds]') === 'coverage=news', 'a refused post changes nothing', field(page.html, 'lp_widgets_settings[kinds]'));

const authorCookie = await logIn(state.author.login, state.author.password);
const authorPage = await get(PAGE, authorCookie);
check(authorPage.status === 403, 'the settings page is closed to an Author (manage_options)', `${authorPage.status}`);
const authorSave = await save(authorCookie, { _wpnonce: nonce, _wp_http_referer: PAGE, 'lp_widgets_settings[kinds]': 'hacked=news' });
check(authorSave.status === 403, 'the Author cannot save the settings, even with an administrator’s nonce', `${authorSave.status}`);

// Back to the state the browser tests expect: the defaults' mapping only.
page = await get(PAGE, admin);
result = await save(admin, { _wpnonce: field(page.html, '_wpnonce'), _wp_http_referer: PAGE, 'lp_widgets_settings[kinds]': '' });
check(result.status === 302, 'the settings are restored');

console.error(`[plugin] publishing and settings checks: ${passed} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(`[plugin] FAILED:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}

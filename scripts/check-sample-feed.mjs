#!/usr/bin/env node
// Checks the structure of the sample data in demo/data/:
//   localprogress.json    — JSON Feed 1.1 with the `_localprogress` extension
//   wordpress-posts.json  — a WordPress REST `/wp/v2/posts?_embed` response
// Usage: node scripts/check-sample-feed.mjs   (exits 1 and lists problems on failure)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataDir = new URL('../demo/data/', import.meta.url);
const problems = [];
const fail = (msg) => problems.push(msg);

function load(name) {
  const path = fileURLToPath(new URL(name, dataDir));
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    fail(`${name}: cannot read/parse: ${err.message}`);
    return undefined;
  }
}

const isNonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
const isHttpUrl = (v) => {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
};
const ISO_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const WP_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

// ------------------------------------------------------------- JSON Feed
const KINDS = ['news', 'blog', 'press-release'];
const EXPECTED = { blog: 12, news: 4, 'press-release': 5 };
const counts = { blog: 0, news: 0, 'press-release': 0 };

const feed = load('localprogress.json');
if (feed) {
  const F = 'localprogress.json';
  if (feed.version !== 'https://jsonfeed.org/version/1.1') fail(`${F}: version is ${JSON.stringify(feed.version)}`);
  if (!isNonEmptyString(feed.title)) fail(`${F}: missing title`);
  if (!isHttpUrl(feed.home_page_url)) fail(`${F}: home_page_url is not a URL`);
  const contact = feed._localprogress?.contact;
  if (!contact) fail(`${F}: missing _localprogress.contact`);
  else {
    if (!isNonEmptyString(contact.heading)) fail(`${F}: contact.heading missing`);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(contact.email ?? '')) fail(`${F}: contact.email is not an email address`);
  }
  if (!Array.isArray(feed.items)) fail(`${F}: items is not an array`);
  else {
    const ids = new Set();
    let prevDate = Infinity;
    feed.items.forEach((item, i) => {
      const at = `${F}: items[${i}]`;
      if (!isNonEmptyString(item.id)) fail(`${at}: missing id`);
      else if (ids.has(item.id)) fail(`${at}: duplicate id ${item.id}`);
      else ids.add(item.id);
      if (!isNonEmptyString(item.title)) fail(`${at}: missing title`);
      if (!isHttpUrl(item.url)) fail(`${at}: url is not an http(s) URL`);
      if (!isNonEmptyString(item.summary)) fail(`${at}: missing summary`);
      // JSON Feed 1.1: every item needs content_html or content_text
      if (!isNonEmptyString(item.content_text) && !isNonEmptyString(item.content_html)) {
        fail(`${at}: needs content_text or content_html`);
      }
      if (!ISO_Z.test(item.date_published ?? '') || Number.isNaN(Date.parse(item.date_published))) {
        fail(`${at}: date_published ${JSON.stringify(item.date_published)} is not ISO 8601 UTC`);
      } else {
        const t = Date.parse(item.date_published);
        if (t > prevDate) fail(`${at}: items are not ordered newest first`);
        prevDate = t;
      }
      if (item.image !== undefined && !isHttpUrl(item.image)) fail(`${at}: image is not a URL`);
      if (item.tags !== undefined && !(Array.isArray(item.tags) && item.tags.every((t) => /^[a-z0-9-]+$/.test(t)))) {
        fail(`${at}: tags must be lowercase slugs`);
      }
      const kind = item._localprogress?.kind;
      if (!KINDS.includes(kind)) fail(`${at}: _localprogress.kind ${JSON.stringify(kind)} not in ${KINDS.join('|')}`);
      else counts[kind]++;
      if (kind === 'news') {
        if (!isNonEmptyString(item._localprogress.outlet)) fail(`${at}: news item without outlet`);
        if (item.image && !isNonEmptyString(item._localprogress.image_alt)) fail(`${at}: news image without image_alt`);
        if (item.image && !isNonEmptyString(item._localprogress.image_credit)) fail(`${at}: news image without image_credit`);
      }
    });
    for (const k of KINDS) {
      if (counts[k] !== EXPECTED[k]) fail(`${F}: expected ${EXPECTED[k]} ${k} items, found ${counts[k]}`);
    }
  }
}

// ------------------------------------------------------- WordPress REST
const wpKinds = { blog: 0, news: 0, 'press-release': 0 };
let withMedia = 0;
const wp = load('wordpress-posts.json');
if (wp) {
  const W = 'wordpress-posts.json';
  if (!Array.isArray(wp) || wp.length === 0) fail(`${W}: expected a non-empty array of posts`);
  else {
    const ids = new Set();
    wp.forEach((post, i) => {
      const at = `${W}: [${i}]`;
      if (!Number.isInteger(post.id)) fail(`${at}: id is not an integer`);
      else if (ids.has(post.id)) fail(`${at}: duplicate id ${post.id}`);
      else ids.add(post.id);
      if (post.type !== 'post' || post.status !== 'publish') fail(`${at}: type/status should be post/publish`);
      if (!isNonEmptyString(post.title?.rendered)) fail(`${at}: missing title.rendered`);
      if (!isNonEmptyString(post.excerpt?.rendered)) fail(`${at}: missing excerpt.rendered`);
      if (!isNonEmptyString(post.content?.rendered)) fail(`${at}: missing content.rendered`);
      if (!WP_DATE.test(post.date_gmt ?? '')) fail(`${at}: date_gmt ${JSON.stringify(post.date_gmt)} is not WordPress style`);
      if (!isHttpUrl(post.link)) fail(`${at}: link is not a URL`);
      if (!Number.isInteger(post.featured_media)) fail(`${at}: featured_media is not an integer`);
      const emb = post._embedded ?? {};
      const media = emb['wp:featuredmedia'];
      if (post.featured_media !== 0) {
        withMedia++;
        const m = Array.isArray(media) ? media[0] : undefined;
        if (!m || m.id !== post.featured_media) fail(`${at}: _embedded['wp:featuredmedia'][0] missing or id mismatch`);
        else {
          if (!isHttpUrl(m.source_url)) fail(`${at}: featured media without source_url`);
          if (typeof m.alt_text !== 'string') fail(`${at}: featured media without alt_text`);
          for (const s of ['thumbnail', 'medium', 'medium_large', 'large', 'full']) {
            if (!isHttpUrl(m.media_details?.sizes?.[s]?.source_url)) fail(`${at}: featured media size ${s} missing`);
          }
        }
      } else if (media !== undefined) {
        fail(`${at}: featured_media is 0 but wp:featuredmedia is embedded`);
      }
      const terms = emb['wp:term'];
      if (!Array.isArray(terms) || !terms.every(Array.isArray)) fail(`${at}: _embedded['wp:term'] is not an array of arrays`);
      else {
        const cats = terms.flat().filter((t) => t.taxonomy === 'category').map((t) => t.slug);
        if (cats.length === 0) fail(`${at}: no embedded category terms`);
        const kind = cats.includes('in-the-news') ? 'news' : cats.includes('press-releases') ? 'press-release' : 'blog';
        wpKinds[kind]++;
      }
      if (!Array.isArray(emb.author) || !isNonEmptyString(emb.author[0]?.name)) fail(`${at}: missing embedded author`);
    });
    if (wpKinds.blog < 3 || wpKinds.news < 2 || wpKinds['press-release'] < 3) {
      fail(`${W}: expected ≥3 blog, ≥2 news, ≥3 press-release posts, found ${JSON.stringify(wpKinds)}`);
    }
    if (withMedia < 3) fail(`${W}: expected ≥3 posts with featured media, found ${withMedia}`);
    if (withMedia === wp.length) fail(`${W}: expected at least one post without featured media`);
  }
}

if (problems.length) {
  console.error(`check-sample-feed: ${problems.length} problem(s)`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(
  `check-sample-feed: OK — localprogress.json: ${feed.items.length} items ` +
    `(${counts.blog} blog, ${counts.news} news, ${counts['press-release']} press-release); ` +
    `wordpress-posts.json: ${wp.length} posts (${wpKinds.blog} blog, ${wpKinds.news} news, ` +
    `${wpKinds['press-release']} press-release, ${withMedia} with featured media)`,
);

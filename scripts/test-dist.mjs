// A test of what ships: plain HTML pages load the built files (not the sources) in Debian's
// Chromium. On each page all four tags are defined, each widget renders from the sample feed,
// and there is no page error and no console.error. A press box with `action` shows the inquiry
// form only where the page loads dist/lp-inquiry-form.js (before or after the elements' script,
// or later), and that form sends; without the file it shows the contact and warns once. Then
// the embed configurator (test/dist/configurator.mjs): its code, pasted into an empty page on
// another origin, renders the widget from this server (the "CDN") with `integrity` enforced, and
// its second script tag gives a media inquiry box its form. A page whose endpoint is a WordPress
// REST posts URL shows the posts where it loads dist/lp-wordpress.js (before or after the
// elements' script, module or classic, with one store per element file), and without it each
// feed widget's error box, with an lp-error that names the file. Last, the demo pages render pixel for
// pixel the same from the built files as from the sources (test/dist/parity.mjs).
// And the built publisher's feed, served by a static "CDN", on a partner page (test/dist/publisher.mjs).
// Run after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { INQUIRY_PATH, PAGES, WORDPRESS_PATH, WORDPRESS_SAMPLE, wordpressSampleLinks } from '../test/dist/pages.mjs';
import { testConfigurator } from '../test/dist/configurator.mjs';
import { testParity } from '../test/dist/parity.mjs';
import { testPublishedFeed } from '../test/dist/publisher.mjs';
import { inquiryAnswer } from '../test/server/fake-endpoint.mjs';
import { launchChromium } from './browser.mjs';

if (!existsSync('dist/lp-widgets.js') || !existsSync('dist/integrity.json')) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
// Pages made during the run (the configurator's pasted code), served by the "partner" server.
const pastedPages = new Map();
// What the press boxes' forms sent to INQUIRY_PATH, parsed.
const inquiries = [];
const handler = async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  if (url.pathname === INQUIRY_PATH) {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.method === 'POST') inquiries.push(JSON.parse(body));
    const answer = inquiryAnswer(req.method);
    return res.writeHead(answer.status, answer.headers).end(answer.body);
  }
  // A WordPress site's REST posts collection, as the widgets read it from another origin, at
  // /wp-json/… and at /?rest_route=… (a site without pretty permalinks) alike.
  if (url.pathname === WORDPRESS_PATH || (url.pathname === '/' && url.searchParams.get('rest_route') === '/wp/v2/posts')) {
    const body = await readFile(join(process.cwd(), WORDPRESS_SAMPLE));
    return res.writeHead(200, { 'Content-Type': 'application/json; charset=UTF-8', 'Access-Control-Allow-Origin': '*' }).end(body);
  }
  if (url.pathname.startsWith('/page/') || url.pathname.startsWith('/pasted/')) {
    const name = decodeURIComponent(url.pathname.replace(/^\/\w+\//, ''));
    const html = url.pathname.startsWith('/page/') ? PAGES[name]?.html : pastedPages.get(name);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html' }).end(html ?? '');
    return;
  }
  const file = normalize(join(process.cwd(), url.pathname));
  if (!file.startsWith(process.cwd()) || !/^\/(dist|demo\/data)\//.test(url.pathname)) return res.writeHead(404).end();
  try {
    // A CDN's headers: pages on other origins load the script with `crossorigin` and read the feed.
    res
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Access-Control-Allow-Origin': '*' })
      .end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
};
const listen = async (server) => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${server.address().port}`;
};
const server = createServer(handler);
const partnerServer = createServer(handler);
const origin = await listen(server);
const partnerOrigin = await listen(partnerServer);

const browser = await launchChromium();

const FORM_WARNING = 'needs lp-inquiry-form.js';
// The WordPress sample's first two posts of each feed kind, as the links the widgets show.
const firstTwo = async (category) => (await wordpressSampleLinks(category)).slice(0, 2);
const WORDPRESS_LINKS = { news: await firstTwo('in-the-news'), releases: await firstTwo('press-releases'), blog: await firstTwo('blog') };
/** What a reporter types into the form (the deadline is optional). */
const TYPED = { name: 'Ana Reyes', outlet: 'Riverside Public Radio', email: 'ana.reyes@example.org', deadline: '', message: 'A comment on the heat-safety ordinance?' };

/** The first press box's form, as shown: its forms, fields and the email above them. */
const inquiryState = (page) =>
  page.evaluate(async () => {
    const el = document.querySelector('lp-media-inquiry');
    await el.updateComplete;
    const root = el.shadowRoot;
    return {
      forms: root.querySelectorAll('[part="form"]').length,
      fields: root.querySelectorAll('[part="input"]').length,
      email: root.querySelector('[part="email"]')?.textContent ?? '',
    };
  });

/** Waits for the form, fills it in as a reporter would and sends it; throws unless it is sent and received. */
async function sendInquiry(page) {
  await page
    .waitForFunction(() => document.querySelector('lp-media-inquiry').shadowRoot.querySelectorAll('[part="form"] [part="input"]').length === 5, undefined, { timeout: 5_000 })
    .catch(async () => {
      throw new Error(`no form with its five fields after 5 s: ${JSON.stringify(await inquiryState(page))}`);
    });
  const state = await inquiryState(page);
  if (state.forms !== 1 || state.email !== 'press@localprogress.org') throw new Error(`the form's box: ${JSON.stringify(state)}`);
  const before = inquiries.length;
  for (const [name, value] of Object.entries(TYPED)) if (value) await page.locator(`lp-media-inquiry [name="${name}"]`).fill(value);
  await page.locator('lp-media-inquiry [part="submit"]').click();
  await page.locator('lp-media-inquiry [part="status"]').filter({ hasText: 'Thank you! Your inquiry was sent.' }).waitFor({ timeout: 5_000 });
  if (inquiries.length !== before + 1 || JSON.stringify(inquiries.at(-1)) !== JSON.stringify(TYPED)) {
    throw new Error(`the endpoint received ${JSON.stringify(inquiries.slice(before))}`);
  }
}

let passed = 0;
let failed = 0;
for (const [name, expected] of Object.entries(PAGES)) {
  const page = await browser.newPage();
  // The sample feed's photos live on other hosts, which this machine cannot reach: answer them
  // with an empty image so that the browser logs no failed load, and nothing leaves the machine.
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') }),
  );
  const problems = [];
  const warnings = [];
  const formWarnings = [];
  page.on('console', (msg) => msg.type() === 'warning' && msg.text().includes('another copy') && warnings.push(msg.text()));
  page.on('console', (msg) => msg.type() === 'warning' && msg.text().includes(FORM_WARNING) && formWarnings.push(msg.text()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console.error: ${msg.text()}`));
  // Every widget's lp-error, from the first one on.
  await page.addInitScript(() => {
    window.__lpErrors = [];
    document.addEventListener('lp-error', (e) => window.__lpErrors.push({ tag: e.target.localName, kind: e.detail.error.kind, message: e.detail.error.message }));
  });
  try {
    await page.goto(`${origin}/page/${encodeURIComponent(name)}`);
    const missing = expected.wordpress === 'missing';
    const report = await page.waitForFunction(
      (errorBoxes) => {
        const tags = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'];
        if (!tags.every((t) => customElements.get(t))) return false;
        const root = (tag) => document.querySelector(tag)?.shadowRoot;
        const links = (tag) => [...(root(tag)?.querySelectorAll('[part="item"] a[href]') ?? [])].map((a) => a.href);
        const shown = (tag) => (errorBoxes ? root(tag)?.querySelectorAll('[part="error"]').length ?? 0 : root(tag)?.querySelectorAll('[part="item"]').length ?? 0);
        const r = {
          news: shown('lp-news-feed'),
          releases: shown('lp-press-releases'),
          blog: shown('lp-blog-grid'),
          email: root('lp-media-inquiry')?.querySelector('[part="email"]')?.textContent ?? '',
          links: { news: [...new Set(links('lp-news-feed'))], releases: [...new Set(links('lp-press-releases'))], blog: [...new Set(links('lp-blog-grid'))] },
        };
        const want = errorBoxes ? 1 : 2;
        return r.news === want && r.releases === want && r.blog === want && r.email === 'press@localprogress.org' && r;
      },
      missing,
      { timeout: 15_000 },
    );
    const shown = await report.jsonValue();
    const lpErrors = await page.evaluate(() => window.__lpErrors);
    if (missing) {
      // Without the reader: each feed widget's error box (waited for above) and its lp-error.
      const named = lpErrors.filter((e) => e.kind === 'format' && e.message.includes('lp-wordpress.js')).map((e) => e.tag).sort();
      if (JSON.stringify(named) !== JSON.stringify(['lp-blog-grid', 'lp-news-feed', 'lp-press-releases']) || lpErrors.length !== 3) {
        problems.push(`without lp-wordpress.js, expected one format lp-error naming the file per feed widget, saw ${JSON.stringify(lpErrors)}`);
      }
    } else if (lpErrors.length) {
      problems.push(`lp-error: ${JSON.stringify(lpErrors)}`);
    }
    if (expected.wordpress === true && JSON.stringify(shown.links) !== JSON.stringify(WORDPRESS_LINKS)) {
      problems.push(`the WordPress posts: expected ${JSON.stringify(WORDPRESS_LINKS)}, shown ${JSON.stringify(shown.links)}`);
    }
    // A second copy of the script says so, once; a single copy says nothing.
    const copies = expected.copies ?? 1;
    if (warnings.length !== copies - 1) problems.push(`expected ${copies - 1} "another copy" warning(s), saw ${warnings.length}`);
    if (expected.form === false || expected.form === 'later') {
      // `action` without lp-inquiry-form.js: the contact, no form part, and the console says why,
      // once, when the page has loaded (page.goto waited for that; its message may still be on its way).
      for (const start = Date.now(); !formWarnings.length && Date.now() - start < 2_000; ) await page.waitForTimeout(50);
      const state = await inquiryState(page);
      if (state.forms || state.fields) problems.push(`without lp-inquiry-form.js: ${state.forms} form(s), ${state.fields} field(s)`);
      if (formWarnings.length !== 1) problems.push(`without lp-inquiry-form.js: expected one "${FORM_WARNING}" warning, saw ${formWarnings.length}`);
    }
    if (expected.form === 'later') await page.addScriptTag({ url: `${origin}/dist/lp-inquiry-form.js` });
    if (expected.form === true || expected.form === 'later') await sendInquiry(page);
    if (expected.form === true && formWarnings.length) problems.push(`with lp-inquiry-form.js, yet ${formWarnings.length} "${FORM_WARNING}" warning(s)`);
    if (expected.form === undefined) {
      const state = await inquiryState(page);
      if (state.forms || formWarnings.length) problems.push(`no action, yet ${state.forms} form(s) and ${formWarnings.length} "${FORM_WARNING}" warning(s)`);
    }
    if (problems.length) throw new Error(problems.join('; '));
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    const state = await page
      .evaluate(() => [...document.body.children].map((el) => `${el.localName}:${customElements.get(el.localName) ? 'defined' : 'undefined'}:${el.shadowRoot?.querySelectorAll('[part]').length ?? '-'}:${(el.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ').slice(0, 80)}`).join(' '))
      .catch(() => '');
    problems.push(state);
    console.log(`  ✗ ${name}: ${error.message.split('\n')[0]}${problems.length ? ` (${problems.join('; ')})` : ''}`);
  }
  await page.close();
}
try {
  const configurator = await testConfigurator({
    browser,
    cdnOrigin: origin,
    partnerOrigin,
    servePage: (name, html) => {
      pastedPages.set(name, html);
      return `${partnerOrigin}/pasted/${encodeURIComponent(name)}`;
    },
  });
  passed += configurator.passed;
  failed += configurator.failed;
} catch (error) {
  failed++;
  console.log(`  ✗ configurator: ${error.stack ?? error}`);
}
try {
  const parity = await testParity({ browser });
  passed += parity.passed;
  failed += parity.failed;
} catch (error) {
  failed++;
  console.log(`  ✗ parity: ${error.stack ?? error}`);
}
try {
  const published = await testPublishedFeed({ browser, cdnOrigin: origin });
  passed += published.passed;
  failed += published.failed;
} catch (error) {
  failed++;
  console.log(`  ✗ published feed: ${error.stack ?? error}`);
}
await browser.close();
server.close();
partnerServer.close();
console.log(`dist: ${failed ? 'FAIL' : 'PASS'}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

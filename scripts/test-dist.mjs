// A test of what ships: plain HTML pages load the built files (not the sources) in Debian's
// Chromium. On each page all four tags are defined, each widget renders from the sample feed,
// and there is no page error and no console.error. Then the embed configurator
// (test/dist/configurator.mjs): its code, pasted into an empty page on another origin, renders
// the widget from this server (the "CDN") with `integrity` enforced. Last, the demo pages render
// pixel for pixel the same from dist/lp-widgets.js as from the sources (test/dist/parity.mjs).
// And the built publisher's feed, served by a static "CDN", on a partner page (test/dist/publisher.mjs).
// Run after `npm run build`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { PAGES } from '../test/dist/pages.mjs';
import { testConfigurator } from '../test/dist/configurator.mjs';
import { testParity } from '../test/dist/parity.mjs';
import { testPublishedFeed } from '../test/dist/publisher.mjs';
import { launchChromium } from './browser.mjs';

if (!existsSync('dist/lp-widgets.js') || !existsSync('dist/integrity.json')) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  process.exit(1);
}

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
// Pages made during the run (the configurator's pasted code), served by the "partner" server.
const pastedPages = new Map();
const handler = async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  if (url.pathname.startsWith('/page/') || url.pathname.startsWith('/pasted/')) {
    const name = decodeURIComponent(url.pathname.replace(/^\/\w+\//, ''));
    const html = url.pathname.startsWith('/page/') ? PAGES[name] : pastedPages.get(name);
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

let passed = 0;
let failed = 0;
for (const name of Object.keys(PAGES)) {
  const page = await browser.newPage();
  // The sample feed's photos live on other hosts, which this machine cannot reach: answer them
  // with an empty image so that the browser logs no failed load, and nothing leaves the machine.
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: Buffer.from('R0lGODlhAQABAAAAACw=', 'base64') }),
  );
  const problems = [];
  const warnings = [];
  page.on('console', (msg) => msg.type() === 'warning' && msg.text().includes('another copy') && warnings.push(msg.text()));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console.error: ${msg.text()}`));
  try {
    await page.goto(`${origin}/page/${encodeURIComponent(name)}`);
    const report = await page.waitForFunction(
      () => {
        const tags = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'];
        if (!tags.every((t) => customElements.get(t))) return false;
        const count = (tag, sel) => document.querySelector(tag)?.shadowRoot?.querySelectorAll(sel).length ?? 0;
        const r = {
          news: count('lp-news-feed', '[part="item"]'),
          releases: count('lp-press-releases', '[part="item"]'),
          blog: count('lp-blog-grid', '[part="item"]'),
          email: document.querySelector('lp-media-inquiry')?.shadowRoot?.querySelector('[part="email"]')?.textContent ?? '',
        };
        return r.news === 2 && r.releases === 2 && r.blog === 2 && r.email === 'press@localprogress.org' && r;
      },
      undefined,
      { timeout: 15_000 },
    );
    await report.jsonValue();
    // A second copy of the script says so, once; a single copy says nothing.
    const copies = name === 'module twice' || name === 'module and classic together' ? 2 : 1;
    if (warnings.length !== copies - 1) problems.push(`expected ${copies - 1} "another copy" warning(s), saw ${warnings.length}`);
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

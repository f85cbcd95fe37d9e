// `npm run screenshots`: the README's pictures, docs/screenshots/<tag>.png, one per widget as it
// renders on the demo partner page (demo/index.html), plus chapter-dark.png, the Spanish chapter
// page in the dark theme (demo/chapter.html).
//
// It starts Vite on a free port of 127.0.0.1 (the same config as `npm start`, with a cache
// directory of its own so that it does not disturb a running `npm start`), opens the pages in
// Debian's headless Chromium (CHROMIUM_PATH to use another) through playwright-core, waits for
// every widget's lp-load and for its images, and writes PNGs at device scale 1. The sample
// feed's photos live on hosts this machine cannot reach: every request that leaves 127.0.0.1 is
// answered with a placeholder picture (an SVG in one of a few colours), and nothing else is
// fetched.
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { freePort } from './webkit-driver.mjs';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'screenshots');
const TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'];
/** Space around each widget in its picture, in CSS pixels. */
const MARGIN = 16;

const HUES = [[214, 38], [150, 30], [28, 55], [340, 35], [262, 30], [190, 40]];
function placeholder(n) {
  const [hue, sat] = HUES[n % HUES.length];
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 160 100">' +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} ${sat}% 78%)"/>` +
    `<stop offset="1" stop-color="hsl(${hue} ${sat}% 62%)"/></linearGradient></defs>` +
    '<rect width="160" height="100" fill="url(#g)"/>' +
    `<circle cx="${40 + ((n * 37) % 80)}" cy="30" r="12" fill="hsl(45 90% 85%)"/>` +
    `<path d="M0 78 Q40 ${52 + (n % 3) * 6} 80 74 T160 68 V100 H0Z" fill="hsl(${hue} ${sat}% 40%)"/>` +
    `<path d="M0 88 Q50 76 100 86 T160 84 V100 H0Z" fill="hsl(${hue} ${sat}% 30%)"/></svg>`
  );
}

const port = await freePort();
const vite = await createServer({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  cacheDir: join(tmpdir(), 'lp-widgets-screenshots-vite'),
  logLevel: 'warn',
  server: { host: '127.0.0.1', port, strictPort: true, hmr: false, open: false },
});
await vite.listen();
const origin = `http://127.0.0.1:${port}`;

const browser = await launchChromium();

/** Opens `path`, answers off-machine requests with placeholders, waits for every widget to settle. */
async function open(path, viewport) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  let picture = 0;
  const pictures = new Map();
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      const url = route.request().url();
      if (!pictures.has(url)) pictures.set(url, picture++);
      return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: placeholder(pictures.get(url)) });
    },
  );
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const settled = (window.__lpSettled = []);
    for (const type of ['lp-load', 'lp-error']) document.addEventListener(type, (e) => settled.push({ tag: e.target.localName, type }));
  });
  await page.goto(`${origin}${path}`);
  const tags = await page.evaluate((all) => all.filter((tag) => document.querySelector(tag)), TAGS);
  await page.waitForFunction((wanted) => wanted.every((tag) => window.__lpSettled.some((s) => s.tag === tag)), tags, { timeout: 30_000 });
  const errors = await page.evaluate(() => window.__lpSettled.filter((s) => s.type === 'lp-error'));
  if (errors.length) problems.push(`lp-error from ${errors.map((e) => e.tag).join(', ')}`);
  if (problems.length) throw new Error(`${path}: ${problems.join('; ')}`);
  // Every image in every widget loaded and decoded, the fonts in, two frames painted.
  await page.evaluate(async (all) => {
    const images = all.flatMap((tag) => [...document.querySelectorAll(tag)].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])]));
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => {})));
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, tags);
  return page;
}

/** The element's box plus MARGIN on each side, within the page. */
async function clipAround(page, selector) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector}: not rendered`);
  const size = await page.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  const x = Math.max(0, Math.floor(box.x - MARGIN));
  const y = Math.max(0, Math.floor(box.y - MARGIN));
  return {
    x,
    y,
    width: Math.min(size.width, Math.ceil(box.x + box.width + MARGIN)) - x,
    height: Math.min(size.height, Math.ceil(box.y + box.height + MARGIN)) - y,
  };
}

// One blog title of the sample feed has an emoji; without an emoji font it shows as a box.
try {
  if (!execFileSync('fc-list', [':charset=1f342'], { encoding: 'utf8' }).trim()) {
    console.warn('No emoji font (Debian: fonts-noto-color-emoji): the emoji in a blog title will show as a box.');
  }
} catch {
  // no fontconfig: nothing to say
}

const written = [];
try {
  mkdirSync(OUT, { recursive: true });
  // Tall enough that every widget is in view at once: the lazy ones start, nothing scrolls.
  const partner = await open('/demo/index.html', { width: 1200, height: 2600 });
  for (const tag of TAGS) {
    const file = join(OUT, `${tag}.png`);
    await partner.screenshot({ path: file, clip: await clipAround(partner, tag), animations: 'disabled' });
    written.push(file);
  }
  await partner.close();

  const chapter = await open('/demo/chapter.html', { width: 1100, height: 2000 });
  const file = join(OUT, 'chapter-dark.png');
  // The page down to the end of its content (the viewport is taller than the page).
  const bottom = await chapter.evaluate(() => Math.ceil(document.querySelector('main').getBoundingClientRect().bottom));
  await chapter.screenshot({ path: file, clip: { x: 0, y: 0, width: 1100, height: bottom }, animations: 'disabled' });
  written.push(file);
  await chapter.close();
} finally {
  await browser.close();
  await vite.close();
}
for (const file of written) console.log(`${file.slice(ROOT.length)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);

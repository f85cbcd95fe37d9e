// The built bundles look exactly like the sources: the demo pages (demo/index.html, the English
// partner page with an inquiry form, and demo/chapter.html, Spanish, dark and themed), served by
// Vite as `npm start` serves them, once as they are (src/lp-widgets.ts and, where the page has a
// form, src/components/media-inquiry/inquiry-form.define.ts, Vite's transform) and once with
// those modules answered by their built files, dist/lp-widgets.js and dist/lp-inquiry-form.js
// (Rollup, terser with member mangling, and the css``/html`` whitespace minifier of
// scripts/build/minify-literals.mjs). Every widget must have the same box and the same pixels
// (within PIXEL_TOLERANCE) in both, a box with `action` with its form. A minifier that drops a
// needed space, or breaks a CSS rule, fails here, even where nothing throws.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startVite } from './vite.mjs';

const TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'];
const PAGES = ['demo/index.html', 'demo/chapter.html'];
// The demo pages' own modules, and the built file that stands for each.
const BUILT = {
  '/src/lp-widgets.ts': 'dist/lp-widgets.js',
  '/src/components/media-inquiry/inquiry-form.define.ts': 'dist/lp-inquiry-form.js',
};

/** Every widget settled: items (or the contact, and the form where `action` asks for one) rendered, every image loaded or marked failed. */
function settled(tags) {
  const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
  if (elements.some((el) => !el.shadowRoot)) return false;
  return elements.every(
    (el) =>
      !el.shadowRoot.querySelector('.skeleton, .bone') &&
      el.shadowRoot.querySelector('[part="item"], [part="email"]') !== null &&
      (el.localName !== 'lp-media-inquiry' || !el.hasAttribute('action') || el.shadowRoot.querySelector('[part="form"]') !== null) &&
      [...el.shadowRoot.querySelectorAll('img')].every((img) => img.complete && (img.naturalWidth > 0 || img.parentElement?.classList.contains('failed'))),
  );
}

// Rasterizing the same page twice is not always exact here: about one run in eight, 47 pixels
// along the top edge of the dark blog grid's failed-image boxes come out a shade different. A
// minifier fault moves text or drops a rule: thousands of pixels.
const PIXEL_TOLERANCE = 100;

/** Counts the pixels that differ between two PNGs of the same size, decoded in a page. */
async function diffPage(browser) {
  const page = await browser.newPage();
  const count = (a, b) =>
    page.evaluate(
      async ([a64, b64]) => {
        const pixels = async (b64) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          const canvas = new OffscreenCanvas(img.width, img.height);
          const context = canvas.getContext('2d');
          context.drawImage(img, 0, 0);
          return context.getImageData(0, 0, img.width, img.height);
        };
        const [x, y] = await Promise.all([pixels(a64), pixels(b64)]);
        if (x.width !== y.width || x.height !== y.height) return Infinity;
        let n = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2]) n++;
        }
        return n;
      },
      [a.toString('base64'), b.toString('base64')],
    );
  count.close = () => page.close();
  return count;
}

async function snapshot(page, url) {
  await page.goto(url);
  for (const tag of TAGS) for (const el of await page.$$(tag)) await el.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(settled, TAGS, { timeout: 20_000 }).catch(async (error) => {
    // Which widget never settled, and what it shows: a timeout alone says nothing.
    const waiting = await page.evaluate(
      (tags) =>
        tags
          .flatMap((tag) => [...document.querySelectorAll(tag)])
          .map((el) => `<${el.localName}${el.hasAttribute('action') ? ' action' : ''}>: ${[...(el.shadowRoot?.querySelectorAll('[part]') ?? [])].map((p) => p.getAttribute('part')).filter((p, i, all) => all.indexOf(p) === i).join(' ') || 'nothing'}`)
          .join('; '),
      TAGS,
    );
    throw new Error(`${url}: not settled after 20 s (${waiting}): ${error.message.split('\n')[0]}`);
  });
  // Two frames: the failed-image class and the last layout are painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const out = [];
  for (const tag of TAGS) {
    for (const [i, el] of (await page.$$(tag)).entries()) {
      out.push({ name: `<${tag}> #${i + 1}`, box: JSON.stringify(await el.boundingBox()), png: await el.screenshot({ animations: 'disabled' }) });
    }
  }
  return out;
}

export async function testParity({ browser }) {
  let passed = 0;
  let failed = 0;
  const built = Object.fromEntries(await Promise.all(Object.entries(BUILT).map(async ([path, file]) => [path, await readFile(file)])));
  const vite = await startVite(PAGES);
  const origin = vite.origin;
  try {
    for (const path of PAGES) {
      // The modules the page loads itself: each one is answered by its built file in the second run.
      const own = [...(await readFile(path, 'utf8')).matchAll(/<script type="module" src="(\/src\/[^"]+)"/g)].map((m) => m[1]);
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The sample feed's photos live on other hosts: refused the same way in both runs.
      await context.route((url) => url.origin !== origin, (route) => route.abort());
      const sources = await context.newPage();
      const fromSources = await snapshot(sources, `${origin}/${path}`);
      await sources.close();
      const fromDist = await context.newPage();
      // Counted, and the page's own scripts listed: a route that never matched would compare the
      // sources with themselves and pass.
      const served = Object.fromEntries(own.map((source) => [source, 0]));
      for (const source of own.filter((s) => built[s])) {
        await fromDist.route(`${origin}${source}`, (route) => {
          served[source]++;
          return route.fulfill({ status: 200, contentType: 'text/javascript', body: built[source] });
        });
      }
      const sourceRequests = [];
      fromDist.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/src/')) sourceRequests.push(request.url());
      });
      const fromBuild = await snapshot(fromDist, `${origin}/${path}`);
      await fromDist.close();
      await context.close();
      const problems = [];
      if (!own.includes('/src/lp-widgets.ts')) problems.push(`${path} does not load /src/lp-widgets.ts`);
      for (const source of own) {
        if (!built[source]) problems.push(`${path} loads ${source}, which has no built file here`);
        else if (served[source] !== 1) problems.push(`${BUILT[source]} was served ${served[source]} times for ${source} (expected once)`);
      }
      const strays = sourceRequests.filter((url) => !own.includes(new URL(url).pathname));
      if (strays.length) problems.push(`the built page still loaded ${strays.length} source modules (${strays.slice(0, 3).join(', ')}, …)`);
      if (fromSources.length !== fromBuild.length || fromSources.length === 0) problems.push(`${fromSources.length} widgets from the sources, ${fromBuild.length} from the build`);
      const differences = await diffPage(browser);
      for (const [i, a] of fromSources.entries()) {
        const b = fromBuild[i];
        if (!b) continue;
        if (a.box !== b.box) {
          problems.push(`${a.name}: box ${a.box} from the sources, ${b.box} from the build`);
          continue;
        }
        const differing = await differences(a.png, b.png);
        if (differing > PIXEL_TOLERANCE) {
          problems.push(`${a.name}: same box, ${differing} pixels differ`);
          if (process.env.LP_PARITY_DUMP) for (const [k, v] of [['src', a], ['dist', b]]) writeFileSync(`${process.env.LP_PARITY_DUMP}/${i}-${k}.png`, v.png);
        }
      }
      await differences.close();
      if (problems.length) {
        failed++;
        console.log(`  ✗ parity: ${path}: ${problems.join('; ')}`);
      } else {
        passed++;
        console.log(`  ✓ parity: ${path}: ${fromSources.length} widgets from ${own.map((s) => BUILT[s]).join(' and ')}, the same boxes and pixels as from the sources`);
      }
    }
  } finally {
    await vite.close();
  }
  return { passed, failed };
}

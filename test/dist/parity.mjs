// The built bundle looks exactly like the sources: the demo pages (demo/index.html, the English
// partner page, and demo/chapter.html, Spanish, dark and themed), served by Vite as `npm start`
// serves them, once as they are (src/lp-widgets.ts, Vite's transform) and once with that module
// answered by dist/lp-widgets.js (Rollup, terser with member mangling, and the css``/html``
// whitespace minifier of scripts/build/minify-literals.mjs). Every widget must have the same box
// and the same pixels (within PIXEL_TOLERANCE) in both. A minifier that drops a needed space, or
// breaks a CSS rule, fails here, even where nothing throws.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { startVite } from './vite.mjs';

const TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'];
const PAGES = ['demo/index.html', 'demo/chapter.html'];

/** Every widget settled: items (or the contact) rendered, every image loaded or marked failed. */
function settled(tags) {
  const roots = tags.flatMap((tag) => [...document.querySelectorAll(tag)]).map((el) => el.shadowRoot);
  if (roots.some((root) => !root)) return false;
  return roots.every(
    (root) =>
      !root.querySelector('.skeleton, .bone') &&
      (root.querySelector('[part="item"], [part="email"]') !== null) &&
      [...root.querySelectorAll('img')].every((img) => img.complete && (img.naturalWidth > 0 || img.parentElement?.classList.contains('failed'))),
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
  await page.waitForFunction(settled, TAGS, { timeout: 20_000 });
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
  const bundle = await readFile('dist/lp-widgets.js');
  const vite = await startVite(PAGES);
  const origin = vite.origin;
  try {
    for (const path of PAGES) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      // The sample feed's photos live on other hosts: refused the same way in both runs.
      await context.route((url) => url.origin !== origin, (route) => route.abort());
      const sources = await context.newPage();
      const fromSources = await snapshot(sources, `${origin}/${path}`);
      await sources.close();
      const built = await context.newPage();
      // Counted, and the page's own scripts listed: a route that never matched would compare the
      // sources with themselves and pass.
      let servedBundle = 0;
      await built.route(`${origin}/src/lp-widgets.ts`, (route) => {
        servedBundle++;
        return route.fulfill({ status: 200, contentType: 'text/javascript', body: bundle });
      });
      const sourceRequests = [];
      built.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/src/')) sourceRequests.push(request.url());
      });
      const fromBuild = await snapshot(built, `${origin}/${path}`);
      await built.close();
      await context.close();
      const problems = [];
      if (servedBundle !== 1) problems.push(`dist/lp-widgets.js was served ${servedBundle} times for /src/lp-widgets.ts (expected once)`);
      const strays = sourceRequests.filter((url) => new URL(url).pathname !== '/src/lp-widgets.ts');
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
        console.log(`  ✓ parity: ${path}: ${fromSources.length} widgets from dist/lp-widgets.js, the same boxes and pixels as from the sources`);
      }
    }
  } finally {
    await vite.close();
  }
  return { passed, failed };
}

// `npm run test:a11y`: what assistive technology gets from each widget, and how it looks under
// forced colours, in Debian's Chromium through playwright-core.
//
// 1. The accessibility tree of every element in every state (loading, content, empty, error,
//    stale content under an error; the press box loading, with its contact and form, failed,
//    and with its own email over a failed feed), as Playwright's ARIA snapshot, compared with
//    docs/accessibility/<element>.<state>.aria.yml. A difference fails the run and is printed;
//    `npm run test:a11y -- --update` writes the files anew, for review in the diff.
// 2. Under `forced-colors: active` (Windows High Contrast, emulated): links, buttons, focus
//    rings, card borders, the skeleton and the image boxes keep a visible system colour; the
//    pictures go to docs/screenshots/forced-colors-<element>.png.
// 3. The configurator warns below 4.5:1 and notes below 7:1.
//
// It starts Vite (the same config as `npm start`, with its own cache directory) on a free port of
// 127.0.0.1. Feeds and photos are answered by the script itself: nothing leaves the machine.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { launchChromium } from './browser.mjs';
import { freePort } from './webkit-driver.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARIA = join(ROOT, 'docs', 'accessibility');
const SHOTS = join(ROOT, 'docs', 'screenshots');
const UPDATE = process.argv.includes('--update');
const FEEDS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid'];
const TAGS = [...FEEDS, 'lp-media-inquiry'];
const FEED_STATES = ['loading', 'content', 'empty', 'error', 'stale'];
const INQUIRY_STATES = ['loading', 'content', 'error', 'stale'];
const SAMPLE = readFileSync(join(ROOT, 'demo', 'data', 'localprogress.json'), 'utf8');
const PHOTO =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 160 100">' +
  '<rect width="160" height="100" fill="#8fa9c4"/><path d="M0 78 Q40 58 80 74 T160 68 V100 H0Z" fill="#3f5a75"/></svg>';

const failures = [];
const fail = (message) => failures.push(message);

const port = await freePort();
const vite = await createServer({
  root: ROOT,
  configFile: join(ROOT, 'vite.config.ts'),
  cacheDir: join(tmpdir(), 'lp-widgets-a11y-vite'),
  logLevel: 'warn',
  server: { host: '127.0.0.1', port, strictPort: true, hmr: false, open: false },
});
await vite.listen();
const origin = `http://127.0.0.1:${port}`;
const browser = await launchChromium();

// The test page: the widgets from source, no retries (a failure shows at once), a plain page.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Accessibility check</title>
<script type="module">
  import { configureFeeds } from '/src/data/feed-store.ts';
  import '/src/lp-widgets.ts';
  import '/src/components/media-inquiry/inquiry-form.define.ts';
  configureFeeds({ retries: 0 });
  window.__lpReady = true;
</script></head><body style="margin: 16px; background: #fff; color: #1a1a1a; font: 16px/1.5 serif"></body></html>`;

/** A page whose feeds answer by state: /__a11y/feed?state=…; stale answers once, then fails. */
async function open(options = {}) {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1, reducedMotion: 'reduce', ...options });
  const served = new Map();
  await page.route(
    (url) => url.origin !== origin,
    (route) => route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PHOTO }),
  );
  await page.route(`${origin}/__a11y/**`, (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/__a11y/page.html') return route.fulfill({ status: 200, contentType: 'text/html', body: PAGE });
    const state = url.searchParams.get('state');
    const n = (served.get(url.href) ?? 0) + 1;
    served.set(url.href, n);
    if (state === 'loading') return; // never answers
    const json = (status, body) => route.fulfill({ status, contentType: 'application/json', headers: { 'Cache-Control': 'no-store' }, body });
    if (state === 'error' || (state === 'stale' && n > 1)) return json(500, '{"error":"down"}');
    if (state === 'empty') return json(200, JSON.stringify({ ...JSON.parse(SAMPLE), items: [] }));
    return json(200, SAMPLE);
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/__a11y/page.html`);
  await page.waitForFunction(() => window.__lpReady === true);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

/** Mounts `tag` in each of its states, side by side, and waits until each shows its state. */
async function mount(page, tag, theme = 'light') {
  const states = tag === 'lp-media-inquiry' ? INQUIRY_STATES : FEED_STATES;
  await page.evaluate(
    async ({ tag, states, theme }) => {
      document.body.replaceChildren();
      const settled = (el, type) => new Promise((resolve) => el.addEventListener(type, () => resolve(el.updateComplete), { once: true }));
      const waits = [];
      for (const state of states) {
        const box = document.createElement('section');
        box.dataset.case = state;
        box.style.cssText = 'width: 700px; margin-bottom: 24px';
        const el = document.createElement(tag);
        const src = `/__a11y/feed?state=${state}&tag=${tag}&t=${theme}`;
        el.setAttribute('theme', theme);
        if (tag === 'lp-media-inquiry') {
          // Stale, for the press box: its own email stays on screen over a feed that fails.
          el.setAttribute('src', state === 'stale' ? src.replace('state=stale', 'state=error') : src);
          if (state === 'content') el.setAttribute('action', '/__a11y/inquiry');
          if (state === 'stale') el.setAttribute('email', 'press@example.org');
          if (state === 'content') waits.push(settled(el, 'lp-load'));
          if (state === 'error' || state === 'stale') waits.push(settled(el, 'lp-error'));
        } else {
          el.setAttribute('loading', 'eager');
          el.setAttribute('limit', '2');
          el.setAttribute('src', src);
          if (state === 'content') el.setAttribute('more-href', 'https://localprogress.org/news/');
          if (state === 'content' || state === 'empty') waits.push(settled(el, 'lp-load'));
          if (state === 'error') waits.push(settled(el, 'lp-error'));
          if (state === 'stale') {
            waits.push(
              settled(el, 'lp-load').then(() => {
                const failed = settled(el, 'lp-error');
                el.refresh();
                return failed;
              }),
            );
          }
        }
        box.append(el);
        document.body.append(box);
      }
      await Promise.all(waits);
      await Promise.all([...document.querySelectorAll(tag)].map((el) => el.updateComplete));
      const images = [...document.querySelectorAll(tag)].flatMap((el) => [...el.shadowRoot.querySelectorAll('img')]);
      for (const img of images) img.loading = 'eager';
      await Promise.all(images.map((img) => img.decode().catch(() => {})));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    },
    { tag, states, theme },
  );
  return states;
}

/** The smallest line diff that shows what changed: lines only in `want` (-) and only in `got` (+). */
function diff(want, got) {
  const a = want.split('\n');
  const b = got.split('\n');
  const out = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && !a.slice(i).includes(b[j])) {
      out.push(`  + ${b[j++]}`);
    } else {
      out.push(`  - ${a[i++]}`);
    }
  }
  return out.join('\n');
}

async function ariaSnapshots() {
  mkdirSync(ARIA, { recursive: true });
  const page = await open();
  let compared = 0;
  for (const tag of TAGS) {
    const states = await mount(page, tag);
    for (const state of states) {
      const tree = `${await page.locator(`[data-case="${state}"] > ${tag}`).ariaSnapshot()}\n`;
      const file = join(ARIA, `${tag}.${state}.aria.yml`);
      const header = `# <${tag}>, ${state}: its accessibility tree in Chromium (Playwright ARIA snapshot).\n# Checked by npm run test:a11y; regenerate with npm run test:a11y -- --update, then review the diff.\n`;
      if (UPDATE) {
        writeFileSync(file, header + tree);
        continue;
      }
      compared++;
      if (!existsSync(file)) {
        fail(`${file}: missing; run npm run test:a11y -- --update and review it`);
        continue;
      }
      const want = readFileSync(file, 'utf8').replace(/^#.*\n/gm, '');
      if (want !== tree) {
        fail(`<${tag}> ${state}: the accessibility tree differs from docs/accessibility/${tag}.${state}.aria.yml (- file, + rendered):\n${diff(want, tree)}\n  If the change is meant, run npm run test:a11y -- --update and review the diff.`);
      }
    }
  }
  await page.close();
  console.log(UPDATE ? `aria snapshots: written to ${ARIA}` : `aria snapshots: ${compared} compared`);
}

async function forcedColors() {
  mkdirSync(SHOTS, { recursive: true });
  const page = await open({ forcedColors: 'active' });
  await page.emulateMedia({ forcedColors: 'active' });
  if (!(await page.evaluate(() => matchMedia('(forced-colors: active)').matches))) throw new Error('forced-colors emulation did not take');
  let checked = 0;
  for (const tag of TAGS) {
    for (const theme of ['light', 'dark']) {
      await mount(page, tag, theme);
      // Focus a link (and, in the press box, the Copy button) from the keyboard: its ring must show.
      const problems = await page.evaluate(
        async ({ tag, theme }) => {
          const out = [];
          const probe = (value) => {
            const span = document.createElement('span');
            span.style.color = value;
            document.body.append(span);
            const color = getComputedStyle(span).color;
            span.remove();
            return color;
          };
          const CANVAS = probe('Canvas');
          const LINK = probe('LinkText');
          const visible = (color) => color !== CANVAS && !/rgba\(.*, 0\)$/.test(color) && color !== 'transparent';
          const at = (state, el) => `<${tag}> ${theme} ${state} ${el.getAttribute('part') ?? el.className ?? el.localName}`;
          const edge = (cs, side) => cs[`border${side}Style`] !== 'none' && parseFloat(cs[`border${side}Width`]) > 0 && visible(cs[`border${side}Color`]);
          const ring = (cs) => cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && visible(cs.outlineColor);
          for (const box of document.querySelectorAll('[data-case]')) {
            const state = box.dataset.case;
            const root = box.firstElementChild.shadowRoot;
            for (const a of root.querySelectorAll('a[href]')) {
              const color = getComputedStyle(a).color;
              if (color !== LINK) out.push(`${at(state, a)}: link colour ${color}, not LinkText (${LINK})`);
            }
            for (const button of root.querySelectorAll('button')) {
              const cs = getComputedStyle(button);
              if (!['Top', 'Right', 'Bottom', 'Left'].every((side) => edge(cs, side))) out.push(`${at(state, button)}: button without a visible border`);
              if (!visible(cs.color)) out.push(`${at(state, button)}: button text invisible`);
            }
            for (const bone of root.querySelectorAll('.skeleton .bone, .bone')) {
              if (!visible(getComputedStyle(bone).backgroundColor)) out.push(`${at(state, bone)}: skeleton bar invisible (${getComputedStyle(bone).backgroundColor})`);
            }
            const items = [...root.querySelectorAll('.item')];
            items.forEach((item, i) => {
              const cs = getComputedStyle(item);
              const sides = tag === 'lp-blog-grid' ? ['Top', 'Right', 'Bottom', 'Left'] : i ? ['Top'] : [];
              if (!sides.every((side) => edge(cs, side))) out.push(`${at(state, item)} ${i}: card border invisible`);
            });
            for (const frame of root.querySelectorAll('.frame, .grid .media, .placeholder')) {
              const cs = getComputedStyle(frame);
              const width = frame.getBoundingClientRect().width;
              if (!width || !(ring(cs) || ['Top', 'Right', 'Bottom', 'Left'].every((side) => edge(cs, side)))) out.push(`${at(state, frame)}: image box without a visible edge`);
            }
            for (const error of root.querySelectorAll('.error')) {
              const cs = getComputedStyle(error);
              if (!edge(cs, 'Top')) out.push(`${at(state, error)}: error box without a visible border`);
            }
            for (const target of [root.querySelector('a[href]'), root.querySelector('button')].filter(Boolean)) {
              target.focus();
              const focused = target.matches(':focus-visible');
              const holder = tag === 'lp-blog-grid' && target.closest('.item') ? target.closest('.item') : target;
              if (!focused) out.push(`${at(state, target)}: focus() did not give :focus-visible`);
              else if (!ring(getComputedStyle(holder))) out.push(`${at(state, target)}: focus ring invisible`);
              target.blur();
            }
          }
          return out;
        },
        { tag, theme },
      );
      checked++;
      for (const p of problems) fail(`forced colours: ${p}`);
      if (theme === 'light') {
        const file = join(SHOTS, `forced-colors-${tag}.png`);
        await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
        console.log(`forced colours: ${file}`);
      }
    }
  }
  await page.close();
  console.log(`forced colours: ${checked} element × theme pages checked`);
}

async function configuratorNotes() {
  const page = await browser.newPage();
  await page.route((url) => url.origin !== origin, (route) => route.abort());
  await page.goto(`${origin}/demo/configurator.html`);
  const accent = page.getByLabel('Accent colour', { exact: true });
  const note = page.locator('#accent-contrast');
  // #2b6cb0 is 5.4:1 on white: AA, not AAA. #7a8a9a is 3.4:1: under AA. #0b5394 is 7.8:1.
  for (const [value, want] of [['#2b6cb0', /enough for WCAG AA \(4\.5:1\), not for AAA \(7:1\)/], ['#7a8a9a', /WCAG AA asks for at least 4\.5:1/], ['#0b5394', null]]) {
    await accent.fill(value);
    await page.waitForTimeout(50);
    const shown = await note.isVisible();
    const text = shown ? await note.textContent() : '';
    if (want ? !want.test(text) : shown) fail(`configurator, accent ${value}: ${shown ? `"${text}"` : 'no note'}`);
  }
  await page.close();
  console.log('configurator: contrast notes checked');
}

try {
  await ariaSnapshots();
  await forcedColors();
  await configuratorNotes();
} finally {
  await browser.close();
  await vite.close();
}
if (failures.length) {
  console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('test:a11y: all good');

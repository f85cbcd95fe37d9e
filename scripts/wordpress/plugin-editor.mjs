// The block editor's live preview of the media inquiry block, on the running test site, after
// plugin-publish.mjs:
//
//   node plugin-editor.mjs BASE_URL STATE_JSON
//
// The Author opens each page of test/wordpress/inquiry-pages.json in the block editor. Every
// media inquiry block there previews as the real element: with a form address it shows the
// inquiry form (the editor loads lp-inquiry-form.js, once, from the plugin), without one it
// shows none. The editor loads the WordPress reader (lp-wordpress.js) once too, for blocks that
// read a WordPress REST URL. Shortcodes have no preview and are not looked at. Exits 1, naming
// each failed check.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../browser.mjs';

const [base, stateFile] = process.argv.slice(2);
if (!base || !stateFile) {
  console.error('usage: node plugin-editor.mjs BASE_URL STATE_JSON');
  process.exit(2);
}
const state = JSON.parse(readFileSync(stateFile, 'utf8'));
const { pages } = JSON.parse(readFileSync(new URL('../../test/wordpress/inquiry-pages.json', import.meta.url), 'utf8'));
const FORM_FILE = '/wp-content/plugins/local-progress-widgets/build/lp-inquiry-form.js';
const READER_FILE = '/wp-content/plugins/local-progress-widgets/build/lp-wordpress.js';
const failures = [];
let passed = 0;
const check = (ok, what, detail = '') => (ok ? passed++ : failures.push(detail ? `${what}\n      ${detail}` : what));

const browser = await launchChromium();
try {
  const editor = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  editor.on('pageerror', (error) => errors.push(String(error)));
  await editor.goto(new URL('/wp-login.php', base).href);
  await editor.fill('#user_login', state.author.login);
  await editor.fill('#user_pass', state.author.password);
  await Promise.all([editor.waitForNavigation(), editor.click('#wp-submit')]);

  for (const page of pages) {
    const blocks = page.boxes.filter((box) => box.as === 'block');
    if (!blocks.length) continue;
    const [article] = await (await fetch(new URL(`/wp-json/wp/v2/articles?slug=${page.slug}&_fields=id`, base))).json();
    await editor.goto(new URL(`/wp-admin/post.php?post=${article.id}&action=edit`, base).href);
    // The previews: every media inquiry block's element, upgraded and rendered.
    const shown = await editor
      .waitForFunction(
        (count) => {
          const boxes = [...document.querySelectorAll('[data-type="local-progress/media-inquiry"] lp-media-inquiry')];
          return document.readyState === 'complete' && boxes.length === count && boxes.every((el) => el.shadowRoot) ? boxes.length : false;
        },
        blocks.length,
        { timeout: 30000 },
      )
      .then(
        () => true,
        () => false,
      );
    check(shown, `${page.slug}: the editor previews its ${blocks.length} media inquiry block(s) as the element`);
    if (!shown) continue;
    const previews = await editor.evaluate(async () => {
      const boxes = [...document.querySelectorAll('[data-type="local-progress/media-inquiry"] lp-media-inquiry')];
      await Promise.all(boxes.map((el) => el.updateComplete));
      return {
        boxes: boxes.map((el) => ({ action: el.getAttribute('action'), form: !!el.shadowRoot.querySelector('[part="form"]') })),
        formScripts: [...document.scripts].filter((s) => s.src.includes('lp-inquiry-form')).map((s) => new URL(s.src).pathname),
        readerScripts: [...document.scripts].filter((s) => s.src.includes('lp-wordpress')).map((s) => new URL(s.src).pathname),
      };
    });
    check(JSON.stringify(previews.formScripts) === JSON.stringify([FORM_FILE]), `${page.slug}: the editor loads lp-inquiry-form.js once, from the plugin`, JSON.stringify(previews.formScripts));
    check(JSON.stringify(previews.readerScripts) === JSON.stringify([READER_FILE]), `${page.slug}: the editor loads lp-wordpress.js once, from the plugin`, JSON.stringify(previews.readerScripts));
    blocks.forEach((box, i) => {
      const preview = previews.boxes[i];
      check(preview.form === box.form, `${page.slug}, block ${i + 1}: the preview ${box.form ? 'shows' : 'has no'} inquiry form`, JSON.stringify(preview));
    });
  }
  check(errors.length === 0, 'no uncaught error in the editor', errors.join('\n      '));
} finally {
  await browser.close();
}

console.error(`[plugin] editor preview checks: ${passed} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(`[plugin] FAILED:\n  - ${failures.join('\n  - ')}`);
  process.exit(1);
}

// The embed configurator (demo/configurator.html), end to end: the
// configurator's code, pasted into an empty HTML page, renders the widget (the README's
// "The configurator" paragraph).
//
// Vite serves the configurator as `npm start` does. The test operates it like a person (labels,
// clicks, typing), points the script URL at the built dist/lp-widgets.js on another origin (the
// "CDN"), reads the code from the page and from the clipboard after Copy, writes it verbatim into
// an otherwise empty page on a third origin (the "partner"), and checks that the widget renders
// with the chosen options. A copy of that page with one character of the hash changed must
// not define the element: the browser enforced `integrity`. A media inquiry box with a form
// address gets a second script tag, for dist/lp-inquiry-form.js with the hash that
// dist/integrity.json gives it, and its pasted code shows the form; with that hash changed, the
// box shows its contact and no form. A feed URL that is a WordPress REST address gets a script
// tag for dist/lp-wordpress.js, with its hash, and the pasted code shows the posts; with that
// hash changed, the widget shows its error box. axe checks the configurator.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { WORDPRESS_PATH, wordpressSampleLinks } from './pages.mjs';
import { startVite } from './vite.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

/** An otherwise empty HTML page around the pasted code. */
export const pastedPage = (code) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Pasted embed code</title></head>
<body>
${code}
</body>
</html>
`;

/** A script tag as the code must write it: a module (low priority), or a deferred classic script; with its integrity. */
const moduleTag = (src, integrity) => `<script type="module" src="${src}" fetchpriority="low" integrity="${integrity}" crossorigin="anonymous"></script>`;
const classicTag = (src, integrity) => `<script defer src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>`;

/** The same code with one character of an integrity hash changed: the first tag's, or that of the tag loading `file`. */
export function tamperedIntegrity(code, file) {
  const tag = file ? `${file.replaceAll('.', '\\.')}"[^>]*?` : '';
  return code.replace(new RegExp(`(${tag}integrity="sha384-[A-Za-z0-9+/]{10})(.)`), (_, head, ch) => `${head}${ch === 'A' ? 'B' : 'A'}`);
}

/**
 * Runs every configurator check; returns `{ passed, failed }`.
 * @param {{ browser: import('playwright-core').Browser, cdnOrigin: string, partnerOrigin: string,
 *   servePage: (name: string, html: string) => string }} env
 */
export async function testConfigurator({ browser, cdnOrigin, partnerOrigin, servePage }) {
  const results = { passed: 0, failed: 0 };
  const check = async (name, run) => {
    try {
      await run();
      results.passed++;
      console.log(`  ✓ configurator: ${name}`);
    } catch (error) {
      results.failed++;
      console.log(`  ✗ configurator: ${name}: ${error.message}`);
    }
  };
  const expectEqual = (actual, expected, what) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  };

  const sri = async (file) => `sha384-${createHash('sha384').update(await readFile(file)).digest('base64')}`;
  const expectedHash = await sri('dist/lp-widgets.js');
  // The opt-in files' hashes as the build published them; first, that each is the built file's.
  const published = JSON.parse(await readFile('dist/integrity.json', 'utf8')).files ?? {};
  const publishedHash = async (file) => {
    if (published[file] !== (await sri(`dist/${file}`))) {
      throw new Error(`dist/integrity.json gives ${file} ${published[file]}, not the hash of dist/${file}: run \`npm run build\``);
    }
    return published[file];
  };
  const formHash = await publishedHash('lp-inquiry-form.js');
  const wordpressHash = await publishedHash('lp-wordpress.js');
  const vite = await startVite(['demo/configurator.html']);
  const viteOrigin = vite.origin;
  const local = new Set([viteOrigin, cdnOrigin, partnerOrigin]);
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: viteOrigin });
  // The sample feed's photos live on other hosts: answered with an empty image, nothing leaves.
  await context.route(
    (url) => !local.has(url.origin),
    (route) => route.fulfill({ status: 200, contentType: 'image/gif', body: GIF }),
  );
  const watch = (page) => {
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(`console.error: ${msg.text()}`));
    return problems;
  };
  // A timeout says little by itself: add what the page logged (a blocked script, say).
  const withProblems = (problems) => (error) => {
    throw new Error([error.message.split('\n')[0], ...problems].join('; '));
  };
  const axe = async (page, state) => {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(
      async (tags) => (await globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      AXE_TAGS,
    );
    if (violations.length) throw new Error(`axe, ${state}: ${violations.join('; ')}`);
  };

  const page = await context.newPage();
  const configuratorProblems = watch(page);
  const heading = 'Comunicados "de prensa" <b>& más</b>';
  const font = '"Evil</style><script>window.pwned=1</script>", serif';
  let code = '';

  try {
    await check('opens with the integrity of the built file, and a live preview', async () => {
      await page.goto(`${viteOrigin}/demo/configurator.html`);
      await page.waitForSelector('html[data-configurator]', { timeout: 20_000 });
      expectEqual(await page.getAttribute('html', 'data-configurator'), 'ready', 'dist/integrity.json read');
      await page.waitForFunction(() => document.querySelector('#preview lp-news-feed')?.shadowRoot?.querySelectorAll('[part="item"]').length === 4, null, { timeout: 15_000 });
      const initial = await page.inputValue('#snippet');
      const version = JSON.parse(await readFile('package.json', 'utf8')).version;
      expectEqual(
        initial,
        [
          moduleTag(`https://cdn.jsdelivr.net/npm/@localprogress/widgets@${version}/dist/lp-widgets.js`, expectedHash),
          '<style>',
          '  /* Keeps the page still while the script loads. */',
          // Five news items (the default): 1rem + 5 × 12.8rem; on a phone 1rem + 5 × 27.6rem (the README's heights).
          '  lp-news-feed:not(:defined) { display: block; min-height: 65rem; }',
          '  @media (max-width: 40rem) { lp-news-feed:not(:defined) { min-height: 139rem; } }',
          '</style>',
          '<lp-news-feed></lp-news-feed>',
        ].join('\n'),
        'the default code',
      );
      await axe(page, 'as opened');
    });

    await check('is operated by label, and shows errors and warnings accessibly', async () => {
      await page.getByLabel('Press releases', { exact: true }).check();
      await page.getByLabel('How many items', { exact: true }).fill('500');
      await page.getByText('Use a whole number from 1 to 100.').waitFor();
      expectEqual(await page.getAttribute('#limit', 'aria-invalid'), 'true', 'aria-invalid on a bad limit');
      await axe(page, 'with a field error');
      await page.getByLabel('How many items', { exact: true }).fill('3');
      await page.getByLabel('Heading text', { exact: true }).fill(heading);
      await page.getByLabel('Heading level', { exact: true }).selectOption('3');
      await page.getByLabel('Dark', { exact: true }).check();
      await page.getByLabel('Language', { exact: true }).selectOption('es');
      // A dark accent on the dark theme: the configurator warns about contrast.
      await page.getByLabel('Accent colour', { exact: true }).fill('#7a1f5c');
      // (axe would rightly fail the preview now: its links are that colour.)
      await page.getByText(/WCAG AA asks for at least 4\.5:1/).waitFor();
      await page.getByLabel('Accent colour', { exact: true }).fill('#ffb86b');
      await page.locator('#accent-contrast').waitFor({ state: 'hidden' });
      await page.getByLabel('Font', { exact: true }).fill(font);
      await page.getByLabel('Feed URL', { exact: true }).fill(`${cdnOrigin}/demo/data/localprogress.json`);
      await page.keyboard.press('Tab');
      await page.getByText('Advanced: where the script comes from').click();
      await page.getByLabel('Script URL', { exact: true }).fill(`${cdnOrigin}/dist/lp-widgets.js`);
      await page.keyboard.press('Tab');
      expectEqual(await page.locator('#limit').getAttribute('aria-invalid'), null, 'aria-invalid cleared');
      // The preview is the real element with these options.
      const shown = await page.waitForFunction(
        (h) => {
          const el = document.querySelector('#preview lp-press-releases');
          const items = el?.shadowRoot?.querySelectorAll('[part="item"]').length;
          return items === 3 && el.shadowRoot.querySelector('[part="heading"]')?.textContent === h && el.getAttribute('theme') === 'dark' && el.lang === 'es' && el.style.getPropertyValue('--lp-color-accent');
        },
        heading,
        { timeout: 15_000 },
      );
      expectEqual(await shown.jsonValue(), '#ffb86b', 'the preview\'s accent');
      await axe(page, 'after choosing the options (dark preview)');
    });

    await check('gives the code with only the chosen attributes, escaped', async () => {
      code = await page.inputValue('#snippet');
      const expected = [
        moduleTag(`${cdnOrigin}/dist/lp-widgets.js`, expectedHash),
        '<style>',
        '  /* Keeps the page still while the script loads. */',
        // Three press releases: 1.3rem + 3 × 7.3rem; on a phone 1.3rem + 3 × 9.3rem.
        '  lp-press-releases:not(:defined) { display: block; min-height: 23.2rem; }',
        '  @media (max-width: 40rem) { lp-press-releases:not(:defined) { min-height: 29.2rem; } }',
        '  lp-press-releases {',
        '    --lp-color-accent: #ffb86b;',
        '    --lp-font-family: "Evil\\3c /style>\\3c script>window.pwned=1\\3c /script>", serif;',
        '  }',
        '</style>',
        '<lp-press-releases',
        `  src="${cdnOrigin}/demo/data/localprogress.json"`,
        '  limit="3"',
        '  heading="Comunicados &quot;de prensa&quot; &lt;b&gt;&amp; más&lt;/b&gt;"',
        '  heading-level="3"',
        '  theme="dark"',
        '  lang="es"></lp-press-releases>',
      ].join('\n');
      expectEqual(code, expected, 'the code');
    });

    await check('Copy puts the code on the clipboard and says so; without a clipboard it selects the code', async () => {
      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied the embed code to the clipboard.' }).waitFor();
      expectEqual(await page.evaluate(() => navigator.clipboard.readText()), code, 'the clipboard');
      await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.getByRole('button', { name: 'Copy code' }).click();
      await page.getByRole('status').filter({ hasText: 'The code is selected' }).waitFor();
      const selection = await page.evaluate(() => {
        const t = document.activeElement;
        return t?.id === 'snippet' && t.selectionStart === 0 && t.selectionEnd === t.value.length;
      });
      expectEqual(selection, true, 'the whole code selected in the focused text area');
      if (configuratorProblems.length) throw new Error(configuratorProblems.join('; '));
    });
  } finally {
    await page.close();
  }

  await check('the reserve rule in its code is as tall as the skeleton that takes its place (a 700 px column)', async () => {
    const reserved = Number(/lp-press-releases:not\(:defined\) \{ display: block; min-height: ([\d.]+)rem; \}/.exec(code)?.[1]);
    if (!reserved) throw new Error('no reserve rule in the code');
    const page = await context.newPage();
    try {
      // The feed never answers: the widget stays on its skeleton, which is what replaces the reserved box.
      await page.route('**/never-answers.json', () => {});
      await page.goto(
        servePage(
          'reserve rule',
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reserve</title></head><body style="margin: 0; font: 16px/1.5 sans-serif"><div style="width: 700px"><lp-press-releases limit="3" loading="eager" src="${cdnOrigin}/never-answers.json"></lp-press-releases></div><script type="module" src="${cdnOrigin}/dist/lp-widgets.js"></script></body></html>`,
        ),
      );
      await page.waitForFunction(() => document.querySelector('lp-press-releases')?.shadowRoot?.querySelectorAll('.skeleton').length === 3);
      const skeleton = await page.evaluate(() => document.querySelector('lp-press-releases').getBoundingClientRect().height / 16);
      if (Math.abs(skeleton - reserved) > 0.5) throw new Error(`reserved ${reserved}rem, the skeleton is ${skeleton.toFixed(1)}rem tall`);
    } finally {
      await page.close();
    }
  });

  await check('its code, pasted into an empty page, renders the widget with those options', async () => {
    if (!code) throw new Error('no code was read from the configurator');
    const pasted = await context.newPage();
    const problems = watch(pasted);
    try {
      await pasted.goto(servePage('configurator code', pastedPage(code)));
      if (!pasted.url().startsWith(partnerOrigin)) throw new Error(`served from ${pasted.url()}`);
      const handle = await pasted.waitForFunction(
        () => {
          const el = document.querySelector('lp-press-releases');
          const root = el?.shadowRoot;
          const items = root?.querySelectorAll('[part="item"]').length ?? 0;
          if (!customElements.get('lp-press-releases') || items === 0) return false;
          const headingEl = root.querySelector('[part="heading"]');
          return {
            items,
            heading: headingEl?.textContent,
            headingTag: headingEl?.localName,
            titleTag: root.querySelector('[part="title"]')?.localName,
            theme: el.getAttribute('theme'),
            background: getComputedStyle(el).backgroundColor,
            date: root.querySelector('[part="date"]')?.textContent?.trim(),
            linkColor: getComputedStyle(root.querySelector('[part="link"]')).color,
            font: getComputedStyle(el).fontFamily,
            bodyChildren: [...document.body.children].map((c) => c.localName),
            pwned: 'pwned' in window,
          };
        },
        null,
        { timeout: 15_000 },
      ).catch(withProblems(problems));
      expectEqual(await handle.jsonValue(), {
        items: 3,
        heading: 'Comunicados "de prensa" <b>& más</b>',
        headingTag: 'h3',
        titleTag: 'h4',
        theme: 'dark',
        background: 'rgb(21, 25, 30)',
        date: '2 de septiembre de 2024',
        linkColor: 'rgb(255, 184, 107)',
        font: '"Evil</style><script>window.pwned=1</script>", serif',
        bodyChildren: ['script', 'style', 'lp-press-releases'],
        pwned: false,
      }, 'the pasted widget');
      if (problems.length) throw new Error(problems.join('; '));
    } finally {
      await pasted.close();
    }
  });

  await check('the browser enforces its integrity: one changed character, and the element is never defined', async () => {
    const tampered = tamperedIntegrity(code);
    if (tampered === code) throw new Error('no integrity attribute to change');
    const pasted = await context.newPage();
    const problems = watch(pasted);
    try {
      await pasted.goto(servePage('configurator code, tampered hash', pastedPage(tampered)), { waitUntil: 'load' });
      const state = await pasted.evaluate(() => ({
        defined: !!customElements.get('lp-press-releases'),
        upgraded: !!document.querySelector('lp-press-releases')?.shadowRoot,
      }));
      expectEqual(state, { defined: false, upgraded: false }, 'the element with a wrong hash');
      const blocked = problems.filter((p) => /integrity/i.test(p));
      if (blocked.length !== 1 || problems.length !== 1) throw new Error(`expected one integrity error, saw: ${problems.join('; ') || 'none'}`);
    } finally {
      await pasted.close();
    }
  });

  /** Opens the configurator on the media inquiry box with these options, the script from the "CDN". */
  const inquiryOptions = async (page2, { action = '', script = 'lp-widgets.js' } = {}) => {
    await page2.goto(`${viteOrigin}/demo/configurator.html`);
    await page2.waitForSelector('html[data-configurator="ready"]');
    await page2.getByLabel('Media inquiry box').check();
    await page2.getByLabel('Press email', { exact: true }).fill('press@example.org');
    await page2.getByLabel('Press phone', { exact: true }).fill('+1 202 555 0143');
    await page2.getByLabel('Text under the heading', { exact: true }).fill('Write to us <today> & "now".');
    await page2.getByLabel('Heading level', { exact: true }).selectOption('4');
    await page2.getByLabel('Language', { exact: true }).selectOption('es');
    if (action) {
      await page2.getByLabel('Inquiry form address', { exact: true }).fill(action);
      await page2.keyboard.press('Tab');
    }
    await page2.getByText('Advanced: where the script comes from').click();
    await page2.getByLabel('Script URL', { exact: true }).fill(`${cdnOrigin}/dist/${script}`);
    await page2.keyboard.press('Tab');
    return page2.inputValue('#snippet');
  };
  /** The pasted press box once its email shows: what it shows of the contact and of the form. */
  const pastedInquiry = (page2, problems) =>
    page2
      .waitForFunction(
        () => {
          const root = document.querySelector('lp-media-inquiry')?.shadowRoot;
          const email = root?.querySelector('[part="email"]')?.textContent;
          if (!email) return false;
          return {
            email,
            phone: root.querySelector('[part="phone"]')?.textContent,
            heading: `${root.querySelector('[part="heading"]')?.localName}: ${root.querySelector('[part="heading"]')?.textContent?.trim()}`,
            text: document.querySelector('lp-media-inquiry').textContent,
            form: root.querySelector('[part="form"]')
              ? `${root.querySelectorAll('[part="form"] [part="input"]').length} fields under “${root.querySelector('[part="form"] #form-heading')?.textContent?.trim()}”`
              : 'none',
          };
        },
        null,
        { timeout: 15_000 },
      )
      .catch(withProblems(problems))
      .then((handle) => handle.jsonValue());
  const contact = {
    email: 'press@example.org',
    phone: '+1 202 555 0143',
    heading: 'h4: ¿Tiene una consulta de prensa?',
    text: 'Write to us <today> & "now".',
  };
  const action = 'https://partner.example/press/inquiry';

  await check('the media inquiry box: its code, one script tag without a form address, pasted, renders the contact', async () => {
    const page2 = await context.newPage();
    const problems = watch(page2);
    try {
      const inquiryCode = await inquiryOptions(page2);
      const expectedElement =
        '<lp-media-inquiry email="press@example.org" phone="+1 202 555 0143" heading-level="4" lang="es">Write to us &lt;today&gt; &amp; "now".</lp-media-inquiry>';
      expectEqual(inquiryCode, `${moduleTag(`${cdnOrigin}/dist/lp-widgets.js`, expectedHash)}\n${expectedElement}`, 'the code');
      await axe(page2, 'media inquiry options');
      if (problems.length) throw new Error(problems.join('; '));
      await page2.goto(servePage('configurator code, media inquiry', pastedPage(inquiryCode)));
      expectEqual(await pastedInquiry(page2, problems), { ...contact, form: 'none' }, 'the pasted media inquiry box');
      if (problems.length) throw new Error(problems.join('; '));
    } finally {
      await page2.close();
    }
  });

  let formCode = '';
  await check('with a form address: a second script tag, for lp-inquiry-form.js with its hash from dist/integrity.json', async () => {
    const page2 = await context.newPage();
    const problems = watch(page2);
    try {
      formCode = await inquiryOptions(page2, { action });
      const lines = formCode.split('\n');
      expectEqual(
        lines.slice(0, 3),
        [
          moduleTag(`${cdnOrigin}/dist/lp-widgets.js`, expectedHash),
          '<!-- The inquiry form (action="…") comes in a file of its own: -->',
          moduleTag(`${cdnOrigin}/dist/lp-inquiry-form.js`, formHash),
        ],
        'the script tags',
      );
      if (!lines.slice(3).join('\n').startsWith('<lp-media-inquiry') || !formCode.includes(`\n  action="${action}"\n`)) throw new Error(`the element:\n${formCode}`);
      const note = await page2.textContent('#integrity-note');
      if (!note.includes('lp-inquiry-form.js')) throw new Error(`the integrity note does not name the form's file: ${note}`);
      await axe(page2, 'media inquiry with a form address');
      // The same options with the classic script: the form's tag is a classic one too.
      await page2.getByLabel('Script URL', { exact: true }).fill(`${cdnOrigin}/dist/lp-widgets.classic.js`);
      await page2.keyboard.press('Tab');
      const classic = (await page2.inputValue('#snippet')).split('\n');
      expectEqual(classic[2], classicTag(`${cdnOrigin}/dist/lp-inquiry-form.js`, formHash), 'the form\'s tag after the classic script');
      // The form address taken out again: no second tag.
      await page2.getByLabel('Inquiry form address', { exact: true }).fill('');
      await page2.keyboard.press('Tab');
      const without = await page2.inputValue('#snippet');
      if (without.includes('lp-inquiry-form') || without.split('<script').length !== 2) throw new Error(`the code without a form address:\n${without}`);
      if (problems.length) throw new Error(problems.join('; '));
    } finally {
      await page2.close();
    }
  });

  await check('with a form address, its code, pasted, shows the contact and the form', async () => {
    if (!formCode) throw new Error('no code was read from the configurator');
    const pasted = await context.newPage();
    const problems = watch(pasted);
    try {
      await pasted.goto(servePage('configurator code, media inquiry with a form', pastedPage(formCode)));
      // The form's file may run after the box's first render: wait for the form, then compare.
      await pasted.waitForFunction(() => document.querySelector('lp-media-inquiry')?.shadowRoot?.querySelector('[part="form"]'), null, { timeout: 5_000 }).catch(() => {});
      expectEqual(await pastedInquiry(pasted, problems), { ...contact, form: '5 fields under “Envíe una consulta”' }, 'the pasted media inquiry box');
      if (problems.length) throw new Error(problems.join('; '));
    } finally {
      await pasted.close();
    }
  });

  await check('with the form file\'s hash changed by one character: the contact, no form', async () => {
    const tampered = tamperedIntegrity(formCode, 'lp-inquiry-form.js');
    if (!formCode || tampered === formCode) throw new Error('no integrity attribute on the form\'s tag to change');
    const pasted = await context.newPage();
    const problems = watch(pasted);
    try {
      await pasted.goto(servePage('configurator code, media inquiry, tampered form hash', pastedPage(tampered)), { waitUntil: 'load' });
      const shown = await pastedInquiry(pasted, problems);
      expectEqual(shown, { ...contact, form: 'none' }, 'the pasted media inquiry box');
      const blocked = problems.filter((p) => /integrity/i.test(p));
      if (blocked.length !== 1 || problems.length !== 1) throw new Error(`expected one integrity error, saw: ${problems.join('; ') || 'none'}`);
    } finally {
      await pasted.close();
    }
  });

  // The WordPress sample at a REST URL on the "CDN" (the dist test's server answers it).
  const wordpressFeed = `${cdnOrigin}${WORDPRESS_PATH}?_embed&per_page=100`;
  const wordpressNews = await wordpressSampleLinks('in-the-news');
  /** The news widget of `page2` once it shows items or its error box: the links it shows, or `error`. */
  const wordpressShown = (page2, selector, problems) =>
    page2
      .waitForFunction(
        (sel) => {
          const root = document.querySelector(sel)?.shadowRoot;
          if (root?.querySelector('[part="error"]')) return 'error';
          const links = [...(root?.querySelectorAll('[part="item"] a[href]') ?? [])].map((a) => a.href);
          return links.length > 0 && [...new Set(links)];
        },
        selector,
        { timeout: 15_000 },
      )
      .catch(withProblems(problems))
      .then((handle) => handle.jsonValue());

  let wordpressCode = '';
  await check('with a WordPress REST feed URL: a script tag for lp-wordpress.js with its hash, and the preview shows the posts', async () => {
    const page2 = await context.newPage();
    const problems = watch(page2);
    try {
      await page2.goto(`${viteOrigin}/demo/configurator.html`);
      await page2.waitForSelector('html[data-configurator="ready"]');
      await page2.getByText('Advanced: where the script comes from').click();
      await page2.getByLabel('Script URL', { exact: true }).fill(`${cdnOrigin}/dist/lp-widgets.js`);
      await page2.keyboard.press('Tab');
      const before = await page2.inputValue('#snippet');
      if (before.includes('lp-wordpress')) throw new Error(`the code without a WordPress URL:\n${before}`);
      await page2.getByLabel('Feed URL', { exact: true }).fill(wordpressFeed);
      await page2.keyboard.press('Tab');
      wordpressCode = await page2.inputValue('#snippet');
      const lines = wordpressCode.split('\n');
      expectEqual(
        lines.slice(0, 3),
        [
          moduleTag(`${cdnOrigin}/dist/lp-widgets.js`, expectedHash),
          '<!-- A WordPress REST feed (src="…") is read by a file of its own: -->',
          moduleTag(`${cdnOrigin}/dist/lp-wordpress.js`, wordpressHash),
        ],
        'the script tags',
      );
      if (!wordpressCode.includes(`<lp-news-feed src="${wordpressFeed.replace(/&/g, '&amp;')}">`)) throw new Error(`the element:\n${wordpressCode}`);
      const note = await page2.textContent('#integrity-note');
      if (!note.includes('lp-wordpress.js')) throw new Error(`the integrity note does not name the reader's file: ${note}`);
      expectEqual(await wordpressShown(page2, '#preview lp-news-feed', problems), wordpressNews.slice(0, 5), 'the preview');
      await axe(page2, 'a WordPress feed URL');
      // The classic script: the reader's tag is a classic one too.
      await page2.getByLabel('Script URL', { exact: true }).fill(`${cdnOrigin}/dist/lp-widgets.classic.js`);
      await page2.keyboard.press('Tab');
      const classic = (await page2.inputValue('#snippet')).split('\n');
      expectEqual(classic[2], classicTag(`${cdnOrigin}/dist/lp-wordpress.js`, wordpressHash), 'the reader\'s tag after the classic script');
      // A ?rest_route= address is a WordPress REST URL too; a JSON Feed's is not.
      await page2.getByLabel('Feed URL', { exact: true }).fill(`${cdnOrigin}/?rest_route=/wp/v2/posts&_embed`);
      await page2.keyboard.press('Tab');
      if (!(await page2.inputValue('#snippet')).includes('lp-wordpress.js')) throw new Error('no reader tag for a ?rest_route= address');
      await page2.getByLabel('Feed URL', { exact: true }).fill(`${cdnOrigin}/demo/data/localprogress.json`);
      await page2.keyboard.press('Tab');
      const without = await page2.inputValue('#snippet');
      if (without.includes('lp-wordpress') || without.split('<script').length !== 2) throw new Error(`the code with a JSON Feed URL:\n${without}`);
      if (problems.length) throw new Error(problems.join('; '));
    } finally {
      await page2.close();
    }
  });

  await check('with a WordPress REST feed URL, its code, pasted, shows the posts; with the reader\'s hash changed, the error box', async () => {
    if (!wordpressCode) throw new Error('no code was read from the configurator');
    const pasted = await context.newPage();
    const problems = watch(pasted);
    try {
      await pasted.goto(servePage('configurator code, WordPress feed', pastedPage(wordpressCode)));
      expectEqual(await wordpressShown(pasted, 'lp-news-feed', problems), wordpressNews.slice(0, 5), 'the pasted widget');
      if (problems.length) throw new Error(problems.join('; '));
      // Another URL of the same posts: the first page saved its answer for this origin, and a
      // saved answer shows without the reader.
      const tampered = tamperedIntegrity(wordpressCode, 'lp-wordpress.js').replace('per_page=100', 'per_page=99');
      if (tampered.includes(wordpressHash) || !tampered.includes('per_page=99')) throw new Error('no integrity attribute on the reader\'s tag to change');
      problems.length = 0;
      await pasted.goto(servePage('configurator code, WordPress feed, tampered reader hash', pastedPage(tampered)), { waitUntil: 'load' });
      expectEqual(await wordpressShown(pasted, 'lp-news-feed', problems), 'error', 'the pasted widget without its reader');
      const blocked = problems.filter((p) => /integrity/i.test(p));
      if (blocked.length !== 1 || problems.length !== 1) throw new Error(`expected one integrity error, saw: ${problems.join('; ') || 'none'}`);
    } finally {
      await pasted.close();
    }
  });

  await context.close();
  await vite.close();
  return results;
}

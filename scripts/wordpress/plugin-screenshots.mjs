// Pictures of the plugin on the running test site, for the README and reviews:
//
//   LP_WORDPRESS_SCREENSHOTS=1 npm run test:wordpress      (run.sh calls this after publishing)
//   node plugin-screenshots.mjs BASE_URL STATE_JSON
//
// docs/screenshots/wordpress-editor.png       the block in the editor: live preview and sidebar
// docs/screenshots/wordpress-front-end.png    the Author's page after the widgets upgraded
// docs/screenshots/wordpress-no-javascript.png  the same page without JavaScript: the server's list
import { readFileSync } from 'node:fs';
import { launchChromium } from '../browser.mjs';

const [base, stateFile] = process.argv.slice(2);
const state = JSON.parse(readFileSync(stateFile, 'utf8'));
const out = (name) => new URL(`../../docs/screenshots/wordpress-${name}.png`, import.meta.url).pathname;

const [article] = await (await fetch(new URL('/wp-json/wp/v2/articles?slug=lp-plugin-block&_fields=id,link', base))).json();
const browser = await launchChromium();
const upgraded = () =>
  [...document.querySelectorAll('lp-news-feed')].every((el) => el.shadowRoot?.querySelector('[part="item"]') && el.shadowRoot.querySelectorAll('img').length === [...el.shadowRoot.querySelectorAll('img')].filter((i) => i.complete).length);
try {
  const viewport = { width: 1200, height: 1500 };
  const page = await browser.newPage({ viewport });
  await page.goto(article.link);
  await page.waitForFunction(upgraded);
  await page.screenshot({ path: out('front-end'), fullPage: false });

  const noScript = await browser.newPage({ viewport, javaScriptEnabled: false });
  await noScript.goto(article.link);
  await noScript.screenshot({ path: out('no-javascript') });
  // What the page holds before any script runs: the elements as the server wrote them.
  console.error(await noScript.evaluate(() => [...document.querySelectorAll('lp-news-feed, lp-media-inquiry')].map((el) => el.outerHTML).join('\n')));

  const editor = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await editor.goto(new URL('/wp-login.php', base).href);
  await editor.fill('#user_login', state.admin.login);
  await editor.fill('#user_pass', state.admin.password);
  await Promise.all([editor.waitForNavigation(), editor.click('#wp-submit')]);
  await editor.goto(new URL(`/wp-admin/post.php?post=${article.id}&action=edit`, base).href);
  await editor.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0);
  // No welcome guide; the news block selected, so that the sidebar shows its options.
  await editor.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide')) dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const block = select('core/block-editor').getBlocks().find((b) => b.name === 'local-progress/news-feed');
    dispatch('core/block-editor').selectBlock(block.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  await editor.waitForFunction(upgraded);
  await editor.waitForTimeout(500); // the sidebar's opening transition
  await editor.screenshot({ path: out('editor') });
  console.error('[plugin] screenshots: docs/screenshots/wordpress-{editor,front-end,no-javascript}.png');
} finally {
  await browser.close();
}

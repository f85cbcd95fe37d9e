// The variants of the side-by-side bench's host page (bench/pages/side.html): what each puts in
// the page's <style>, <head> and main column. The server serves each as
// bench/pages/side-<variant>.html; `%FEED%` in them is filled from the query string as in every
// bench page.
import { tsImport } from 'tsx/esm/api';

// The reserve rule the embed configurator writes for this widget (ten news items): the bench
// checks the very rule a partner pastes.
const { reserveRule } = await tsImport('../../demo/configurator/reserve.ts', import.meta.url);
export const RESERVE_RULE = reserveRule('lp-news-feed', 10);

// The README's and the configurator's script tag.
const WIDGET_SCRIPT = '<script type="module" src="/dist/lp-widgets.js" fetchpriority="low"></script>';
const WIDGET = '<lp-news-feed limit="10" src="%FEED%"></lp-news-feed>';

export const SIDE_PAGES = {
  widget: { title: 'a) <lp-news-feed>', style: '', head: WIDGET_SCRIPT, embed: WIDGET },
  floor: {
    title: 'b) the floor: fetch + innerHTML',
    style: '',
    head: '',
    embed: '<ul id="lp-floor" data-src="%FEED%"></ul>\n<script src="/bench/pages/floor.js"></script>',
  },
  bsky: {
    title: 'c) bsky-embed',
    style: '',
    head: '<script type="module" src="/node_modules/bsky-embed/dist/bsky-embed.es.js"></script>',
    embed: '<bsky-embed username="localprogress.bsky.social" limit="10"></bsky-embed>',
  },
  blank: { title: 'd) blank', style: '', head: '', embed: '<!-- no embed -->' },
  'widget-reserved': {
    title: 'a) <lp-news-feed> with the reserve rule of the configurator',
    style: `/* The configurator's rule that reserves the widget's space before the script arrives. */\n${RESERVE_RULE}`,
    head: WIDGET_SCRIPT,
    embed: WIDGET,
  },
};

/** The host page of `variant`, or `undefined` for a name that is none. */
export function sidePage(template, variant) {
  const page = SIDE_PAGES[variant];
  if (!page) return undefined;
  const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return template
    .replaceAll('%TITLE%', escape(page.title))
    .replaceAll('%STYLE%', page.style)
    .replaceAll('%HEAD%', page.head)
    .replaceAll('%EMBED%', page.embed);
}

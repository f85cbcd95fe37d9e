// The loading skeleton reserves the content's height (DESIGN: "no layout shift"), in every
// engine, with the default fonts and with a wide one. Images are same-origin and eager, so the
// content's height is final when measured.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/press-releases/press-releases.define.js';
import '../../src/components/blog-grid/blog-grid.define.js';
import type { LpFeedElement } from '../../src/core/feed-element.js';
import { resetStore, ENGINE_LABEL, engine } from '../helpers.js';
import { faultUrl, settled, until } from './support.js';

const FONTS = [
  ['the default serif (Liberation Serif, as Chromium picks)', 'serif'],
  ['a wide font (DejaVu Serif, 25 % wider)', "'DejaVu Serif'"],
] as const;

async function heightWhile(tag: string, font: string, state: 'loading' | 'content', limit: number, width = 600): Promise<{ height: number; items: number[] }> {
  const wrapper = fixtureSync<HTMLElement>(html`<div style="width: ${width}px; font-family: ${font}; font-size: 16px"></div>`);
  const el = document.createElement(tag) as LpFeedElement;
  el.setAttribute('loading', 'eager');
  el.setAttribute('limit', String(limit));
  el.setAttribute('src', state === 'loading' ? faultUrl({ mode: 'hang' }) : faultUrl({ mode: 'ok', images: 'local' }));
  const done = settled(el);
  wrapper.append(el);
  if (state === 'loading') {
    await el.updateComplete;
  } else {
    await done;
    const images = [...el.shadowRoot!.querySelectorAll('img')];
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode()));
  }
  const height = el.getBoundingClientRect().height;
  const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().height));
  wrapper.remove();
  return { height, items };
}

// Summaries are clamped (news and blog to 3 lines, press releases to 2: --lp-summary-lines), and
// each bone is as many lines of its text's own font as that text has on average at the width.
// Unclamped, <lp-blog-grid> content was 1.45× the skeleton's height with the default serif and
// 1.7× with DejaVu Serif; with bones of fixed height, 0.78–1.06 across 320–1280 px.
//
// At each element's default limit (the sample feed has 4 news items, fewer than <lp-news-feed>'s
// default of 5: there the limit is the 4 it has), at three container widths.
const CASES = [['lp-news-feed', 4], ['lp-press-releases', 5], ['lp-blog-grid', 6]] as const;
const WIDTHS = [320, 768, 1280];
const BOUND = [0.97, 1.03] as const;

describe('the loading skeleton reserves the content height', function () {
  this.timeout(60_000);
  beforeEach(resetStore);

  for (const width of WIDTHS) {
    for (const [tag, limit] of CASES) {
      it(`<${tag}> at ${width} px: skeleton within 3 % of the content`, async () => {
        const loading = await heightWhile(tag, 'serif', 'loading', limit, width);
        const content = await heightWhile(tag, 'serif', 'content', limit, width);
        const ratio = loading.height / content.height;
        console.log(`[observed] ${ENGINE_LABEL[engine]} <${tag}> ${width} px: skeleton ${Math.round(loading.height)} px, content ${Math.round(content.height)} px (${ratio.toFixed(3)}); items ${loading.items.join('/')} vs ${content.items.join('/')}`);
        expect(ratio).to.be.within(...BOUND);
      });
    }
  }

  for (const [fontName, font] of FONTS) {
    for (const [tag, limit] of CASES) {
      it(`<${tag}> with ${fontName}: skeleton within 20 % of the content`, async () => {
        const loading = await heightWhile(tag, font, 'loading', limit);
        const content = await heightWhile(tag, font, 'content', limit);
        console.log(`[observed] ${ENGINE_LABEL[engine]} <${tag}> ${font}: skeleton ${Math.round(loading.height)} px, content ${Math.round(content.height)} px (${(loading.height / content.height).toFixed(3)})`);
        // A wide font wraps more lines than the average the skeleton reserves (0.85 at worst).
        expect(loading.height / content.height).to.be.within(0.8, 1.2);
      });
    }
  }
});

describe('a photo that fails to load keeps its box', function () {
  this.timeout(60_000);
  beforeEach(resetStore);

  // Found in WebKitGTK: a broken (or still loading) <img> loses its `aspect-ratio` (224 × 224
  // instead of 224 × 140), so the 16:10 box is a frame around the photo, and a failed photo is hidden.
  it('<lp-news-feed>: every failed photo keeps its 16:10 box', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div style="width: 600px"></div>`);
    const el = document.createElement('lp-news-feed') as LpFeedElement;
    el.setAttribute('loading', 'eager');
    el.setAttribute('src', faultUrl({ mode: 'ok', images: 'broken' }));
    const done = settled(el);
    wrapper.append(el);
    await done;
    const images = [...el.shadowRoot!.querySelectorAll('img')];
    expect(images.length).to.be.greaterThan(0);
    for (const img of images) img.loading = 'eager';
    await until(() => images.every((img) => img.parentElement!.classList.contains('failed')), 'every photo failed');
    await new Promise((r) => requestAnimationFrame(r));
    for (const img of images) {
      // The photo's frame (the figure holds it and the credit line), whether the broken <img> is drawn or not.
      const frame = img.parentElement!.getBoundingClientRect();
      expect(frame.height, `a failed photo ${frame.width}×${frame.height}`).to.be.closeTo((frame.width * 10) / 16, 1);
    }
  });
});

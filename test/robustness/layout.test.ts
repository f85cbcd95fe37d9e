// The loading skeleton reserves the content's height (DESIGN: "no layout shift"), in every
// engine, with the default fonts and with a wide one. Images are same-origin and eager, so the
// content's height is final when measured (test/components/news-feed.test.ts measures with lazy
// remote images, which WebKitGTK cannot settle; see the skip there).
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/press-releases/press-releases.define.js';
import '../../src/components/blog-grid/blog-grid.define.js';
import type { LpFeedElement } from '../../src/core/feed-element.js';
import { resetStore } from '../helpers.js';
import { ENGINE_LABEL, engine, skipIn } from '../helpers-engine.js';
import { faultUrl, settled, until } from './support.js';

const FONTS = [
  ['the default serif (Liberation Serif, as Chromium picks)', 'serif'],
  ['a wide font (DejaVu Serif, 25 % wider)', "'DejaVu Serif'"],
] as const;

async function heightWhile(tag: string, font: string, state: 'loading' | 'content', limit: number): Promise<number> {
  const wrapper = fixtureSync<HTMLElement>(html`<div style="width: 600px; font-family: ${font}; font-size: 16px"></div>`);
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
  wrapper.remove();
  return height;
}

// BUG (src/components/news-feed/news-feed.styles.ts, src/components/blog-grid/blog-grid.styles.ts):
// the skeleton has a fixed number of text lines, but news and blog summaries are not clamped, so
// the content outgrows it and the page shifts when it arrives: <lp-blog-grid> content is 1.45×
// the skeleton's height with the default serif (skeleton/content 0.69 at 600 px, 0.70 at 280,
// 0.69 at 1000) and 1.7× with DejaVu Serif (0.59); <lp-news-feed> 0.64 with DejaVu Serif
// (0.77 with Liberation Serif, inside the 25 % the design test allows). Same figures in all three
// engines. <lp-press-releases>, which clamps its summary to two lines, stays at 0.83–0.91.
// Proposed fix (measured: 0.83–0.96 for both elements, both fonts, at 280 / 600 / 1000 px): clamp
// .summary to `var(--lp-summary-lines, 3)` lines in news-feed and blog-grid as press-releases does.
// Re-enable the skipped cases with the fix.
const KNOWN_SHIFT: Record<string, string> = {
  'lp-blog-grid serif': 'blog summaries are not clamped: content 1.45× the skeleton',
  "lp-blog-grid 'DejaVu Serif'": 'blog summaries are not clamped: content 1.7× the skeleton',
  "lp-news-feed 'DejaVu Serif'": 'news summaries are not clamped: content 1.55× the skeleton with a wide font',
};

describe('the loading skeleton reserves the content height', function () {
  this.timeout(60_000);
  beforeEach(resetStore);

  for (const [fontName, font] of FONTS) {
    for (const [tag, limit] of [['lp-news-feed', 4], ['lp-press-releases', 5], ['lp-blog-grid', 6]] as const) {
      const bug = KNOWN_SHIFT[`${tag} ${font}`];
      (bug ? it.skip : it)(`<${tag}> with ${fontName}: skeleton within 25 % of the content${bug ? ` [BUG: ${bug}]` : ''}`, async () => {
        const loading = await heightWhile(tag, font, 'loading', limit);
        const content = await heightWhile(tag, font, 'content', limit);
        console.log(`[observed] ${ENGINE_LABEL[engine]} <${tag}> ${font}: skeleton ${Math.round(loading)} px, content ${Math.round(content)} px (${(loading / content).toFixed(2)})`);
        expect(loading / content).to.be.within(0.75, 1.25);
      });
    }
  }
});

describe('a photo that fails to load keeps its box', function () {
  this.timeout(60_000);
  beforeEach(resetStore);

  // BUG (src/components/news-feed/news-feed.styles.ts), WebKitGTK only: when a news photo fails
  // to load, WebKit stops applying `aspect-ratio: 16 / 10` to the broken <img> (height: auto) and
  // draws it as tall as it is wide: 224 × 224 instead of 224 × 140 in a 600 px widget, so every
  // item grows by about 84 px when its photo fails (measured: a 4-item widget 1063 → 1153 px).
  // The design promises "a quiet placeholder of the same size: nothing shifts"; Chromium and
  // Firefox keep the box. Safari is likely to do the same. Proposed fix (checked in all three
  // engines: 1063 → 1063 px in WebKit, unchanged elsewhere): hide the broken image and let the
  // figure keep the ratio:
  //   .media.failed img { display: none; }
  //   .media.failed::before { content: ''; display: block; aspect-ratio: 16 / 10; }
  // <lp-blog-grid> is not affected (its .media box carries the ratio). Re-enable in WebKit with the fix.
  skipIn('webkit', 'BUG: a failed photo loses its 16:10 box in WebKitGTK (224×224 instead of 224×140): layout shift')(
    '<lp-news-feed>: every failed photo keeps its 16:10 box',
    async () => {
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
        const box = img.getBoundingClientRect();
        expect(box.height, `a failed photo ${box.width}×${box.height}`).to.be.closeTo((box.width * 10) / 16, 1);
      }
    },
  );
});

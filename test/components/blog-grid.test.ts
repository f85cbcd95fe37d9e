import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/components/blog-grid/blog-grid.define.js';
// One test reads the WordPress sample: the WordPress reader is a file of its own.
import '../../src/lp-wordpress.js';
import type { LpBlogGrid } from '../../src/components/blog-grid/blog-grid.js';
import { feedElementContract } from './feed-contract.js';
import { feedUrl, loaded, resetStore, sample, serve } from '../helpers.js';

feedElementContract({
  tag: 'lp-blog-grid',
  kind: 'blog',
  total: 12,
  defaultLimit: 6,
  strings: { heading: 'Our Blog', empty: 'No posts yet', error: 'Couldn’t load posts', headingEs: 'Nuestro blog' },
  someTag: 'texas',
});

function columnCount(el: Element): number {
  const cards = [...el.shadowRoot!.querySelectorAll('[part="item"]')];
  return new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left))).size;
}

async function gridAt(width: number, attrs = '') {
  const wrapper = fixtureSync<HTMLElement>(html`<div style="width: ${width}px"></div>`);
  const src = feedUrl();
  // Built as markup so the columns attribute is present from the start.
  wrapper.innerHTML = `<lp-blog-grid src="${src}" limit="12" loading="eager" ${attrs}></lp-blog-grid>`;
  const el = wrapper.firstElementChild as LpBlogGrid;
  await loaded(el);
  return el;
}

describe('<lp-blog-grid>', () => {
  beforeEach(resetStore);

  it('lays out columns by the width of its container: 280 → 1, 600 → 2, 1000 → 3', async () => {
    expect(columnCount(await gridAt(280))).to.equal(1);
    expect(columnCount(await gridAt(600))).to.equal(2);
    expect(columnCount(await gridAt(1000))).to.equal(3);
  });

  it('caps the columns with the columns attribute', async () => {
    expect(columnCount(await gridAt(1000, 'columns="2"'))).to.equal(2);
    expect(columnCount(await gridAt(1400, 'columns="3"'))).to.equal(3);
    expect(columnCount(await gridAt(1400))).to.equal(4);
  });

  it('makes each card one link target, named by the title alone', async () => {
    const el = await gridAt(1000);
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part="item"]')!;
    const links = card.querySelectorAll('a');
    expect(links).to.have.length(1);
    const box = card.getBoundingClientRect();
    // The middle of the summary, far from the title, still hits the link.
    const hit = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.bottom - 8);
    expect(hit).to.equal(links[0]);
    expect(links[0].textContent).to.equal(card.querySelector('[part="title"]')!.textContent!.trim());
  });

  it('reserves the image box before the image loads, and uses a placeholder without one', async () => {
    const posts = (await sample('wordpress-posts')) as Record<string, unknown>[];
    const el = fixtureSync<LpBlogGrid>(html`<div style="width: 900px"><lp-blog-grid src=${await serve(posts)}></lp-blog-grid></div>`)
      .firstElementChild as LpBlogGrid;
    const detail = await loaded(el);
    const imgs = [...el.shadowRoot!.querySelectorAll<HTMLImageElement>('img[part="image"]')];
    expect(imgs.length).to.be.greaterThan(0);
    for (const img of imgs) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      const box = img.parentElement!.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.05);
    }
    const withSizes = detail.items.find((i) => i.image?.srcset);
    expect(withSizes, 'a WordPress post with sizes').not.to.equal(undefined);
    const img = imgs.find((i) => i.alt === withSizes!.image!.alt)!;
    expect(img.getAttribute('srcset')).to.equal(withSizes!.image!.srcset);
    expect(img.getAttribute('sizes')).to.match(/^auto, /);
    const without = detail.items.filter((i) => !i.image).length;
    expect(el.shadowRoot!.querySelectorAll('[part="placeholder"]')).to.have.length(without);
  });

  it('keeps the box and shows the placeholder colour when an image fails', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: [{ id: '1', url: 'https://a.org/1', title: 'Broken image', image: `${location.origin}/api/no-such.jpg`, _localprogress: { kind: 'blog', image_alt: 'A photo' } }],
    };
    const el = fixtureSync<LpBlogGrid>(html`<div style="width: 400px"><lp-blog-grid src=${await serve(feed)}></lp-blog-grid></div>`)
      .firstElementChild as LpBlogGrid;
    await loaded(el);
    const img = el.shadowRoot!.querySelector<HTMLImageElement>('img')!;
    // The class comes from the image's error event, which may follow decode()'s rejection.
    await waitUntil(() => img.parentElement!.classList.contains('failed'), 'the image never failed');
    expect(getComputedStyle(img).opacity).to.equal('0');
    expect(img.parentElement!.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });
});

import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { LpElement } from '../src/core/element.js';
import '../src/components/news-feed/news-feed.define.js';
import '../src/components/media-inquiry/media-inquiry.define.js';
import '../src/components/media-inquiry/inquiry-form.define.js';
// WordPress posts too, through their opt-in reader.
import '../src/lp-wordpress.js';
import type { LpNewsFeed } from '../src/components/news-feed/news-feed.js';
import type { LpLoadDetail } from '../src/core/feed-element.js';
// @ts-expect-error: a plain .mjs data file without types
import corpus from './fixtures/dompurify-expect.mjs';
import { resetStore, serve } from './helpers.js';

const payloads = (corpus as { payload: string }[]).map((entry) => entry.payload).filter((p) => typeof p === 'string');

// Everything our templates can create. A payload that became markup would add something else.
const OUR_ELEMENTS = new Set(['form', 'label', 'input', 'textarea', 'h2', 'h3', 'h4', 'h5', 'h6', 'slot', 'div', 'p', 'a', 'time', 'figure', 'img', 'figcaption', 'ul', 'li', 'button', 'span']);
const OUR_ATTRIBUTES = new Set(['class', 'part', 'id', 'href', 'datetime', 'src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding', 'role', 'aria-labelledby', 'aria-hidden', 'name', 'type', 'hidden', 'readonly', 'aria-label', 'novalidate', 'for', 'tabindex', 'autocomplete', 'required', 'aria-invalid', 'rows', 'aria-describedby']);

declare global {
  interface Window {
    __lpPwned?: string;
  }
}

function trap() {
  window.__lpPwned = undefined;
  const flag = (how: string) => () => {
    window.__lpPwned = how;
  };
  window.alert = flag('alert');
  window.confirm = flag('confirm') as unknown as typeof window.confirm;
  window.prompt = flag('prompt') as unknown as typeof window.prompt;
  window.print = flag('print');
}

// 'html': no summary or content_text, so the summary is read from content_html (with summary
// set, content_html is never read).
function hostileItem(payload: string, i: number, where: 'text' | 'url' | 'html') {
  const text = where === 'text' ? payload : `Safe title ${i}`;
  const url = where === 'url' ? payload : `https://localprogress.org/hostile/${i}`;
  return {
    id: `hostile-${where}-${i}`,
    url,
    title: text,
    ...(where === 'html' ? {} : { summary: text }),
    content_html: payload,
    image: where === 'url' ? payload : `${location.origin}/api/no-such-image.jpg`,
    date_published: where === 'text' ? payload : '2024-09-02T12:00:00Z',
    tags: ['hostile', payload],
    _localprogress: { kind: 'news', outlet: text, image_alt: text, image_credit: text },
  };
}

// Wait for every same-origin image to load or fail, so an onerror/onload payload would have run.
// (Images on other hosts cannot run script, and this machine has no route to them.)
async function settleImages(el: Element) {
  const local = [...el.shadowRoot!.querySelectorAll('img')].filter((img) => new URL(img.src).origin === location.origin);
  // Off-screen lazy images would never load; make them load now.
  for (const img of local) img.loading = 'eager';
  await Promise.all(local.map((img) => img.decode().catch(() => undefined)));
}

function assertNoPayloadMarkup(el: Element) {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    expect(OUR_ELEMENTS.has(node.localName), `unexpected <${node.localName}>`).to.equal(true);
    for (const attr of node.getAttributeNames()) {
      expect(OUR_ATTRIBUTES.has(attr), `unexpected attribute ${attr} on <${node.localName}>`).to.equal(true);
    }
  }
  for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.match(/^(https?|mailto|tel):$/);
  for (const img of el.shadowRoot!.querySelectorAll('img')) expect(new URL(img.src).protocol).to.match(/^https?:$/);
}

describe('hostile content (DOMPurify corpus)', function () {
  this.timeout(60_000);
  beforeEach(() => {
    resetStore();
    trap();
  });

  it(`has a corpus to test (${payloads.length} payloads)`, () => {
    expect(payloads.length).to.be.greaterThan(200);
  });

  for (const where of ['text', 'url', 'html'] as const) {
    it(`never executes or renders as markup a payload in any ${where} field`, async () => {
      // Batches of 90 hostile items plus safe items that must still render.
      for (let start = 0; start < payloads.length; start += 90) {
        const batch = payloads.slice(start, start + 90);
        const safe = [0, 1].map((n) => ({
          id: `safe-${start}-${n}`,
          url: `https://localprogress.org/safe/${n}`,
          title: `Safe story ${n}`,
          date_published: '2024-09-02T12:00:00Z',
          _localprogress: { kind: 'news', outlet: 'Stateline' },
        }));
        const feed = {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'hostile',
          items: [...safe, ...batch.map((p, i) => hostileItem(p, start + i, where))],
        };
        const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${await serve(feed)} limit="100" loading="eager"></lp-news-feed>`);
        const { detail } = (await oneEvent(el, 'lp-load')) as CustomEvent<LpLoadDetail>;
        await el.updateComplete;
        await settleImages(el);

        const shown = detail.items.length;
        expect(shown + detail.dropped).to.equal(feed.items.length);
        const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());
        expect(titles).to.include.members(['Safe story 0', 'Safe story 1']);
        if (where === 'text') {
          // Text payloads become text: only items whose payload has no readable text are dropped.
          expect(shown).to.be.greaterThan(batch.length / 2);
        }
        if (where === 'html') {
          // Every item stays (safe titles); summaries read from content_html render as text.
          expect(shown).to.equal(feed.items.length);
          expect(el.shadowRoot!.querySelectorAll('[part="summary"]').length, 'summaries from content_html').to.be.greaterThan(batch.length / 4);
        }
        assertNoPayloadMarkup(el);
        expect(window.__lpPwned, `a payload ran (${window.__lpPwned})`).to.equal(undefined);
        el.remove();
      }
    });
  }

  it('never executes or renders as markup a payload in a WordPress title.rendered, excerpt or content', async () => {
    for (let start = 0; start < payloads.length; start += 90) {
      const batch = payloads.slice(start, start + 90);
      const post = (n: number, title: string, html: string) => ({
        id: n,
        date_gmt: '2024-09-02T12:00:00',
        link: `https://localprogress.org/hostile/wp-${n}`,
        title: { rendered: title },
        excerpt: { rendered: html },
        content: { rendered: html },
        featured_media: 0,
        _embedded: { 'wp:term': [[{ taxonomy: 'category', slug: 'in-the-news' }]] },
      });
      const posts = [post(-1, 'Safe story 0', '<p>Safe.</p>'), post(-2, 'Safe story 1', '<p>Safe.</p>'), ...batch.map((p, i) => post(start + i, p, p))];
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${await serve(posts)} limit="100" loading="eager"></lp-news-feed>`);
      const { detail } = (await oneEvent(el, 'lp-load')) as CustomEvent<LpLoadDetail>;
      await el.updateComplete;
      await settleImages(el);
      expect(detail.items.length + detail.dropped).to.equal(posts.length);
      const titles = [...el.shadowRoot!.querySelectorAll('[part="title"]')].map((t) => t.textContent!.trim());
      expect(titles).to.include.members(['Safe story 0', 'Safe story 1']);
      // Titles with readable text are kept (as text): the payloads really reach the titles.
      expect(detail.items.length).to.be.greaterThan(batch.length / 2);
      assertNoPayloadMarkup(el);
      expect(window.__lpPwned, `a payload ran (${window.__lpPwned})`).to.equal(undefined);
      el.remove();
    }
  });

  it('never renders a payload in the contact heading, text, email or phone as markup or a link', async () => {
    for (let start = 0; start < payloads.length; start += 20) {
      const batch = payloads.slice(start, start + 20);
      const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
      for (const payload of batch) {
        const feed = {
          version: 'https://jsonfeed.org/version/1.1',
          title: 'hostile',
          items: [],
          _localprogress: { contact: { heading: payload, text: payload, email: payload, phone: payload } },
        };
        const el = document.createElement('lp-media-inquiry');
        el.setAttribute('src', await serve(feed));
        el.setAttribute('action', '/api/inquiry');
        const settled = Promise.race([oneEvent(el, 'lp-load'), oneEvent(el, 'lp-error')]);
        wrapper.append(el);
        await settled;
        await (el as LpElement).updateComplete;
        assertNoPayloadMarkup(el);
        for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.protocol).to.match(/^(mailto|tel):$/);
      }
      expect(window.__lpPwned, `a payload ran (${window.__lpPwned})`).to.equal(undefined);
      wrapper.remove();
    }
  });
});

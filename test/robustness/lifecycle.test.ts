// Lifecycle. Mount and unmount mid-request, quick src changes, moving an
// element, and the script loaded twice or in two versions on one page.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import '../../src/components/press-releases/press-releases.define.js';
import '../../src/components/blog-grid/blog-grid.define.js';
import '../../src/components/media-inquiry/media-inquiry.define.js';
import type { LpFeedElement } from '../../src/core/feed-element.js';
import { uniqueKey, engine, ENGINE_LABEL } from '../helpers.js';
import { faultUrl, frameMessage, isShown, release, setFault, settled, stats, texts, until, watchEachTest, type Probe } from './support.js';

const TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'] as const;
const FEED_TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid'] as const;

type MemoryPerformance = Performance & { memory?: { usedJSHeapSize: number } };
type GcWindow = Window & { gc?: () => void };

/** performance.memory (Chromium only) after a garbage collection where the runner exposes gc(). */
async function heapBytes(): Promise<number | undefined> {
  const memory = (performance as MemoryPerformance).memory;
  if (!memory) return undefined;
  (window as GcWindow).gc?.();
  await new Promise((r) => setTimeout(r, 0));
  (window as GcWindow).gc?.();
  return memory.usedJSHeapSize;
}

function make(tag: string, src: string): HTMLElement {
  const el = document.createElement(tag);
  el.setAttribute('src', src);
  if (tag === 'lp-media-inquiry') el.setAttribute('email', 'press@localprogress.org');
  else el.setAttribute('loading', 'eager');
  return el;
}

describe('lifecycle', function () {
  this.timeout(120_000);
  const watch = watchEachTest();

  for (const tag of TAGS) {
    it(`<${tag}> mounted and unmounted 1,000 times with its request in flight leaves nothing pending`, async () => {
      // The endpoint holds every request: each one is in flight when the element leaves.
      const src = faultUrl({ mode: 'hold' });
      const host = fixtureSync<HTMLElement>(html`<div></div>`);
      let events = 0;
      const count = () => events++;
      const before = await heapBytes();
      const t0 = performance.now();
      for (let i = 0; i < 1000; i++) {
        const el = make(tag, src);
        el.addEventListener('lp-load', count);
        el.addEventListener('lp-error', count);
        host.append(el);
        await (el as LpFeedElement).updateComplete; // its request has started
        el.remove();
      }
      const loop = performance.now() - t0;
      // All within one task: each new element joins the request the one before it left, so the
      // 1,000 mounts make one request, stopped once the last element has gone (after the task).
      expect(watch.fetches.started, 'one request for 1,000 re-mounts in one task').to.equal(1);
      await until(() => watch.fetches.aborted === 1, 'the request aborted once the last element left');
      await until(() => watch.fetches.pending === 0, 'every fetch settled after disconnect');
      await until(async () => (await stats(src)).open === 0, 'the server has no request of this key still open');
      const server = await stats(src);
      // Nothing left to answer: a release now reaches no one.
      await release(src);
      const after = await heapBytes();
      expect(events, 'no lp-load or lp-error from a disconnected element').to.equal(0);
      expect(watch.guard.problems()).to.deep.equal([]);
      const mb = (n: number) => (n / 2 ** 20).toFixed(1);
      console.log(
        `[observed] ${ENGINE_LABEL[engine]} <${tag}> ×1000 mount/unmount in ${Math.round(loop)} ms; ` +
          `server saw ${server.hits} requests (${server.aborted} closed by the client, 0 left open)` +
          (before !== undefined && after !== undefined ? `; JS heap ${mb(before)} MB → ${mb(after)} MB` : ''),
      );
    });
  }

  for (const tag of TAGS) {
    it(`<${tag}> mounted and unmounted 100 times, a task apart: each request is aborted, none left open`, async () => {
      const src = faultUrl({ mode: 'hold' });
      const host = fixtureSync<HTMLElement>(html`<div></div>`);
      let events = 0;
      for (let i = 0; i < 100; i++) {
        const el = make(tag, src);
        el.addEventListener('lp-load', () => events++);
        el.addEventListener('lp-error', () => events++);
        host.append(el);
        await (el as LpFeedElement).updateComplete; // its request has started
        el.remove();
        await new Promise((r) => setTimeout(r)); // the next mount comes a task later
      }
      expect(watch.fetches.started, 'one request per mount').to.equal(100);
      await until(() => watch.fetches.aborted === 100, 'every request aborted once its element left');
      await until(() => watch.fetches.pending === 0, 'every fetch settled after disconnect');
      await until(async () => (await stats(src)).open === 0, 'the server has no request of this key still open');
      await release(src);
      expect(events, 'no lp-load or lp-error from a disconnected element').to.equal(0);
      expect(watch.guard.problems()).to.deep.equal([]);
    });
  }

  describe('src changed three times quickly: only the last answer renders', () => {
    for (const tag of FEED_TAGS) {
      it(`<${tag}>: changes across updates abort the earlier requests; late answers are ignored`, async () => {
        const [a, b, c] = ['A', 'B', 'C'].map((label) => faultUrl({ mode: 'hold', label }));
        const host = fixtureSync<HTMLElement>(html`<div style="width: 700px"></div>`);
        const el = make(tag, a) as LpFeedElement;
        const loads: string[][] = [];
        el.addEventListener('lp-load', (e) => loads.push((e as CustomEvent).detail.items.map((i: { title: string }) => i.title)));
        host.append(el);
        await el.updateComplete;
        el.src = b;
        await el.updateComplete;
        el.src = c;
        await el.updateComplete;
        expect([a, b, c].map((u) => watch.fetches.calls(u))).to.deep.equal([1, 1, 1]);
        await until(() => watch.fetches.aborted === 2, 'A and B aborted');
        // A's and B's answers, had anyone still waited for them: they reach nobody.
        await release(a);
        await release(b);
        await until(async () => (await stats(a)).open === 0 && (await stats(b)).open === 0, 'A and B closed');
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('.skeleton').length, 'still loading C').to.be.greaterThan(0);
        expect(loads).to.deep.equal([]);

        const done = settled(el);
        await release(c);
        const got = await done;
        expect(got.type).to.equal('lp-load');
        const shown = texts(el, '[part="title"]');
        expect(shown.length).to.be.greaterThan(0);
        expect(shown.every((t) => t.startsWith('[C] ')), `only C's items: ${shown.join(' | ')}`).to.equal(true);
        expect(loads).to.have.length(1);
        expect(watch.guard.problems()).to.deep.equal([]);
      });
    }

    it('changes within one task make one request, for the last src', async () => {
      const [a, b, c] = ['A', 'B', 'C'].map((label) => faultUrl({ mode: 'ok', label }));
      const host = fixtureSync<HTMLElement>(html`<div></div>`);
      const el = make('lp-news-feed', a) as LpFeedElement;
      const done = settled(el);
      host.append(el);
      el.src = b;
      el.src = c;
      const got = await done;
      expect(got.type).to.equal('lp-load');
      expect([a, b, c].map((u) => watch.fetches.calls(u))).to.deep.equal([0, 0, 1]);
      expect(texts(el, '[part="title"]').every((t) => t.startsWith('[C] '))).to.equal(true);
    });

    it('answers arriving in reverse order (the first src slowest) still leave the last one on screen', async () => {
      // Not held: real delays, A slowest. Only the order of events matters, never their timing.
      const a = faultUrl({ mode: 'slow', ms: 900, label: 'A' });
      const b = faultUrl({ mode: 'slow', ms: 450, label: 'B' });
      const c = faultUrl({ mode: 'ok', label: 'C' });
      const host = fixtureSync<HTMLElement>(html`<div></div>`);
      const el = make('lp-press-releases', a) as LpFeedElement;
      let loads = 0;
      el.addEventListener('lp-load', () => loads++);
      host.append(el);
      await el.updateComplete;
      el.src = b;
      await el.updateComplete;
      const done = settled(el);
      el.src = c;
      await done;
      // Wait until A's and B's answers would have come (the server closes both).
      await until(async () => (await stats(a)).open === 0 && (await stats(b)).open === 0, 'A and B over');
      await el.updateComplete;
      expect(texts(el, '[part="title"]').every((t) => t.startsWith('[C] '))).to.equal(true);
      expect(loads).to.equal(1);
    });
  });

  describe('moved to another parent', () => {
    for (const tag of FEED_TAGS) {
      it(`<${tag}> keeps its content and keeps working (refresh, error, Retry)`, async () => {
        const src = faultUrl({ mode: 'ok' });
        const host = fixtureSync<HTMLElement>(html`<div><section id="one"></section><aside id="two"></aside></div>`);
        const el = make(tag, src) as LpFeedElement;
        const first = settled(el);
        host.querySelector('#one')!.append(el);
        expect((await first).type).to.equal('lp-load');
        const before = texts(el, '[part="title"]');

        host.querySelector('#two')!.append(el);
        await el.updateComplete;
        expect(el.parentElement!.id).to.equal('two');
        expect(texts(el, '[part="title"]'), 'content survives the move').to.deep.equal(before);

        const refreshed = settled(el);
        el.refresh();
        expect((await refreshed).type).to.equal('lp-load');
        await setFault(src, { mode: 'status', status: 404 });
        const failed = settled(el);
        el.refresh();
        const got = await failed;
        expect(got.type).to.equal('lp-error');
        expect(got.type === 'lp-error' && got.detail.hasStaleContent).to.equal(true);
        await setFault(src, { mode: 'ok' });
        const recovered = settled(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        expect((await recovered).type).to.equal('lp-load');
        expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
        expect(texts(el, '[part="title"]')).to.deep.equal(before);
        expect(watch.guard.problems()).to.deep.equal([]);
      });
    }

    for (const tag of TAGS) {
      // Found by this test: disconnecting aborts the request, and reconnecting must start it again.
      it(`<${tag}> moved while its request is in flight still loads`, async () => {
        const src = faultUrl({ mode: 'hold' });
        const host = fixtureSync<HTMLElement>(html`<div><section id="one"></section><aside id="two"></aside></div>`);
        const el = make(tag, src) as LpFeedElement;
        host.querySelector('#one')!.append(el);
        await el.updateComplete;
        await until(async () => (await stats(src)).hits === 1, 'the first request reached the server');
        const done = settled(el);
        host.querySelector('#two')!.append(el);
        await el.updateComplete;
        // A move is a disconnect and a connect in one task: the element rejoins its request,
        // still in flight, instead of cancelling it and asking again.
        await release(src);
        const got = await done;
        expect(got.type).to.equal('lp-load');
        const server = await stats(src);
        expect([server.hits, server.aborted], 'one request, not cancelled').to.deep.equal([1, 0]);
        expect(isShown(el.shadowRoot!.querySelector('[part="item"], [part="email"]'))).to.equal(true);
        expect(watch.guard.problems()).to.deep.equal([]);
      });
    }
  });

  describe('the script loaded twice, and two versions on one page', () => {
    it('a second copy of the bundle next to the modules of this page throws nothing and defines nothing', async () => {
      const defined = TAGS.map((t) => customElements.get(t));
      await import(/* @vite-ignore */ `/api/fault/bundle/lp-widgets.js?version=in-page-${uniqueKey()}` as string);
      expect(TAGS.map((t) => customElements.get(t)), 'the first definitions stay').to.deep.equal(defined);
      const el = make('lp-news-feed', faultUrl()) as LpFeedElement;
      const done = settled(el);
      fixtureSync<HTMLElement>(html`<div></div>`).append(el);
      expect((await done).type).to.equal('lp-load');
      expect(watch.guard.problems()).to.deep.equal([]);
    });

    it('in a page: the same bundle twice, a second instance of it, another version, and the classic build', async () => {
      const feed = faultUrl({ mode: 'ok', images: 'local' }).replace(/&/g, '&amp;');
      const bundle = '/api/fault/bundle/lp-widgets.js';
      const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <script src="/api/fault/probe.js"></script>
        <script src="${bundle}?version=3.0.0-classic&amp;format=iife"></script>
        <script type="module" src="${bundle}?version=1.0.0"></script>
        <script type="module" src="${bundle}?version=1.0.0"></script>
        <script type="module" src="${bundle}?version=1.0.0&amp;copy=2"></script>
        <script type="module" src="${bundle}?version=2.0.0-other"></script>
        </head><body>
        <lp-news-feed src="${feed}" loading="eager"></lp-news-feed>
        <lp-press-releases src="${feed}" loading="eager"></lp-press-releases>
        <lp-blog-grid src="${feed}" loading="eager"></lp-blog-grid>
        <lp-media-inquiry src="${feed}"></lp-media-inquiry>
        </body></html>`;
      const frame = await loadFrame(page);
      const win = frame.contentWindow as Window & { __lp: Probe; __lpBundles: string[] };
      expect(win.__lp.errors, 'no error in the page').to.deep.equal([]);
      expect([...win.__lpBundles].sort(), 'every copy ran').to.deep.equal(['1.0.0', '1.0.0', '2.0.0-other', '3.0.0-classic']);
      expect(win.__lp.settled.map((s) => `${s.tag} ${s.type}`).sort()).to.deep.equal(TAGS.map((t) => `${t} lp-load`).sort());
      console.log(`[observed] ${ENGINE_LABEL[engine]}: four copies of the bundle on one page: ${win.__lp.warnings.length} console.warn: ${win.__lp.warnings.join(' | ')}`);
    });
  });
});

/** An iframe with this markup as its page (same origin), once it has loaded and all four widgets have settled. */
async function loadFrame(markup: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 900px; border: 0';
  const ready = frameMessage(frame, 'settled');
  // load: every script of the page has run (module scripts included), not just the first copy.
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = markup;
  fixtureSync<HTMLElement>(html`<div></div>`).append(frame);
  await Promise.all([ready, loaded]);
  return frame;
}

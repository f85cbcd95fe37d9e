import { expect, fixtureSync } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { LpElement } from '../../src/core/element.js';
import type { LpFeedElement } from '../../src/core/feed-element.js';
import type { ItemKind } from '../../src/data/item.js';
import { emulateMedia } from '@web/test-runner-commands';
import { configureFeeds } from '../../src/data/feed-store.js';
import { failed, feedUrl, hits, loaded, resetStore, sampleEntries, skipIn } from '../helpers.js';
import { faultUrl, release, stats, until } from '../robustness/support.js';

export interface ContractOptions {
  tag: string;
  kind: ItemKind;
  /** Items of this kind in the sample feed. */
  total: number;
  defaultLimit: number;
  strings: { heading: string; empty: string; error: string; headingEs: string };
  /** A tag some but not all items of this kind carry. */
  someTag: string;
}

/**
 * What every feed element promises (the README's Attributes, Events and "What a visitor sees"):
 * states with an axe check in each, events, attributes, language. Each element's own test file
 * adds what is particular to it.
 */
export function feedElementContract(o: ContractOptions): void {
  const tag = unsafeStatic(o.tag);
  const make = (attrs: Record<string, string>) => {
    const el = fixtureSync<LpFeedElement>(staticHtml`<${tag}></${tag}>`);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return el;
  };
  const root = (el: Element) => el.shadowRoot!;

  describe(`<${o.tag}>: the feed element contract`, () => {
    abortsWhenDisconnected(o.tag);
    beforeEach(resetStore);

    it('renders its kind up to the default limit, fires lp-load, and is accessible', async () => {
      const el = make({ src: feedUrl() });
      const detail = await loaded(el);
      expect(detail.from).to.equal('network');
      expect(detail.items).to.have.length(Math.min(o.total, o.defaultLimit));
      expect(detail.items.every((i) => i.kind === o.kind)).to.equal(true);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="title"] a[part="link"]')];
      expect(links.map((a) => a.textContent)).to.deep.equal(detail.items.map((i) => i.title));
      expect(links.map((a) => a.href)).to.deep.equal(detail.items.map((i) => i.url));
      // The file's own links and titles, in its order: not what the normalizer made of them.
      const expected = (await sampleEntries(o.kind)).slice(0, o.defaultLimit);
      expect(links.map((a) => a.href), 'the sample feed’s url / external_url').to.deep.equal(expected.map((e) => e.link));
      expect(links.map((a) => a.textContent), 'the sample feed’s titles').to.deep.equal(expected.map((e) => e.title));
      const times = [...root(el).querySelectorAll('time[part="date"]')];
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(detail.items.map((i) => i.published));
      expect(root(el).querySelector('h2[part="heading"]')!.textContent!.trim()).to.equal(o.strings.heading);
      await expect(el).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const el = make({ src: feedUrl(), theme: 'dark' });
      await loaded(el);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading, with a skeleton and a status message', async () => {
      const el = make({ src: '/api/hang', limit: '3' });
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(root(el).querySelectorAll('.skeleton')).to.have.length(3);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.match(/…$/);
      await expect(el).to.be.accessible();
    });

    it('shows the empty state', async () => {
      const el = make({ src: feedUrl({ body: 'empty' }) });
      expect((await loaded(el)).items).to.deep.equal([]);
      expect(root(el).querySelector('[part="empty"]')!.textContent).to.equal(o.strings.empty);
      await expect(el).to.be.accessible();
    });

    it('shows an error with Retry, keeps stale content, and recovers', async () => {
      const el = make({ src: feedUrl({ 'fail-first': 3 }) });
      const first = await failed(el);
      expect(first.hasStaleContent).to.equal(false);
      expect(root(el).querySelector('[part="error"]')!.textContent).to.include(o.strings.error);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await loaded(el);
      expect(root(el).querySelector('[part="error"]')).to.equal(null);

      const stale = make({ src: feedUrl({ 'fail-after': 1 }), loading: 'eager' });
      await loaded(stale);
      stale.refresh();
      expect((await failed(stale)).hasStaleContent).to.equal(true);
      expect(root(stale).querySelectorAll('[part="item"]').length).to.be.greaterThan(0);
      await expect(stale).to.be.accessible();
    });

    it('follows limit, tag, heading-level and lang without another request', async () => {
      const src = feedUrl();
      const el = make({ src, limit: '2' });
      expect((await loaded(el)).items).to.have.length(2);
      el.setAttribute('tag', o.someTag);
      const tagged = await loaded(el);
      expect(tagged.items.length).to.be.greaterThan(0);
      expect(tagged.items.every((i) => i.tags.includes(o.someTag))).to.equal(true);
      // Any case, spaces around each name: the same items as the file tags with it, in its order.
      const withTag = (await sampleEntries(o.kind)).filter((e) => e.tags.includes(o.someTag)).slice(0, 2);
      const linksOf = () => [...root(el).querySelectorAll<HTMLAnchorElement>('a[part="link"]')].map((a) => a.href);
      el.setAttribute('tag', ` no-such-tag ,  ${o.someTag.toUpperCase()} `);
      expect((await loaded(el)).items.map((i) => i.url), 'tag="… , SOME-TAG "').to.deep.equal(withTag.map((e) => e.link));
      expect(linksOf()).to.deep.equal(withTag.map((e) => e.link));
      el.setAttribute('tag', o.someTag);
      expect((await loaded(el)).items.map((i) => i.url)).to.deep.equal(withTag.map((e) => e.link));
      el.setAttribute('heading-level', '3');
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(root(el).querySelector('h3[part="heading"]')!.textContent!.trim()).to.equal(o.strings.headingEs);
      expect(root(el).querySelector('h4[part="title"]')).not.to.equal(null);
      expect(root(el).querySelector('time')!.textContent).to.match(/ de \d{4}$/);
      expect(await hits(src)).to.equal(1);
    });
  });

  feedStatesInEveryTheme(o.tag);
}

type ThemeCase = { name: string; theme: 'light' | 'dark' | 'auto'; scheme?: 'light' | 'dark'; dark: boolean };

/**
 * Every theme the attribute offers: `light`, `dark`, and `auto` under each `prefers-color-scheme`
 * (emulated with `emulateMedia`, which needs CDP: Chromium only; Firefox and WebKit run headless
 * under a light preference, so there `auto` is checked under light only).
 */
export const THEME_CASES: ThemeCase[] = [
  { name: 'theme="light"', theme: 'light', dark: false },
  { name: 'theme="dark"', theme: 'dark', dark: true },
  { name: 'theme="auto" under prefers-color-scheme: light', theme: 'auto', scheme: 'light', dark: false },
  { name: 'theme="auto" under prefers-color-scheme: dark', theme: 'auto', scheme: 'dark', dark: true },
];

const DARK_SURFACE = 'rgb(21, 25, 30)';

/** `it`, or a skip that says why where the test needs a colour scheme the engine cannot be given. */
export function themeTest(c: ThemeCase): (title: string, fn: () => Promise<void>) => Mocha.Test {
  return c.scheme === 'dark' ? skipIn(['firefox', 'webkit'], 'emulateMedia needs CDP, which only Chromium has here') : it;
}

/** Sets the colour scheme a `theme="auto"` case needs, and checks the page really has it. */
export async function applyScheme(c: ThemeCase): Promise<void> {
  if (!c.scheme) return;
  // Chromium takes either scheme; elsewhere the engine's own (light) preference stands.
  if (c.scheme === 'dark' || navigator.userAgent.includes('Chrome/')) await emulateMedia({ colorScheme: c.scheme });
  expect(matchMedia(`(prefers-color-scheme: ${c.scheme})`).matches, `prefers-color-scheme: ${c.scheme}`).to.equal(true);
}

export async function resetScheme(c: ThemeCase): Promise<void> {
  if (c.scheme && navigator.userAgent.includes('Chrome/')) await emulateMedia({ colorScheme: 'light' });
}

/** Whether `el` has the dark surface `c` promises (or no dark surface). */
export function expectSurface(el: Element, c: ThemeCase, what: string): void {
  const background = getComputedStyle(el).backgroundColor;
  if (c.dark) expect(background, `${what}: dark surface`).to.equal(DARK_SURFACE);
  else expect(background, `${what}: no dark surface`).not.to.equal(DARK_SURFACE);
}

/**
 * Every visible state of a feed element (loading, content, empty, error with Retry, stale content
 * under an error), side by side, in every theme, with one axe check (contrast included) over all.
 */
export function feedStatesInEveryTheme(tagName: string): void {
  const tag = unsafeStatic(tagName);
  describe(`<${tagName}>: every state in every theme is accessible`, function () {
    this.timeout(60_000);
    beforeEach(resetStore);

    for (const c of THEME_CASES) {
      themeTest(c)(`${c.name}: loading, content, empty, error and stale content under an error`, async () => {
        await applyScheme(c);
        try {
          const more = 'https://localprogress.org/news/';
          const wrapper = fixtureSync<HTMLElement>(staticHtml`<div style="width: 700px">
            <${tag} data-state="loading" theme=${c.theme} loading="eager" limit="2" src="/api/hang"></${tag}>
            <${tag} data-state="content" theme=${c.theme} loading="eager" limit="2" more-href=${more} src=${feedUrl()}></${tag}>
            <${tag} data-state="empty" theme=${c.theme} loading="eager" more-href=${more} src=${feedUrl({ body: 'empty' })}></${tag}>
            <${tag} data-state="error" theme=${c.theme} loading="eager" src=${feedUrl({ status: 500 })}></${tag}>
            <${tag} data-state="stale" theme=${c.theme} loading="eager" limit="2" src=${feedUrl({ 'fail-after': 1 })}></${tag}>
          </div>`);
          const el = (state: string) => wrapper.querySelector<LpFeedElement>(`[data-state="${state}"]`)!;
          const staleLoaded = loaded(el('stale'));
          await Promise.all([loaded(el('content')), loaded(el('empty')), failed(el('error')), staleLoaded]);
          const staleFailed = failed(el('stale'));
          el('stale').refresh();
          expect((await staleFailed).hasStaleContent).to.equal(true);
          await el('loading').updateComplete;

          const shadow = (state: string) => el(state).shadowRoot!;
          expect(shadow('loading').querySelectorAll('.skeleton').length, 'loading: skeleton').to.equal(2);
          expect(shadow('content').querySelectorAll('[part="item"]').length, 'content: items').to.equal(2);
          expect(shadow('empty').querySelector('[part="empty"]'), 'empty: message').not.to.equal(null);
          expect(shadow('error').querySelector('[part="retry"]'), 'error: Retry').not.to.equal(null);
          expect(shadow('stale').querySelector('[part="retry"]'), 'stale: Retry').not.to.equal(null);
          expect(shadow('stale').querySelectorAll('[part="item"]').length, 'stale: items kept').to.equal(2);
          for (const state of ['loading', 'content', 'empty', 'error', 'stale']) expectSurface(el(state), c, state);
          await expect(wrapper).to.be.accessible();
        } finally {
          await resetScheme(c);
        }
      });
    }
  });
}

/**
 * The request lifecycle's abort, for every element that reads the feed (they share one
 * controller): removed while its request is held by the server, the element aborts it (the
 * server sees it closed by the client) and fires no event. Call inside a `describe`.
 */
export function abortsWhenDisconnected(tag: string): void {
  it('aborts its request when disconnected', async () => {
    // No timeout in the test's time: only the disconnect can end the held request.
    configureFeeds({ timeout: 120_000 });
    const src = faultUrl({ mode: 'hold' });
    const el = fixtureSync<LpElement>(staticHtml`<${unsafeStatic(tag)} src=${src}></${unsafeStatic(tag)}>`);
    await el.updateComplete;
    await until(async () => (await stats(src)).open === 1, 'the request reached the server');
    let events = 0;
    el.addEventListener('lp-load', () => events++);
    el.addEventListener('lp-error', () => events++);
    el.remove();
    // The abort itself, seen by the server: the request closed by the client, none left open.
    await until(async () => {
      const s = await stats(src);
      return s.aborted === 1 && s.open === 0;
    }, 'the server saw the request aborted');
    await release(src);
    expect((await stats(src)).completed).to.equal(0);
    await el.updateComplete;
    expect(events).to.equal(0);
  });
}

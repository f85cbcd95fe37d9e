import { expect, fixtureSync, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { LpErrorDetail, LpFeedElement, LpLoadDetail } from '../../src/core/feed-element.js';
import type { ItemKind } from '../../src/data/item.js';
import { feedUrl, hits, resetStore, sampleEntries } from '../helpers.js';

/** Waits for the next lp-load of `el` and the render that goes with it. */
export async function loaded(el: Element): Promise<LpLoadDetail> {
  const { detail } = (await oneEvent(el, 'lp-load')) as CustomEvent<LpLoadDetail>;
  await (el as LpFeedElement).updateComplete;
  return detail;
}

export async function failed(el: Element): Promise<LpErrorDetail> {
  const { detail } = (await oneEvent(el, 'lp-error')) as CustomEvent<LpErrorDetail>;
  await (el as LpFeedElement).updateComplete;
  return detail;
}

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
 * What every feed element promises (DESIGN.md): states with an axe check in each, events,
 * attributes, language. Each element's own test file adds what is particular to it.
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
}

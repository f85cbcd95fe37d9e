// Accessibility past WCAG AA, for every element in every visible state: AAA contrast (axe's
// color-contrast-enhanced, 7:1) with the default colours in both themes; failures announced
// politely, and assertively only after the visitor pressed Retry; nothing animates under
// prefers-reduced-motion: reduce; and WCAG 1.4.12 text spacing clips or overlaps nothing.
// Forced colours and the accessibility tree are checked in Chromium by scripts/test-a11y.mjs.
import { expect, fixtureSync, oneEvent } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import '../../src/lp-widgets.js';
import '../../src/components/media-inquiry/inquiry-form.define.js';
import type { LpFeedElement } from '../../src/core/feed-element.js';
import { feedUrl, resetStore } from '../helpers.js';

const FEEDS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid'];
const ALL = [...FEEDS, 'lp-media-inquiry'];
const chromium = navigator.userAgent.includes('Chrome/');

type Axe = { run: (context: Element, options: object) => Promise<AxeResults> };
interface AxeResults {
  violations: { id: string; nodes: { target: unknown; failureSummary?: string }[] }[];
  passes: { nodes: unknown[] }[];
}
const axe = (window as unknown as { axe: Axe }).axe;

const shadow = (el: Element) => el.shadowRoot!;
const settled = (el: Element, type: 'lp-load' | 'lp-error') =>
  oneEvent(el, type).then(() => (el as LpFeedElement).updateComplete);

/** Every state of a feed element side by side: loading, content, empty, error, stale content under an error. */
async function feedStates(tagName: string, theme: string, width = 700): Promise<HTMLElement> {
  const tag = unsafeStatic(tagName);
  const wrapper = fixtureSync<HTMLElement>(staticHtml`<div style=${`width: ${width}px`}>
    <${tag} data-state="loading" theme=${theme} loading="eager" limit="2" src="/api/hang"></${tag}>
    <${tag} data-state="content" theme=${theme} loading="eager" limit="3" more-href="https://localprogress.org/news/" src=${feedUrl()}></${tag}>
    <${tag} data-state="empty" theme=${theme} loading="eager" src=${feedUrl({ body: 'empty' })}></${tag}>
    <${tag} data-state="error" theme=${theme} loading="eager" src=${feedUrl({ status: 500 })}></${tag}>
    <${tag} data-state="stale" theme=${theme} loading="eager" limit="2" src=${feedUrl({ 'fail-after': 1 })}></${tag}>
  </div>`);
  const el = (state: string) => wrapper.querySelector<LpFeedElement>(`[data-state="${state}"]`)!;
  await Promise.all([
    settled(el('content'), 'lp-load'),
    settled(el('empty'), 'lp-load'),
    settled(el('error'), 'lp-error'),
    settled(el('stale'), 'lp-load'),
  ]);
  const stale = settled(el('stale'), 'lp-error');
  el('stale').refresh();
  await stale;
  await el('loading').updateComplete;
  expect(shadow(el('loading')).querySelectorAll('.skeleton').length, 'loading: skeleton').to.equal(2);
  expect(shadow(el('stale')).querySelectorAll('[part="item"]').length, 'stale: items kept').to.equal(2);
  return wrapper;
}

/** The press box loading, with the feed's contact and the form showing every field's error, and failed. */
async function inquiryStates(theme: string, width = 700): Promise<HTMLElement> {
  const wrapper = fixtureSync<HTMLElement>(staticHtml`<div style=${`width: ${width}px`}>
    <lp-media-inquiry data-state="loading" theme=${theme} src="/api/hang"></lp-media-inquiry>
    <lp-media-inquiry data-state="content" theme=${theme} src=${feedUrl()} action="/api/inquiry?status=500"></lp-media-inquiry>
    <lp-media-inquiry data-state="error" theme=${theme} src=${feedUrl({ status: 500 })}></lp-media-inquiry>
  </div>`);
  const el = (state: string) => wrapper.querySelector<LpFeedElement>(`[data-state="${state}"]`)!;
  await Promise.all([settled(el('content'), 'lp-load'), settled(el('error'), 'lp-error')]);
  shadow(el('content')).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el('content').updateComplete;
  expect(shadow(el('content')).querySelectorAll('[part="field-error"]').length, 'field errors').to.be.greaterThan(0);
  return wrapper;
}

const statesOf = (tag: string, theme: string, width?: number) =>
  tag === 'lp-media-inquiry' ? inquiryStates(theme, width) : feedStates(tag, theme, width);

describe('beyond AA', function () {
  this.timeout(60_000);
  beforeEach(resetStore);

  describe('AAA contrast (7:1, axe color-contrast-enhanced) with the default colours', () => {
    for (const tag of ALL) {
      for (const theme of ['light', 'dark']) {
        it(`<${tag}> theme="${theme}": every text in every state`, async () => {
          const wrapper = await statesOf(tag, theme);
          const results = await axe.run(wrapper, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
          const found = results.violations.flatMap((v) => v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`));
          expect(found, 'texts under 7:1').to.deep.equal([]);
          // Not vacuous: the rule measured the texts.
          expect(results.passes.flatMap((p) => p.nodes).length, 'texts measured').to.be.greaterThan(3);
        });
      }
    }
  });

  describe('announcements', () => {
    const liveRegions = (el: Element, text: string) =>
      [...shadow(el).querySelectorAll('[role="status"], [role="alert"], [aria-live]')]
        .filter((node) => (node.textContent ?? '').includes(text))
        .map((node) => node.getAttribute('role') ?? `aria-live=${node.getAttribute('aria-live')}`);
    const errorText = (el: Element) => shadow(el).querySelector('[part="error"] p')!.textContent!.trim();

    for (const tag of ALL) {
      it(`<${tag}>: a failure while loading is announced politely, once; after Retry, assertively; a later one politely again`, async () => {
        const el = document.createElement(tag) as LpFeedElement;
        el.setAttribute('loading', 'eager');
        el.setAttribute('src', feedUrl({ status: 500 }));
        fixtureSync<HTMLElement>(staticHtml`<div style="width: 700px"></div>`).append(el);
        await settled(el, 'lp-error');
        expect(liveRegions(el, errorText(el)), 'on load').to.deep.equal(['status']);
        expect(shadow(el).querySelectorAll('[role="alert"]').length, 'no alert on load').to.equal(0);

        const retried = settled(el, 'lp-error');
        shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
        await retried;
        expect(liveRegions(el, errorText(el)), 'after Retry').to.deep.equal(['alert']);

        const again = settled(el, 'lp-error');
        el.refresh();
        await again;
        expect(liveRegions(el, errorText(el)), 'after refresh() by the page').to.deep.equal(['status']);
      });
    }

    for (const tag of FEEDS) {
      it(`<${tag}>: the notice over stale content is polite, once`, async () => {
        const wrapper = await feedStates(tag, 'light');
        const stale = wrapper.querySelector('[data-state="stale"]')!;
        expect(liveRegions(stale, errorText(stale))).to.deep.equal(['status']);
        expect(shadow(stale).querySelectorAll('[role="alert"]').length).to.equal(0);
      });
    }

    it('<lp-media-inquiry>: "Copied" stays a status, the form’s errors stay tied to their fields', async () => {
      const wrapper = await inquiryStates('light');
      const el = wrapper.querySelector('[data-state="content"]')!;
      expect(shadow(el).querySelector('[part="copy-status"]')!.getAttribute('role')).to.equal('status');
      const invalid = [...shadow(el).querySelectorAll('[aria-invalid="true"]')];
      expect(invalid.length).to.be.greaterThan(0);
      for (const control of invalid) {
        const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        const described = ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? '');
        expect(described.join(''), `${control.getAttribute('name')}: described by its error`).not.to.equal('');
      }
    });
  });

  describe('no motion under prefers-reduced-motion: reduce', () => {
    /** Every rule that animates or transitions must sit inside @media (prefers-reduced-motion: no-preference). */
    function movingRulesOutsideNoPreference(root: ShadowRoot): string[] {
      const bad: string[] = [];
      const walk = (rules: CSSRuleList, guarded: boolean) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule) {
            walk(rule.cssRules, guarded || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
          } else if (rule instanceof CSSStyleRule) {
            const s = rule.style;
            const moves =
              (s.animationName && s.animationName !== 'none') || (s.transitionDuration && !/^0m?s(,\s*0m?s)*$/.test(s.transitionDuration));
            if (moves && !guarded) bad.push(rule.selectorText);
          } else if ('cssRules' in rule) {
            walk((rule as CSSGroupingRule).cssRules, guarded);
          }
        }
      };
      for (const sheet of root.adoptedStyleSheets) walk(sheet.cssRules, false);
      for (const style of root.querySelectorAll('style')) walk(style.sheet!.cssRules, false);
      return bad;
    }

    function moving(wrapper: HTMLElement): string[] {
      const found: string[] = [];
      for (const host of wrapper.querySelectorAll<HTMLElement>('[data-state]')) {
        for (const node of shadow(host).querySelectorAll('*')) {
          const cs = getComputedStyle(node);
          const durations = cs.transitionDuration.split(',').map((d) => parseFloat(d));
          if (cs.animationName !== 'none' || durations.some((d) => d > 0)) {
            found.push(`${host.localName}[${host.dataset.state}] ${node.localName}.${node.className}: ${cs.animationName} ${cs.transitionDuration}`);
          }
        }
        found.push(...shadow(host).getAnimations().map((a) => `${host.localName}[${host.dataset.state}]: ${(a as CSSAnimation).animationName ?? 'animation'}`));
      }
      return found;
    }

    for (const tag of ALL) {
      it(`<${tag}>: every animation and transition is under prefers-reduced-motion: no-preference`, async () => {
        const wrapper = await statesOf(tag, 'light');
        for (const host of wrapper.querySelectorAll<HTMLElement>('[data-state]')) {
          expect(movingRulesOutsideNoPreference(shadow(host)), `${host.dataset.state}: rules that move regardless`).to.deep.equal([]);
        }
      });

      (chromium ? it : it.skip)(`<${tag}>: nothing animates in any state, loading included (emulated, Chromium)`, async () => {
        await emulateMedia({ reducedMotion: 'reduce' });
        try {
          expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
          const wrapper = await statesOf(tag, 'light');
          expect(moving(wrapper)).to.deep.equal([]);
          expect(document.getAnimations().length, 'document.getAnimations()').to.equal(0);
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
        // Without the preference nothing animates either: the skeleton stands still (an endless
        // pulse costs frames for as long as the feed takes).
        const wrapper = await statesOf(tag, 'light');
        expect(moving(wrapper), 'without the preference').to.deep.equal([]);
        // Not vacuous: an animation in a widget's shadow root is found.
        const host = wrapper.querySelector<HTMLElement>('[data-state]')!;
        const probe = document.createElement('span');
        probe.style.cssText = 'display: block; transition: opacity 1s';
        shadow(host).append(probe);
        expect(moving(wrapper).length, 'a transition in a shadow root is found').to.be.greaterThan(0);
        probe.remove();
      });
    }
  });

  describe('text spacing (WCAG 1.4.12): nothing clipped or overlapping, clamped summaries end on a whole line', () => {
    // What a visitor's text-spacing stylesheet does, through what crosses the shadow boundary:
    // inherited letter and word spacing from the element, --lp-line-height, and ::part() rules.
    const TEXT_PARTS = ['heading', 'title', 'link', 'outlet', 'date', 'summary', 'credit', 'empty', 'error', 'retry', 'more',
      'text', 'email', 'phone', 'copy', 'copy-status', 'label', 'field-error', 'input', 'submit', 'status'];
    const PARAGRAPHS = ['summary', 'outlet', 'empty', 'text', 'copy-status', 'field-error'];
    const spacing = (tag: string) => `
      ${tag} { --lp-line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; }
      ${TEXT_PARTS.map((p) => `${tag}::part(${p})`).join(', ')} { line-height: 1.5; letter-spacing: 0.12em; word-spacing: 0.16em; }
      ${PARAGRAPHS.map((p) => `${tag}::part(${p})`).join(', ')} { margin-block-end: 2em; }`;

    const rect = (node: Element) => node.getBoundingClientRect();
    const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

    /** Elements that hold text of their own, outside the skeleton and the visually hidden status. */
    const texts = (root: ShadowRoot) =>
      [...root.querySelectorAll<HTMLElement>('*')].filter(
        (node) =>
          !node.closest('.skeleton, .visually-hidden, [hidden]') &&
          [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()) &&
          rect(node).width > 0,
      );

    function problems(host: HTMLElement): string[] {
      const root = shadow(host);
      const out: string[] = [];
      const name = (node: Element) => `${host.localName}[${host.dataset.state}] ${node.getAttribute('part') ?? node.localName}`;
      for (const node of texts(root)) {
        if (node.matches('.summary')) continue;
        // Clipped: by its own box, or by an ancestor that hides overflow.
        if (node.scrollHeight > node.clientHeight + 1 && getComputedStyle(node).overflow !== 'visible') out.push(`${name(node)}: clipped`);
        for (let up = node.parentElement; up; up = up.parentElement) {
          if (getComputedStyle(up).overflow !== 'visible' && !inside(rect(node), rect(up))) out.push(`${name(node)}: cut by ${up.className}`);
        }
      }
      // Overlap: the text boxes of one item (or of the box) never cover each other.
      const all = texts(root);
      const items = [...root.querySelectorAll('[part="item"]')];
      const groups = [...items.map((item) => all.filter((n) => item.contains(n))), all.filter((n) => !n.closest('[part="item"]'))];
      for (const boxes of groups) {
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            if (boxes[i].contains(boxes[j]) || boxes[j].contains(boxes[i])) continue;
            if (overlap(rect(boxes[i]), rect(boxes[j]))) out.push(`${name(boxes[i])} overlaps ${name(boxes[j])}`);
          }
        }
      }
      for (const summary of root.querySelectorAll<HTMLElement>('[part="summary"]')) {
        const cs = getComputedStyle(summary);
        const line = parseFloat(cs.lineHeight);
        const lines = summary.clientHeight / line;
        if (Math.abs(lines - Math.round(lines)) > 0.05) out.push(`${name(summary)}: ${lines.toFixed(2)} lines, a line cut in half`);
        if (summary.scrollHeight > summary.clientHeight + 1) {
          // Clamped: line-clamp draws the ellipsis at the end of its last line; cut by anything
          // else (a height, a max-height) the text would just stop.
          const clamp = cs.getPropertyValue('-webkit-line-clamp');
          if (clamp === 'none' || Math.round(lines) !== Number(clamp)) {
            out.push(`${name(summary)}: cut without an ellipsis (line-clamp ${clamp}, ${lines.toFixed(2)} lines)`);
          }
        }
      }
      return out;
    }

    for (const tag of ALL) {
      for (const width of [320, 700]) {
        it(`<${tag}> at ${width} px, every state`, async () => {
          const style = document.createElement('style');
          style.textContent = spacing(tag);
          document.head.append(style);
          try {
            const wrapper = await statesOf(tag, 'light', width);
            await new Promise((r) => requestAnimationFrame(r));
            const hosts = [...wrapper.querySelectorAll<HTMLElement>('[data-state]')];
            // The spacing reached the text inside.
            const link = shadow(hosts[1]).querySelector('a')!;
            expect(parseFloat(getComputedStyle(link).letterSpacing), 'letter spacing inside').to.be.closeTo(0.12 * parseFloat(getComputedStyle(link).fontSize), 0.2);
            expect(hosts.flatMap(problems)).to.deep.equal([]);
            if (FEEDS.includes(tag)) {
              const clamped = hosts.flatMap((h) => [...shadow(h).querySelectorAll<HTMLElement>('[part="summary"]')]).filter((s) => s.scrollHeight > s.clientHeight + 1);
              expect(clamped.length, 'some summaries are long enough to be clamped').to.be.greaterThan(0);
            }
          } finally {
            style.remove();
          }
        });
      }
    }
  });
});


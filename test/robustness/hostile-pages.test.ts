// Hostile host pages. Each page of test/fixtures/hostile-pages/ is loaded in a
// same-origin iframe with its own CSS and the script-tag bundle; the test records the host
// elements' computed styles, adds the four widgets where the page marks them, and checks with
// bounding boxes and computed styles that the widgets stay legible and contained, that their
// links keep working, and that nothing of theirs leaks into the page.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { sampleEntries, uniqueKey, ENGINE_LABEL, engine } from '../helpers.js';
import { faultUrl, settled, type Settled } from './support.js';

const TAGS = ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid', 'lp-media-inquiry'] as const;
type Tag = (typeof TAGS)[number];

// Host styles that adding a widget must leave as they were. Sizes that follow layout (width,
// height) are left out: the page grows by the widgets' height, which is no leak.
const WATCHED = [
  'display', 'position', 'float', 'box-sizing', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-top-style',
  'border-top-color', 'border-left-width', 'color', 'background-color', 'background-image', 'font-family', 'font-size',
  'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align',
  'text-decoration-line', 'text-indent', 'white-space', 'list-style-type', 'direction', 'visibility', 'opacity',
  'cursor', 'vertical-align', 'z-index', 'overflow-x', 'overflow-y', 'outline-style', 'color-scheme', 'accent-color',
];

interface PageCase {
  page: string;
  /** What the page throws at the widgets (for the test name). */
  what: string;
  feed?: Record<string, string>;
  /** Widget attributes, per tag. */
  attrs?: Partial<Record<Tag, Record<string, string>>>;
}

const PAGES: PageCase[] = [
  { page: 'aggressive.html', what: 'reset on *, !important on a/img/li/h2, html font-size 40px, content-box, odd inherited text settings' },
  { page: 'bootstrap-like.html', what: 'a Bootstrap-like stylesheet, 62.5 % root font size, grid columns' },
  { page: 'rtl-arabic.html', what: 'dir="rtl" lang="ar"' },
  { page: 'narrow-280.html', what: 'a 280 px container, titles with 70-letter words, long URLs', feed: { long: '1' } },
];

type FrameWindow = Window & typeof globalThis & { __lp: { errors: string[] } };

async function openPage(page: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0; display: block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/test/fixtures/hostile-pages/${page}`;
  fixtureSync<HTMLElement>(html`<div></div>`).append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  // load fires once every script has run: the bundle has defined the elements.
  expect(win.customElements.get('lp-news-feed'), 'the bundle ran in the page').not.to.equal(undefined);
  return { frame, win, doc: frame.contentDocument! };
}

function snapshot(win: Window, elements: Element[]): string[][] {
  return elements.map((el) => {
    const style = win.getComputedStyle(el);
    return WATCHED.map((p) => `${p}: ${style.getPropertyValue(p)}`);
  });
}

function describeEl(el: Element): string {
  return `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
}

/** Elements of the shadow root that show text of their own. */
function textElements(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
      el.getClientRects().length > 0 &&
      !el.closest('.visually-hidden, [aria-hidden="true"]'),
  );
}

function parseColor(value: string): [number, number, number, number] {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, value === 'transparent' ? 0 : 1];
  const [r, g, b, a = '1'] = m[1].split(/[\s,/]+/).filter(Boolean);
  return [Number(r), Number(g), Number(b), Number(a)];
}
function luminance([r, g, b]: number[]): number {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
/** The first opaque background behind `el`, across its shadow root into the page; white (the canvas) if none. */
function backgroundBehind(win: Window, el: Element): number[] {
  let node: Element | null = el;
  while (node) {
    const bg = parseColor(win.getComputedStyle(node).backgroundColor);
    if (bg[3] > 0.5) return bg;
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return [255, 255, 255, 1];
}
function contrast(a: number[], b: number[]): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Legible: a sane size next to the page's own text, real line boxes, readable colour, not clipped. */
function checkLegible(win: Window, host: HTMLElement, problems: string[]) {
  const base = parseFloat(win.getComputedStyle(host).fontSize);
  const root = host.shadowRoot!;
  for (const el of textElements(root)) {
    const style = win.getComputedStyle(el);
    const size = parseFloat(style.fontSize);
    const where = `${host.localName} ${describeEl(el)} "${el.textContent!.trim().slice(0, 30)}"`;
    if (size < 9 || size < base * 0.7 || size > base * 1.6) problems.push(`${where}: font-size ${size}px next to the widget's ${base}px`);
    const rect = el.getBoundingClientRect();
    if (rect.height < size * 0.8) problems.push(`${where}: a ${rect.height}px box for ${size}px text`);
    if (parseFloat(style.opacity) < 0.9 || style.visibility !== 'visible') problems.push(`${where}: hidden (opacity ${style.opacity}, ${style.visibility})`);
    const ratio = contrast(parseColor(style.color), backgroundBehind(win, el));
    if (ratio < 3) problems.push(`${where}: contrast ${ratio.toFixed(2)}:1 (${style.color} on ${backgroundBehind(win, el).join(',')})`);
    // Not clipped: inside every box of the widget that clips it, and inside the widget.
    const clamped = style.webkitLineClamp !== 'none' && style.webkitLineClamp !== '' && style.webkitLineClamp !== undefined;
    for (let anc: Element | null = el; anc && anc !== host; anc = anc.parentElement ?? (anc.parentNode as ShadowRoot).host) {
      const ancStyle = win.getComputedStyle(anc);
      if (anc !== el && ancStyle.overflowX === 'visible' && ancStyle.overflowY === 'visible') continue;
      if (anc === el) {
        // Its own content: no horizontal overflow (line-clamp hides lines on purpose, never width).
        if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) problems.push(`${where}: text overflows its box (${el.scrollWidth} > ${el.clientWidth})`);
        continue;
      }
      const box = anc.getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1) problems.push(`${where}: clipped across by ${describeEl(anc)}`);
      if (!clamped && (rect.top < box.top - 1 || rect.bottom > box.bottom + 1)) problems.push(`${where}: clipped down by ${describeEl(anc)}`);
    }
  }
}

/** Contained: the widget fits its container, and no box inside it is wider than it or sticks out. */
function checkContained(host: HTMLElement, problems: string[]) {
  const outer = host.getBoundingClientRect();
  const slot = host.parentElement!;
  const slotBox = slot.getBoundingClientRect();
  const slotStyle = getComputedStyle(slot);
  const inner = slotBox.width - parseFloat(slotStyle.paddingLeft) - parseFloat(slotStyle.paddingRight) - parseFloat(slotStyle.borderLeftWidth) - parseFloat(slotStyle.borderRightWidth);
  if (outer.width > inner + 1) problems.push(`${host.localName}: ${outer.width}px wide in a ${inner}px container`);
  for (const el of host.shadowRoot!.querySelectorAll('*')) {
    if (el.closest('.visually-hidden') || !el.getClientRects().length) continue;
    const box = el.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    if (box.width > outer.width + 1 || box.left < outer.left - 1 || box.right > outer.right + 1) {
      problems.push(`${host.localName} ${describeEl(el)}: ${Math.round(box.left)}–${Math.round(box.right)} outside ${Math.round(outer.left)}–${Math.round(outer.right)}`);
    }
  }
}

/** Links: the URL from the feed, and the link is what a click at its middle reaches. */
function checkLinks(doc: Document, host: HTMLElement, expected: string[], problems: string[]) {
  const root = host.shadowRoot!;
  const links = [...root.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (!links.length) problems.push(`${host.localName}: no link`);
  const hrefs = links.filter((a) => a.getAttribute('part') === 'link' || a.getAttribute('part') === 'email').map((a) => a.href);
  if (JSON.stringify(hrefs) !== JSON.stringify(expected)) problems.push(`${host.localName}: hrefs ${JSON.stringify(hrefs)} ≠ ${JSON.stringify(expected)}`);
  for (const a of links) {
    a.scrollIntoView({ block: 'center', inline: 'center' });
    const r = a.getClientRects()[0];
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const top = doc.elementFromPoint(x, y);
    const hit = root.elementFromPoint(x, y);
    if (top !== host || !hit || !(a === hit || a.contains(hit))) {
      problems.push(`${host.localName} link "${a.textContent!.trim().slice(0, 30)}": a click at its middle reaches ${top ? describeEl(top) : 'nothing'} / ${hit ? describeEl(hit) : 'nothing'}`);
    }
  }
}

describe('hostile host pages', function () {
  this.timeout(60_000);

  for (const c of PAGES) {
    it(`${c.page} (${c.what}): legible, contained, links work, nothing leaks`, async () => {
      const { win, doc } = await openPage(c.page);
      const src = faultUrl({ mode: 'ok', images: 'local', ...(c.feed ?? {}) }, uniqueKey('hostile'));

      // The page before any widget. It keeps its vertical scrollbar throughout, so that growing
      // by the widgets' height does not narrow it (which would move auto margins: layout, not a leak).
      doc.documentElement.style.overflowY = 'scroll';
      const hostElements = [doc.documentElement, ...doc.body.querySelectorAll('*')];
      const before = snapshot(win, hostElements);
      const sheets = [doc.styleSheets.length, doc.adoptedStyleSheets.length, doc.head.children.length];
      const rootAttrs = [doc.documentElement, doc.body].map((el) => el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`).join(' '));

      const widgets = new Map<Tag, { el: HTMLElement; done: Promise<Settled> }>();
      for (const tag of TAGS) {
        const el = doc.createElement(tag);
        el.setAttribute('src', src);
        if (tag !== 'lp-media-inquiry') {
          el.setAttribute('loading', 'eager');
          el.setAttribute('limit', '3');
        }
        for (const [k, v] of Object.entries(c.attrs?.[tag] ?? {})) el.setAttribute(k, v);
        widgets.set(tag, { el, done: settled(el) });
        doc.querySelector(`[data-slot="${tag}"]`)!.append(el);
      }
      const results = new Map<Tag, Settled>();
      for (const [tag, w] of widgets) results.set(tag, await w.done);
      for (const [tag, r] of results) expect(r.type, `${tag} loaded`).to.equal('lp-load');

      // Final layout: every image loaded.
      const images = [...widgets.values()].flatMap(({ el }) => [...el.shadowRoot!.querySelectorAll('img')]);
      for (const img of images) img.loading = 'eager';
      await Promise.all(images.map((img) => img.decode()));
      await new Promise((r) => win.requestAnimationFrame(r));

      // Nothing leaks: host elements' styles, the page's style sheets, <html> and <body>.
      const after = snapshot(win, hostElements);
      const leaks = hostElements.flatMap((el, i) => before[i].flatMap((v, j) => (v === after[i][j] ? [] : [`${describeEl(el)} ${v} → ${after[i][j]}`])));
      expect(leaks, 'host styles changed by adding the widgets').to.deep.equal([]);
      expect([doc.styleSheets.length, doc.adoptedStyleSheets.length, doc.head.children.length]).to.deep.equal(sheets);
      expect([doc.documentElement, doc.body].map((el) => el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`).join(' '))).to.deep.equal(rootAttrs);

      const problems: string[] = [];
      // The links the sample file gives (url, else external_url), the first three of each kind:
      // not what the normalizer made of them.
      const KIND = { 'lp-news-feed': 'news', 'lp-press-releases': 'press-release', 'lp-blog-grid': 'blog' } as const;
      for (const [tag, { el }] of widgets) {
        const r = results.get(tag)!;
        const fromFile = tag === 'lp-media-inquiry' ? [] : (await sampleEntries(KIND[tag])).slice(0, 3).map((e) => e.link);
        if (tag !== 'lp-media-inquiry' && r.type === 'lp-load') {
          expect(r.detail.items.map((i) => i.url), `${tag}: lp-load's items`).to.deep.equal(fromFile);
        }
        const expected = tag === 'lp-media-inquiry' ? ['mailto:press@localprogress.org'] : r.type === 'lp-load' ? fromFile : [];
        checkContained(el, problems);
        checkLegible(win, el, problems);
        checkLinks(doc, el, expected, problems);
      }
      expect(problems, 'legible, contained, links reachable').to.deep.equal([]);
      expect(win.__lp.errors, 'no error in the page').to.deep.equal([]);

      if (c.page === 'rtl-arabic.html') {
        for (const { el } of widgets.values()) {
          expect(win.getComputedStyle(el).direction, `${el.localName} follows the page's direction`).to.equal('rtl');
          const heading = el.shadowRoot!.querySelector('[part="heading"]');
          if (heading) {
            // Right-aligned: the heading's text starts at the widget's right edge.
            const range = doc.createRange();
            range.selectNodeContents(heading);
            const text = range.getBoundingClientRect();
            expect(el.getBoundingClientRect().right - text.right, `${el.localName} heading starts on the right`).to.be.within(-1, 24);
          }
        }
        const time = widgets.get('lp-news-feed')!.el.shadowRoot!.querySelector('time')!;
        expect(time.textContent, 'dates in Arabic (Intl, lang="ar")').to.match(/[\u0600-\u06ff]/);
        const cards = [...widgets.get('lp-blog-grid')!.el.shadowRoot!.querySelectorAll('[part="item"]')].map((n) => n.getBoundingClientRect());
        expect(cards[0].right, 'the first card on the right').to.be.greaterThan(cards[1].right);
        console.log(`[observed] ${ENGINE_LABEL[engine]}: lang="ar": heading "${widgets.get('lp-news-feed')!.el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()}", date "${time.textContent!.trim()}"`);
      }
      if (c.page === 'narrow-280.html') {
        for (const { el } of widgets.values()) expect(el.getBoundingClientRect().width).to.be.at.most(280);
        const cards = [...widgets.get('lp-blog-grid')!.el.shadowRoot!.querySelectorAll('[part="item"]')].map((n) => Math.round(n.getBoundingClientRect().left));
        expect(new Set(cards).size, 'one column at 280 px').to.equal(1);
      }
      if (c.page === 'aggressive.html') {
        // Our text follows the page's body text (18px), not its 40px root size.
        const base = parseFloat(win.getComputedStyle(doc.body).fontSize);
        for (const { el } of widgets.values()) expect(parseFloat(win.getComputedStyle(el).fontSize), el.localName).to.equal(base);
        for (const { el } of widgets.values()) {
          const style = win.getComputedStyle(el.shadowRoot!.querySelector('[part="title"], [part="heading"]')!);
          expect(style.textTransform, 'no inherited uppercase').to.equal('none');
          expect(style.whiteSpace, 'no inherited nowrap').to.equal('normal');
          expect(style.letterSpacing, 'no inherited letter-spacing').to.equal('normal');
        }
      }
    });
  }

  // Found by this test: the page's `*` rule matches the host element, and for normal
  // declarations an outer-page rule beats the shadow root's `:host` rule, so the dark `:host`
  // blocks set background and color `!important`.
  it('a dark widget on a page whose reset sets `* { background: transparent }` keeps its dark surface', async () => {
    // Eric Meyer's reset (v1) and many old themes set background: transparent on every element.
    // The reset matches the widget's host element, and an outer page rule beats the widget's own
    // :host rule, so the widget must not rely on :host for what keeps its text readable.
    const { win, doc } = await openPage('aggressive.html');
    const el = doc.createElement('lp-news-feed');
    el.setAttribute('src', faultUrl({ mode: 'ok', images: 'local' }));
    el.setAttribute('loading', 'eager');
    el.setAttribute('theme', 'dark');
    const done = settled(el);
    doc.querySelector('[data-slot="lp-news-feed"]')!.append(el);
    expect((await done).type).to.equal('lp-load');
    const problems: string[] = [];
    checkLegible(win, el, problems);
    expect(problems).to.deep.equal([]);
  });
});

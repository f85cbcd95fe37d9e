// The WordPress plugin on the front end of the real test site (installed from its zip and
// activated by scripts/wordpress/run.sh, theme Twenty Twenty-Three, default endpoint: the site's
// own REST API). An Author published the pages through the REST API (plugin-publish.mjs, as
// "articles", a post type with the capabilities of posts); each
// page is framed here with ?lp_probe=1, and the probe in it (plugin-probe.js) reports the HTML
// as the server sent it, the widgets after they upgraded, errors, layout shifts and axe's
// violations. Expected items come from the sample feed the site was seeded from; the media
// inquiry pages and what each box must show, from test/wordpress/inquiry-pages.json.
import { expect } from '@open-wc/testing';
import { sample as loadFeed } from '../helpers.js';
import { loadSample, loadSite, typed, type SampleItem, type Site } from './site.js';

interface Report {
  failed?: string;
  allSettled: boolean;
  html: string;
  events: { tag: string; type: string; items?: number; from?: string; error?: string }[];
  errors: string[];
  warnings: string[];
  shifts: { value: number; time: number; sources: string[] }[];
  cls: number;
  scripts: { src: string; type: string }[];
  resources: string[];
  widgets: { tag: string; defined: boolean; attributes: Record<string, string>; titles: string[]; email: string | null; form: boolean; fallbackShown: string[]; height: number }[];
  violations: { id: string; impact: string; nodes: string[] }[];
}

/** Frames `url` with the probe and waits for its report. */
async function probe(url: string): Promise<Report> {
  const frame = document.createElement('iframe');
  const src = new URL(url);
  src.searchParams.set('lp_probe', '1');
  frame.src = src.href;
  frame.title = 'A page of the test site';
  // Within this page's viewport, so that lazy widgets count as near the screen.
  frame.style.cssText = 'width: 780px; height: 580px; border: 0;';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const answer = new Promise<Report>((resolve) => {
    const on = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && (e.data as { lp?: string })?.lp === 'report') {
        removeEventListener('message', on);
        resolve((e.data as { report: Report }).report);
      }
    };
    addEventListener('message', on);
  });
  frame.contentWindow!.postMessage({ lp: 'report' }, '*');
  const report = await answer;
  frame.remove();
  if (report.failed) throw new Error(`the probe failed: ${report.failed}`);
  return report;
}

/** The server's list inside an element of the page as sent (no script has run in it). */
function fallbackList(doc: Document, tag: string) {
  const el = doc.querySelector(tag)!;
  return [...el.querySelectorAll(':scope > ul > li')].map((li) => ({
    title: li.querySelector(':scope > a')!.textContent!,
    href: li.querySelector<HTMLAnchorElement>(':scope > a')!.getAttribute('href')!,
    datetime: li.querySelector('time')?.getAttribute('datetime'),
    summary: li.querySelector(':scope > p')?.textContent ?? '',
  }));
}

const widgetScripts = (r: Report) => r.scripts.filter((s) => s.src.includes('lp-widgets'));
const formScripts = (r: Report) => r.scripts.filter((s) => s.src.includes('lp-inquiry-form'));
const readerScripts = (r: Report) => r.scripts.filter((s) => s.src.includes('lp-wordpress'));
const PLUGIN_BUILD = '/wp-content/plugins/local-progress-widgets/build/';

/** A page of test/wordpress/inquiry-pages.json: its media inquiry boxes, in order. */
interface InquiryPage {
  slug: string;
  boxes: { as: 'block' | 'shortcode'; attributes: Record<string, string>; form: boolean }[];
}

describe('WordPress plugin: blocks and shortcodes on the front end', () => {
  let site: Site;
  let sample: SampleItem[];
  let contactEmail: string;
  const pages: Record<string, string> = {};
  const reports: Record<string, Report> = {};
  const seeded = (item: SampleItem) => site.manifest.posts.find((p) => p.feedId === item.id)!;
  const newest = (items: SampleItem[]) => [...items].sort((a, b) => b.date_published.localeCompare(a.date_published));

  before(async () => {
    site = await loadSite();
    sample = await loadSample();
    contactEmail = ((await loadFeed('localprogress')) as { _localprogress: { contact: { email: string } } })._localprogress.contact.email;
    const response = await fetch(`${site.base}/wp-json/wp/v2/articles?slug=lp-plugin-block,lp-plugin-shortcode,lp-plugin-hostile&_fields=slug,link`);
    for (const post of (await response.json()) as { slug: string; link: string }[]) pages[post.slug] = post.link;
    expect(Object.keys(pages).sort(), 'the posts the Author published').to.deep.equal(['lp-plugin-block', 'lp-plugin-hostile', 'lp-plugin-shortcode']);
    for (const slug of Object.keys(pages)) reports[slug] = await probe(pages[slug]);
  });

  const source = (slug: string) => new DOMParser().parseFromString(reports[slug].html, 'text/html');

  it('block post: the HTML source holds the list of the newest news items, as links with dates and summaries', () => {
    const doc = source('lp-plugin-block');
    const news = newest(sample.filter((i) => i._localprogress.kind === 'news')).slice(0, 3);
    const feed = doc.querySelector('lp-news-feed')!;
    expect(feed, 'the element is in the HTML').not.to.equal(null);
    expect(feed.getAttribute('src')).to.match(new RegExp(`^${site.base.replace(/\./g, '\\.')}/wp-json/wp/v2/posts\\?`));
    expect(feed.querySelector(':scope > h2')?.textContent, 'a heading of the default level').to.be.a('string').and.not.equal('');
    const list = fallbackList(doc, 'lp-news-feed');
    expect(list.map((i) => typed(i.title))).to.deep.equal(news.map((i) => typed(i.title)));
    expect(list.map((i) => i.href)).to.deep.equal(news.map((i) => seeded(i).link));
    expect(list.map((i) => i.datetime)).to.deep.equal(news.map((i) => new Date(i.date_published).toISOString()));
    expect(list.map((i) => typed(i.summary))).to.deep.equal(news.map((i) => typed(i.summary)));
    expect(feed.querySelector('script, style, img')).to.equal(null);
  });

  it('block post: the media inquiry box has its email link and text in the HTML', () => {
    const box = source('lp-plugin-block').querySelector('lp-media-inquiry')!;
    const contact = contactEmail;
    expect(box.getAttribute('email')).to.equal(contact);
    expect(box.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')).to.equal(`mailto:${contact}`);
    expect(box.textContent).to.include('Want to get in touch with us for a story?');
  });

  it('shortcode post: the list holds the Texas blog posts (tag filter and limit, by the server)', () => {
    const texas = newest(sample.filter((i) => i._localprogress.kind === 'blog' && i.tags.includes('texas'))).slice(0, 5);
    expect(texas.length, 'the sample has Texas blog posts').to.be.greaterThan(1);
    const list = fallbackList(source('lp-plugin-shortcode'), 'lp-blog-grid');
    expect(list.map((i) => typed(i.title))).to.deep.equal(texas.map((i) => typed(i.title)));
    expect(list.map((i) => i.href)).to.deep.equal(texas.map((i) => seeded(i).link));
  });

  it('the widgets’ script is loaded once per page, from the plugin (the classic build on WordPress without script modules)', async () => {
    for (const slug of Object.keys(pages)) {
      const scripts = widgetScripts(reports[slug]);
      expect(scripts, slug).to.have.length(1);
      expect(new URL(scripts[0].src).pathname).to.equal('/wp-content/plugins/local-progress-widgets/build/lp-widgets.classic.js');
      // Its media inquiry box has no form address: no form, so not the form's file either.
      expect(formScripts(reports[slug]), slug).to.deep.equal([]);
    }
    // A page without a widget loads none.
    const plain = await probe(site.manifest.posts[0].link);
    expect(widgetScripts(plain)).to.deep.equal([]);
    expect(readerScripts(plain)).to.deep.equal([]);
    expect(plain.html).not.to.include('lp-widgets');
    expect(plain.html).not.to.include('lp-wordpress');
  });

  it('these widgets read the site’s own REST API (the default endpoint): lp-wordpress.js is loaded once, from the plugin, before the widgets’ script', () => {
    for (const slug of Object.keys(pages)) {
      const scripts = reports[slug].scripts.map((s) => new URL(s.src).pathname);
      expect(readerScripts(reports[slug]).map((s) => new URL(s.src).pathname), slug).to.deep.equal([`${PLUGIN_BUILD}lp-wordpress.js`]);
      expect(scripts.indexOf(`${PLUGIN_BUILD}lp-wordpress.js`), `${slug}: before the widgets`).to.be.lessThan(scripts.indexOf(`${PLUGIN_BUILD}lp-widgets.classic.js`));
    }
  });

  it('the widgets upgrade over the list and read the configured endpoint, with no error', () => {
    const news = newest(sample.filter((i) => i._localprogress.kind === 'news')).slice(0, 3);
    const texas = newest(sample.filter((i) => i._localprogress.kind === 'blog' && i.tags.includes('texas'))).slice(0, 5);
    for (const [slug, report] of Object.entries(reports)) {
      expect(report.allSettled, `${slug}: every widget settled`).to.equal(true);
      expect(report.errors, slug).to.deep.equal([]);
      expect(report.events.filter((e) => e.type === 'lp-error'), slug).to.deep.equal([]);
      for (const widget of report.widgets) {
        expect(widget.defined, `${slug}: ${widget.tag} upgraded`).to.equal(true);
        expect(widget.fallbackShown, `${slug}: the server's list of ${widget.tag} gives way to the element`).to.deep.equal([]);
      }
      expect(report.resources.some((url) => url.startsWith(`${site.base}/wp-json/wp/v2/posts?`)), `${slug}: the endpoint was read`).to.equal(true);
    }
    const block = reports['lp-plugin-block'];
    expect(block.widgets.find((w) => w.tag === 'lp-news-feed')!.titles.map(typed)).to.deep.equal(news.map((i) => typed(i.title)));
    expect(block.widgets.find((w) => w.tag === 'lp-media-inquiry')!.email).to.equal(contactEmail);
    expect(reports['lp-plugin-shortcode'].widgets[0].titles.map(typed)).to.deep.equal(texas.map((i) => typed(i.title)));
  });

  it('hostile shortcode attributes come out escaped: no script, no handler, no javascript: link', () => {
    const doc = source('lp-plugin-hostile');
    const el = doc.querySelector('lp-press-releases')!;
    expect(el, 'the element is rendered').not.to.equal(null);
    expect(doc.querySelectorAll('[onmouseover], [onerror], [onload]')).to.have.length(0);
    expect([...doc.scripts].filter((s) => s.textContent!.includes('alert(1)'))).to.deep.equal([]);
    expect([...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
    expect(el.hasAttribute('more-href')).to.equal(false);
    expect(reports['lp-plugin-hostile'].errors).to.deep.equal([]);
  });

  it('axe finds no violations on the pages, after the upgrade', () => {
    for (const [slug, report] of Object.entries(reports)) {
      expect(report.violations, slug).to.deep.equal([]);
    }
  });

  it('reports the layout shift of the upgrade (measured, not asserted)', () => {
    for (const [slug, report] of Object.entries(reports)) {
      const heights = report.widgets.map((w) => `${w.tag} ${w.height}px`).join(', ');
      console.log(`[plugin] ${slug}: cumulative layout shift ${report.cls.toFixed(4)} in ${report.shifts.length} shift(s); ${heights}`);
      expect(report.cls).to.be.a('number');
    }
  });
});

describe('WordPress plugin: the media inquiry form, only where a box has a form address', () => {
  let site: Site;
  let inquiryPages: InquiryPage[];
  const reports: Record<string, Report> = {};
  const wantsForm = (page: InquiryPage) => page.boxes.some((box) => box.form);

  before(async () => {
    site = await loadSite();
    inquiryPages = ((await (await fetch('/test/wordpress/inquiry-pages.json')).json()) as { pages: InquiryPage[] }).pages;
    expect(inquiryPages.filter(wantsForm).length, 'the fixture has pages with a form').to.be.greaterThan(0);
    expect(inquiryPages.filter((page) => !wantsForm(page)).length, 'the fixture has pages without one').to.be.greaterThan(0);
    const slugs = inquiryPages.map((page) => page.slug);
    const response = await fetch(`${site.base}/wp-json/wp/v2/articles?slug=${slugs.join(',')}&_fields=slug,link`);
    const links = Object.fromEntries(((await response.json()) as { slug: string; link: string }[]).map((post) => [post.slug, post.link]));
    expect(Object.keys(links).sort(), 'the pages the Author published').to.deep.equal([...slugs].sort());
    for (const slug of slugs) reports[slug] = await probe(links[slug]);
  });

  it('a page with a form address loads lp-inquiry-form.js once, from the plugin; a page without one does not load it', () => {
    for (const page of inquiryPages) {
      const scripts = formScripts(reports[page.slug]);
      if (wantsForm(page)) {
        expect(scripts, `${page.slug}: the form's file, once`).to.have.length(1);
        expect(new URL(scripts[0].src).pathname, page.slug).to.equal(`${PLUGIN_BUILD}lp-inquiry-form.js`);
      } else {
        expect(scripts, `${page.slug}: no form's file`).to.deep.equal([]);
        expect(reports[page.slug].html, `${page.slug}: the file is not named in the HTML either`).not.to.include('lp-inquiry-form');
      }
      // The widgets themselves, as on every page with a widget; these boxes name their email and
      // read no feed, so no WordPress reader either.
      expect(widgetScripts(reports[page.slug]).map((s) => new URL(s.src).pathname), page.slug).to.deep.equal([`${PLUGIN_BUILD}lp-widgets.classic.js`]);
      expect(readerScripts(reports[page.slug]), `${page.slug}: no WordPress reader`).to.deep.equal([]);
    }
  });

  it('each box with a valid form address shows the form after the upgrade, and the others show none', () => {
    for (const page of inquiryPages) {
      const report = reports[page.slug];
      expect(report.allSettled, `${page.slug}: every widget settled`).to.equal(true);
      const boxes = report.widgets.filter((w) => w.tag === 'lp-media-inquiry');
      expect(boxes.length, `${page.slug}: its boxes`).to.equal(page.boxes.length);
      page.boxes.forEach((box, i) => {
        expect(boxes[i].defined, `${page.slug}, box ${i + 1}: upgraded`).to.equal(true);
        expect(boxes[i].email, `${page.slug}, box ${i + 1}: its email`).to.equal(box.attributes.email);
        expect(boxes[i].form, `${page.slug}, box ${i + 1}: the form (part="form") in its shadow root`).to.equal(box.form);
      });
    }
  });

  it('the server writes the form address only when it is valid', () => {
    for (const page of inquiryPages) {
      const elements = [...new DOMParser().parseFromString(reports[page.slug].html, 'text/html').querySelectorAll('lp-media-inquiry')];
      expect(elements.length, page.slug).to.equal(page.boxes.length);
      page.boxes.forEach((box, i) => {
        const action = elements[i].getAttribute('action');
        expect(action, `${page.slug}, box ${i + 1}: action`).to.equal(box.form ? box.attributes.action : null);
      });
    }
  });

  it('no error, no warning (none about a missing form file) and no axe violation on these pages', () => {
    for (const page of inquiryPages) {
      const report = reports[page.slug];
      expect(report.errors, page.slug).to.deep.equal([]);
      expect(report.warnings, page.slug).to.deep.equal([]);
      expect(report.violations, page.slug).to.deep.equal([]);
    }
  });
});

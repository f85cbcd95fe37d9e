// Issue 6, part 4: a partner page with a strict Content-Security-Policy and Trusted Types.
//
// The runner's own test page injects inline scripts, so the strict page is a standalone page
// served by test/server/fault-routes.mjs with the header below, loading the script-tag bundle
// (src/lp-widgets.ts built by esbuild, Lit's production build) from the same origin. The test
// loads it in a same-origin iframe and reads what the page's probe script recorded.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { uniqueKey } from '../helpers.js';
import { ENGINE_LABEL, engine } from '../helpers-engine.js';
import { stats } from './support.js';

const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
interface Probe {
  violations: Violation[];
  errors: string[];
  warnings: string[];
  settled: { tag: string; type: string; kind?: string }[];
  trustedTypes: boolean;
}
type ProbedWindow = Window & typeof globalThis & { __lp: Probe };

function frameMessage(frame: HTMLIFrameElement, what: string): Promise<void> {
  return new Promise((resolve) => {
    const on = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && (e.data as { lp?: string })?.lp === what) {
        removeEventListener('message', on);
        resolve();
      }
    };
    addEventListener('message', on);
  });
}

describe('strict Content-Security-Policy with Trusted Types', function () {
  this.timeout(60_000);

  it('the page really is served with the policy', async () => {
    const response = await fetch(`/api/fault/csp-page?key=${uniqueKey('csp')}`);
    expect(response.headers.get('Content-Security-Policy')).to.equal(POLICY);
    const text = await response.text();
    expect(text, 'no inline script on the page').not.to.match(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(text).not.to.match(/<style|style=/);
  });

  it('renders all four widgets with no violation report, no error, and working Trusted Types enforcement', async () => {
    const key = uniqueKey('csp');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 1400px; border: 0';
    const settled = frameMessage(frame, 'settled');
    frame.src = `/api/fault/csp-page?key=${key}`;
    fixtureSync<HTMLElement>(html`<div></div>`).append(frame);
    await settled;

    const win = frame.contentWindow as ProbedWindow;
    const doc = frame.contentDocument!;
    const lp = win.__lp;
    expect(lp.settled.map((s) => `${s.tag} ${s.type}`).sort(), 'all four widgets loaded').to.deep.equal(
      ['lp-blog-grid lp-load', 'lp-media-inquiry lp-load', 'lp-news-feed lp-load', 'lp-press-releases lp-load'],
    );
    // One shared request for the four widgets.
    expect((await stats(`/api/fault/feed?key=${key}`)).hits).to.equal(1);

    // Rendered, and styled (constructable stylesheets pass style-src 'self').
    for (const tag of ['lp-news-feed', 'lp-press-releases', 'lp-blog-grid']) {
      const el = doc.querySelector(tag)!;
      const items = el.shadowRoot!.querySelectorAll('[part="item"]');
      expect(items.length, `${tag} items`).to.equal(2);
      const heading = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect(win.getComputedStyle(heading).fontWeight, `${tag} styles applied`).to.equal('700');
      expect(win.getComputedStyle(el.shadowRoot!.querySelector('ul')!).listStyleType).to.equal('none');
    }
    const inquiry = doc.querySelector('lp-media-inquiry')!;
    expect(inquiry.shadowRoot!.querySelector<HTMLAnchorElement>('[part="email"]')!.href).to.equal('mailto:press@localprogress.org');
    expect(inquiry.shadowRoot!.querySelector('form'), 'the inquiry form').not.to.equal(null);

    // Same-origin images (img-src 'self') load.
    const images = [...doc.querySelectorAll('lp-news-feed, lp-blog-grid')].flatMap((el) => [...el.shadowRoot!.querySelectorAll('img')]);
    expect(images.length).to.be.greaterThan(0);
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode()));

    // Controls: the probe does hear violations. An inline <style> is refused (style-src), and
    // where the engine enforces Trusted Types, a string into innerHTML throws (and is reported).
    let violation = frameMessage(frame, 'violation');
    const style = doc.createElement('style');
    style.textContent = 'body { background: red }';
    doc.head.append(style);
    await violation;
    let controls = 1;
    const enforcesTT = lp.trustedTypes;
    if (enforcesTT) {
      violation = frameMessage(frame, 'violation');
      let thrown: unknown;
      try {
        doc.body.querySelector('main')!.innerHTML = '<b>not trusted</b>';
      } catch (error) {
        thrown = error;
      }
      expect((thrown as Error)?.name, 'a string into innerHTML is refused').to.equal('TypeError');
      await violation;
      controls++;
    }
    console.log(
      `[observed] ${ENGINE_LABEL[engine]}: Trusted Types ${enforcesTT ? 'enforced' : 'not supported (require-trusted-types-for is ignored)'}; ` +
        `violations besides the controls: ${lp.violations.length - controls}`,
    );

    const fromWidgets = lp.violations.slice(0, lp.violations.length - controls);
    expect(fromWidgets, 'no violation report from the widgets').to.deep.equal([]);
    const control = lp.violations.slice(lp.violations.length - controls);
    expect(control[0].directive).to.match(/^style-src/);
    if (enforcesTT) expect(control[1].directive).to.equal('require-trusted-types-for');
    expect(lp.errors, 'no error, rejection or console.error in the page').to.deep.equal([]);
  });
});

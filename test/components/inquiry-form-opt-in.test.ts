// The inquiry form ships in a file of its own: this page loads only the element's file first,
// so `action` alone gives the contact box without a form; loading the form's file then gives
// every box on the page its form.
import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/components/media-inquiry/media-inquiry.define.js';
import type { LpMediaInquiry } from '../../src/components/media-inquiry/media-inquiry.js';
import { feedUrl, resetStore } from '../helpers.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

describe('<lp-media-inquiry action> and the opt-in form file', () => {
  afterEach(resetStore);

  it('without the form file: the contact box, no form, one console warning; with it: the form, in boxes already on the page', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const wrapper = fixtureSync<HTMLElement>(html`<div>
        <lp-media-inquiry src=${feedUrl()} action="/api/inquiry"></lp-media-inquiry>
        <lp-media-inquiry src=${feedUrl()} action="/api/inquiry" lang="es"></lp-media-inquiry>
      </div>`);
      const [first, second] = wrapper.querySelectorAll<LpMediaInquiry>('lp-media-inquiry');
      await Promise.all([oneEvent(first, 'lp-load'), oneEvent(second, 'lp-load')]);
      for (const box of [first, second]) {
        expect(part(box, 'email')?.textContent, 'the email still shows').to.equal('press@localprogress.org');
        expect(part(box, 'form'), 'no form without its file').to.equal(null);
      }
      expect(warnings.filter((w) => w.includes('lp-inquiry-form.js')).length, 'warned once for both boxes').to.equal(1);

      await import('../../src/components/media-inquiry/inquiry-form.define.js');
      await customElements.whenDefined('lp-media-inquiry');
      // whenDefined() resolves in a microtask, then the boxes update.
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(part(first, 'form'), 'the form once its file has loaded').not.to.equal(null);
      expect(part(first, 'submit')?.textContent).to.equal('Send');
      expect(part(second, 'submit')?.textContent, 'in the box language').to.equal('Enviar');
      expect(warnings.filter((w) => w.includes('lp-inquiry-form.js')).length, 'no second warning').to.equal(1);
    } finally {
      console.warn = warn;
    }
  });
});

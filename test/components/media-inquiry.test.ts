import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/media-inquiry/media-inquiry.define.js';
import '../../src/components/media-inquiry/inquiry-form.define.js';
import '../../src/components/news-feed/news-feed.define.js';
import type {
  InquiryData,
  LpContactLoadDetail,
  LpMediaInquiry,
  LpSubmitDetail,
  LpSubmitErrorDetail,
} from '../../src/components/media-inquiry/media-inquiry.js';
import { DEFAULT_ENDPOINT } from '../../src/core/feed-element.js';
import { writeCache } from '../../src/data/cache.js';
import { feedKey } from '../../src/data/feed-store.js';
import { failed, feedUrl, hits, loaded, resetStore, serve, uniqueKey } from '../helpers.js';
import { THEME_CASES, abortsWhenDisconnected, applyScheme, expectSurface, resetScheme, themeTest } from './feed-contract.js';

const SAMPLE_EMAIL = 'press@localprogress.org';
const SAMPLE_TEXT = 'Want to get in touch with us for a story? Reach us at press@localprogress.org.';

const shadow = (el: Element) => el.shadowRoot!;
// Assertions compare strings and booleans, never elements: when a chai assertion on a DOM
// element fails, the runner hangs serializing it for the diff instead of reporting the failure.
const part = <T extends Element = HTMLElement>(el: Element, name: string) => shadow(el).querySelector<T>(`[part="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const control = (el: Element, name: string) => shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const has = (el: Element, name: string) => !!part(el, name);
/** The focused control's name or part (strings, not elements: see `has`). */
const focused = (el: Element) => {
  const active = shadow(el).activeElement;
  return active && (active.getAttribute('name') ?? active.getAttribute('part'));
};
const submitButton = (el: Element) => part<HTMLButtonElement>(el, 'submit')!;

/** An inquiry endpoint on the test server, and the key its requests are recorded under. */
function inquiryEndpoint(params: Record<string, string> = {}): { action: string; key: string } {
  const key = uniqueKey('inquiry');
  return { action: `/api/inquiry?${new URLSearchParams({ key, ...params })}`, key };
}

interface Received {
  contentType: string;
  cookie: string;
  body: unknown;
}

async function received(key: string): Promise<Received[]> {
  const response = await fetch(`/api/inquiry-received?key=${key}`);
  return ((await response.json()) as { requests: Received[] }).requests;
}

async function release(key: string): Promise<void> {
  await fetch(`/api/inquiry-release?key=${key}`);
}

const TYPED: InquiryData = {
  name: 'Ana Reporter',
  outlet: 'The Daily Planet',
  email: 'ana@planet.example.org',
  deadline: '2031-05-20',
  message: 'Could a member speak about the new ordinance before Friday?',
};

/** Types into the form's fields the way a visitor would (value, then an input event). */
function type(el: Element, values: Partial<InquiryData> & { website?: string }): void {
  for (const [name, value] of Object.entries(values)) {
    const field = control(el, name);
    field.value = value as string;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function values(el: Element): InquiryData {
  const out = {} as InquiryData;
  for (const name of Object.keys(TYPED) as (keyof InquiryData)[]) out[name] = control(el, name).value;
  return out;
}

/** Replaces navigator.clipboard; the returned function puts the browser's own back. */
function stubClipboard(value: unknown): () => void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

/** Records every fetch; `redirect` may send a URL elsewhere (still a real request and Response). */
function spyFetch(redirect: (url: string) => string = (url) => url) {
  const calls: string[] = [];
  const realFetch = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push(url);
    return realFetch(redirect(url), init);
  };
  return { calls, restore: () => (window.fetch = realFetch) };
}

/** Resolves once the shadow root of `el` has an element matching `selector` (a DOM mutation, not a timer). */
function rendered(el: Element, selector: string): Promise<void> {
  return new Promise((resolve) => {
    const root = shadow(el);
    if (root.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (!root.querySelector(selector)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}

describe('<lp-media-inquiry>', () => {
  let restoreClipboard: (() => void) | undefined;
  beforeEach(resetStore);
  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
  });

  describe('contact box', () => {
    it('renders attributes and slotted text without any request', async () => {
      const spy = spyFetch();
      try {
        const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry email="media@example.org" phone="+1 (555) 010-0199"
          ><p>Reporters: we answer within a day.</p></lp-media-inquiry
        >`);
        await el.updateComplete;
        expect(shadow(el).querySelector('h2[part="heading"]')!.textContent!.trim()).to.equal('Have a Media Inquiry?');
        const email = part<HTMLAnchorElement>(el, 'email')!;
        expect(email.getAttribute('href')).to.equal('mailto:media@example.org');
        expect(email.textContent).to.equal('media@example.org');
        const phone = part<HTMLAnchorElement>(el, 'phone')!;
        expect(phone.getAttribute('href')).to.equal('tel:+15550100199');
        expect(phone.textContent).to.equal('+1 (555) 010-0199');
        const slot = part(el, 'text')!.querySelector('slot')!;
        expect(slot.assignedElements()[0].textContent).to.equal('Reporters: we answer within a day.');
        expect(has(el, 'form'), 'form').to.equal(false);
        expect(spy.calls).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        spy.restore();
      }
    });

    it('reads the contact from the feed and fires lp-load', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src=${feedUrl()}> </lp-media-inquiry>`);
      const detail = await loaded<LpContactLoadDetail>(el);
      expect(detail.from).to.equal('network');
      expect(detail.contact).to.deep.equal({ heading: 'Have a Media Inquiry?', text: SAMPLE_TEXT, email: SAMPLE_EMAIL });
      expect(detail.items).to.deep.equal([]);
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.equal(`mailto:${SAMPLE_EMAIL}`);
      // Whitespace between the tags is not slotted text: the feed's text shows.
      expect(text(el, 'text')).to.equal(SAMPLE_TEXT);
      expect(has(el, 'phone'), 'phone').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('lets attributes and slotted text win over the feed', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry
        src=${feedUrl()}
        email="mailto:media@example.org"
        phone="555-0100"
        heading="Press office"
        >Call us any time.</lp-media-inquiry
      >`);
      const detail = await loaded<LpContactLoadDetail>(el);
      expect(detail.contact.email).to.equal(SAMPLE_EMAIL);
      expect(text(el, 'heading')).to.equal('Press office');
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.equal('mailto:media@example.org');
      expect(part<HTMLAnchorElement>(el, 'phone')!.getAttribute('href')).to.equal('tel:5550100');
      expect(text(el, 'text')).to.equal('');
      expect(part(el, 'text')!.querySelector('slot')!.assignedNodes()[0].textContent).to.equal('Call us any time.');
    });

    it('is accessible in the dark theme', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry theme="dark" src=${feedUrl()} action="/api/inquiry"></lp-media-inquiry>`);
      await loaded<LpContactLoadDetail>(el);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(21, 25, 30)');
      await expect(el).to.be.accessible();
    });

    it('uses the heading level, hides an empty heading and takes a slotted heading', async () => {
      const el = fixtureSync<LpMediaInquiry>(
        html`<lp-media-inquiry email="media@example.org" heading-level="4" action="/api/inquiry"></lp-media-inquiry>`,
      );
      await el.updateComplete;
      expect(!!shadow(el).querySelector('h4[part="heading"]'), 'h4[part="heading"]').to.equal(true);
      expect(!!shadow(el).querySelector('h5[part="form-heading"]'), 'h5[part="form-heading"]').to.equal(true);
      el.heading = '';
      await el.updateComplete;
      expect(has(el, 'heading'), 'heading').to.equal(false);

      const slotted = fixtureSync<LpMediaInquiry>(
        html`<lp-media-inquiry email="media@example.org" heading=""><span slot="heading">Talk to <em>us</em></span></lp-media-inquiry>`,
      );
      await slotted.updateComplete;
      const slot = shadow(slotted).querySelector<HTMLSlotElement>('h2[part="heading"] slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Talk to us');
    });

    it('drops an email or phone attribute that is not a plain address or number', async () => {
      const el = fixtureSync<LpMediaInquiry>(
        html`<lp-media-inquiry src=${feedUrl()} email="javascript:alert(1)//@x.org" phone="javascript:alert(1)"></lp-media-inquiry>`,
      );
      await loaded<LpContactLoadDetail>(el);
      expect(part<HTMLAnchorElement>(el, 'email')!.getAttribute('href')).to.equal(`mailto:${SAMPLE_EMAIL}`);
      expect(has(el, 'phone'), 'phone').to.equal(false);
      for (const a of shadow(el).querySelectorAll('a')) expect(a.protocol).to.equal('mailto:');
    });
  });

  describe('which feed it reads', () => {
    it('reads the page-wide endpoint meta, even with an email attribute', async () => {
      const meta = document.createElement('meta');
      meta.name = 'lp-widgets:endpoint';
      meta.content = feedUrl();
      document.head.append(meta);
      try {
        const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry email="media@example.org"></lp-media-inquiry>`);
        expect((await loaded<LpContactLoadDetail>(el)).contact.text).to.equal(SAMPLE_TEXT);
        expect(text(el, 'text')).to.equal(SAMPLE_TEXT);
        expect(await hits(meta.content)).to.equal(1);
      } finally {
        meta.remove();
      }
    });

    it('reads the official endpoint when it has neither an email nor a src', async () => {
      const served = feedUrl();
      // The official endpoint is not reachable from the test machine: answer it from the test server.
      const spy = spyFetch((url) => (url === DEFAULT_ENDPOINT ? served : url));
      try {
        const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry></lp-media-inquiry>`);
        await loaded<LpContactLoadDetail>(el);
        expect(spy.calls).to.deep.equal([DEFAULT_ENDPOINT]);
        expect(part(el, 'email')!.textContent).to.equal(SAMPLE_EMAIL);
      } finally {
        spy.restore();
      }
    });

    it('shares one request with a feed widget on the same endpoint, and reuses the cache', async () => {
      const src = feedUrl({ delay: 100 });
      const wrapper = fixtureSync<HTMLElement>(html`<div>
        <lp-news-feed src=${src} loading="eager"></lp-news-feed>
        <lp-media-inquiry src=${src}></lp-media-inquiry>
      </div>`);
      const el = wrapper.querySelector('lp-media-inquiry')!;
      await Promise.all([loaded<LpContactLoadDetail>(el), oneEvent(wrapper.querySelector('lp-news-feed')!, 'lp-load')]);
      expect(await hits(src)).to.equal(1);

      const again = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src=${src}></lp-media-inquiry>`);
      expect((await loaded<LpContactLoadDetail>(again)).from).to.equal('cache');
      expect(await hits(src)).to.equal(1);
    });

    it('shows a loading state, then nothing stale, while the feed is slow', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src="/api/hang"></lp-media-inquiry>`);
      await el.updateComplete;
      expect(!!shadow(el).querySelector('.bone'), '.bone').to.equal(true);
      expect(shadow(el).querySelector('p[role="status"].visually-hidden')!.textContent).to.equal('Loading the press contact…');
      expect(text(el, 'heading')).to.equal('Have a Media Inquiry?');
      await expect(el).to.be.accessible();
    });

    abortsWhenDisconnected('lp-media-inquiry');
  });

  describe('feed failures', () => {
    it('shows an error with Retry when there is no email to show, and recovers', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src=${feedUrl({ 'fail-first': 3 })}></lp-media-inquiry>`);
      const detail = await failed(el);
      expect(detail.error.kind).to.equal('http');
      expect(detail.error.status).to.equal(500);
      expect(detail.hasStaleContent).to.equal(false);
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('status');
      expect(alert.textContent).to.include('Couldn’t load the press contact');
      await expect(el).to.be.accessible();

      part<HTMLButtonElement>(el, 'retry')!.click();
      await loaded<LpContactLoadDetail>(el);
      expect(has(el, 'error'), 'error').to.equal(false);
      expect(part(el, 'email')!.textContent).to.equal(SAMPLE_EMAIL);
    });

    it('shows no error when the attributes give an email, and says so in lp-error', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src=${feedUrl({ status: 503 })} email="media@example.org"></lp-media-inquiry>`);
      const detail = await failed(el);
      expect(detail.error.status).to.equal(503);
      expect(detail.hasStaleContent).to.equal(true);
      expect(has(el, 'error'), 'error').to.equal(false);
      expect(part(el, 'email')!.textContent).to.equal('media@example.org');
    });

    it('refuses a src that is not http(s)', async () => {
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src="javascript:alert(1)"></lp-media-inquiry>`);
      expect((await failed(el)).error.kind).to.equal('network');
      expect(has(el, 'error'), 'error').to.equal(true);
    });
  });

  describe('hostile feed content', () => {
    beforeEach(() => {
      window.__lpPwned = undefined;
    });

    it('renders remote text as text and drops unusable addresses', async () => {
      const src = await serve({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Hostile',
        items: [],
        _localprogress: {
          contact: {
            heading: '<img src=x onerror="window.__lpPwned=`1`">Press <b>desk</b>',
            text: '<script>window.__lpPwned=`2`</script>Call <a href="javascript:alert(1)">us</a>',
            email: 'javascript:alert(1)',
            phone: 'javascript:alert(1)',
          },
        },
      });
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src=${src}></lp-media-inquiry>`);
      const detail = await failed(el);
      expect(detail.error.kind).to.equal('format');
      expect(text(el, 'heading')).to.equal('Press desk');
      expect(text(el, 'text')).to.equal('Call us');
      expect(shadow(el).querySelectorAll('img, script, a, b')).to.have.length(0);
      expect(has(el, 'error'), 'error').to.equal(true);
      expect(window.__lpPwned).to.equal(undefined);
    });

    it('checks a saved contact again: markup is dropped, text stays text, a javascript: address is never a link', async () => {
      const src = feedUrl();
      const url = new URL(src, document.baseURI).href;
      // Anything on the page's origin can write the cache; the element must not trust it.
      writeCache(feedKey({ url }), {
        format: 'json-feed',
        items: [],
        dropped: 0,
        contactSource: {
          contact: {
            heading: '<img src=x onerror="window.__lpPwned=`3`">Press',
            text: '<img src=x onerror="window.__lpPwned=`4`">Write to us',
            email: 'javascript:alert(1)',
            phone: 'javascript:alert(1)',
          },
          language: 'en',
        },
      });
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry src=${src} email="media@example.org"></lp-media-inquiry>`);
      expect((await loaded<LpContactLoadDetail>(el)).from).to.equal('cache');
      // The saved contact is checked as the feed's is: markup goes, its text stays text.
      expect(text(el, 'heading')).to.equal('Press');
      expect(text(el, 'text')).to.equal('Write to us');
      expect(shadow(el).querySelectorAll('img')).to.have.length(0);
      expect(part<HTMLAnchorElement>(el, 'email')!.href).to.equal('mailto:media@example.org');
      expect(has(el, 'phone'), 'phone').to.equal(false);
      expect(window.__lpPwned).to.equal(undefined);
    });
  });

  describe('copy button', () => {
    it('copies the address and confirms it in a live region', async () => {
      const written: string[] = [];
      restoreClipboard = stubClipboard({ writeText: async (value: string) => void written.push(value) });
      const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry email="media@example.org"></lp-media-inquiry>`);
      await el.updateComplete;
      const status = part(el, 'copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal('');
      part<HTMLButtonElement>(el, 'copy')!.click();
      await waitUntil(() => status.textContent === 'Copied media@example.org to the clipboard', 'no confirmation');
      expect(written).to.deep.equal(['media@example.org']);
      expect(has(el, 'copy-input'), 'copy-input').to.equal(false);
      await expect(el).to.be.accessible();
    });

    for (const [why, clipboard] of [
      ['missing', undefined],
      ['refused', { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }],
    ] as const) {
      it(`selects the address and says how to copy it when the Clipboard API is ${why}`, async () => {
        restoreClipboard = stubClipboard(clipboard);
        const el = fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry email="media@example.org"></lp-media-inquiry>`);
        await el.updateComplete;
        part<HTMLButtonElement>(el, 'copy')!.click();
        await waitUntil(() => part(el, 'copy-input'), 'no fallback field');
        const field = part<HTMLInputElement>(el, 'copy-input')!;
        expect(field.readOnly).to.equal(true);
        expect(field.value).to.equal('media@example.org');
        expect(field.getClientRects().length).to.be.greaterThan(0);
        expect(focused(el)).to.equal('copy-input');
        expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
        expect(text(el, 'copy-status')).to.equal('Press Ctrl+C (Cmd+C on a Mac) to copy the selected address.');
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('inquiry form', () => {
    const form = (action: string, lang = 'en') =>
      fixtureSync<LpMediaInquiry>(html`<lp-media-inquiry email="media@example.org" action=${action} lang=${lang}></lp-media-inquiry>`);

    it('renders only with an http(s) action', async () => {
      for (const action of ['javascript:alert(1)', 'ftp://example.org/inquiry', 'data:text/html,x']) {
        const el = form(action);
        await el.updateComplete;
        expect(has(el, 'form'), action).to.equal(false);
      }
      const el = form('https://example.org/inquiry');
      await el.updateComplete;
      expect(has(el, 'form'), 'form').to.equal(true);
    });

    it('has a visible label for every field, and a hidden honeypot', async () => {
      const el = form(inquiryEndpoint().action);
      await el.updateComplete;
      const labels = [...shadow(el).querySelectorAll<HTMLLabelElement>('label[part="label"]')];
      expect(labels.map((l) => l.textContent)).to.deep.equal(['Name', 'Outlet', 'Email', 'Deadline (optional)', 'Message']);
      for (const label of labels) {
        expect(label.control?.id, label.textContent!).to.equal(label.htmlFor);
        expect(label.control?.getAttribute('name')).to.be.a('string');
        expect(label.getClientRects().length).to.be.greaterThan(0);
      }
      expect(control(el, 'email').type).to.equal('email');
      expect(control(el, 'deadline').type).to.equal('date');
      expect(control(el, 'deadline').required).to.equal(false);
      expect(control(el, 'message').localName).to.equal('textarea');
      expect(part(el, 'form')!.hasAttribute('novalidate')).to.equal(true);
      const trap = control(el, 'website');
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.getAttribute('autocomplete')).to.equal('off');
      const wrapper = trap.closest('[aria-hidden="true"]')!;
      expect(!!wrapper).to.equal(true);
      expect(wrapper.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(wrapper).overflow).to.equal('hidden');
      await expect(el).to.be.accessible();
    });

    it('ties an error to each invalid field, focuses the first and sends nothing', async () => {
      const { action, key } = inquiryEndpoint();
      const el = form(action);
      await el.updateComplete;
      submitButton(el).click();
      await el.updateComplete;
      for (const name of ['name', 'outlet', 'email', 'message']) {
        const field = control(el, name);
        expect(field.getAttribute('aria-invalid'), name).to.equal('true');
        const error = shadow(el).getElementById(field.getAttribute('aria-describedby')!)!;
        expect(error.textContent).to.equal('Please fill this in.');
      }
      expect(control(el, 'deadline').getAttribute('aria-invalid')).to.equal('false');
      expect(focused(el)).to.equal('name');
      await expect(el).to.be.accessible();

      type(el, { ...TYPED, email: 'ana at planet' });
      await el.updateComplete;
      // Fixed fields lose their error as soon as they are valid.
      expect(control(el, 'name').getAttribute('aria-invalid')).to.equal('false');
      submitButton(el).click();
      await el.updateComplete;
      const email = control(el, 'email');
      expect(shadow(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(1);
      expect(shadow(el).getElementById(email.getAttribute('aria-describedby')!)!.textContent).to.equal(
        'Please enter a valid email address.',
      );
      expect(focused(el)).to.equal('email');
      expect(await received(key)).to.deep.equal([]);
    });

    it('sends JSON once, shows "sending", then a focused confirmation, and fires lp-submit', async () => {
      const { action, key } = inquiryEndpoint({ hold: '1' });
      document.cookie = 'lp-test-session=1; path=/';
      try {
        const el = form(action);
        await el.updateComplete;
        type(el, { ...TYPED, name: `  ${TYPED.name} ` });
        let submits = 0;
        el.addEventListener('lp-submit', () => submits++);
        // A double click, and a third click once the button shows as disabled.
        submitButton(el).click();
        submitButton(el).click();
        await el.updateComplete;
        expect(submitButton(el).disabled).to.equal(true);
        expect(submitButton(el).textContent).to.equal('Sending…');
        submitButton(el).click();
        await expect(el).to.be.accessible();

        const sent = oneEvent(el, 'lp-submit');
        await release(key);
        const { detail } = (await sent) as CustomEvent<LpSubmitDetail>;
        await el.updateComplete;
        expect(detail.data).to.deep.equal(TYPED);
        const status = part(el, 'status')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent).to.equal('Thank you! Your inquiry was sent.');
        expect(focused(el)).to.equal('status');
        expect(has(el, 'form'), 'form').to.equal(false);
        await expect(el).to.be.accessible();

        const requests = await received(key);
        expect(requests).to.have.length(1);
        expect(requests[0].contentType).to.equal('application/json');
        expect(requests[0].body).to.deep.equal(TYPED);
        expect(requests[0].cookie, 'no credentials').to.equal('');
        expect(submits).to.equal(1);
      } finally {
        document.cookie = 'lp-test-session=; path=/; max-age=0';
      }
    });

    it('keeps everything typed when the server refuses, and sends it on retry', async () => {
      const failing = inquiryEndpoint({ status: '500' });
      const el = form(failing.action);
      await el.updateComplete;
      type(el, TYPED);
      submitButton(el).click();
      const { detail } = (await oneEvent(el, 'lp-submit-error')) as CustomEvent<LpSubmitErrorDetail>;
      await el.updateComplete;
      expect(detail.error.kind).to.equal('http');
      expect(detail.error.status).to.equal(500);
      expect(detail.data).to.deep.equal(TYPED);
      const alert = part(el, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.equal('Sending failed. What you typed is still here: please try again.');
      expect(values(el)).to.deep.equal(TYPED);
      expect(submitButton(el).disabled).to.equal(false);
      expect(focused(el)).to.equal('submit');
      await expect(el).to.be.accessible();

      const working = inquiryEndpoint();
      el.action = working.action;
      await el.updateComplete;
      submitButton(el).click();
      await oneEvent(el, 'lp-submit');
      expect((await received(working.key)).map((r) => r.body)).to.deep.equal([TYPED]);
      expect(await received(failing.key)).to.have.length(1);
    });

    it('gives up after `timeout` ms and keeps everything typed', async () => {
      const { action, key } = inquiryEndpoint({ hold: '1' });
      const el = form(action);
      el.timeout = 300;
      await el.updateComplete;
      type(el, TYPED);
      submitButton(el).click();
      const { detail } = (await oneEvent(el, 'lp-submit-error')) as CustomEvent<LpSubmitErrorDetail>;
      await el.updateComplete;
      expect(detail.error.kind).to.equal('timeout');
      expect(values(el)).to.deep.equal(TYPED);
      expect(has(el, 'error'), 'error').to.equal(true);
      await release(key);
    });

    it('reports a network failure', async () => {
      // Port 9 (discard) is refused by the browser: a network error without leaving the machine.
      const el = form('http://127.0.0.1:9/inquiry');
      await el.updateComplete;
      type(el, TYPED);
      submitButton(el).click();
      const { detail } = (await oneEvent(el, 'lp-submit-error')) as CustomEvent<LpSubmitErrorDetail>;
      expect(detail.error.kind).to.equal('network');
      expect(values(el)).to.deep.equal(TYPED);
    });

    it('keeps a draft through re-creating the element, and forgets it after sending', async () => {
      const { action, key } = inquiryEndpoint();
      const first = form(action);
      await first.updateComplete;
      type(first, TYPED);
      first.remove();

      const second = form(action);
      await second.updateComplete;
      expect(values(second)).to.deep.equal(TYPED);
      const sent = oneEvent(second, 'lp-submit');
      submitButton(second).click();
      await sent;
      expect((await received(key))[0].body).to.deep.equal(TYPED);

      const third = form(action);
      await third.updateComplete;
      expect(Object.values(values(third)).join('')).to.equal('');
    });

    it('pretends success and sends nothing when the honeypot is filled', async () => {
      const { action, key } = inquiryEndpoint();
      const el = form(action);
      await el.updateComplete;
      let submits = 0;
      el.addEventListener('lp-submit', () => submits++);
      type(el, { ...TYPED, website: 'https://spam.example' });
      const spy = spyFetch();
      try {
        const shown = rendered(el, '[part="status"]');
        submitButton(el).click();
        await shown;
        expect(part(el, 'status')!.textContent).to.equal('Thank you! Your inquiry was sent.');
        // The thank-you is the end of the submit handler: nothing was sent, nothing will be.
        expect(spy.calls, 'no request from the honeypot submit').to.deep.equal([]);
      } finally {
        spy.restore();
      }
      expect(await received(key)).to.deep.equal([]);
      expect(submits).to.equal(0);
    });
  });

  describe('language', () => {
    it('writes every string in Spanish, from its own or an ancestor’s lang', async () => {
      restoreClipboard = stubClipboard({ writeText: async () => undefined });
      const wrapper = fixtureSync<HTMLElement>(
        html`<div lang="es-MX"><lp-media-inquiry email="prensa@example.org" phone="555 0100" action="/api/inquiry"></lp-media-inquiry></div>`,
      );
      const el = wrapper.querySelector('lp-media-inquiry')!;
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal('¿Tiene una consulta de prensa?');
      expect(text(el, 'form-heading')).to.equal('Envíe una consulta');
      expect([...shadow(el).querySelectorAll('[part="label"]')].map((l) => l.textContent)).to.deep.equal([
        'Nombre',
        'Medio',
        'Correo',
        'Fecha límite (opcional)',
        'Mensaje',
      ]);
      expect(text(el, 'copy')).to.equal('Copiar correo');
      submitButton(el).click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="field-error"]')!.textContent).to.equal('Complete este campo.');
      part<HTMLButtonElement>(el, 'copy')!.click();
      await waitUntil(() => text(el, 'copy-status') === 'Se copió prensa@example.org al portapapeles', 'no confirmation');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal('Have a Media Inquiry?');
    });

    it('follows a change of the page’s lang, as the feed widgets do', async () => {
      const wrapper = fixtureSync<HTMLElement>(html`<div lang="en"><lp-media-inquiry email="prensa@example.org"></lp-media-inquiry></div>`);
      const el = wrapper.querySelector('lp-media-inquiry')!;
      await el.updateComplete;
      expect(text(el, 'heading')).to.equal('Have a Media Inquiry?');
      wrapper.setAttribute('lang', 'es');
      await waitUntil(() => text(el, 'heading') === '¿Tiene una consulta de prensa?', 'the heading did not follow lang="es"');
      el.remove();
      wrapper.setAttribute('lang', 'en');
      wrapper.append(el);
      await waitUntil(() => text(el, 'heading') === 'Have a Media Inquiry?', 'the heading did not follow lang="en" after a re-mount');
    });
  });
});

describe('<lp-media-inquiry>: every state in every theme is accessible', function () {
  this.timeout(60_000);
  beforeEach(resetStore);

  for (const c of THEME_CASES) {
    themeTest(c)(`${c.name}: loading, feed error with Retry, contact and form, field errors, sent, send failed`, async () => {
      await applyScheme(c);
      try {
        const ok = inquiryEndpoint();
        const refused = inquiryEndpoint({ status: '500' });
        const wrapper = fixtureSync<HTMLElement>(html`<div style="width: 700px">
          <lp-media-inquiry data-state="loading" theme=${c.theme} src="/api/hang"></lp-media-inquiry>
          <lp-media-inquiry data-state="error" theme=${c.theme} src=${feedUrl({ status: 500 })}></lp-media-inquiry>
          <lp-media-inquiry data-state="contact" theme=${c.theme} src=${feedUrl()} phone="555 0100" action="/api/inquiry"></lp-media-inquiry>
          <lp-media-inquiry data-state="invalid" theme=${c.theme} email="media@example.org" action="/api/inquiry"></lp-media-inquiry>
          <lp-media-inquiry data-state="sent" theme=${c.theme} email="media@example.org" action=${ok.action}></lp-media-inquiry>
          <lp-media-inquiry data-state="failed" theme=${c.theme} email="media@example.org" action=${refused.action}></lp-media-inquiry>
        </div>`);
        const el = (state: string) => wrapper.querySelector<LpMediaInquiry>(`[data-state="${state}"]`)!;
        await Promise.all([failed(el('error')), loaded<LpContactLoadDetail>(el('contact'))]);
        await Promise.all(['loading', 'invalid', 'sent', 'failed'].map((state) => el(state).updateComplete));
        const invalid = rendered(el('invalid'), '[part="field-error"]');
        submitButton(el('invalid')).click();
        await invalid;
        const sent = oneEvent(el('sent'), 'lp-submit');
        type(el('sent'), TYPED);
        submitButton(el('sent')).click();
        await sent;
        const refusedEvent = oneEvent(el('failed'), 'lp-submit-error');
        type(el('failed'), TYPED);
        submitButton(el('failed')).click();
        await refusedEvent;
        await Promise.all(['sent', 'failed'].map((state) => el(state).updateComplete));

        expect(!!shadow(el('loading')).querySelector('.bone'), 'loading: placeholder').to.equal(true);
        expect(has(el('error'), 'retry'), 'error: Retry').to.equal(true);
        expect(has(el('contact'), 'email') && has(el('contact'), 'phone') && has(el('contact'), 'form'), 'contact and form').to.equal(true);
        expect(has(el('invalid'), 'field-error'), 'field errors').to.equal(true);
        expect(text(el('sent'), 'status'), 'sent').to.equal('Thank you! Your inquiry was sent.');
        expect(has(el('failed'), 'error'), 'send failed').to.equal(true);
        for (const state of ['loading', 'error', 'contact', 'invalid', 'sent', 'failed']) expectSurface(el(state), c, state);
        // One axe run over all six; landmark-unique only because four forms of the same name sit
        // side by side here, which no page does (each widget alone passes it, above).
        await expect(wrapper).to.be.accessible({ ignoredRules: ['landmark-unique'] });
      } finally {
        await resetScheme(c);
      }
    });
  }
});

declare global {
  interface Window {
    __lpPwned?: string;
  }
}

// Compile-time: the events are typed on every element.
export function typedEvents(el: HTMLElement): void {
  el.addEventListener('lp-submit', (e) => e.detail.data.email);
  el.addEventListener('lp-submit-error', (e) => e.detail.error.kind);
}

// A Spanish page reads Spanish: <lp-media-inquiry> shows the feed's contact variant in its own
// language, else the feed's own heading and text when the feed is in that language (or does not
// say), else its built-in strings. Email and phone always come from the feed; attributes and
// slotted content still win.
import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/components/media-inquiry/media-inquiry.define.js';
import type { LpContactLoadDetail, LpMediaInquiry } from '../../src/components/media-inquiry/media-inquiry.js';
import { normalizeContact } from '../../src/data/contact.js';
import { feedUrl, hits, resetStore, sample, serve } from '../helpers.js';

const EMAIL = 'press@localprogress.org';
const EN = { heading: 'Have a Media Inquiry?', text: 'Want to get in touch with us for a story? Reach us at press@localprogress.org.' };
const ES = {
  heading: '¿Tiene una consulta de prensa?',
  text: '¿Quiere ponerse en contacto con nosotros para un reportaje? Escríbanos a press@localprogress.org.',
};
/** The built-in headings (the built-in strings have no text). */
const BUILT_IN = { en: 'Have a Media Inquiry?', es: '¿Tiene una consulta de prensa?' };

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part="${name}"]`);
const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
/** What a reader sees of the box: heading, text (or null when hidden), email. */
const seen = (el: Element) => ({
  heading: text(el, 'heading'),
  text: part(el, 'text')!.hidden ? null : text(el, 'text'),
  email: part(el, 'email')?.textContent,
});

async function loaded(el: LpMediaInquiry): Promise<LpContactLoadDetail> {
  const { detail } = (await oneEvent(el, 'lp-load')) as CustomEvent<LpContactLoadDetail>;
  await el.updateComplete;
  return detail;
}

/** A box inside an element with `lang`, reading `src`. */
function box(lang: string, src: string, inner = html``, attrs: { heading?: string } = {}): LpMediaInquiry {
  const wrapper = fixtureSync<HTMLElement>(
    html`<div lang=${lang}><lp-media-inquiry src=${src} heading=${attrs.heading ?? nothing}>${inner}</lp-media-inquiry></div>`,
  );
  return wrapper.querySelector('lp-media-inquiry')!;
}

/** A JSON Feed with this top-level `language` (left out when undefined) and `contact`. */
function feed(language: unknown, contact: Record<string, unknown>) {
  return serve({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Local Progress',
    ...(language === undefined ? {} : { language }),
    items: [],
    _localprogress: { contact: { email: EMAIL, ...contact } },
  });
}

describe('<lp-media-inquiry>: the contact in the page’s language', () => {
  beforeEach(resetStore);

  it('the sample feed says it is English and carries a Spanish variant of its contact', async () => {
    const doc = (await sample('localprogress')) as { language: string; _localprogress: { contact: Record<string, unknown> } };
    expect(doc.language).to.equal('en');
    const { heading, text: body, translations } = doc._localprogress.contact as typeof EN & { translations: Record<string, typeof ES> };
    expect({ heading, text: body }).to.deep.equal(EN);
    expect(translations).to.deep.equal({ es: ES });
  });

  it('on a Spanish page, shows the feed’s Spanish variant, with the feed’s email', async () => {
    const el = box('es', feedUrl());
    const detail = await loaded(el);
    expect(seen(el)).to.deep.equal({ ...ES, email: EMAIL });
    expect(detail.contact, 'lp-load: what the box took from the feed').to.deep.equal({ ...ES, email: EMAIL });
    await expect(el).to.be.accessible();
  });

  it('on an English page, shows the feed’s own English text, as before', async () => {
    const el = box('en-US', feedUrl());
    await loaded(el);
    expect(seen(el)).to.deep.equal({ ...EN, email: EMAIL });
  });

  it('matches es-MX to the es variant, and prefers an es-MX variant where there is one', async () => {
    const el = box('es-MX', feedUrl());
    await loaded(el);
    expect(seen(el)).to.deep.equal({ ...ES, email: EMAIL });

    const mexico = { heading: '¿Tiene una consulta de prensa? (México)', text: 'Escríbanos.' };
    const src = await feed('en', { ...EN, translations: { es: ES, 'es-MX': mexico } });
    const regional = box('es-MX', src);
    await loaded(regional);
    expect(seen(regional)).to.deep.equal({ ...mexico, email: EMAIL });
    const plain = box('es', src);
    await loaded(plain);
    expect(seen(plain)).to.deep.equal({ ...ES, email: EMAIL });
  });

  it('shows its built-in strings when the feed is in another language and has no variant for this one', async () => {
    const src = await feed('en', { ...EN, phone: '+1 202 555 0143' });
    const spanish = box('es', src);
    const detail = await loaded(spanish);
    expect(seen(spanish)).to.deep.equal({ heading: BUILT_IN.es, text: null, email: EMAIL });
    expect(text(spanish, 'phone'), 'the phone still comes from the feed').to.equal('+1 202 555 0143');
    expect(detail.contact).to.deep.equal({ email: EMAIL, phone: '+1 202 555 0143' });
    await expect(spanish).to.be.accessible();

    // The sample feed has no French variant: English built-ins, not the feed's English text.
    const french = box('fr', feedUrl());
    await loaded(french);
    expect(seen(french)).to.deep.equal({ heading: BUILT_IN.en, text: null, email: EMAIL });
  });

  it('shows the feed’s own text in any language when the feed does not say which it is written in', async () => {
    const src = await feed(undefined, EN);
    const el = box('es', src);
    await loaded(el);
    expect(seen(el)).to.deep.equal({ ...EN, email: EMAIL });
  });

  it('reads a feed written in Spanish: its own text on a Spanish page, its English variant or the built-ins on an English one', async () => {
    const src = await feed('es-ES', ES);
    const spanish = box('es-MX', src);
    await loaded(spanish);
    expect(seen(spanish)).to.deep.equal({ ...ES, email: EMAIL });
    const english = box('en', src);
    await loaded(english);
    expect(seen(english)).to.deep.equal({ heading: BUILT_IN.en, text: null, email: EMAIL });

    const withEnglish = await feed('es', { ...ES, translations: { en: EN } });
    const other = box('en-GB', withEnglish);
    await loaded(other);
    expect(seen(other)).to.deep.equal({ ...EN, email: EMAIL });
  });

  it('lets attributes and slotted text win over the variant', async () => {
    const el = box('es', feedUrl(), html`<span>Llámenos cuando quiera.</span>`, { heading: 'Oficina de prensa' });
    await loaded(el);
    expect(text(el, 'heading')).to.equal('Oficina de prensa');
    expect(text(el, 'text'), 'the feed’s text is not rendered next to the slot').to.equal('');
    expect(part(el, 'text')!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Llámenos cuando quiera.');
    expect(part(el, 'email')!.textContent).to.equal(EMAIL);
    await expect(el).to.be.accessible();
  });

  it('follows a change of the page’s lang', async () => {
    const el = box('en', feedUrl());
    await loaded(el);
    expect(seen(el)).to.deep.equal({ ...EN, email: EMAIL });
    el.parentElement!.setAttribute('lang', 'es');
    await waitUntil(() => text(el, 'heading') === ES.heading, 'the heading did not follow lang="es"');
    expect(seen(el)).to.deep.equal({ ...ES, email: EMAIL });
    await expect(el).to.be.accessible();
  });

  it('checks the language and the variants like every remote field', async () => {
    const src = await feed('<b>es</b>', {
      ...EN,
      translations: {
        // An own "__proto__" key, as JSON.parse makes it.
        ...(JSON.parse('{"__proto__": {"heading": "polluted"}}') as object),
        'not a tag': { heading: 'not a tag' },
        es: { heading: 42, text: '<img src=x onerror="window.__lpPwned = 1">Escríbanos <b>hoy</b>.' },
        fr: 'not an object',
        de: { heading: '   ' },
      },
    });
    // A language that is not a language tag counts as none: the feed's own text shows.
    const english = box('en', src);
    const detail = await loaded(english);
    expect(seen(english)).to.deep.equal({ ...EN, email: EMAIL });
    expect(detail.contact).to.deep.equal({ ...EN, email: EMAIL });

    // The es variant keeps only its text, as text; a heading that is not a string is dropped.
    const spanish = box('es', src);
    await loaded(spanish);
    expect(seen(spanish)).to.deep.equal({ heading: BUILT_IN.es, text: 'Escríbanos hoy.', email: EMAIL });
    expect(part(spanish, 'text')!.querySelector('img, b')).to.equal(null);
    // No French or German variant survived: the feed's own text (its language is unknown).
    const german = box('de', src);
    await loaded(german);
    expect(seen(german).heading).to.equal(EN.heading);
    expect((window as { __lpPwned?: number }).__lpPwned).to.equal(undefined);
  });

  it('normalizes the variants: language tags in lower case, text only, nothing else kept', () => {
    const contact = normalizeContact(
      JSON.parse(`{
        "heading": "Have a Media Inquiry?",
        "email": "mailto:${EMAIL}",
        "translations": {
          "__proto__": { "heading": "polluted" },
          "ES-mx": { "heading": " ¿Tiene una <em>consulta</em>? ", "text": "Escríbanos.", "email": "other@example.org" },
          "es": { "text": "Escríbanos." },
          "x": { "heading": "too short a tag" },
          "en-": { "heading": "not a tag" },
          "pt": { "heading": ["not", "a", "string"] },
          "fr": null
        }
      }`),
    );
    expect(contact).to.deep.equal({
      heading: 'Have a Media Inquiry?',
      email: EMAIL,
      translations: { 'es-mx': { heading: '¿Tiene una consulta?', text: 'Escríbanos.' }, es: { text: 'Escríbanos.' } },
    });
    expect(Object.getPrototypeOf(contact!.translations)).to.equal(Object.prototype);
    expect(normalizeContact({ email: EMAIL, translations: 'es' }), 'translations that are not an object').to.deep.equal({ email: EMAIL });
  });

  it('keeps the contact and the language in the saved copy as the feed wrote them, and checks them again when it shows them', async () => {
    const saved = feedUrl();
    const url = new URL(saved, location.href).href;
    const entry = {
      savedAt: Date.now(),
      result: { format: 'json-feed', items: [], dropped: 0, contactSource: { contact: { ...EN, email: EMAIL, translations: { es: ES } }, language: 'en' } },
    };
    localStorage.setItem(`lp-widgets:v2:${url}`, JSON.stringify(entry));
    const fromStorage = box('es', saved);
    expect((await loaded(fromStorage)).from).to.equal('cache');
    expect(seen(fromStorage)).to.deep.equal({ ...ES, email: EMAIL });
    expect(await hits(saved), 'read from the saved copy').to.equal(0);

    // A saved copy tampered with (a number for the Spanish heading, a script URL for the email)
    // shows none of it: the variant's heading is no text, and the address is no address.
    const tampered = feedUrl();
    const tamperedUrl = new URL(tampered, location.href).href;
    entry.result.contactSource.contact.translations = { es: { heading: 42 } as unknown as typeof ES };
    entry.result.contactSource.contact.email = 'javascript:alert(1)//@x.org';
    localStorage.setItem(`lp-widgets:v2:${tamperedUrl}`, JSON.stringify(entry));
    const fromTampered = box('es', tampered);
    const error = oneEvent(fromTampered, 'lp-error');
    await error;
    await fromTampered.updateComplete;
    expect(seen(fromTampered), 'the built-in Spanish heading, no English text, no address').to.deep.equal({ heading: BUILT_IN.es, text: null, email: undefined });
  });
});

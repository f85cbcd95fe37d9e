// formatDate: the dates a widget writes, in each date-style and several languages. Expected
// strings come from Intl itself (or are written out), never from the code under test; relative
// dates are taken against a fixed "now".
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/components/news-feed/news-feed.define.js';
import type { LpNewsFeed } from '../../src/components/news-feed/news-feed.js';
import { formatDate } from '../../src/core/format.js';
import { feedUrl, loaded, resetStore } from '../helpers.js';

const ISO = '2024-09-02T12:00:00Z';
const LANGS = ['en', 'es', 'de', 'fr', 'ja', 'es-MX'];

const long = (lang: string, iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(iso));
const medium = (lang: string, iso: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(iso));
const relative = (lang: string, n: number, unit: Intl.RelativeTimeFormatUnit) =>
  new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(n, unit);

describe('formatDate: date-style="long" and "short"', () => {
  it('writes the long date in the language asked for', () => {
    expect(formatDate(ISO, 'en', 'long')).to.equal('September 2, 2024');
    for (const lang of LANGS) expect(formatDate(ISO, lang, 'long'), lang).to.equal(long(lang, ISO));
  });

  it('writes the short style as Intl’s medium date', () => {
    expect(formatDate(ISO, 'en', 'short')).to.equal('Sep 2, 2024');
    for (const lang of LANGS) expect(formatDate(ISO, lang, 'short'), lang).to.equal(medium(lang, ISO));
  });

  it('writes the UTC day, whatever the zone of the timestamp or of the machine', () => {
    expect(formatDate('2024-09-01T23:30:00-01:00', 'en', 'long')).to.equal('September 2, 2024');
    expect(formatDate('2024-09-02T00:00:00Z', 'en', 'long')).to.equal('September 2, 2024');
    expect(formatDate('2024-09-02T23:59:59Z', 'en', 'long')).to.equal('September 2, 2024');
  });

  it('writes nothing for a date it cannot read', () => {
    expect(formatDate('not a date', 'en', 'long')).to.equal('');
    expect(formatDate('', 'es', 'relative')).to.equal('');
  });

  it('falls back to English for a language tag Intl refuses', () => {
    expect(formatDate(ISO, 'en_US!!', 'long')).to.equal(long('en', ISO));
    expect(formatDate(ISO, '12', 'short')).to.equal(medium('en', ISO));
  });
});

describe('formatDate: date-style="relative" against a fixed now', () => {
  const now = Date.parse('2024-09-30T12:00:00Z');
  const before = (seconds: number) => new Date(now - seconds * 1000).toISOString();
  const after = (seconds: number) => new Date(now + seconds * 1000).toISOString();
  const MINUTE = 60;
  const HOUR = 3600;
  const DAY = 24 * HOUR;

  // [when, the number and unit it must be written with]
  const CASES: [string, string, number, Intl.RelativeTimeFormatUnit][] = [
    ['the same instant', before(0), 0, 'minute'],
    ['30 s before', before(30), 0, 'minute'],
    ['5 min before', before(5 * MINUTE), -5, 'minute'],
    ['59 min before', before(59 * MINUTE + 59), -59, 'minute'],
    ['3 h before', before(3 * HOUR), -3, 'hour'],
    ['1 day before', before(DAY), -1, 'day'],
    ['6 days before', before(6 * DAY), -6, 'day'],
    ['7 days before', before(7 * DAY), -1, 'week'],
    ['21 days before', before(21 * DAY), -3, 'week'],
    ['61 days before', before(61 * DAY), -2, 'month'],
    ['400 days before', before(400 * DAY), -1, 'year'],
    ['800 days before', before(800 * DAY), -2, 'year'],
    ['2 h after', after(2 * HOUR), 2, 'hour'],
    ['2 days after', after(2 * DAY), 2, 'day'],
  ];

  for (const lang of ['en', 'es', 'de', 'fr', 'ja']) {
    it(`${lang}: minutes, hours, days, weeks, months and years, before and after`, () => {
      for (const [label, iso, n, unit] of CASES) {
        expect(formatDate(iso, lang, 'relative', now), `${lang}, ${label}`).to.equal(relative(lang, n, unit));
      }
    });
  }

  it('en, written out: "yesterday", "3 weeks ago", "last year", "in 2 days"', () => {
    expect(formatDate(before(DAY), 'en', 'relative', now)).to.equal('yesterday');
    expect(formatDate(before(21 * DAY), 'en', 'relative', now)).to.equal('3 weeks ago');
    expect(formatDate(before(400 * DAY), 'en', 'relative', now)).to.equal('last year');
    expect(formatDate(after(2 * DAY), 'en', 'relative', now)).to.equal('in 2 days');
  });

  it('es, written out: "ayer", "hace 3 semanas"', () => {
    expect(formatDate(before(DAY), 'es', 'relative', now)).to.equal('ayer');
    expect(formatDate(before(21 * DAY), 'es', 'relative', now)).to.equal('hace 3 semanas');
  });
});

describe('date-style="relative" on a widget', () => {
  beforeEach(resetStore);

  it('writes each date relative to now, and keeps the ISO instant in datetime', async () => {
    const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed src=${feedUrl()} date-style="relative"></lp-news-feed>`);
    const detail = await loaded(el);
    const times = [...el.shadowRoot!.querySelectorAll('time[part="date"]')];
    expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(detail.items.map((i) => i.published));
    const YEAR = 365 * 24 * 3600 * 1000;
    // The sample's news is from 2024, more than a year back: written in years, from Intl.
    const expected = detail.items.map((i) => relative('en', Math.trunc((Date.parse(i.published!) - Date.now()) / YEAR), 'year'));
    expect(times.map((t) => t.textContent!.trim())).to.deep.equal(expected);
    el.setAttribute('lang', 'es');
    await el.updateComplete;
    const spanish = detail.items.map((i) => relative('es', Math.trunc((Date.parse(i.published!) - Date.now()) / YEAR), 'year'));
    expect(times.length).to.be.greaterThan(0);
    expect([...el.shadowRoot!.querySelectorAll('time[part="date"]')].map((t) => t.textContent!.trim())).to.deep.equal(spanish);
  });
});

describe('the date formatter of a widget', () => {
  beforeEach(resetStore);

  it('is made while the feed request is in flight, not after the answer arrives', async () => {
    // The first Intl.DateTimeFormat of a page loads locale data (about 15 ms in Chromium): made
    // after the answer, it would sit between the answer and the items on screen.
    const made: string[] = [];
    let answered = false;
    const { DateTimeFormat } = Intl;
    const { fetch } = window;
    Intl.DateTimeFormat = new Proxy(DateTimeFormat, {
      construct(target, args: ConstructorParameters<typeof DateTimeFormat>) {
        made.push(`${String(args[0])} ${answered ? 'after' : 'before'} the answer`);
        return Reflect.construct(target, args) as Intl.DateTimeFormat;
      },
    });
    window.fetch = (...args) => fetch(...args).then((response) => ((answered = true), response));
    try {
      // A language no other test here formats in, so no formatter of it is made yet.
      const el = fixtureSync<LpNewsFeed>(html`<lp-news-feed lang="de-AT" loading="eager" src=${feedUrl({ delay: 300 })}></lp-news-feed>`);
      const detail = await loaded(el);
      expect(detail.items.length).to.be.greaterThan(0);
      expect(made.filter((entry) => entry.startsWith('de-AT'))).to.deep.equal(['de-AT before the answer']);
      expect(el.shadowRoot!.querySelector('time[part="date"]')!.textContent).to.equal(long('de-AT', detail.items[0]!.published!));
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
      window.fetch = fetch;
    }
  });
});

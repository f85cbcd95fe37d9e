/** How a widget writes dates. */
export type DateStyle = 'long' | 'short' | 'relative';

const formatters = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

// An invalid language tag (a typo in `lang`) must not break the widget: fall back to English.
function locale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** A date for people, in `lang`, e.g. "September 2, 2024", "2 sept 2024" or "3 weeks ago". */
export function formatDate(iso: string, lang: string, style: DateStyle, now = Date.now()): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const loc = locale(lang);
  if (style === 'relative') {
    const seconds = Math.round((time - now) / 1000);
    const rtf = cached(`${loc}|rel`, () => new Intl.RelativeTimeFormat(loc, { numeric: 'auto' }));
    for (const [unit, size] of UNITS) {
      if (Math.abs(seconds) >= size) return rtf.format(Math.trunc(seconds / size), unit);
    }
    return rtf.format(0, 'minute');
  }
  const dtf = cached(`${loc}|${style}`, () =>
    new Intl.DateTimeFormat(loc, { dateStyle: style === 'short' ? 'medium' : 'long', timeZone: 'UTC' }),
  );
  return dtf.format(time);
}

/**
 * Feed dates to ISO instants, by hand: RFC 822 / RFC 5322 (`pubDate`) and RFC 3339 / W3C-DTF
 * (`published`, `updated`, `dc:date`). `Date.parse` is not used: it accepts almost anything and
 * reads a zone-less string as local time.
 */

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

// RFC 822 §5.1 zones, in minutes east of UTC; "UTC" is not in the RFC but is common in feeds.
const NAMED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};

// The single-letter military zones (A–I, K–Z; J is unused). RFC 822 gave them with the wrong
// sign, so RFC 5322 §4.3 says to read them all as -0000, an unknown offset: they are accepted
// and read as UTC. "Z" is UTC in both.
const MILITARY_ZONE = /^[A-IK-Z]$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The instant for checked fields, or `undefined` when a field is out of range. */
function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offset: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // A leap second is kept inside its minute.
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59), ms) - offset * 60_000;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function numericOffset(zone: string): number | undefined {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return undefined;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

function isDayName(name: string): boolean {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return lower.length >= 3 && DAY_NAMES.some((day) => day.startsWith(lower));
}

const RFC822 =
  /^(?:([A-Za-z]+\.?)\s*,\s*|([A-Za-z]+\.?)\s+)?(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([A-Za-z]{1,5}|[+-]\d{2}:?\d{2}))?$/;

/**
 * An RFC 822 / RFC 5322 date-time (`Tue, 03 Jun 2003 09:39:21 GMT`) as an ISO instant, or
 * `undefined`. The day name is optional (and not checked against the date); English month
 * names, full or abbreviated; two-digit years are 1950–2049 (RFC 5322 §4.3); zones are numeric
 * offsets, the RFC 822 names, UTC and the military letters; a missing zone is read as UTC.
 * Comments in parentheses are ignored.
 */
export function parseRfc822Date(raw: string): string | undefined {
  const text = raw.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const match = RFC822.exec(text);
  if (!match) return undefined;
  const [, dayWithComma, dayWithoutComma, day, monthName, yearText, hour, minute, second, zone] = match;
  const dayName = dayWithComma ?? dayWithoutComma;
  if (dayName !== undefined && !isDayName(dayName)) return undefined;
  const month = monthNumber(monthName);
  if (month === undefined) return undefined;
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  let offset = 0;
  if (zone !== undefined) {
    const upper = zone.toUpperCase();
    const named = NAMED_ZONES[upper];
    if (named !== undefined) offset = named;
    else if (MILITARY_ZONE.test(upper)) offset = 0;
    else {
      const numeric = numericOffset(zone);
      if (numeric === undefined) return undefined;
      offset = numeric;
    }
  }
  return instant(year, month, Number(day), Number(hour), Number(minute), second === undefined ? 0 : Number(second), 0, offset);
}

const RFC3339 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([Zz]|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * An RFC 3339 / W3C-DTF date-time (`2024-09-02T10:00:00+02:00`, also `2024-09-02` and `2024-09`)
 * as an ISO instant, or `undefined`. A date-time without a zone is read as UTC; a date alone is
 * midnight UTC.
 */
export function parseRfc3339Date(raw: string): string | undefined {
  const match = RFC3339.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', fraction = '', zone] = match;
  let offset = 0;
  if (zone !== undefined && zone.toUpperCase() !== 'Z') {
    const numeric = numericOffset(zone);
    if (numeric === undefined) return undefined;
    offset = numeric;
  }
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  return instant(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), ms, offset);
}

/**
 * A feed date in either form. Feeds mix them up (ISO dates in `pubDate`, RFC 822 in `dc:date`),
 * so the shape of the string decides, not the element it came from.
 */
export function parseFeedDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!text || text.length > 100) return undefined;
  return /^\d{4}(-|$)/.test(text) ? parseRfc3339Date(text) : parseRfc822Date(text);
}

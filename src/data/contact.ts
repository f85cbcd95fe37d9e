import type { Contact, FeedResult } from './item.js';
import { safeMailto, safeTel } from './url.js';
import { isRecord, textField } from './validate.js';

/** A language tag (`es`, `es-MX`) in lower case, or `undefined` for anything else. */
export function languageTag(value: unknown): string | undefined {
  return typeof value === 'string' && /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(value) ? value.toLowerCase() : undefined;
}

/** The feed-level press contact from `_localprogress.contact`, with every field checked. */
export function normalizeContact(raw: unknown, variant?: boolean): Contact | undefined {
  if (!isRecord(raw)) return undefined;
  const contact: Contact = {};
  const heading = textField(raw.heading, 120);
  const text = textField(raw.text, 600);
  if (heading) contact.heading = heading;
  if (text) contact.text = text;
  // A variant (`translations`: { "es": { "heading": …, "text": … } }, keyed by language tag) has
  // only a heading and a text: the email and phone are the feed's own.
  if (!variant) {
    const email = safeMailto(raw.email);
    const phone = typeof raw.phone === 'string' && safeTel(raw.phone) ? textField(raw.phone, 40) : undefined;
    if (email) contact.email = email.slice('mailto:'.length);
    if (phone) contact.phone = phone;
    for (const [tag, value] of Object.entries(isRecord(raw.translations) ? raw.translations : {})) {
      const words = normalizeContact(value, true);
      const lang = languageTag(tag);
      if (words && lang) (contact.translations ??= {})[lang] = words;
    }
  }
  return Object.keys(contact).length ? contact : undefined;
}

// One checked contact per feed read: the contact box renders often, the feed changes seldom.
const checked = new WeakMap<object, Contact | undefined>();

/**
 * The press contact of a feed read, checked: from `contactSource` (the feed's
 * `_localprogress.contact`, with the feed's `language` as the contact's `lang`), once per
 * source; `undefined` when there is none.
 */
export function contactOf(result: Pick<FeedResult, 'contactSource'> | undefined): Contact | undefined {
  const source = result?.contactSource;
  if (!source) return undefined;
  if (!checked.has(source)) {
    const contact = normalizeContact(source.contact);
    const lang = languageTag(source.language);
    if (contact && lang) contact.lang = lang;
    checked.set(source, contact);
  }
  return checked.get(source);
}

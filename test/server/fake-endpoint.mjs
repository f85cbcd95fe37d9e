// The one fake of the widgets' endpoint: pure functions from what a request asks for to the
// answer (status, headers, body, and how to send it), with every fault named once in FAULTS.
// Nothing here does I/O or keeps state, so each server mounts the same answers through a thin
// adapter of its own:
//
//   test/server/feed-routes.mjs, fault-routes.mjs, inquiry-routes.mjs   Koa, for web-test-runner
//   vite.config.ts                                                      the dev server (npm start)
//   .storybook/mock-endpoint.ts                                         Storybook (a fetch wrapper)
//   bench/lib/server.mjs                                                the bench (node:http)
//
// An adapter reads the sample file (SAMPLE_FILES) its own way, counts and holds requests where
// its tests need that, and carries out an answer's `wait` (hang, hold, slow) and `send`
// (trickle, truncate, destroy), which only a real connection can do.

/** The sample files the demo, the tests, Storybook and the bench read. */
export const SAMPLE_FILES = {
  localprogress: 'demo/data/localprogress.json',
  wordpress: 'demo/data/wordpress-posts.json',
};

// Each invalid item fails one rule of the validator: no URL, a script URL, a title that is not
// text, an empty title, not an object at all, a non-http scheme.
const INVALID = [
  (item) => ({ ...item, url: undefined, external_url: undefined }),
  (item) => ({ ...item, url: 'javascript:alert(1)' }),
  // No usable title and no text to make one from (an untitled item with text gets its first words).
  (item) => ({ ...item, title: 42, summary: undefined, content_text: undefined, content_html: undefined }),
  (item) => ({ ...item, title: '   ', summary: undefined, content_text: undefined, content_html: undefined }),
  () => null,
  (item) => ({ ...item, url: 'ftp://localprogress.org/file' }),
];

const items = (doc, change) => (Array.isArray(doc) ? doc : { ...doc, items: change(doc.items ?? []) });

/** About 5 MB (5 × 2^20 characters, all ASCII): the sample items repeated with a longer summary. */
function huge(doc) {
  const summary = 'Local governments across the country are standing up for working families. '.repeat(6);
  const out = [];
  for (let i = 0, size = 0; size < 5 * 2 ** 20; i++) {
    const src = doc.items[i % doc.items.length];
    const item = { ...src, id: `${src.id}#${i}`, url: `${src.url}?n=${i}`, title: `${src.title} (${i})`, summary };
    size += JSON.stringify(item).length + 1;
    out.push(item);
  }
  return { ...doc, items: out };
}

/**
 * Every way a feed answer can go wrong, each named once. A fault changes the sample's `text`, or
 * its parsed `doc`, or the type, or says how to `wait` or `send`; `error` answers with a status.
 */
export const FAULTS = {
  ok: {},
  /** Never answers (until the client gives up). */
  hang: { wait: 'forever' },
  /** Answers (as ok) only when the adapter releases it. */
  hold: { wait: 'release' },
  /** Answers (as ok) after `ms`; no byte before that. */
  slow: { wait: 'delay' },
  /** Headers at once, then the body in `chunks` chunks, `interval` ms apart. */
  trickle: { send: 'trickle' },
  /** A 200 with Content-Length, half the body, then the connection destroyed. */
  truncate: { send: 'truncate' },
  /** The connection destroyed before any byte of a response. */
  destroy: { send: 'destroy' },
  /** HTTP `status` with a JSON error body (and Retry-After when given). */
  status: { error: true },
  /** Half the JSON text (unparseable). */
  malformed: { text: (text) => text.slice(0, Math.floor(text.length / 2)) },
  /** Valid JSON that is neither a JSON Feed nor a WordPress posts array. */
  'wrong-shape': { text: () => JSON.stringify({ data: { posts: [{ title: 'Not a feed' }] }, ok: true }) },
  /** A feed with no items (a WordPress response: an empty array). */
  empty: { doc: (doc) => (Array.isArray(doc) ? [] : { ...doc, items: [] }) },
  /** Every other item invalid, each in a different way (INVALID). */
  'half-invalid': { doc: (doc) => items(doc, (list) => list.map((item, i) => (i % 2 ? INVALID[((i - 1) / 2) % INVALID.length](item) : item))) },
  /** Every other item's link a javascript: URL. */
  'script-urls': { doc: (doc) => items(doc, (list) => list.map((item, i) => (i % 2 ? { ...item, url: `javascript:alert(${i})` } : item))) },
  /** A valid JSON Feed of 5 MB (about 5,000 items). */
  huge: { doc: huge },
  /** A CMS's "maintenance" page where JSON was expected. */
  html: {
    type: 'text/html; charset=utf-8',
    text: () => '<!doctype html><title>Down for maintenance</title><h1>Briefly unavailable for scheduled maintenance.</h1>',
  },
  /** The feed as Content-Type: text/plain. */
  'text-plain': { type: 'text/plain; charset=utf-8' },
};

/** The names of FAULTS. */
export const FAULT_NAMES = Object.keys(FAULTS);

/** A small, stable hash of `text` (FNV-1a), for an ETag. */
export function etagOf(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `"${(h >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(16)}"`;
}

/** The JSON error answer of an endpoint that fails with `status`. */
export function errorAnswer(status, { retryAfter, headers = {} } = {}) {
  return {
    status,
    headers: { 'Content-Type': 'application/json', ...headers, ...(retryAfter != null ? { 'Retry-After': String(retryAfter) } : {}) },
    body: JSON.stringify({ code: 'error', message: `status ${status}` }),
  };
}

/**
 * Changes that are not faults: titles labelled "[label] ", item images moved to `imagePath`,
 * the first item of each kind made long (a 70-letter word in its title, a long URL in its
 * summary).
 */
function decorate(doc, { label, imagePath, long }) {
  if (Array.isArray(doc)) return doc;
  let list = doc.items ?? [];
  if (label) list = list.map((item) => (item && typeof item.title === 'string' ? { ...item, title: `[${label}] ${item.title}` } : item));
  if (long) {
    const seen = new Set();
    list = list.map((item) => {
      const kind = item?._localprogress?.kind;
      if (!item || seen.has(kind)) return item;
      seen.add(kind);
      const word = 'Antidisestablishmentarianism'.repeat(3);
      return { ...item, title: `${word} ${item.title}`, summary: `See https://localprogress.org/${'very-long-path-segment-'.repeat(6)}index.html ${item.summary ?? ''}` };
    });
  }
  if (imagePath) list = list.map((item, i) => (item && item.image ? { ...item, image: `${imagePath}?n=${i}` } : item));
  return { ...doc, items: list };
}

/**
 * The answer to a feed request.
 *
 *   sample        the sample file's text
 *   fault         a name of FAULTS (default ok); an unknown name is a programming error
 *   status        with fault=status, or any other status than 200: the error answer
 *   retryAfter    Retry-After of an error answer
 *   headers       headers of every answer (CORS, caching)
 *   change        the adapter's own change of the parsed sample, before the fault (Storybook's
 *                 transforms and placeholder photos)
 *   label, imagePath, long   see decorate()
 *
 * Resolves to { status, headers, body, wait?, send? }: `wait` (forever, release, delay) and
 * `send` (trickle, truncate, destroy) are the adapter's to carry out.
 */
export function feedAnswer(sample, { fault = 'ok', status = 200, retryAfter, headers = {}, label, imagePath, long, change } = {}) {
  const f = FAULTS[fault];
  if (!f) throw new Error(`No fault named "${fault}": ${FAULT_NAMES.join(', ')}`);
  if (f.error || status !== 200) return errorAnswer(f.error && status === 200 ? 500 : status, { retryAfter, headers });
  let text = sample;
  if (f.text) text = f.text(sample);
  else if (f.doc || label || imagePath || long || change) {
    let doc = JSON.parse(sample);
    if (change) doc = change(doc);
    if (f.doc) doc = f.doc(doc);
    text = JSON.stringify(decorate(doc, { label, imagePath, long }));
  }
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', ...headers, ...(f.type ? { 'Content-Type': f.type } : {}) },
    body: text,
    ...(f.wait ? { wait: f.wait } : {}),
    ...(f.send ? { send: f.send } : {}),
  };
}

/** Whether request number `hit` of a key fails, under fail-first / fail-after counts. */
export function failsAt(hit, { failFirst, failAfter } = {}) {
  return (failFirst != null && hit <= failFirst) || (failAfter != null && hit > failAfter);
}

/** CORS headers of the inquiry endpoint's preflight. */
export const INQUIRY_PREFLIGHT = {
  status: 204,
  headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type' },
  body: '',
};

/** The inquiry form's endpoint: { ok: true } with a success status, else { ok: false, message }; 405 for anything but POST. */
export function inquiryAnswer(method, status = 200) {
  if (method !== 'POST') return { status: 405, headers: { 'Access-Control-Allow-Origin': '*' }, body: '' };
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
    body: JSON.stringify(status < 400 ? { ok: true } : { ok: false, message: `status ${status}` }),
  };
}

/** A recorded inquiry body: the parsed JSON, or the raw text when it is not JSON. */
export function readInquiryBody(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

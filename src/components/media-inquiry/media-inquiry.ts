import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { LpErrorDetail, LpLoadDetail } from '../../core/feed-element.js';
import { baseStyles } from '../../core/feed-element.styles.js';
import { clampHeadingLevel, headingTemplate } from '../../core/heading.js';
import { LANG_ATTRIBUTE, resolveLang, watchLang } from '../../core/i18n.js';
import { FeedError } from '../../data/errors.js';
import { cachedFeed, feedKey, fetchFeed, type FeedRequest } from '../../data/feed-store.js';
import type { Contact, FeedResult } from '../../data/item.js';
import { safeMailto, safeTel } from '../../data/url.js';
import { DEFAULT_ENDPOINT, feedRequestFor, pageUrl } from '../../core/endpoint.js';
import { inquiryStrings, type InquiryStrings } from './media-inquiry.strings.js';
import { mediaInquiryStyles } from './media-inquiry.styles.js';

/** What the inquiry form sends, every field trimmed; `deadline` is `YYYY-MM-DD`, or empty when not given. */
export interface InquiryData {
  name: string;
  outlet: string;
  email: string;
  deadline: string;
  message: string;
}

/**
 * `lp-load` from `<lp-media-inquiry>`: the shape every widget's `lp-load` has (`items` is
 * empty: this element shows no items), plus `contact`: what the box took from the feed's
 * contact (its heading and text in the box's language, when the feed has them; email; phone).
 */
export interface LpContactLoadDetail extends LpLoadDetail {
  contact: Contact;
}

/** `lp-submit`: the inquiry was accepted by the `action` endpoint. */
export interface LpSubmitDetail {
  data: InquiryData;
}

/** `lp-submit-error`: sending failed (`error.kind` is `network`, `timeout` or `http`); the form keeps `data`. */
export interface LpSubmitErrorDetail {
  error: FeedError;
  data: InquiryData;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-submit': CustomEvent<LpSubmitDetail>;
    'lp-submit-error': CustomEvent<LpSubmitErrorDetail>;
  }
}

type Field = keyof InquiryData;
// name, input type ('' for the textarea), autocomplete token. Labels are the strings of the same name.
const FIELDS: [Field, 'text' | 'email' | 'date' | '', 'name' | 'organization' | 'email' | 'off'][] = [
  ['name', 'text', 'name'],
  ['outlet', 'text', 'organization'],
  ['email', 'email', 'email'],
  ['deadline', 'date', 'off'],
  ['message', '', 'off'],
];

const address = (raw: unknown) => safeMailto(raw)?.slice(7);

/**
 * The "Have a Media Inquiry?" box: a heading, a short text, the press email (a `mailto:` link
 * and a Copy button) and an optional phone number; with an `action` URL, also an inquiry form
 * that posts JSON there.
 *
 * Content comes from the attributes (`email`, `phone`, `heading`) and the default slot (the
 * text). Whatever they leave out comes from the feed's `_localprogress.contact`, read through the
 * same shared request and cache as the feed widgets. Which feed: `src`, else the page's
 * `<meta name="lp-widgets:endpoint">`, else (only when there is no valid `email` attribute) the
 * official endpoint. So a box with an `email` attribute and no `src` or meta makes no request at
 * all. Remote values are checked again here: text is rendered as text, and an address or number
 * that is not a plain email or phone number is left out.
 *
 * The feed's heading and text show in the box's language (`lang`, else the nearest in the page):
 * the contact's variant for that language under `translations` (`es-MX` takes `es-mx`, else
 * `es`); else the feed's own heading and text when the feed is written in that language (its
 * `language`) or does not say; else the built-in strings. The email and phone always come from
 * the feed.
 *
 * When the feed fails: with an email on screen (from the attributes, or an earlier answer)
 * nothing shows, and `lp-error` says so with `hasStaleContent: true`; without one, an error
 * message with a Retry button shows.
 *
 * The Copy button uses the Clipboard API and confirms in a live region. Where that API is
 * missing or refused, it shows the address selected in a read-only field and asks the visitor to
 * press Ctrl+C.
 *
 * The form (name, outlet, email, optional deadline, message) checks itself on submit: each
 * problem is written under its field and tied to it (`aria-invalid`, `aria-describedby`), and
 * focus moves to the first. It posts the fields as JSON (`Content-Type: application/json`,
 * without credentials), gives up after `timeout` ms, and sends once however often the button is
 * pressed. After a failure every typed value is still in the form. A filled-in honeypot field
 * (bots) shows the thank-you message and sends nothing.
 *
 * @summary Press contact: heading, text, email with copy, phone; optional inquiry form.
 *
 * @slot - The text under the heading (default: the feed's contact text).
 * @slot heading - Replaces the heading text.
 *
 * @attr [heading='Have a Media Inquiry?']
 *
 * @fires lp-load - Contact data from the feed was applied. `detail: { contact, from: 'network' | 'cache', items: [], dropped }`
 * @fires lp-error - The feed failed, or gave no usable email while the element has none. `detail: { error, hasStaleContent }`
 * @fires lp-submit - The inquiry was sent. `detail: { data }`
 * @fires lp-submit-error - Sending failed; the form keeps what was typed. `detail: { error, data }`
 *
 * @csspart heading - The box heading.
 * @csspart text - The text under the heading.
 * @csspart email - The `mailto:` link.
 * @csspart copy - The Copy button.
 * @csspart copy-input - The read-only field with the address selected, where copying needs the keyboard.
 * @csspart copy-status - The line that confirms the copy, or says how to copy.
 * @csspart phone - The `tel:` link.
 * @csspart error - An error message: the contact could not be loaded, or the inquiry could not be sent.
 * @csspart retry - The Retry button of the loading error.
 * @csspart form - The inquiry form.
 * @csspart form-heading - The form's heading (one level below the box heading).
 * @csspart field - One label, its error and its control.
 * @csspart label - A field's label.
 * @csspart input - A field's control (`input` or `textarea`).
 * @csspart field-error - What is wrong with a field.
 * @csspart submit - The submit button.
 * @csspart status - The thank-you message after sending.
 *
 * @cssprop [--lp-font-family=inherit] - Font of the whole widget.
 * @cssprop [--lp-font-size=inherit] - Base font size.
 * @cssprop [--lp-color-accent=#0b5394] - Links, buttons, focus rings and the thank-you border (dark theme: #9cc2ff).
 * @cssprop [--lp-color-text=inherit] - Body text (dark theme: #eef0f3).
 * @cssprop [--lp-color-muted=#50575f] - Notes and field borders (dark theme: #b8bfc8).
 * @cssprop [--lp-color-surface=transparent] - Background of the box and fields (dark theme: #15191e).
 * @cssprop [--lp-color-danger=#a4262c] - Field errors and the error box border (dark theme: #ffb4ab).
 * @cssprop [--lp-radius=8px] - Corner radius of boxes and buttons.
 * @cssprop [--lp-gap=1rem] - Space around the form.
 * @cssprop [--lp-line-height=1.5] - Line height of the text.
 * @cssprop [--lp-padding=1rem] - Space inside the widget in the dark theme, where it has a background.
 *
 * @attr {string} lang - Language of dates and built-in strings; without it, the nearest `lang` in the page.
 */
export class LpMediaInquiry extends LitElement {
  static override styles: CSSResultGroup = [baseStyles, mediaInquiryStyles];

  // Reactive properties, declared without decorators: nothing to go wrong between TypeScript,
  // esbuild and Vite, and no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    email: {},
    phone: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    src: {},
    theme: { reflect: true },
    action: {},
    timeout: { type: Number },
    contact: { state: true, attribute: false },
    feedStatus: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
    formState: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    ...LANG_ATTRIBUTE,
  };

  /** The press email address (a plain address or a `mailto:` URL). Wins over the feed's. */
  email?: string;

  /** The press phone number (digits, spaces and `+-.()`). Wins over the feed's. */
  phone?: string;

  /** Visible heading text; wins over the feed's. An empty string hides the heading; the `heading` slot overrides it. */
  heading?: string | null;

  /** Level of the heading, 2–6; the form's heading is one level below. */
  headingLevel = 2;

  /** URL of a JSON endpoint whose `_localprogress.contact` fills what the attributes leave out. */
  src?: string;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** An `http(s)` URL the inquiry form posts JSON to. Without one (or with any other scheme) there is no form. */
  action?: string;

  /** Milliseconds before sending the form is given up as a `timeout`. */
  timeout = 15_000;

  private contact?: Contact;
  private feedStatus: 'idle' | 'loading' | 'done' | 'error' = 'idle';
  private copyState: '' | 'copied' | 'manual' = '';
  private formState: '' | 'sending' | 'sent' | 'failed' = '';
  private errors: Partial<Record<Field, string>> = {};

  private _controller?: AbortController;
  /** The request the visitor started with Retry. */
  private _retry: AbortController | null = null;
  private _requestedKey?: string;
  private _pending?: ['lp-load', LpContactLoadDetail] | ['lp-error', LpErrorDetail];

  override connectedCallback(): void {
    super.connectedCallback();
    // Follows the nearest `lang` in the page, as the feed widgets do.
    watchLang(this, true);
    // Moved while a request was in flight: it was aborted, so ask again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    this._controller?.abort();
    // Reconnecting starts again (from the cache when there is one).
    this._requestedKey = undefined;
  }

  /** Reads the feed again, past any fresh copy in the cache. */
  refresh(): void {
    const request = this._feedRequest();
    if (request) this._load(request, true);
  }

  private get _strings(): InquiryStrings {
    return inquiryStrings(resolveLang(this));
  }

  /** The feed's heading and text in the box's language; none when the feed has them only in another. */
  private get _words(): { heading?: string; text?: string } {
    const contact = this.contact ?? {};
    const lang = resolveLang(this).toLowerCase();
    const primary = (tag: string) => tag.split('-')[0];
    return (
      contact.translations?.[lang] ??
      contact.translations?.[primary(lang)] ??
      (!contact.lang || primary(contact.lang) === primary(lang) ? contact : {})
    );
  }

  /** The address shown: the attribute's when valid, else the feed's. */
  private get _address(): string | undefined {
    return address(this.email) ?? address(this.contact?.email);
  }

  /** `''` when no feed is wanted; `undefined` when the one named is not an http(s) URL. */
  private _feedRequest(): FeedRequest | '' | undefined {
    // With a valid `email` attribute, no official feed is read unless `src` or the meta asks.
    return feedRequestFor(this.src, address(this.email) ? '' : DEFAULT_ENDPOINT);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (!this.isConnected) return;
    const request = this._feedRequest();
    const key = request ? feedKey(request) : request === '' ? '' : '!';
    if (key === this._requestedKey) return;
    this._requestedKey = key;
    this._controller?.abort();
    this.contact = undefined;
    this.feedStatus = 'idle';
    if (request) this._load(request, false);
    else if (key === '!') this._fail(new FeedError('network', `"${this.src ?? ''}" is not an http(s) URL.`));
  }

  private _load(request: FeedRequest, revalidate: boolean): void {
    this._controller?.abort();
    const controller = (this._controller = new AbortController());
    const saved = revalidate ? undefined : cachedFeed(request);
    if (saved) {
      this._apply(saved.result, 'cache');
      if (saved.fresh) return;
    } else if (this.feedStatus !== 'done') {
      this.feedStatus = 'loading';
    }
    fetchFeed({ ...request, signal: controller.signal, revalidate }).then(
      (result) => this._controller === controller && this._apply(result, 'network'),
      (error: unknown) => {
        if (this._controller !== controller) return;
        const feedError = error instanceof FeedError ? error : new FeedError('format', String(error));
        if (feedError.kind !== 'aborted') this._fail(feedError);
      },
    );
  }

  private _apply(result: FeedResult, from: LpLoadDetail['from']): void {
    const contact = (this.contact = result.contact ?? {});
    // Its heading and text still show, but a box without an address has failed.
    if (!this._address) return this._fail(new FeedError('format', 'No press email'));
    this.feedStatus = 'done';
    // What the box takes from the feed: heading and text in its language, email and phone.
    const { heading, text } = this._words;
    const fields = Object.entries({ heading, text, email: contact.email, phone: contact.phone }).filter(([, value]) => value);
    this._pending = ['lp-load', { contact: Object.fromEntries(fields), from, items: [], dropped: result.dropped }];
  }

  private _fail(error: FeedError): void {
    this.feedStatus = 'error';
    this._pending = ['lp-error', { error, hasStaleContent: false }];
  }

  protected override updated(): void {
    // Events go out once the DOM shows what they describe.
    const pending = this._pending;
    this._pending = undefined;
    if (pending?.[0] === 'lp-error') pending[1].hasStaleContent = !!this._address;
    if (pending) this._emit(pending[0], pending[1]);
    this._restoreDraft();
  }

  // The draft lives in sessionStorage, per action URL, so a reload or a re-created element
  // loses nothing typed; it is cleared once the inquiry is sent.
  private get _draftKey(): string {
    return `lp-widgets:draft:${this._actionUrl}`;
  }

  private _restoredForms = new WeakSet<HTMLFormElement>();

  private _restoreDraft(): void {
    const form = this.renderRoot.querySelector('form');
    if (!form || this._restoredForms.has(form)) return;
    this._restoredForms.add(form);
    try {
      const draft: unknown = JSON.parse(sessionStorage.getItem(this._draftKey) ?? 'null');
      if (typeof draft !== 'object' || !draft) return;
      for (const [name] of FIELDS) {
        const value = (draft as Record<string, unknown>)[name];
        const control = form.elements.namedItem(name) as HTMLInputElement | null;
        if (control && !control.value && typeof value === 'string') control.value = value.slice(0, 10_000);
      }
    } catch {
      // storage refused or a corrupt draft: start empty
    }
  }

  private _saveDraft(form: HTMLFormElement | null): void {
    try {
      if (!form) sessionStorage.removeItem(this._draftKey);
      else {
        const values = FIELDS.map(([name]) => [name, (form.elements.namedItem(name) as HTMLInputElement).value]);
        sessionStorage.setItem(this._draftKey, JSON.stringify(Object.fromEntries(values)));
      }
    } catch {
      // full or disabled storage: the draft is only in the form
    }
  }

  private _emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  // Re-render when slotted text comes or goes: the feed's text shows only without it.
  private _onSlotChange = () => this.requestUpdate();

  private _onCopy = async () => {
    const text = this._address;
    if (!text) return;
    // Empty the live region first, so that a second copy is announced again.
    this.copyState = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.copyState = 'copied';
    } catch {
      // No Clipboard API (old browsers, insecure pages) or refused (permissions policy, iframes).
      this.copyState = 'manual';
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.manual');
      field?.focus();
      field?.select();
    }
  };

  /** What is wrong with a form control's value, in words; `undefined` when nothing is. */
  private _problem(control: HTMLInputElement): string | undefined {
    const s = this._strings;
    const value = control.value.trim();
    if (control.required && !value) return s.required;
    if (control.type === 'email' && !address(value)) return s.badEmail;
    if (!control.validity.valid) return s.badDate;
    return undefined;
  }

  private _onInput = (event: Event) => {
    // Once shown, a field's error follows what is typed; none appear before the first submit.
    const control = event.target as HTMLInputElement;
    const name = control.name as Field;
    this._saveDraft(control.form);
    if (this.errors[name]) this.errors = { ...this.errors, [name]: this._problem(control) };
  };

  private _onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second click before the button shows as disabled must not send twice.
    if (this.formState === 'sending') return;
    const form = event.target as HTMLFormElement;
    const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const errors: Partial<Record<Field, string>> = {};
    const data = {} as InquiryData;
    for (const [name] of FIELDS) {
      data[name] = control(name).value.trim();
      const problem = this._problem(control(name));
      if (problem) errors[name] = problem;
    }
    this.errors = errors;
    const invalid = FIELDS.find(([name]) => errors[name]);
    if (invalid) {
      this.formState = '';
      await this.updateComplete;
      control(invalid[0]).focus();
      return;
    }
    if (control('website').value) {
      // A bot filled the honeypot: look as if it worked, send nothing.
      this._finish();
      return;
    }
    this.formState = 'sending';
    const action = this._actionUrl!;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    let error: FeedError | undefined;
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(data),
        credentials: 'omit',
        signal: controller.signal,
      });
      if (!response.ok) error = new FeedError('http', `HTTP ${response.status}`, response.status, action);
    } catch {
      error = controller.signal.aborted
        ? new FeedError('timeout', `No answer in ${this.timeout} ms`, undefined, action)
        : new FeedError('network', 'Unreachable', undefined, action);
    }
    clearTimeout(timer);
    if (!error) {
      await this._finish();
      this._emit('lp-submit', { data });
      return;
    }
    this.formState = 'failed';
    await this.updateComplete;
    // Disabling the focused submit button dropped focus: give it back, ready for another try.
    if (!this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLButtonElement>('[part=submit]')?.focus();
    this._emit('lp-submit-error', { error, data });
  };

  private async _finish() {
    this._saveDraft(null);
    this.formState = 'sent';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.sent')?.focus();
  }

  private get _actionUrl(): string | undefined {
    const raw = this.action?.trim();
    return raw ? pageUrl(raw) : undefined;
  }

  private _hasSlotted(name?: string): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? node.slot === (name ?? '') : !name && node.nodeType === 3 && !!node.textContent?.trim(),
    );
  }

  protected override render(): TemplateResult {
    const s = this._strings;
    const level = clampHeadingLevel(this.headingLevel);
    const contact = this.contact ?? {};
    const words = this._words;
    const headingText = this.heading ?? words.heading ?? s.heading;
    const slotted = this._hasSlotted();
    const email = this._address;
    const phone = [this.phone, contact.phone].find((p) => safeTel(p))?.trim();
    const loading = !email && this.feedStatus === 'loading';
    const copy = this.copyState;

    return html`${headingText || this._hasSlotted('heading')
        ? headingTemplate(level, 'heading', 'heading', html`<slot name="heading">${headingText}</slot>`)
        : nothing}
      <div class="text" part="text" ?hidden=${!slotted && !words.text}><slot @slotchange=${this._onSlotChange}></slot>${slotted ? nothing : words.text}</div>
      ${loading ? html`<span class="bone w70"></span>` : nothing}
      ${!email && this.feedStatus === 'error'
        ? // Announced politely; only the failure of a request the visitor asked for (Retry) interrupts.
          html`<div class="error" part="error" role=${this._controller === this._retry ? 'alert' : 'status'}><p>${s.error}</p><button type="button" part="retry" @click=${() => (this.refresh(), (this._retry = this._controller ?? null))}>${s.retry}</button></div>`
        : nothing}
      ${email
        ? html`<p class="line"><span class="label">${s.email}</span> <a part="email" href=${`mailto:${email}`}>${email}</a> <button type="button" part="copy" @click=${this._onCopy}>${s.copy}</button></p>
            ${copy === 'manual' ? html`<input class="manual" part="copy-input" readonly aria-label=${s.email} .value=${email} />` : nothing}
            <p class="note" part="copy-status" role="status">${copy === 'copied' ? s.copied(email) : copy ? s.copyByHand : ''}</p>`
        : nothing}
      ${phone
        ? html`<p class="line"><span class="label">${s.phone}</span> <a part="phone" href=${safeTel(phone)!}>${phone}</a></p>`
        : nothing}
      ${this._actionUrl ? this._renderForm(s, level + 1) : nothing}
      <p class="visually-hidden" role="status">${loading ? s.loading : ''}</p>`;
  }

  private _renderForm(s: InquiryStrings, level: number): TemplateResult {
    if (this.formState === 'sent') return html`<p class="sent" part="status" role="status" tabindex="-1">${s.sent}</p>`;
    const sending = this.formState === 'sending';
    return html`<form part="form" novalidate aria-labelledby="form-heading" @submit=${this._onSubmit} @input=${this._onInput}>
      ${headingTemplate(level, 'form-heading', 'form-heading', s.form)}
      ${FIELDS.map(([name, type, autocomplete]) => {
        const id = `f-${name}`;
        const error = this.errors[name];
        const describedBy = error ? `${id}-error` : nothing;
        const invalid = error ? 'true' : 'false';
        return html`<div class="field" part="field">
          <label part="label" for=${id}>${s[name]}</label>
          ${error ? html`<p class="field-error" part="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
          ${type
            ? html`<input id=${id} name=${name} part="input" type=${type} autocomplete=${autocomplete} ?required=${name !== 'deadline'} aria-invalid=${invalid} aria-describedby=${describedBy} />`
            : html`<textarea id=${id} name=${name} part="input" rows="5" required aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`}
        </div>`;
      })}
      <div class="visually-hidden" aria-hidden="true"><label for="f-website">Website</label><input id="f-website" name="website" tabindex="-1" autocomplete="off" /></div>
      ${this.formState === 'failed' ? html`<p class="error" part="error" role="alert">${s.failed}</p>` : nothing}
      <button type="submit" part="submit" ?disabled=${sending}>${sending ? s.sending : s.send}</button>
    </form>`;
  }
}

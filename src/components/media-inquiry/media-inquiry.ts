import { LpElement, type CSSResultGroup, type PropertyDeclarations } from '../../core/element.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import { DEFAULT_ENDPOINT, feedRequestFor, pageUrl } from '../../core/endpoint.js';
import { FeedController, type FeedHost } from '../../core/feed-controller.js';
import type { LpLoadDetail } from '../../core/feed-element.js';
import { baseStyles } from '../../core/feed-element.styles.js';
import { clampHeadingLevel, headingTemplate } from '../../core/heading.js';
import { LANG_ATTRIBUTE, resolveLang } from '../../core/i18n.js';
import { FeedError } from '../../data/errors.js';
import { contactOf } from '../../data/contact.js';
import type { Contact } from '../../data/item.js';
import { plainEmail as address, safeTel } from '../../data/url.js';
import { contactView, CopyAddress } from './contact-view.js';
import { inquiryStrings, type InquiryStrings } from './media-inquiry.strings.js';
import { mediaInquiryStyles } from './media-inquiry.styles.js';

export type { InquiryData, LpSubmitDetail, LpSubmitErrorDetail } from './inquiry-form.js';

/**
 * What `<lp-media-inquiry>` gives its inquiry form. The form ships in a file of its own, built
 * apart from the element, so every name here is public (the build shortens only `_x` names, each
 * file its own way), and the form renders with the element's Lit: its html tag, nothing and
 * `heading` (a real `<hN>`).
 */
export interface InquiryFormOptions {
  /** The URL the form posts to (an http(s) URL), or `undefined` for no form. */
  action(): string | undefined;
  /** Milliseconds before sending is given up as a `timeout`. */
  timeout(): number;
  /** The element's language (its `lang`, else the nearest in the page). */
  lang(): string;
  html: typeof html;
  nothing: typeof nothing;
  heading: typeof headingTemplate;
}

/** An inquiry form as the element holds it: a controller that renders the form at a heading level. */
export interface InquiryFormController {
  render(level: number): TemplateResult;
}

/** The inquiry form's class, as `lp-inquiry-form.js` hands it to {@link LpMediaInquiry.useForm}. */
export type InquiryFormClass = new (host: LpMediaInquiry, options: InquiryFormOptions) => InquiryFormController;

// The form's class once its file has loaded, and the boxes on the page, to show it in when it comes.
let Form: InquiryFormClass | undefined;
const boxes = new Set<LpMediaInquiry>();
let warned = false;

/**
 * `lp-load` from `<lp-media-inquiry>`: the shape every widget's `lp-load` has (`items` is
 * empty: this element shows no items), plus `contact`: what the box took from the feed's
 * contact (its heading and text in the box's language, when the feed has them; email; phone).
 */
export interface LpContactLoadDetail extends LpLoadDetail {
  contact: Contact;
}

/**
 * The "Have a Media Inquiry?" box: a heading, a short text, the press email (a `mailto:` link
 * and a Copy button) and an optional phone number; with an `action` URL and the form's own file
 * (`lp-inquiry-form.js`, opt-in), also an inquiry form that posts JSON there.
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
export class LpMediaInquiry extends LpElement implements FeedHost {
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

  /** An `http(s)` URL the inquiry form posts JSON to. Without one (or with any other scheme) there is no form. The form needs its own file, `lp-inquiry-form.js`. */
  action?: string;

  /** Milliseconds before sending the form is given up as a `timeout`. */
  timeout = 15_000;

  /** The feed's contact, read at once (not lazily), and refused without an address. */
  private readonly _feed = new FeedController(this);

  /** @internal With a valid `email` attribute, no official feed is read unless `src` or the meta asks. */
  _feedRequest() {
    return feedRequestFor(this.src, address(this.email) ? '' : DEFAULT_ENDPOINT);
  }

  /** @internal The feed's heading and text still show, but a box without an address has failed. */
  _refuse() {
    return this._address ? undefined : new FeedError('format', 'No press email');
  }

  /** @internal What the box takes from the feed: heading and text in its language, email and phone (no items). */
  _loadDetail(): Omit<LpContactLoadDetail, 'from' | 'dropped'> {
    const { heading, text } = this._words;
    const contact = this._contact;
    const fields = Object.entries({ heading, text, email: contact.email, phone: contact.phone }).filter(([, value]) => value);
    return { contact: Object.fromEntries(fields), items: [] };
  }

  /** @internal */
  _hasContent() {
    return !!this._address;
  }

  /** @internal The contact box shows nothing stale: another endpoint forgets the last one's contact. */
  readonly _forget = true;

  private _form?: InquiryFormController;

  private readonly _copy = new CopyAddress(this);

  /**
   * Gives every `<lp-media-inquiry>` its inquiry form: `lp-inquiry-form.js` (the package's
   * `inquiry-form.js`) calls this when it loads. Boxes already on the page with an `action`
   * show the form at once.
   */
  static useForm(form: InquiryFormClass): void {
    Form = form;
    boxes.forEach((box) => box.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    boxes.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    boxes.delete(this);
  }

  /** Reads the feed again, past any fresh copy in the cache. */
  refresh(): void {
    this._feed.run();
  }

  /** The contact of the last feed read, kept through errors. */
  private get _contact(): Contact {
    return contactOf(this._feed._value) ?? {};
  }

  private get _strings(): InquiryStrings {
    return inquiryStrings(resolveLang(this));
  }

  /** The feed's heading and text in the box's language; none when the feed has them only in another. */
  private get _words(): { heading?: string; text?: string } {
    const contact = this._contact;
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
    return address(this.email) ?? address(this._contact.email);
  }

  private get _actionUrl(): string | undefined {
    const raw = this.action?.trim();
    return raw ? pageUrl(raw) : undefined;
  }

  // Re-render when slotted text comes or goes: the feed's text shows only without it.
  private _onSlotChange = () => this.requestUpdate();

  private _hasSlotted(name?: string): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? node.slot === (name ?? '') : !name && node.nodeType === 3 && !!node.textContent?.trim(),
    );
  }

  private _renderForm(level: number) {
    if (!Form) {
      // `action` without the form's file: the contact box works, and once the page has loaded
      // (the file may come after this one) the developer hears of it, once.
      if (!warned) {
        warned = true;
        const warn = () => Form || console.warn('@localprogress/widgets: <lp-media-inquiry action> needs lp-inquiry-form.js');
        if (document.readyState === 'complete') warn();
        else addEventListener('load', warn, { once: true });
      }
      return nothing;
    }
    this._form ??= new Form(this, { action: () => this._actionUrl, timeout: () => this.timeout, lang: () => resolveLang(this), html, nothing, heading: headingTemplate });
    return this._form.render(level);
  }

  protected override render(): TemplateResult {
    const s = this._strings;
    const level = clampHeadingLevel(this.headingLevel);
    const contact = this._contact;
    const words = this._words;
    const email = this._address;
    const loading = !email && this._feed._status === 'loading';
    return html`${contactView({
        _strings: s,
        _level: level,
        _heading: this.heading ?? words.heading ?? s.heading,
        _headingSlotted: this._hasSlotted('heading'),
        _text: words.text,
        _textSlotted: this._hasSlotted(),
        _email: email,
        _phone: [this.phone, contact.phone].find((p) => safeTel(p))?.trim(),
        _loading: loading,
        _error: !email && this._feed._status === 'error' ? this._feed._renderError(s) : undefined,
        _copy: this._copy,
        _onSlotChange: this._onSlotChange,
      })}
      ${this._actionUrl ? this._renderForm(level + 1) : nothing}
      <p class="visually-hidden" role="status">${loading ? s.loading : ''}</p>`;
  }
}

import type { ReactiveController, TemplateResult } from 'lit';
import { emit } from '../../core/emit.js';
import { FeedError } from '../../data/errors.js';
import { plainEmail } from '../../data/url.js';
import { formStrings, type FormStrings } from './inquiry-form.strings.js';
import type { InquiryFormOptions, LpMediaInquiry } from './media-inquiry.js';

/** What the inquiry form sends, every field trimmed; `deadline` is `YYYY-MM-DD`, or empty when not given. */
export interface InquiryData {
  name: string;
  outlet: string;
  email: string;
  deadline: string;
  message: string;
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

type FormState = '' | 'sending' | 'sent' | 'failed';

/**
 * The inquiry form of `<lp-media-inquiry>`: its fields, a draft in `sessionStorage`, validation
 * with errors tied to each field, and a POST of JSON with a timeout that sends once however
 * often the button is pressed.
 *
 * It ships in a file of its own (`lp-inquiry-form.js`, or the package's `inquiry-form.js`), and
 * the element takes it through `LpMediaInquiry.useForm()`: only pages with a form pay for it.
 * Built apart from the element, it reaches the element only through public names (`render`,
 * the options), and renders with the element's own Lit (the html tag it is given), so a page holds one
 * copy of Lit.
 */
export class InquiryForm implements ReactiveController {
  private _state: FormState = '';
  private _errors: Partial<Record<Field, string>> = {};
  private _restoredForms = new WeakSet<HTMLFormElement>();

  constructor(
    private readonly _host: LpMediaInquiry,
    private readonly _options: InquiryFormOptions,
  ) {
    _host.addController(this);
  }

  hostUpdated(): void {
    this._restoreDraft();
  }

  // The draft lives in sessionStorage, per action URL, so a reload or a re-created element
  // loses nothing typed; it is cleared once the inquiry is sent.
  private get _draftKey(): string {
    return `lp-widgets:draft:${this._options.action()}`;
  }

  private _restoreDraft(): void {
    const form = this._host.renderRoot.querySelector('form');
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

  private _set(state: FormState, errors = this._errors): void {
    this._state = state;
    this._errors = errors;
    this._host.requestUpdate();
  }

  /** What is wrong with a form control's value, in words; `undefined` when nothing is. */
  private _problem(control: HTMLInputElement): string | undefined {
    const s = this._strings;
    const value = control.value.trim();
    if (control.required && !value) return s.required;
    if (control.type === 'email' && !plainEmail(value)) return s.badEmail;
    if (!control.validity.valid) return s.badDate;
    return undefined;
  }

  private _onInput = (event: Event) => {
    // Once shown, a field's error follows what is typed; none appear before the first submit.
    const control = event.target as HTMLInputElement;
    const name = control.name as Field;
    this._saveDraft(control.form);
    if (this._errors[name]) this._set(this._state, { ...this._errors, [name]: this._problem(control) });
  };

  private _onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    // A second click before the button shows as disabled must not send twice.
    if (this._state === 'sending') return;
    const host = this._host;
    const form = event.target as HTMLFormElement;
    const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const errors: Partial<Record<Field, string>> = {};
    const data = {} as InquiryData;
    for (const [name] of FIELDS) {
      data[name] = control(name).value.trim();
      const problem = this._problem(control(name));
      if (problem) errors[name] = problem;
    }
    const invalid = FIELDS.find(([name]) => errors[name]);
    if (invalid) {
      this._set('', errors);
      await host.updateComplete;
      control(invalid[0]).focus();
      return;
    }
    this._errors = errors;
    if (control('website').value) {
      // A bot filled the honeypot: look as if it worked, send nothing.
      this._finish();
      return;
    }
    this._set('sending');
    const action = this._options.action()!;
    const timeout = this._options.timeout();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeout);
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
        ? new FeedError('timeout', `No answer in ${timeout} ms`, undefined, action)
        : new FeedError('network', 'Unreachable', undefined, action);
    }
    clearTimeout(timer);
    if (!error) {
      await this._finish();
      emit(host, 'lp-submit', { data });
      return;
    }
    this._set('failed');
    await host.updateComplete;
    // Disabling the focused submit button dropped focus: give it back, ready for another try.
    if (!host.shadowRoot?.activeElement) host.renderRoot.querySelector<HTMLButtonElement>('[part=submit]')?.focus();
    emit(host, 'lp-submit-error', { error, data });
  };

  private async _finish() {
    this._saveDraft(null);
    this._set('sent');
    await this._host.updateComplete;
    this._host.renderRoot.querySelector<HTMLElement>('.sent')?.focus();
  }

  private get _strings(): FormStrings {
    return formStrings(this._options.lang());
  }

  /** The form, or the thank-you message once sent; `level` is the form heading's. */
  render(level: number): TemplateResult {
    const { html, nothing, heading } = this._options;
    const s = this._strings;
    if (this._state === 'sent') return html`<p class="sent" part="status" role="status" tabindex="-1">${s.sent}</p>`;
    const sending = this._state === 'sending';
    return html`<form part="form" novalidate aria-labelledby="form-heading" @submit=${this._onSubmit} @input=${this._onInput}>
      ${heading(level, 'form-heading', 'form-heading', s.form)}
      ${FIELDS.map(([name, type, autocomplete]) => {
        const id = `f-${name}`;
        const error = this._errors[name];
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
      ${this._state === 'failed' ? html`<p class="error" part="error" role="alert">${s.failed}</p>` : nothing}
      <button type="submit" part="submit" ?disabled=${sending}>${sending ? s.sending : s.send}</button>
    </form>`;
  }
}

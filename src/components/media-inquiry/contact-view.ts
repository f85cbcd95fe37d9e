import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { ReactiveControllerHost } from 'lit';
import { headingTemplate } from '../../core/heading.js';
import { safeTel } from '../../data/url.js';
import type { InquiryStrings } from './media-inquiry.strings.js';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/**
 * The Copy button's clipboard: the Clipboard API, confirmed in a live region; where it is
 * missing or refused, the address selected in a read-only field for the visitor to copy.
 */
export class CopyAddress {
  /** `copied`, `manual` (the visitor copies the selected address), or `''` before a copy. */
  _state: '' | 'copied' | 'manual' = '';

  constructor(private readonly _host: Host) {}

  private _set(state: CopyAddress['_state']): Promise<boolean> {
    this._state = state;
    this._host.requestUpdate();
    return this._host.updateComplete;
  }

  /** Puts `text` on the clipboard, or selects it for the visitor where that is refused. */
  async _copy(text: string | undefined): Promise<void> {
    if (!text) return;
    // Empty the live region first, so that a second copy is announced again.
    await this._set('');
    try {
      await navigator.clipboard.writeText(text);
      this._set('copied');
    } catch {
      // No Clipboard API (old browsers, insecure pages) or refused (permissions policy, iframes).
      await this._set('manual');
      const field = this._host.renderRoot.querySelector<HTMLInputElement>('.manual');
      field?.focus();
      field?.select();
    }
  }
}

/** What the contact view shows: everything already chosen between attributes, slots and feed. Internal, so the names are `_x`. */
export interface ContactParts {
  _strings: InquiryStrings;
  _level: number;
  /** The heading text; `''` hides the heading unless one is slotted. */
  _heading: string;
  _headingSlotted: boolean;
  /** The feed's text, shown when nothing is slotted. */
  _text: string | undefined;
  _textSlotted: boolean;
  _email: string | undefined;
  _phone: string | undefined;
  /** Waiting for the feed with no email to show yet. */
  _loading: boolean;
  /** The loading error with its Retry button, when there is one to show. */
  _error: TemplateResult | undefined;
  _copy: CopyAddress;
  _onSlotChange: () => void;
}

/** The press contact: heading, text, email with its Copy button, phone. */
export function contactView(c: ContactParts): TemplateResult {
  const { _strings: s, _email: email, _phone: phone } = c;
  const copy = c._copy._state;
  return html`${c._heading || c._headingSlotted
      ? headingTemplate(c._level, 'heading', 'heading', html`<slot name="heading">${c._heading}</slot>`)
      : nothing}
    <div class="text" part="text" ?hidden=${!c._textSlotted && !c._text}><slot @slotchange=${c._onSlotChange}></slot>${c._textSlotted ? nothing : c._text}</div>
    ${c._loading ? html`<span class="bone w70"></span>` : nothing}
    ${c._error ?? nothing}
    ${email
      ? html`<p class="line"><span class="label">${s.email}</span> <a part="email" href=${`mailto:${email}`}>${email}</a> <button type="button" part="copy" @click=${() => c._copy._copy(email)}>${s.copy}</button></p>
          ${copy === 'manual' ? html`<input class="manual" part="copy-input" readonly aria-label=${s.email} .value=${email} />` : nothing}
          <p class="note" part="copy-status" role="status">${copy === 'copied' ? s.copied(email) : copy ? s.copyByHand : ''}</p>`
      : nothing}
    ${phone ? html`<p class="line"><span class="label">${s.phone}</span> <a part="phone" href=${safeTel(phone)!}>${phone}</a></p>` : nothing}`;
}

import { warnIfAnotherCopy } from '../../core/define.js';
import { LpMediaInquiry } from './media-inquiry.js';

// Guarded: loading the script twice, or two versions meeting on one page, must not throw.
if (!customElements.get('lp-media-inquiry')) customElements.define('lp-media-inquiry', LpMediaInquiry);
else warnIfAnotherCopy('lp-media-inquiry', LpMediaInquiry);

declare global {
  interface HTMLElementTagNameMap {
    'lp-media-inquiry': LpMediaInquiry;
  }
}

export { LpMediaInquiry };

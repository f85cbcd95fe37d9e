import { defineElement } from '../../core/define.js';
import { LpMediaInquiry } from './media-inquiry.js';
defineElement('lp-media-inquiry', LpMediaInquiry);
declare global { interface HTMLElementTagNameMap { 'lp-media-inquiry': LpMediaInquiry } }
export { LpMediaInquiry };

import { defineElement } from '../../core/define.js';
import { LpPressReleases } from './press-releases.js';
defineElement('lp-press-releases', LpPressReleases);
declare global { interface HTMLElementTagNameMap { 'lp-press-releases': LpPressReleases } }
export { LpPressReleases };

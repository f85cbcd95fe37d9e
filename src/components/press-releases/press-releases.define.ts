import { warnIfAnotherCopy } from '../../core/define.js';
import { LpPressReleases } from './press-releases.js';

// Guarded: loading the script twice, or two versions meeting on one page, must not throw.
if (!customElements.get('lp-press-releases')) customElements.define('lp-press-releases', LpPressReleases);
else warnIfAnotherCopy('lp-press-releases', LpPressReleases);

declare global {
  interface HTMLElementTagNameMap {
    'lp-press-releases': LpPressReleases;
  }
}

export { LpPressReleases };

import { warnIfAnotherCopy } from '../../core/define.js';
import { LpBlogGrid } from './blog-grid.js';

// Guarded: loading the script twice, or two versions meeting on one page, must not throw.
if (!customElements.get('lp-blog-grid')) customElements.define('lp-blog-grid', LpBlogGrid);
else warnIfAnotherCopy('lp-blog-grid', LpBlogGrid);

declare global {
  interface HTMLElementTagNameMap {
    'lp-blog-grid': LpBlogGrid;
  }
}

export { LpBlogGrid };

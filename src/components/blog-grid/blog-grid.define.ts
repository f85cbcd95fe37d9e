import { defineElement } from '../../core/define.js';
import { LpBlogGrid } from './blog-grid.js';
defineElement('lp-blog-grid', LpBlogGrid);
declare global { interface HTMLElementTagNameMap { 'lp-blog-grid': LpBlogGrid } }
export { LpBlogGrid };

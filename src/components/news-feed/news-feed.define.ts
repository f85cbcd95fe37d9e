import { warnIfAnotherCopy } from '../../core/define.js';
import { LpNewsFeed } from './news-feed.js';

// Guarded: loading the script twice, or two versions meeting on one page, must not throw.
if (!customElements.get('lp-news-feed')) customElements.define('lp-news-feed', LpNewsFeed);
else warnIfAnotherCopy('lp-news-feed', LpNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'lp-news-feed': LpNewsFeed;
  }
}

export { LpNewsFeed };

import { defineElement } from '../../core/define.js';
import { LpNewsFeed } from './news-feed.js';
defineElement('lp-news-feed', LpNewsFeed);
declare global { interface HTMLElementTagNameMap { 'lp-news-feed': LpNewsFeed } }
export { LpNewsFeed };

/**
 * The script-tag bundle: defines every element. Import `index.js` instead for the classes
 * without side effects.
 */
import './components/news-feed/news-feed.define.js';
import './components/press-releases/press-releases.define.js';
import './components/blog-grid/blog-grid.define.js';
import './components/media-inquiry/media-inquiry.define.js';

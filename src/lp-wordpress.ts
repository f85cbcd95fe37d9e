/**
 * The WordPress REST reader, opt-in: `dist/lp-wordpress.js` (in the npm package,
 * `import '@localprogress/widgets/wordpress.js'`). With it, a widget whose endpoint is a
 * WordPress REST posts collection (`/wp-json/wp/v2/posts?_embed`) shows those posts; the
 * widgets' own files read only the JSON Feed that `lp-feed` publishes. It hands the reader to
 * every copy of the widgets on the page through the global symbol registry (no global name),
 * before or after their files: see `WORDPRESS_READER`.
 */
import { parseKindMap, readWordPressPosts } from './data/wordpress.js';
import { registerWordPressReader } from './data/wordpress-reader.js';

registerWordPressReader({ read: (posts, kinds, base) => readWordPressPosts(posts, parseKindMap(kinds), base) });

// The plain HTML pages the dist test opens: what a partner pastes, nothing else.
const widgets = `
  <lp-news-feed limit="2" loading="eager"></lp-news-feed>
  <lp-press-releases limit="2" loading="eager"></lp-press-releases>
  <lp-blog-grid limit="2" loading="eager"></lp-blog-grid>
  <lp-media-inquiry></lp-media-inquiry>`;

const page = (scripts) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dist test</title>
<meta name="lp-widgets:endpoint" content="/demo/data/localprogress.json">
${scripts}
</head><body>${widgets}</body></html>`;

export const PAGES = {
  'module alone': page('<script type="module" src="/dist/lp-widgets.js"></script>'),
  'classic script alone': page('<script src="/dist/lp-widgets.classic.js"></script>'),
  'module and classic together': page('<script src="/dist/lp-widgets.classic.js"></script><script type="module" src="/dist/lp-widgets.js"></script>'),
  'module twice': page('<script type="module" src="/dist/lp-widgets.js"></script><script type="module" src="/dist/lp-widgets.js?copy=2"></script>'),
  'one element module per element': page(
    ['news-feed', 'press-releases', 'blog-grid', 'media-inquiry'].map((n) => `<script type="module" src="/dist/lp-${n}.js"></script>`).join(''),
  ),
};

import { defineConfig } from 'vite';

// `npm start` serves the repository root, so /demo/*.html and the sample feed in
// /demo/data/ are reachable; `npm run build` makes a quick library build into dist/.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    minify: true,
    lib: {
      entry: {
        'lp-widgets': 'src/lp-widgets.ts',
        'lp-news-feed': 'src/components/news-feed/news-feed.define.ts',
      },
      formats: ['es'],
    },
  },
});

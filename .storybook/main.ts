// Storybook 10 for the widgets. `npm run storybook` / `npm run build-storybook` generate
// custom-elements.json first (the docs tables read it, see preview.ts).
import type { StorybookConfig } from '@storybook/web-components-vite';
import { feedStoryFile, feedStoryName } from '../stories/feed-options.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample feeds the demo and the tests read, at the same path in dev and in the static
  // build; the placeholder photo that stands in for the feeds' remote images (no story reaches
  // the internet).
  staticDirs: [
    { from: '../demo/data', to: '/demo/data' },
    { from: './assets', to: '/sb-assets' },
  ],
  core: { disableTelemetry: true },
  // The feed elements' story files export the stories made in stories/feed-stories.ts. CSF's
  // indexer reads a story's display name only from a `name` string written in its own export, so
  // each of those files would have to write every name again: they are indexed by Storybook's
  // own CSF indexer, and their stories then given the names in stories/feed-options.ts (which
  // feed-stories.ts gives the stories at run time too, for the docs page).
  experimental_indexers: (indexers = []) => {
    const csf = indexers.find((indexer) => indexer.test.test('feed.stories.ts'));
    if (!csf) throw new Error("Storybook's CSF indexer is missing.");
    const feedIndexer = {
      test: feedStoryFile,
      createIndex: async (fileName: string, options: Parameters<typeof csf.createIndex>[1]) =>
        (await csf.createIndex(fileName, options)).map((input) => ({ ...input, name: feedStoryName(input.exportName) ?? input.name })),
    };
    return [feedIndexer, ...indexers];
  },
  viteFinal: (config) => ({
    ...config,
    // Storybook's web-components renderer imports `lit` and `lit/directive-helpers.js`; in dev,
    // only the first was pre-bundled, so a second copy of lit-html loaded from node_modules
    // ("Multiple versions of Lit loaded"). Pre-bundling both keeps one copy.
    optimizeDeps: {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    // Storybook's own preview and docs bundles are over Vite's 500 kB warning; the widgets' size
    // is watched by the library build, not here.
    build: { ...config.build, chunkSizeWarningLimit: 1500 },
  }),
};

export default config;

// Storybook 10 for the widgets. `npm run storybook` / `npm run build-storybook` generate
// custom-elements.json first (the docs tables read it, see preview.ts).
import type { StorybookConfig } from '@storybook/web-components-vite';

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

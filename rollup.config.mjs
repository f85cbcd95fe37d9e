// The script-tag builds: one minified ES module with every element and Lit inside, the same as
// a classic script, and one ES module per element. (The npm package's per-file modules come
// from tsc: see tsconfig.build.json.)
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyLiterals } from './scripts/build/minify-literals.mjs';

const elements = ['news-feed', 'press-releases', 'blog-grid', 'media-inquiry'];

const plugins = (preamble) => [
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    declarationMap: false,
    outDir: undefined,
    sourceMap: false,
    importHelpers: true,
    noEmitOnError: true,
  }),
  minifyLiterals(),
  // Lit's production build: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'], browser: true }),
  terser({
    ecma: 2021,
    module: true,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    // Our internal members are named `_x` and get short names. Lit's own internals are all
    // `_$…` (shared between Lit copies on a page): never touched. Reactive properties must
    // keep their names (Lit looks them up by name), so none of them starts with `_`.
    // Remote JSON keys that start with `_` are not ours to rename.
    mangle: { properties: { regex: /^_(?!\$)/, reserved: ['_localprogress', '_embedded', '_links', '_embed', '_fields'] } },
    format: { comments: false, ...(preamble ? { preamble } : {}) },
  }),
];

// V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of an
// element's bundle runs while the page loads, so V8 compiles them all on a background thread as
// the file streams in, instead of one by one on the main thread between the download and the
// feed request. Not for the opt-in files, which are small and mostly run later.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const bundle = (input, file, format = 'es', preamble = COMPILE_HINT) => ({
  input,
  output: { file, format, sourcemap: false, ...(file.endsWith('lp-widgets.classic.js') ? { name: 'LpWidgets' } : {}) },
  plugins: plugins(preamble),
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
});

export default [
  bundle('src/lp-widgets.ts', 'dist/lp-widgets.js'),
  bundle('src/lp-widgets.ts', 'dist/lp-widgets.classic.js', 'iife'),
  ...elements.map((name) => bundle(`src/components/${name}/${name}.define.ts`, `dist/lp-${name}.js`)),
  // The inquiry form, opt-in: it renders with the element's Lit, so it holds no Lit of its own.
  // It exports nothing, and its code sits in a function of its own (no global names when it runs
  // as a classic script), so the same file serves as a module and as a classic script.
  bundle('src/components/media-inquiry/inquiry-form.define.ts', 'dist/lp-inquiry-form.js', 'iife', ''),
  // The WordPress REST reader, opt-in, the same way: the bundles read the JSON Feed that lp-feed
  // publishes, and take this reader from the global symbol registry when a page loads it.
  bundle('src/lp-wordpress.ts', 'dist/lp-wordpress.js', 'iife', ''),
];

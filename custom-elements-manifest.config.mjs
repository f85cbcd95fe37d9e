// `npm run analyze`: custom-elements.json from the JSDoc on the element classes (@fires,
// @csspart, @cssprop, @slot) and Lit's decorators. Storybook's docs tables read it.
// Generated, not committed.

/**
 * What the analyzer infers but is not the elements' API: private members, and an event named
 * after a variable (`emit(type, …)` dispatches `new CustomEvent(type)`, which the analyzer
 * reports as an event called "type"). Every real event is documented with `@fires`, so it has a
 * description; one without is such an inference.
 */
const publicApiOnly = {
  name: 'lp-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        if (declaration.members) {
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
        }
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.description);
      }
    }
  },
};

/**
 * The `*.define.ts` files register their element through the guarded `defineElement('lp-x', X)`
 * (src/core/define.ts), which the analyzer does not know: read that call, with its tag as a
 * string literal, as it reads `customElements.define('lp-x', X)`.
 */
const guardedDefineCalls = {
  name: 'lp-guarded-define-calls',
  analyzePhase({ ts, node, moduleDoc, context }) {
    if (node.kind !== ts.SyntaxKind.CallExpression || node.expression.getText() !== 'defineElement') return;
    const [tag, element] = node.arguments;
    if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
    const name = element.text;
    const imported = context.imports?.find((i) => i.name === name && !i.isBareModuleSpecifier);
    const module = imported ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname : moduleDoc.path;
    moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name, module } }];
  },
};

export default {
  globs: [
    'src/components/**/*.ts',
    // The base class is analyzed too, so that its attributes, properties and `refresh()` are
    // listed as inherited on each feed element; without it the superclass is an unresolved name.
    'src/core/feed-element.ts',
  ],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer otherwise writes a "customElements" field into package.json on every run.
  packagejson: false,
  plugins: [guardedDefineCalls, publicApiOnly],
};

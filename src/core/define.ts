let warned = false;

/**
 * Registers `element` as `<tag>` unless the tag is taken. Loading the script twice, or two
 * versions meeting on one page, must not throw: when another copy got there first, its elements
 * stay, and this copy says so once (for all its tags) and defines nothing.
 *
 * Every `*.define.ts` calls this with its tag as a string literal, which the manifest analyzer
 * reads as a `customElements.define` (see custom-elements-manifest.config.mjs).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const defined = customElements.get(tag);
  if (!defined) customElements.define(tag, element);
  else if (!warned && defined !== element) {
    warned = true;
    console.warn(`@localprogress/widgets: <${tag}> is from another copy of the script`);
  }
}

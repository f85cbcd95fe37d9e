let warned = false;

/**
 * Called when a tag is already defined. Another copy of the widgets (the script loaded twice,
 * or two versions) got there first: its elements stay; this copy says so once, and defines
 * nothing.
 */
export function warnIfAnotherCopy(tag: string, ours: CustomElementConstructor): void {
  if (warned || customElements.get(tag) === ours) return;
  warned = true;
  console.warn(`@localprogress/widgets: <${tag}> is already defined by another copy of the script; this copy leaves it in place.`);
}

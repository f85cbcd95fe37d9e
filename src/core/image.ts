import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ItemImage } from '../data/item.js';

// A photo that fails to load leaves its box as a quiet placeholder: the element's styles hide a
// broken image in a `.failed` box.
function markFailed(event: Event) {
  (event.target as HTMLElement).parentElement?.classList.add('failed');
}

/**
 * An item's photo: lazy, decoded off the main thread, with its intrinsic size (so its box is
 * reserved) and, when the feed gives a `srcset`, the element's `sizes` for it.
 */
export function itemImage(image: ItemImage, sizes: string): TemplateResult {
  return html`<img
    part="image"
    src=${image.src}
    srcset=${image.srcset ?? nothing}
    sizes=${image.srcset ? sizes : nothing}
    alt=${image.alt}
    width=${ifDefined(image.width)}
    height=${ifDefined(image.height)}
    loading="lazy"
    decoding="async"
    @error=${markFailed}
  />`;
}

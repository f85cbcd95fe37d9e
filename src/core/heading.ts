import { html, type TemplateResult } from 'lit/html.js';

/** A heading level a widget may use: 2–6 (the page owns `h1`). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` value, clamped to 2–6; anything unreadable is 2. */
export function clampHeadingLevel(value: unknown): HeadingLevel {
  const n = Math.round(Number(value));
  if (!Number.isFinite(n)) return 2;
  return Math.min(6, Math.max(2, n)) as HeadingLevel;
}

/**
 * A real `<hN>` element. Lit cannot bind a tag name, and the static-html module costs more bytes
 * than these five lines.
 */
export function headingTemplate(level: number, part: string, id: string | undefined, content: unknown): TemplateResult {
  const l = Math.min(6, Math.max(2, level));
  const cls = part;
  switch (l) {
    case 2:
      return html`<h2 class=${cls} part=${part} id=${id ?? ''}>${content}</h2>`;
    case 3:
      return html`<h3 class=${cls} part=${part} id=${id ?? ''}>${content}</h3>`;
    case 4:
      return html`<h4 class=${cls} part=${part} id=${id ?? ''}>${content}</h4>`;
    case 5:
      return html`<h5 class=${cls} part=${part} id=${id ?? ''}>${content}</h5>`;
    default:
      return html`<h6 class=${cls} part=${part} id=${id ?? ''}>${content}</h6>`;
  }
}

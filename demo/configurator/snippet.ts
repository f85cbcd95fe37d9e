// The embed code: pure functions from a widget's options to the HTML a partner pastes. Every
// value the user typed reaches the code escaped, so a heading with `"` or `<` stays a heading.
import { reserveRule } from './reserve.js';

/** The four elements, by tag. */
export type WidgetTag = 'lp-news-feed' | 'lp-press-releases' | 'lp-blog-grid' | 'lp-media-inquiry';

/** What the code says: the element, its non-default attributes, its text and its custom properties. */
export interface Embed {
  tag: WidgetTag;
  /** Attribute name and value, in the order they are written. */
  attributes: [string, string][];
  /** Default-slot text (`<lp-media-inquiry>`'s text under the heading). */
  text: string;
  /** `--lp-*` custom properties and their CSS values, already checked by {@link cssValue}. */
  styles: [string, string][];
}

/** Where the script comes from, and its Subresource Integrity value when known. */
export interface ScriptSource {
  url: string;
  integrity?: string;
  /** The classic (non-module) build. */
  classic?: boolean;
  /** The Subresource Integrity values of the opt-in files ({@link OPT_IN_FILES}), by file name, where known. */
  optInIntegrity?: Record<string, string | undefined>;
}

/** The inquiry form's file: `<lp-media-inquiry action>` shows a form only on a page that loads it. */
export const FORM_FILE = 'lp-inquiry-form.js';

/** Whether the code needs the inquiry form's file: a media inquiry box with a form address. */
export function needsForm(embed: Embed): boolean {
  return embed.tag === 'lp-media-inquiry' && embed.attributes.some(([name]) => name === 'action');
}

/** The WordPress REST reader's file: a widget whose `src` is a WordPress REST URL shows its posts only on a page that loads it. */
export const WORDPRESS_FILE = 'lp-wordpress.js';

/** Whether `url` is a WordPress REST API address: `/wp-json/` in its path, or a `rest_route=` query. */
export function isWordPressRestUrl(url: string): boolean {
  try {
    const parsed = new URL(url, 'https://example.invalid/');
    return parsed.pathname.includes('/wp-json/') || parsed.searchParams.has('rest_route');
  } catch {
    return false;
  }
}

/** Whether the code needs the WordPress reader's file: the element reads a WordPress REST URL. */
export function needsWordPress(embed: Embed): boolean {
  return embed.attributes.some(([name, value]) => name === 'src' && isWordPressRestUrl(value));
}

/** The address of an opt-in file (`file`): next to the script, wherever that is. */
export function siblingScriptUrl(scriptUrl: string, file: string): string {
  return scriptUrl.replace(/[^/?#]*([?#].*)?$/, file);
}

/** A file of its own that some code loads next to the script. */
export interface OptInFile {
  file: string;
  /** Whether the code for `embed` loads it. */
  needed(embed: Embed): boolean;
  /** The comment above its script tag. */
  comment: string;
  /** What it is, and what a page without it gets (for the configurator's notes). */
  what: string;
  without: string;
}

/** The opt-in files, in the order their script tags follow the script's. */
export const OPT_IN_FILES: readonly OptInFile[] = [
  { file: FORM_FILE, needed: needsForm, comment: 'The inquiry form (action="…") comes in a file of its own:', what: 'the inquiry form', without: 'the box shows no form' },
  { file: WORDPRESS_FILE, needed: needsWordPress, comment: 'A WordPress REST feed (src="…") is read by a file of its own:', what: 'the WordPress reader', without: 'the widget shows an error instead of the posts' },
];

/** The `limit` the code sets, or `undefined` for the element's default. */
function limitOf(embed: Embed): number | undefined {
  const value = embed.attributes.find(([name]) => name === 'limit')?.[1];
  return value === undefined ? undefined : Number(value);
}

/** An attribute value for `name="…"`: `&`, `"`, `<` and `>` become character references. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for an element's content: `&`, `<` and `>` become character references. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A CSS value for `property` as the browser reads it, safe inside a `<style>` element, or
 * `undefined` when it is not a valid value of that property. The browser's own serialization
 * closes strings and escapes quotes; `<` (the only way out of `<style>`, as `</style>`) is
 * written as the CSS escape `\3c `, which means the same inside a string.
 */
export function cssValue(property: 'color' | 'font-family', raw: string): string | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  const probe = document.createElement('span').style;
  probe.setProperty(property, value);
  const read = probe.getPropertyValue(property);
  if (!read) return undefined;
  // Keep a colour as typed when it is a plain hex or name (the serialization would say rgb()).
  const kept = property === 'color' && /^(#[0-9a-f]{3,8}|[a-z]+)$/i.test(value) ? value.toLowerCase() : read;
  return kept.replace(/</g, '\\3c ');
}

/**
 * The code to paste: the script tag (and, for a media inquiry box with a form address, one for
 * the form's file; for an element that reads a WordPress REST URL, one for the WordPress
 * reader's), a `<style>` with the rule that reserves a feed widget's space (sized for its
 * `limit`) and the custom properties when any, and the element.
 */
export function embedCode(embed: Embed, script: ScriptSource): string {
  const tag = (url: string, integrity: string | undefined) => {
    const sri = integrity ? ` integrity="${escapeAttribute(integrity)}" crossorigin="anonymous"` : '';
    return script.classic
      ? `<script defer src="${escapeAttribute(url)}"${sri}></script>`
      : // Low priority: the widgets' file does not compete with the host page's own CSS, fonts and
        // first images (a deferred classic script is low priority already).
        `<script type="module" src="${escapeAttribute(url)}" fetchpriority="low"${sri}></script>`;
  };
  const lines = [tag(script.url, script.integrity)];
  for (const optIn of OPT_IN_FILES) {
    if (optIn.needed(embed)) lines.push(`<!-- ${optIn.comment} -->`, tag(siblingScriptUrl(script.url, optIn.file), script.optInIntegrity?.[optIn.file]));
  }
  const reserve = embed.tag === 'lp-media-inquiry' ? [] : reserveRule(embed.tag, limitOf(embed)).split('\n').map((line) => `  ${line}`);
  const custom = embed.styles.length ? [`  ${embed.tag} {`, ...embed.styles.map(([name, value]) => `    ${name}: ${value};`), '  }'] : [];
  if (reserve.length || custom.length) lines.push('<style>', ...(reserve.length ? ['  /* Keeps the page still while the script loads. */', ...reserve] : []), ...custom, '</style>');
  const attributes = embed.attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  let open = [`<${embed.tag}`, ...attributes].join(' ') + '>';
  if (open.length > 100) open = [`<${embed.tag}`, ...attributes].join('\n  ') + '>';
  lines.push(`${open}${escapeText(embed.text)}</${embed.tag}>`);
  return lines.join('\n');
}

/** WCAG contrast ratio of two sRGB colours given as [r, g, b] in 0–255. */
export function contrastRatio(a: number[], b: number[]): number {
  const luminance = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

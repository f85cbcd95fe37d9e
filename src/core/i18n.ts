import type { PropertyDeclarations } from './element.js';
import type { ItemKind } from '../data/item.js';

/** The languages with built-in strings. Dates use the full `lang` tag through `Intl`. */
export type StringsLang = 'en' | 'es';

/** The visible strings of a feed widget. */
export interface FeedStrings {
  heading: string;
  loading: string;
  empty: string;
  error: string;
  more: string;
  retry: string;
}

/**
 * A kind's words in each language; every kind's strings follow one pattern per language, only
 * the nouns differ: en: [heading, noun]; es: [heading, noun, article, noun for "none yet"]. Each
 * element holds its own kind's words, so that a one-element bundle carries no other kind's.
 */
export type KindWords = Record<StringsLang, string[]>;

export const NEWS_WORDS: KindWords = { en: ['In the News', 'news'], es: ['En las noticias', 'noticias', 'las'] };
export const PRESS_RELEASE_WORDS: KindWords = { en: ['Press Releases', 'press releases'], es: ['Comunicados de prensa', 'comunicados', 'los', 'comunicados de prensa'] };
export const BLOG_WORDS: KindWords = { en: ['Our Blog', 'posts'], es: ['Nuestro blog', 'artículos', 'los'] };

const WORDS: Record<ItemKind, KindWords> = { news: NEWS_WORDS, 'press-release': PRESS_RELEASE_WORDS, blog: BLOG_WORDS };

const PATTERNS: Record<StringsLang, (words: string[]) => FeedStrings> = {
  en: ([heading, noun]) => ({
    heading,
    loading: `Loading ${noun}…`,
    empty: `No ${noun} yet`,
    error: `Couldn’t load ${noun}`,
    more: `See all ${noun}`,
    retry: 'Retry',
  }),
  es: ([heading, noun, article, none = noun]) => ({
    heading,
    loading: `Cargando ${noun}…`,
    empty: `Aún no hay ${none}`,
    error: `No se pudieron cargar ${article} ${noun}`,
    more: `Ver tod${article.slice(1)} ${article} ${noun}`,
    retry: 'Reintentar',
  }),
};

/** The built-in strings language for a BCP 47 tag: Spanish for `es*`, English otherwise. */
export function stringsLang(lang: string): StringsLang {
  return /^es\b/i.test(lang) ? 'es' : 'en';
}

/** The strings a feed widget of `kind` shows in `lang`. */
export function feedStrings(kind: ItemKind, lang: string): FeedStrings {
  return stringsOf(WORDS[kind], lang);
}

/** The built-in strings made from a kind's words, in `lang` (English where there are none). */
export function stringsOf(words: KindWords, lang: string): FeedStrings {
  const l = stringsLang(lang);
  return PATTERNS[l](words[l]);
}

/**
 * The language that applies to an element: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else `en`.
 */
export function resolveLang(element: Element): string {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang;
  }
  return 'en';
}

/**
 * For a widget's `static properties`: its own `lang` attribute, observed, so that a change
 * re-renders. The `lang` property is the platform's, so this one has another, internal, name.
 */
export const LANG_ATTRIBUTE: PropertyDeclarations = { _langAttribute: { attribute: 'lang' } };

// One observer for the whole page: a change of `lang` anywhere re-renders every widget.
const widgets = new Set<{ requestUpdate(): void }>();
let langObserver: MutationObserver | undefined;

/** Re-renders `widget` whenever a `lang` attribute changes in the page (`on`), or stops (`!on`). */
export function watchLang(widget: { requestUpdate(): void }, on: boolean): void {
  if (on) widgets.add(widget);
  else widgets.delete(widget);
  if (on && !langObserver) {
    langObserver = new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!widgets.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

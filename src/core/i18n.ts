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

const COMMON: Record<StringsLang, Pick<FeedStrings, 'retry'>> = {
  en: { retry: 'Retry' },
  es: { retry: 'Reintentar' },
};

const BY_KIND: Record<ItemKind, Record<StringsLang, Omit<FeedStrings, 'retry'>>> = {
  news: {
    en: { heading: 'In the News', loading: 'Loading news…', empty: 'No news yet', error: 'Couldn’t load news', more: 'See all news' },
    es: { heading: 'En las noticias', loading: 'Cargando noticias…', empty: 'Aún no hay noticias', error: 'No se pudieron cargar las noticias', more: 'Ver todas las noticias' },
  },
  'press-release': {
    en: { heading: 'Press Releases', loading: 'Loading press releases…', empty: 'No press releases yet', error: 'Couldn’t load press releases', more: 'See all press releases' },
    es: { heading: 'Comunicados de prensa', loading: 'Cargando comunicados…', empty: 'Aún no hay comunicados de prensa', error: 'No se pudieron cargar los comunicados', more: 'Ver todos los comunicados' },
  },
  blog: {
    en: { heading: 'Our Blog', loading: 'Loading posts…', empty: 'No posts yet', error: 'Couldn’t load posts', more: 'See all posts' },
    es: { heading: 'Nuestro blog', loading: 'Cargando artículos…', empty: 'Aún no hay artículos', error: 'No se pudieron cargar los artículos', more: 'Ver todos los artículos' },
  },
};

/** The built-in strings language for a BCP 47 tag: Spanish for `es*`, English otherwise. */
export function stringsLang(lang: string): StringsLang {
  return /^es\b/i.test(lang) ? 'es' : 'en';
}

/** The strings a feed widget of `kind` shows in `lang`. */
export function feedStrings(kind: ItemKind, lang: string): FeedStrings {
  const l = stringsLang(lang);
  return { ...COMMON[l], ...BY_KIND[kind][l] };
}

/**
 * The language that applies to an element: its own `lang`, else the nearest ancestor's (across
 * shadow roots), else `en`.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return 'en';
}

// One observer for the whole page: a change of `lang` anywhere re-renders every widget.
const widgets = new Set<{ requestUpdate(): void }>();
let langObserver: MutationObserver | undefined;

/** Re-renders `widget` whenever a `lang` attribute changes in the page (`on`), or stops (`!on`). */
export function watchLang(widget: { requestUpdate(): void }, on: boolean): void {
  if (on) widgets.add(widget);
  else widgets.delete(widget);
  if (on && !langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!widgets.size && langObserver) {
    langObserver.disconnect();
    langObserver = undefined;
  }
}

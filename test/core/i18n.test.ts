// The built-in strings, and the language that applies to an element.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { feedStrings, resolveLang, stringsLang, watchLang } from '../../src/core/i18n.js';

describe('stringsLang', () => {
  it('is Spanish for es and every es-* tag, in any case', () => {
    for (const lang of ['es', 'es-MX', 'es-US', 'ES', 'Es-419']) expect(stringsLang(lang), lang).to.equal('es');
  });

  it('is English for every other tag, and for none', () => {
    for (const lang of ['en', 'en-GB', 'fr', 'de', 'est', 'pt-BR', '']) expect(stringsLang(lang), lang).to.equal('en');
  });
});

describe('feedStrings', () => {
  it('news, in English and Spanish', () => {
    expect(feedStrings('news', 'en')).to.deep.equal({
      heading: 'In the News',
      loading: 'Loading news…',
      empty: 'No news yet',
      error: 'Couldn’t load news',
      more: 'See all news',
      retry: 'Retry',
    });
    expect(feedStrings('news', 'es-MX')).to.deep.equal({
      heading: 'En las noticias',
      loading: 'Cargando noticias…',
      empty: 'Aún no hay noticias',
      error: 'No se pudieron cargar las noticias',
      more: 'Ver todas las noticias',
      retry: 'Reintentar',
    });
  });

  it('press releases, in English and Spanish', () => {
    expect(feedStrings('press-release', 'en')).to.deep.equal({
      heading: 'Press Releases',
      loading: 'Loading press releases…',
      empty: 'No press releases yet',
      error: 'Couldn’t load press releases',
      more: 'See all press releases',
      retry: 'Retry',
    });
    expect(feedStrings('press-release', 'es')).to.deep.equal({
      heading: 'Comunicados de prensa',
      loading: 'Cargando comunicados…',
      empty: 'Aún no hay comunicados de prensa',
      error: 'No se pudieron cargar los comunicados',
      more: 'Ver todos los comunicados',
      retry: 'Reintentar',
    });
  });

  it('blog posts, in English and Spanish', () => {
    expect(feedStrings('blog', 'en')).to.deep.equal({
      heading: 'Our Blog',
      loading: 'Loading posts…',
      empty: 'No posts yet',
      error: 'Couldn’t load posts',
      more: 'See all posts',
      retry: 'Retry',
    });
    expect(feedStrings('blog', 'es')).to.deep.equal({
      heading: 'Nuestro blog',
      loading: 'Cargando artículos…',
      empty: 'Aún no hay artículos',
      error: 'No se pudieron cargar los artículos',
      more: 'Ver todos los artículos',
      retry: 'Reintentar',
    });
  });

  it('falls back to English for a language without built-in strings', () => {
    expect(feedStrings('news', 'fr')).to.deep.equal(feedStrings('news', 'en'));
  });
});

describe('resolveLang', () => {
  it('takes the element’s own lang first, then the nearest ancestor’s', () => {
    const outer = fixtureSync<HTMLElement>(html`<div lang="es-US"><section lang="fr"><span id="own" lang="de"></span><span id="inherits"></span></section></div>`);
    expect(resolveLang(outer.querySelector('#own')!)).to.equal('de');
    expect(resolveLang(outer.querySelector('#inherits')!)).to.equal('fr');
    expect(resolveLang(outer)).to.equal('es-US');
  });

  it('crosses shadow roots to the host’s ancestors', () => {
    const outer = fixtureSync<HTMLElement>(html`<div lang="es"><div id="host"></div></div>`);
    const root = outer.querySelector('#host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(resolveLang(inner)).to.equal('es');
  });

  it('is en when nothing up to the document says', () => {
    const lang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = fixtureSync<HTMLElement>(html`<span></span>`);
      expect(resolveLang(el)).to.equal('en');
      expect(resolveLang(document.createElement('span')), 'an element in no document').to.equal('en');
    } finally {
      if (lang !== null) document.documentElement.setAttribute('lang', lang);
    }
  });
});

describe('watchLang', () => {
  it('re-renders each watching widget when a lang changes anywhere in the page, and stops when told', async () => {
    let stopped = 0;
    const updated = (): { widget: { requestUpdate(): void }; next: () => Promise<void> } => {
      let resolve: () => void = () => undefined;
      let promise = new Promise<void>((r) => (resolve = r));
      return {
        widget: {
          requestUpdate() {
            resolve();
            promise = new Promise<void>((r) => (resolve = r));
          },
        },
        next: () => promise,
      };
    };
    const watching = updated();
    const stopping = { requestUpdate: () => stopped++ };
    watchLang(watching.widget, true);
    watchLang(stopping, true);
    const el = fixtureSync<HTMLElement>(html`<p lang="en"></p>`);
    try {
      let next = watching.next();
      el.setAttribute('lang', 'es');
      await next;
      expect(stopped, 'both widgets heard the change').to.equal(1);

      watchLang(stopping, false);
      next = watching.next();
      el.setAttribute('lang', 'de');
      await next;
      expect(stopped, 'the stopped widget did not').to.equal(1);
    } finally {
      watchLang(watching.widget, false);
      watchLang(stopping, false);
    }
  });
});

import { LpElement, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from './element.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { FeedError } from '../data/errors.js';
import type { Item, ItemKind } from '../data/item.js';
import { selectItems } from '../data/normalize.js';
import { safeLinkUrl } from '../data/url.js';
import { feedRequestFor } from './endpoint.js';
import { FeedController, type FeedHost } from './feed-controller.js';
import { baseStyles } from './feed-element.styles.js';
import { formatDate, type DateStyle } from './format.js';
import { clampHeadingLevel, headingTemplate } from './heading.js';
import { LANG_ATTRIBUTE, resolveLang, stringsOf, type FeedStrings, type KindWords } from './i18n.js';

export { DEFAULT_ENDPOINT, ENDPOINT_META, KINDS_META } from './endpoint.js';

/** `lp-load`: the items shown, after kind, `tag` and `limit`; `dropped` counts items that failed validation. */
export interface LpLoadDetail {
  items: Item[];
  from: 'network' | 'cache';
  dropped: number;
}

/** `lp-error`: why loading failed, and whether earlier content is still on screen. */
export interface LpErrorDetail {
  error: FeedError;
  hasStaleContent: boolean;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lp-load': CustomEvent<LpLoadDetail>;
    'lp-error': CustomEvent<LpErrorDetail>;
  }
}

const LIMIT_MAX = 100;


/**
 * What every feed widget shares: the common attributes, the request lifecycle (lazy start,
 * abort on disconnect and on `src` change, last response wins, stale-while-revalidate), the
 * loading / content / empty / error states, events and language. A widget adds its `kind`
 * and how one item looks.
 *
 * @attr {string} lang - Language of dates and built-in strings; without it, the nearest `lang` in the page.
 */
export abstract class LpFeedElement extends LpElement implements FeedHost {
  static override styles: CSSResultGroup = baseStyles;

  // Reactive properties, declared without decorators: nothing to go wrong between TypeScript,
  // esbuild and Vite, and no decorator helpers in the bundle.
  static override properties: PropertyDeclarations = {
    src: {},
    limit: { type: Number },
    tag: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
    moreHref: { attribute: 'more-href' },
    moreLabel: { attribute: 'more-label' },
    dateStyle: { attribute: 'date-style' },
    loading: {},
    // The element's own `lang` attribute, observed, so that a change re-renders.
    ...LANG_ATTRIBUTE,
  };

  /** The kind of content this widget shows. */
  protected abstract readonly kind: ItemKind;
  /** This kind's words for the built-in strings (headings, messages) in each language. */
  protected abstract readonly _words: KindWords;
  /** How many items it shows when `limit` is not set. */
  protected abstract readonly _defaultLimit: number;

  /** URL of the JSON endpoint (JSON Feed 1.1, or WordPress REST with `lp-wordpress.js` loaded). Defaults to the page's `lp-widgets:endpoint` meta, then the official feed. */
  src?: string;

  /** How many items to show, 1–100. */
  limit?: number;

  /** Show only items with one of these tags (comma-separated). */
  tag?: string;

  /** Visible heading text. An empty string hides the heading; the `heading` slot overrides it. */
  heading?: string | null;

  /** Level of the widget's heading, 2–6; item titles are one level below. */
  headingLevel = 2;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme: 'light' | 'dark' | 'auto' = 'light';

  /** URL of a "see all" link after the items. */
  moreHref?: string;

  /** Text of the "see all" link. */
  moreLabel?: string;

  /** How dates are written: `long`, `short` or `relative`. */
  dateStyle: DateStyle = 'long';

  /** `lazy` makes no request until the widget nears the viewport (or the page is printed), but shows at once a feed already in memory or saved; `eager` fetches at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  /** The request lifecycle: lazy start, abort, last answer wins, stale content kept, events. */
  private readonly _feed = new FeedController(this);

  /** @internal */
  _feedRequest() {
    return feedRequestFor(this.src) || undefined;
  }

  /** @internal */
  _lazy() {
    return this.loading !== 'eager';
  }

  /** @internal */
  _loadDetail() {
    return { items: this._shownItems };
  }

  /** @internal */
  _hasContent() {
    return this._shownItems.length > 0;
  }

  /** @internal The dates' formatter, made while the request is in flight. */
  _prepare() {
    formatDate(new Date(0).toISOString(), resolveLang(this), this.dateStyle);
  }

  /** Reads the endpoint again, past any fresh copy in the cache; content on screen stays until the answer arrives. */
  refresh(): void {
    this._feed.run();
  }

  protected get _strings(): FeedStrings {
    // The language of dates and strings: own `lang`, else the nearest ancestor's, else `en`.
    return stringsOf(this._words, resolveLang(this));
  }

  /** The items shown: the feed's items of this kind, with a `tag`, at most `limit`. */
  protected get _shownItems(): Item[] {
    const result = this._feed._value;
    if (!result) return [];
    return selectItems(result.items, this.kind, (this.tag ?? '').split(','), this._effectiveLimit);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('limit') || changed.has('tag')) this._feed._resettle();
  }

  /** How one item looks; `level` is the heading level for its title. */
  protected abstract _renderItem(item: Item, level: number): TemplateResult;

  /** A placeholder item with the size of a real one, shown while loading. */
  protected abstract _renderSkeletonItem(): TemplateResult;

  /** Extra class on the list, for per-widget layouts. */
  protected _listClass = 'list';

  /** A `<time>` for an item's date, or nothing when it has none. */
  protected _renderDate(item: Item): TemplateResult | typeof nothing {
    if (!item.published) return nothing;
    return html`<time part="date" class="date" datetime=${item.published}
      >${formatDate(item.published, resolveLang(this), this.dateStyle)}</time
    >`;
  }

  protected override render(): TemplateResult {
    const s = this._strings;
    const level = clampHeadingLevel(this.headingLevel);
    const headingText = this.heading ?? s.heading;
    const showHeading = headingText !== '' || !!this.querySelector(':scope > [slot="heading"]');
    const items = this._shownItems;
    // What the widget shows now: by the request's status.
    const status = this._feed._status;
    const busy = status === 'idle' || status === 'loading';
    const more = safeLinkUrl(this.moreHref, document.baseURI);

    return html`
      ${showHeading
        ? headingTemplate(level, 'heading', 'heading', html`<slot name="heading">${headingText}</slot>`)
        : nothing}
      ${status === 'error' ? this._feed._renderError(s) : nothing}
      ${busy
        ? html`<ul class=${this._listClass} aria-hidden="true">
            ${Array.from({ length: this._effectiveLimit }, () => html`<li class="item skeleton">${this._renderSkeletonItem()}</li>`)}
          </ul>`
        : items.length
          ? // role="list": Safari drops list semantics from a list without bullets.
            // eslint-disable-next-line lit-a11y/no-redundant-role
            html`<ul role="list" class=${this._listClass} part="list" aria-labelledby=${showHeading ? 'heading' : nothing}>
              ${items.map((item) => html`<li class="item" part="item">${this._renderItem(item, level + 1)}</li>`)}
            </ul>`
          : status === 'complete'
            ? html`<p class="empty" part="empty">${s.empty}</p>`
            : nothing}
      ${more && (status === 'complete' || items.length)
        ? html`<a class="more" part="more" href=${more}>${this.moreLabel || s.more}</a>`
        : nothing}
      <p class="visually-hidden" role="status">${busy ? s.loading : ''}</p>
    `;
  }

  /** `limit` clamped to 1–100; the widget's default when unset or unreadable. */
  protected get _effectiveLimit(): number {
    const n = Math.round(Number(this.limit ?? this._defaultLimit)) || this._defaultLimit;
    return Math.min(LIMIT_MAX, Math.max(1, n));
  }
}

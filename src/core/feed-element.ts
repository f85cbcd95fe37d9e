import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FeedError } from '../data/errors.js';
import { cachedFeed, feedKey, fetchFeed, waitingWidgets, type FeedRequest } from '../data/feed-store.js';
import type { FeedResult, Item, ItemKind } from '../data/item.js';
import { selectItems } from '../data/normalize.js';
import { safeLinkUrl } from '../data/url.js';
import { feedRequestFor } from './endpoint.js';
import { baseStyles } from './feed-element.styles.js';
import { formatDate, type DateStyle } from './format.js';
import { clampHeadingLevel, headingTemplate } from './heading.js';
import { LANG_ATTRIBUTE, resolveLang, stringsOf, watchLang, type FeedStrings, type KindWords } from './i18n.js';

export { DEFAULT_ENDPOINT, ENDPOINT_META, KINDS_META } from './endpoint.js';

/** What a visitor sees: before the fetch, while it runs, the items, nothing to show, a failure. */
export type FeedStatus = 'idle' | 'loading' | 'content' | 'empty' | 'error';

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

// Internal reactive state (`state` means no attribute), and the element's own `lang`
// attribute, observed, so that a change re-renders.
const INTERNAL_PROPERTIES: PropertyDeclarations = {
  status: { state: true },
  result: { state: true },
  error: { state: true },
  nearViewport: { state: true },
  ...LANG_ATTRIBUTE,
};

/**
 * What every feed widget shares: the common attributes, the request lifecycle (lazy start,
 * abort on disconnect and on `src` change, last response wins, stale-while-revalidate), the
 * loading / content / empty / error states, events and language. A widget adds its `kind`
 * and how one item looks.
 *
 * @attr {string} lang - Language of dates and built-in strings; without it, the nearest `lang` in the page.
 */
export abstract class LpFeedElement extends LitElement {
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
    ...INTERNAL_PROPERTIES,
  };

  /** The kind of content this widget shows. */
  protected abstract readonly kind: ItemKind;
  /** This kind's words for the built-in strings (headings, messages) in each language. */
  protected abstract readonly _words: KindWords;
  /** How many items it shows when `limit` is not set. */
  protected abstract readonly _defaultLimit: number;

  /** URL of the JSON endpoint (JSON Feed 1.1 or WordPress REST). Defaults to the page's `lp-widgets:endpoint` meta, then the official feed. */
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

  /** What the widget shows now. */
  protected status: FeedStatus = 'idle';
  /** The last feed read (all kinds), kept through errors. */
  protected result?: FeedResult;
  protected error?: FeedError;
  private nearViewport?: boolean;

  private _controller?: AbortController;
  /** The request the visitor started with Retry. */
  private _retry: AbortController | null = null;
  private _requestedKey?: string;
  private _resultKey?: string;
  // Set with every feed shown, before any lp-load can report it.
  private _from!: LpLoadDetail['from'];
  private _pendingEvent?: 'load' | 'error';
  private _observer?: IntersectionObserver;
  /** The saved feed shown before the widget neared the viewport; nearing it must not announce it again. */
  private _early?: FeedResult;

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, true);
    // Moved (re-mounted) while a request was in flight: disconnectedCallback() aborted it, so
    // the next update must ask again (from the cache when there is one).
    if (this.hasUpdated) this.requestUpdate();
    if (this.loading === 'eager' || typeof IntersectionObserver === 'undefined') {
      this.nearViewport = true;
    } else if (!this.nearViewport) {
      this._observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) this.nearViewport = true;
        },
        { rootMargin: '300px' },
      );
      this._observer.observe(this);
      // Lazy defers the request, not the content: until the widget nears the viewport, a feed
      // that another widget's request saves shows at once, and printing starts the request.
      waitingWidgets.add(this);
    }
  }

  static {
    // Before printing, every widget still waiting that shows nothing yet starts its request.
    globalThis.addEventListener?.('beforeprint', () => {
      for (const widget of waitingWidgets as Set<LpFeedElement>) if (!widget.result) widget.nearViewport = true;
    });
  }

  private _stopWaiting(): void {
    this._observer?.disconnect();
    waitingWidgets.delete(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    this._stopWaiting();
    this._controller?.abort();
    this._controller = undefined;
    // Reconnecting starts again (from the cache when there is one).
    this._requestedKey = undefined;
  }

  /** Reads the endpoint again, past any fresh copy in the cache; content on screen stays until the answer arrives. */
  refresh(): void {
    const request = this._feedRequest();
    if (request) this._load(request, true);
  }

  protected get _strings(): FeedStrings {
    // The language of dates and strings: own `lang`, else the nearest ancestor's, else `en`.
    return stringsOf(this._words, resolveLang(this));
  }

  /** The items shown: the feed's items of this kind, with a `tag`, at most `limit`. */
  protected get _shownItems(): Item[] {
    if (!this.result) return [];
    return selectItems(this.result.items, this.kind, (this.tag ?? '').split(','), this._effectiveLimit);
  }

  private _feedRequest(): FeedRequest | undefined {
    return feedRequestFor(this.src) || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.loading === 'eager') this.nearViewport = true;
    // Near the viewport, eager, or printing: from now on the widget reads its feed itself.
    if (this.nearViewport) this._stopWaiting();
    if (!this.isConnected) return;
    const request = this._feedRequest();
    if (!request) {
      if (this._requestedKey !== '') {
        this._requestedKey = '';
        this._controller?.abort();
        this._fail(new FeedError('network', `"${this.src ?? ''}" is not an http(s) URL.`));
      }
      return;
    }
    const key = feedKey(request);
    if (!this.nearViewport) {
      // Not near the viewport yet: no request, but a feed already in memory or in the saved
      // cache shows at once (for find-in-page, printing, screen readers, link previews).
      const saved = cachedFeed(request);
      if (saved && saved.result !== this.result) {
        this._show((this._early = saved.result), key, 'cache');
        return;
      }
    } else if (key !== this._requestedKey) {
      this._load(request, false);
      return;
    }
    if ((changed.has('limit') || changed.has('tag')) && this.result) this._settle();
  }

  private _load(request: FeedRequest, revalidate: boolean): void {
    this._controller?.abort();
    const controller = (this._controller = new AbortController());
    const key = feedKey(request);
    this._requestedKey = key;
    // Content from another endpoint is not "stale content" of this one.
    if (this._resultKey !== key) this.result = undefined;

    const saved = revalidate ? undefined : cachedFeed(request);
    const early = this._early;
    this._early = undefined;
    if (saved) {
      if (saved.result !== early) this._show(saved.result, key, 'cache');
      if (saved.fresh) return;
    } else if (!this.result) {
      this.status = 'loading';
    }

    fetchFeed({ ...request, signal: controller.signal, revalidate }).then(
      (result) => {
        if (this._controller === controller) this._show(result, key, 'network');
      },
      (error: unknown) => {
        if (this._controller !== controller) return;
        const feedError = error instanceof FeedError ? error : new FeedError('format', String(error));
        if (feedError.kind !== 'aborted') this._fail(feedError);
      },
    );
  }

  private _show(result: FeedResult, key: string, from: LpLoadDetail['from']): void {
    this.result = result;
    this._resultKey = key;
    this._from = from;
    this.error = undefined;
    this._settle();
  }

  private _settle(): void {
    this.status = this._shownItems.length ? 'content' : 'empty';
    this._pendingEvent = 'load';
  }

  private _fail(error: FeedError): void {
    this.error = error;
    this.status = 'error';
    this._pendingEvent = 'error';
  }

  protected override updated(): void {
    // Events go out once the DOM shows what they describe.
    const event = this._pendingEvent;
    this._pendingEvent = undefined;
    if (!event) return;
    const detail: LpLoadDetail | LpErrorDetail =
      event === 'load'
        ? { items: this._shownItems, from: this._from, dropped: this.result?.dropped ?? 0 }
        : { error: this.error!, hasStaleContent: this._shownItems.length > 0 };
    this.dispatchEvent(new CustomEvent(`lp-${event}`, { detail, bubbles: true, composed: true }));
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
    const busy = this.status === 'idle' || this.status === 'loading';
    const more = safeLinkUrl(this.moreHref, document.baseURI);

    return html`
      ${showHeading
        ? headingTemplate(level, 'heading', 'heading', html`<slot name="heading">${headingText}</slot>`)
        : nothing}
      ${this.status === 'error'
        ? // Announced politely; only the failure of a request the visitor asked for (Retry) interrupts.
          html`<div class="error" part="error" role=${this._controller === this._retry ? 'alert' : 'status'}>
            <p>${s.error}</p>
            <button type="button" part="retry" @click=${() => (this.refresh(), (this._retry = this._controller ?? null))}>${s.retry}</button>
          </div>`
        : nothing}
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
          : this.status === 'empty'
            ? html`<p class="empty" part="empty">${s.empty}</p>`
            : nothing}
      ${more && (this.status === 'content' || this.status === 'empty' || items.length)
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

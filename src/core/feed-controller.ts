import { html, type TemplateResult } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../data/errors.js';
import { cachedFeed, feedKey, fetchFeed, waitingWidgets, type FeedRequest } from '../data/feed-store.js';
import type { FeedResult } from '../data/item.js';
import { emit } from './emit.js';
import type { LpLoadDetail } from './feed-element.js';
import { watchLang } from './i18n.js';

/** Where a result came from: the network, or the cache (memory or saved). */
export type FeedFrom = 'network' | 'cache';

/** Where a feed request stands: not started, waiting for its first answer, answered, failed. */
export type RequestStatus = 'idle' | 'loading' | 'complete' | 'error';

/**
 * What an element that reads the feed gives its {@link FeedController}: methods of its own, read
 * at each update. Internal, so the names are `_x` (the build shortens them).
 */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  /** The endpoint attribute, for the message when it is not an http(s) URL. */
  src?: string;
  /** What to read now: a request; `''` when there is nothing to read; `undefined` when the endpoint named is not an http(s) URL. */
  _feedRequest(): FeedRequest | '' | undefined;
  /** Whether the request waits until the element nears the viewport (`loading="lazy"`). */
  _lazy?(): boolean;
  /** A result the element cannot use (a contact without an email) is an error; it is still kept as `_value`. */
  _refuse?(result: FeedResult): FeedError | undefined;
  /** What the host's `lp-load` says beyond `from` and `dropped` (which the controller adds), read once the DOM shows the result. */
  _loadDetail(): Omit<LpLoadDetail, 'from' | 'dropped'>;
  /** Whether content is still on screen, for `lp-error`'s `hasStaleContent`. */
  _hasContent(): boolean;
  /**
   * Work the first render of a result needs and can do before it arrives (the date formatter:
   * the first `Intl.DateTimeFormat` of a page loads locale data, about as long as a feed
   * request on a fast network). Run in a task of its own just after a request starts, so that
   * it overlaps the network instead of following it.
   */
  _prepare?(): void;
  /** Forget the value whenever the request changes, also to none or to an invalid one (the contact box shows nothing stale). */
  _forget?: boolean;
}

// How near the viewport (px, on every side) a lazy host starts its request: the observer's margin.
const NEAR = 300;

// Lazy hosts connected and not yet placed: where they are is read once for all of them (one
// layout), when the first of them updates, before anything is rendered; so a host already in or
// near the viewport starts its request before its first render, not a frame later when the
// IntersectionObserver first reports.
const connecting = new Set<FeedController>();

function startThoseInView(): void {
  for (const controller of connecting) {
    const box = controller._host.getBoundingClientRect();
    // A hidden host (display: none) has no box: it waits for the observer, as does one beyond
    // the observer's margin on any side (below the fold, or off to the side in a carousel).
    if ((box.width || box.height) && box.bottom > -NEAR && box.top < innerHeight + NEAR && box.right > -NEAR && box.left < innerWidth + NEAR) controller._approach();
  }
  connecting.clear();
}

addEventListener('beforeprint', () => {
  // Before printing, every element still waiting that shows nothing yet starts its request.
  for (const controller of waitingWidgets as Set<FeedController>) if (!controller._value) controller._approach();
});

/**
 * The request lifecycle of every element that reads the feed, modelled on `@lit/task`: a
 * status, one `AbortSignal` per run; the host renders by `_status`. On top of what a task does, it
 *
 * - starts lazily: with the host's `_lazy()`, no request until the host comes within 300 px of the viewport
 *   (or the page is printed), but a feed already in memory or saved shows at once; a host that
 *   is already that near when it connects starts at once, without waiting a frame for the observer;
 * - aborts on disconnect, and when the request changes; the last request's answer wins;
 * - keeps the last result through an error (stale content), and revalidates a saved copy that
 *   is no longer fresh;
 * - rejoins on re-mount: a host moved while its request was in flight asks again, and the
 *   store's shared request answers it;
 * - fires `lp-load` / `lp-error` once the DOM shows what they describe;
 * - re-renders the host when a `lang` changes in the page (its dates and strings follow it).
 */
export class FeedController implements ReactiveController {
  // Internal, so `_x` (the build shortens them): where the request stands, the last feed read
  // (all kinds, kept through errors), and why the last request failed.
  _status: RequestStatus = 'idle';
  _value?: FeedResult;
  _error?: FeedError;
  /** Whether the host has neared the viewport (or needs no waiting): it reads its feed itself. */
  _near?: boolean;

  private _abort?: AbortController;
  /** The run the visitor started with Retry. */
  private _retry: AbortController | null = null;
  private _requestedKey?: string;
  private _valueKey?: string;
  // Set with every result shown, before any lp-load can report it.
  private _from!: FeedFrom;
  private _pending?: 'load' | 'error';
  /** The host's `_refuse` refused the value: it is no content. */
  private _refused?: boolean;
  /** `_resettle()` asked for: the result shows again (another `limit` or `tag`). */
  private _again?: boolean;
  private _observer?: IntersectionObserver;
  /** The saved feed shown before the host neared the viewport; nearing it must not announce it again. */
  private _early?: FeedResult;

  constructor(readonly _host: FeedHost) {
    _host.addController(this);
  }

  /** Whether the failure shown followed a Retry (the visitor asked: it is an alert). */
  get _retried(): boolean {
    return this._abort === this._retry;
  }

  hostConnected(): void {
    // Moved (re-mounted) while a request was in flight: disconnect aborted it, so the next
    // update must ask again (from the cache when there is one).
    this._host.requestUpdate();
    // Dates and built-in strings follow the nearest `lang` in the page.
    watchLang(this, true);
    if (!this._host._lazy?.()) this._near = true;
    if (this._near) return;
    (this._observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this._approach(), { rootMargin: `${NEAR}px` })).observe(this._host);
    connecting.add(this);
    // Lazy defers the request, not the content: until the host nears the viewport, a feed
    // that another element's request saves shows at once, and printing starts the request.
    waitingWidgets.add(this);
  }

  hostDisconnected(): void {
    watchLang(this, false);
    this._stopWaiting();
    this._abort?.abort();
    this._abort = undefined;
    // Reconnecting starts again (from the cache when there is one).
    this._requestedKey = undefined;
  }

  /** The store saved a feed while this host waits (it may be the host's), or a `lang` changed in the page. */
  requestUpdate(): void {
    this._host.requestUpdate();
  }

  /** The host neared the viewport, or the page is printed: from now on it reads its feed itself. */
  _approach(): void {
    this._near = true;
    this.requestUpdate();
  }

  private _stopWaiting(): void {
    connecting.delete(this);
    this._observer?.disconnect();
    waitingWidgets.delete(this);
  }

  hostUpdate(): void {
    if (connecting.size) startThoseInView();
    const again = this._again;
    this._again = false;
    if (!this._host._lazy?.()) this._near = true;
    if (this._near) this._stopWaiting();
    if (!this._host.isConnected) return;
    const request = this._host._feedRequest();
    const key = request ? feedKey(request) : (request ?? '!');
    if (!request) {
      if (key !== this._requestedKey) {
        this._requestedKey = key;
        this._abort?.abort();
        if (this._host._forget) {
          this._value = undefined;
          this._status = 'idle';
        }
        if (key) this._fail(new FeedError('network', `"${this._host.src ?? ''}" is not an http(s) URL.`));
      }
    } else if (!this._near) {
      // Not near the viewport yet: no request, but a feed already in memory or in the saved
      // cache shows at once (for find-in-page, printing, screen readers, link previews).
      const saved = cachedFeed(request);
      if (saved && saved.result !== this._value) this._show((this._early = saved.result), key, 'cache');
      else if (again && this._value) this._settle();
    } else if (key !== this._requestedKey) {
      this._run(request, false);
    } else if (again && this._value) {
      this._settle();
    }
  }

  hostUpdated(): void {
    // Events go out once the DOM shows what they describe.
    const event = this._pending;
    this._pending = undefined;
    const host = this._host;
    if (event === 'load') emit(host, 'lp-load', { ...host._loadDetail(), from: this._from, dropped: this._value?.dropped ?? 0 });
    else if (event) emit(host, 'lp-error', { error: this._error!, hasStaleContent: host._hasContent() });
  }

  /**
   * The failure message with its Retry button, the same in every element. Announced politely;
   * only the failure of a request the visitor asked for (Retry) interrupts, as an alert.
   */
  _renderError(s: { error: string; retry: string }): TemplateResult {
    return html`<div class="error" part="error" role=${this._retried ? 'alert' : 'status'}>
      <p>${s.error}</p>
      <button type="button" part="retry" @click=${() => this._retryRun()}>${s.retry}</button>
    </div>`;
  }

  /** Reads the endpoint again, past any fresh copy in the cache; what is on screen stays until the answer arrives. */
  run(): void {
    const request = this._host._feedRequest();
    if (request) this._run(request, true);
  }

  /** `run()` on the visitor's behalf (the Retry button): its failure is an alert. */
  _retryRun(): void {
    this.run();
    this._retry = this._abort ?? null;
  }

  /** The value shows again on the next update (the host's `limit` or `tag` changed): a new `lp-load`. */
  _resettle(): void {
    this._again = true;
  }

  private _run(request: FeedRequest, revalidate: boolean): void {
    this._abort?.abort();
    const abort = (this._abort = new AbortController());
    const key = (this._requestedKey = feedKey(request));
    // Content from another endpoint is not "stale content" of this one.
    if (this._valueKey !== key) this._value = undefined;

    const saved = revalidate ? undefined : cachedFeed(request);
    const early = this._early;
    this._early = undefined;
    if (saved) {
      if (saved.result !== early) this._show(saved.result, key, 'cache');
      if (saved.fresh) return;
    } else if (!this._value || this._refused) {
      this._set('loading');
    }

    const prepare = this._host._prepare;
    if (prepare) setTimeout(() => prepare.call(this._host));
    fetchFeed({ ...request, signal: abort.signal, revalidate }).then(
      (result) => this._abort === abort && this._show(result, key, 'network'),
      (error: unknown) => {
        if (this._abort !== abort) return;
        const feedError = error instanceof FeedError ? error : new FeedError('format', String(error));
        if (feedError.kind !== 'aborted') this._fail(feedError);
      },
    );
  }

  private _show(result: FeedResult, key: string, from: FeedFrom): void {
    this._value = result;
    this._valueKey = key;
    this._from = from;
    this._error = undefined;
    const refused = this._host._refuse?.(result);
    this._refused = !!refused;
    if (refused) this._fail(refused);
    else this._settle();
  }

  private _settle(): void {
    this._set('complete', 'load');
  }

  private _fail(error: FeedError): void {
    this._error = error;
    this._set('error', 'error');
  }

  private _set(status: RequestStatus, event = this._pending): void {
    this._status = status;
    this._pending = event;
    this._host.requestUpdate();
  }
}

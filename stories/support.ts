/**
 * What the stories of the three feed elements share: their args, one template, the wrappers
 * (dark page, sidebar, wide section, partner theme) and the play functions that wait for a state
 * and check it. Each play function waits on what a visitor sees, so a story is "done" (for the
 * Interactions panel and for `npm run test:stories`) once its state is on screen.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { expect, waitFor } from 'storybook/test';
import type { LpErrorDetail, LpFeedElement } from '../src/core/feed-element.js';
import { configureFeeds, feedSettings } from '../src/data/feed-store.js';

const defaultTimeout = feedSettings.timeout;

/** The feed elements. */
export type FeedTag = 'lp-news-feed' | 'lp-press-releases' | 'lp-blog-grid';

/** A feed element's attributes, by attribute name (the names the docs tables and controls use). */
export interface FeedArgs {
  src?: string;
  limit?: number;
  tag?: string;
  lang?: string;
  heading?: string;
  'heading-level'?: number;
  theme?: 'light' | 'dark' | 'auto';
  'more-href'?: string;
  'more-label'?: string;
  'date-style'?: 'long' | 'short' | 'relative';
  loading?: 'lazy' | 'eager';
  /** `<lp-blog-grid>` only. */
  columns?: number;
}

/** What a play function needs of the story context. */
export interface PlayContext {
  canvasElement: HTMLElement;
}

/** How long a play function waits for a state: far more than the mock endpoint ever takes. */
export const STATE_TIMEOUT = 5000;

/**
 * Retries `check` until it passes, for up to STATE_TIMEOUT ms; on timeout, throws its last
 * error as it is (without Testing Library's dump of the whole document).
 */
export function until(check: () => void): Promise<void> {
  return waitFor(check, { timeout: STATE_TIMEOUT, onTimeout: (error) => error });
}

/** The element under test in a story's canvas. */
export function widgetIn<T extends HTMLElement = LpFeedElement>(canvasElement: HTMLElement): T {
  const el = canvasElement.querySelector<T>('lp-news-feed, lp-press-releases, lp-blog-grid, lp-media-inquiry');
  if (!el) throw new Error('The story rendered no widget.');
  return el;
}

/** The element's rendered parts named `part`. */
export function parts(el: Element, part: string): Element[] {
  return [...(el.shadowRoot?.querySelectorAll(`[part~="${part}"]`) ?? [])];
}

/** The template of a feed element: every attribute that has a value, nothing else. */
export function renderFeed(tag: FeedTag) {
  const name = unsafeStatic(tag);
  return (args: FeedArgs) => staticHtml`<${name}
    src=${ifDefined(args.src)}
    limit=${ifDefined(args.limit)}
    tag=${ifDefined(args.tag)}
    lang=${ifDefined(args.lang)}
    heading=${ifDefined(args.heading)}
    heading-level=${ifDefined(args['heading-level'])}
    theme=${ifDefined(args.theme)}
    more-href=${ifDefined(args['more-href'])}
    more-label=${ifDefined(args['more-label'])}
    date-style=${ifDefined(args['date-style'])}
    loading=${ifDefined(args.loading)}
    columns=${ifDefined(args.columns)}
  ></${name}>`;
}

/** The JavaScript property names of attributes with dashes: documented, but set through the attribute. */
export const propertyArgTypes = Object.fromEntries(
  ['headingLevel', 'moreHref', 'moreLabel', 'dateStyle'].map((name) => [name, { control: false as const }]),
);

/** The states a visitor can see. */
export type FeedState = 'content' | 'empty' | 'error' | 'loading';

function checkFeedState(el: LpFeedElement, state: FeedState, items?: number): void {
  const shown = parts(el, 'item').length;
  switch (state) {
    case 'content':
      if (items === undefined) expect(shown).toBeGreaterThan(0);
      else expect(shown).toBe(items);
      expect(parts(el, 'error')).toHaveLength(0);
      break;
    case 'empty':
      expect(parts(el, 'empty')).toHaveLength(1);
      expect(shown).toBe(0);
      break;
    case 'error':
      expect(parts(el, 'error')).toHaveLength(1);
      expect(parts(el, 'retry')).toHaveLength(1);
      if (items !== undefined) expect(shown).toBe(items);
      break;
    case 'loading':
      expect(el.shadowRoot?.querySelectorAll('.skeleton').length).toBeGreaterThan(0);
      expect(el.shadowRoot?.querySelector('[role="status"]')?.textContent?.trim()).toBeTruthy();
      break;
  }
}

/** A play function: waits until the widget shows `state` (with `items` items, when given). */
export function expectFeed(state: FeedState, items?: number) {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const el = widgetIn(canvasElement);
    await until(() => checkFeedState(el, state, items));
  };
}

/**
 * A play function for "error with stale content kept": waits for the first answer's items,
 * calls `refresh()`, and checks that the second answer (a 500) shows the error above the items
 * still on screen, and that `lp-error` says so.
 */
export function refreshIntoError() {
  return async ({ canvasElement }: PlayContext): Promise<void> => {
    const el = widgetIn(canvasElement);
    await until(() => checkFeedState(el, 'content'));
    const items = parts(el, 'item').length;
    const failed = new Promise<LpErrorDetail>((resolve) =>
      el.addEventListener('lp-error', (event) => resolve(event.detail), { once: true }),
    );
    el.refresh();
    const detail = await failed;
    expect(detail.hasStaleContent).toBe(true);
    expect(detail.error.kind).toBe('http');
    await until(() => checkFeedState(el, 'error', items));
  };
}

/** The page behind a dark-themed widget. */
export const onDarkPage: Decorator = (story) =>
  html`<div style="background: #0d1117; color: #eef0f3; padding: 2rem; margin: -1rem">${story()}</div>`;

/** A 280 px sidebar next to a page's main column. */
export const inNarrowSidebar: Decorator = (story) =>
  html`<div style="width: 280px; padding: 1rem; border-left: 4px solid #23395d; background: #f6f7f9">${story()}</div>`;

/** A full-width section of a page. */
export const inWideSection: Decorator = (story) =>
  html`<div style="max-width: 76rem; margin-inline: auto; padding: 2rem; background: #fff; border-block: 1px solid #d5d9de">
    ${story()}
  </div>`;

/**
 * A partner's theme: custom properties on the element and `::part()` rules, from the page's
 * own stylesheet, the way the README shows it.
 */
export function partnerTheme(tag: FeedTag | 'lp-media-inquiry'): Decorator {
  const css = `
    .partner-theme ${tag} {
      --lp-font-family: Georgia, 'Times New Roman', serif;
      --lp-color-accent: #7a1f5c;
      --lp-color-text: #2b2230;
      --lp-color-muted: #5c5470;
      --lp-color-border: #e6cfe0;
      --lp-color-card: #fffafd;
      --lp-radius: 0;
      --lp-gap: 1.5rem;
    }
    .partner-theme ${tag}::part(heading) { text-transform: uppercase; letter-spacing: 0.08em; font-size: 1.1rem; }
    .partner-theme ${tag}::part(title) { font-size: 1.3rem; }
    .partner-theme ${tag}::part(link) { text-decoration-color: #c98bb3; }`;
  const style = unsafeStatic(css);
  return (story) => staticHtml`<style>${style}
    </style>
    <div class="partner-theme">${story()}</div>`;
}

/**
 * A story `beforeEach` for "a response that never arrives": without it the widget gives up
 * after the 10 s timeout and shows the error, which is a different story.
 */
export function withoutTimeout() {
  configureFeeds({ timeout: 2 ** 31 - 1 });
  return () => configureFeeds({ timeout: defaultTimeout });
}

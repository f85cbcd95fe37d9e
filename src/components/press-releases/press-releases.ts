import type { CSSResultGroup } from '../../core/element.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Item } from '../../data/item.js';
import { LpFeedElement } from '../../core/feed-element.js';
import { baseStyles } from '../../core/feed-element.styles.js';
import { headingTemplate } from '../../core/heading.js';
import { PRESS_RELEASE_WORDS } from '../../core/i18n.js';
import { pressReleasesStyles } from './press-releases.styles.js';

/**
 * Local Progress press releases as a compact list: each title links to the release, with its
 * date and a one- or two-line summary without the "For Immediate Release / Media Contact"
 * boilerplate.
 *
 * @summary Press releases: title, date, short summary, link.
 *
 * @slot heading - Replaces the heading text.
 *
 * @attr [limit=5]
 * @attr [heading='Press Releases']
 * @attr [more-label='See all press releases']
 *
 * @fires lp-load - Items rendered. `detail: { items, from: 'network' | 'cache', dropped }`
 * @fires lp-error - The endpoint failed. `detail: { error, hasStaleContent }`
 *
 * @csspart heading - The widget heading.
 * @csspart list - The list of releases.
 * @csspart item - One release.
 * @csspart title - A release's title (a heading one level below the widget's).
 * @csspart link - The title link to the release.
 * @csspart date - The `<time>` of publication.
 * @csspart summary - The summary, clamped to `--lp-summary-lines` lines.
 * @csspart more - The "see all" link.
 * @csspart error - The error message box.
 * @csspart retry - The Retry button.
 * @csspart empty - The "No press releases yet" message.
 *
 * @cssprop [--lp-font-family=inherit] - Font of the whole widget.
 * @cssprop [--lp-font-size=inherit] - Base font size.
 * @cssprop [--lp-color-accent=#0b5394] - Links, buttons and focus rings (dark theme: #9cc2ff).
 * @cssprop [--lp-color-text=inherit] - Body text (dark theme: #eef0f3).
 * @cssprop [--lp-color-muted=#50575f] - Dates (dark theme: #b8bfc8).
 * @cssprop [--lp-color-surface=transparent] - Background (dark theme: #15191e).
 * @cssprop [--lp-color-border=#d5d9de] - Rules between items (dark theme: #3b424b).
 * @cssprop [--lp-color-skeleton=#e6e9ed] - Loading placeholders (dark theme: #2a3038).
 * @cssprop [--lp-color-danger=#a4262c] - Border of the error box (dark theme: #ffb4ab).
 * @cssprop [--lp-radius=8px] - Corner radius of boxes and buttons.
 * @cssprop [--lp-gap=1rem] - Space around the "see all" link.
 * @cssprop [--lp-summary-lines=2] - How many lines of summary to show.
 * @cssprop [--lp-line-height=1.5] - Line height of the text.
 * @cssprop [--lp-padding=1rem] - Space inside the widget in the dark theme, where it has a background.
 */
export class LpPressReleases extends LpFeedElement {
  static override styles: CSSResultGroup = [baseStyles, pressReleasesStyles];

  protected readonly kind = 'press-release';
  protected readonly _words = PRESS_RELEASE_WORDS;
  protected readonly _defaultLimit = 5;

  protected _renderItem(item: Item, level: number): TemplateResult {
    return html`
      ${headingTemplate(level, 'title', undefined, html`<a part="link" href=${item.url}>${item.title}</a>`)}
      ${this._renderDate(item)}
      ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
    `;
  }

  protected _renderSkeletonItem(): TemplateResult {
    return html`
      <p class="title bone"></p>
      <span class="date bone w25"></span>
      <p class="summary bone"></p>
    `;
  }
}

import type { CSSResultGroup } from '../../core/element.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Item } from '../../data/item.js';
import { LpFeedElement } from '../../core/feed-element.js';
import { baseStyles } from '../../core/feed-element.styles.js';
import { headingTemplate } from '../../core/heading.js';
import { itemImage } from '../../core/image.js';
import { NEWS_WORDS } from '../../core/i18n.js';
import { newsFeedStyles } from './news-feed.styles.js';


/**
 * "In The News": the latest media coverage of Local Progress, read from a JSON endpoint.
 * Each item shows the outlet, the headline linking to the article, the date, a summary and
 * the photo with its credit.
 *
 * @summary Media coverage: headline, outlet, date, photo with credit, summary, link out.
 *
 * @slot heading - Replaces the heading text.
 *
 * @attr [limit=5]
 * @attr [heading='In the News']
 * @attr [more-label='See all news']
 *
 * @fires lp-load - Items rendered. `detail: { items, from: 'network' | 'cache', dropped }`
 * @fires lp-error - The endpoint failed. `detail: { error, hasStaleContent }`
 *
 * @csspart heading - The widget heading.
 * @csspart list - The list of items.
 * @csspart item - One news item.
 * @csspart title - An item's headline (a heading one level below the widget's).
 * @csspart link - The headline link to the article.
 * @csspart outlet - The outlet's name.
 * @csspart date - The `<time>` of publication.
 * @csspart summary - The summary text.
 * @csspart image - The photo.
 * @csspart credit - The photo credit.
 * @csspart more - The "see all" link.
 * @csspart error - The error message box.
 * @csspart retry - The Retry button.
 * @csspart empty - The "No news yet" message.
 *
 * @cssprop [--lp-font-family=inherit] - Font of the whole widget.
 * @cssprop [--lp-font-size=inherit] - Base font size.
 * @cssprop [--lp-color-accent=#0b5394] - Links, buttons and focus rings (dark theme: #9cc2ff).
 * @cssprop [--lp-color-text=inherit] - Body text (dark theme: #eef0f3).
 * @cssprop [--lp-color-muted=#50575f] - Outlet, dates and credits (dark theme: #b8bfc8).
 * @cssprop [--lp-color-surface=transparent] - Background (dark theme: #15191e).
 * @cssprop [--lp-color-border=#d5d9de] - Rules between items (dark theme: #3b424b).
 * @cssprop [--lp-color-skeleton=#e6e9ed] - Loading placeholders and image backgrounds (dark theme: #2a3038).
 * @cssprop [--lp-color-danger=#a4262c] - Border of the error box (dark theme: #ffb4ab).
 * @cssprop [--lp-radius=8px] - Corner radius of images, boxes and buttons.
 * @cssprop [--lp-gap=1rem] - Space between items.
 * @cssprop [--lp-line-height=1.5] - Line height of the text.
 * @cssprop [--lp-padding=1rem] - Space inside the widget in the dark theme, where it has a background.
 * @cssprop [--lp-summary-lines=3] - How many lines of summary to show.
 */
export class LpNewsFeed extends LpFeedElement {
  static override styles: CSSResultGroup = [baseStyles, newsFeedStyles];

  protected readonly kind = 'news';
  protected readonly _words = NEWS_WORDS;
  protected readonly _defaultLimit = 5;

  protected _renderItem(item: Item, level: number): TemplateResult {
    const image = item.image;
    return html`
      <div class="body">
        ${headingTemplate(level, 'title', undefined, html`<a part="link" href=${item.url}>${item.title}</a>`)}
        ${item.outlet ? html`<p class="outlet" part="outlet">${item.outlet}</p>` : nothing}
        ${this._renderDate(item)}
        ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
      </div>
      ${image
        ? html`<figure class="media">
            <span class="frame">${itemImage(image, 'auto, (min-width: 40rem) 14rem, 100vw')}</span>
            ${image.credit ? html`<figcaption class="credit" part="credit">${image.credit}</figcaption>` : nothing}
          </figure>`
        : nothing}
    `;
  }

  protected _renderSkeletonItem(): TemplateResult {
    return html`
      <div class="body">
        <p class="outlet bone w25"></p>
        <p class="title bone"></p>
        <span class="date bone w25"></span>
        <p class="summary bone"></p>
      </div>
      <div class="media"><span class="frame"></span><div class="credit bone w70"></div></div>
    `;
  }
}

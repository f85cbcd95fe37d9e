import type { CSSResultGroup, PropertyDeclarations } from '../../core/element.js';
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Item } from '../../data/item.js';
import { LpFeedElement } from '../../core/feed-element.js';
import { baseStyles } from '../../core/feed-element.styles.js';
import { headingTemplate } from '../../core/heading.js';
import { itemImage } from '../../core/image.js';
import { BLOG_WORDS } from '../../core/i18n.js';
import { blogGridStyles } from './blog-grid.styles.js';


/**
 * Local Progress blog posts as a responsive card grid. The number of columns follows the width
 * of the widget's container (a sidebar gets one, a full-width section three or four), capped by
 * `columns`. Each card is one link target named by its title.
 *
 * @summary Blog posts as cards: image, title, date, summary, link.
 *
 * @slot heading - Replaces the heading text.
 *
 * @attr [limit=6]
 * @attr [heading='Our Blog']
 * @attr [more-label='See all posts']
 *
 * @fires lp-load - Items rendered. `detail: { items, from: 'network' | 'cache', dropped }`
 * @fires lp-error - The endpoint failed. `detail: { error, hasStaleContent }`
 *
 * @csspart heading - The widget heading.
 * @csspart list - The grid.
 * @csspart item - One card.
 * @csspart title - A post's title (a heading one level below the widget's).
 * @csspart link - The title link; it covers the whole card.
 * @csspart image - The post's image.
 * @csspart placeholder - Shown instead of an image when the post has none.
 * @csspart date - The `<time>` of publication.
 * @csspart summary - The summary.
 * @csspart more - The "see all" link.
 * @csspart error - The error message box.
 * @csspart retry - The Retry button.
 * @csspart empty - The "No posts yet" message.
 *
 * @cssprop [--lp-font-family=inherit] - Font of the whole widget.
 * @cssprop [--lp-font-size=inherit] - Base font size.
 * @cssprop [--lp-color-accent=#0b5394] - Links, buttons, focus rings and the placeholder tint (dark theme: #9cc2ff).
 * @cssprop [--lp-color-text=inherit] - Body text (dark theme: #eef0f3).
 * @cssprop [--lp-color-muted=#50575f] - Dates (dark theme: #b8bfc8).
 * @cssprop [--lp-color-surface=transparent] - Background (dark theme: #15191e).
 * @cssprop [--lp-color-card=transparent] - Card background.
 * @cssprop [--lp-color-border=#d5d9de] - Card borders (dark theme: #3b424b).
 * @cssprop [--lp-color-skeleton=#e6e9ed] - Loading placeholders and image backgrounds (dark theme: #2a3038).
 * @cssprop [--lp-color-danger=#a4262c] - Border of the error box (dark theme: #ffb4ab).
 * @cssprop [--lp-radius=8px] - Corner radius of cards, boxes and buttons.
 * @cssprop [--lp-gap=1rem] - Space between cards.
 * @cssprop [--lp-card-min-width=16rem] - The narrowest a card may be before the grid drops a column.
 * @cssprop [--lp-line-height=1.5] - Line height of the text.
 * @cssprop [--lp-padding=1rem] - Space inside the widget in the dark theme, where it has a background.
 * @cssprop [--lp-summary-lines=3] - How many lines of summary to show.
 */
export class LpBlogGrid extends LpFeedElement {
  static override styles: CSSResultGroup = [baseStyles, blogGridStyles];
  static override properties: PropertyDeclarations = { columns: { type: Number, reflect: true } };

  protected readonly kind = 'blog';
  protected readonly _words = BLOG_WORDS;
  protected readonly _defaultLimit = 6;
  protected override _listClass = 'grid';

  /** The most columns the grid may use, 1–6 (fewer when the container is narrow). */
  columns = 4;

  protected _renderItem(item: Item, level: number): TemplateResult {
    const image = item.image;
    return html`
      <div class="body">
        ${headingTemplate(level, 'title', undefined, html`<a part="link" href=${item.url}>${item.title}</a>`)}
        ${this._renderDate(item)}
        ${item.summary ? html`<p class="summary" part="summary">${item.summary}</p>` : nothing}
      </div>
      ${image
        ? html`<div class="media">
            ${itemImage(image, 'auto, (min-width: 60rem) 22rem, (min-width: 36rem) 50vw, 100vw')}
          </div>`
        : html`<div class="placeholder" part="placeholder"></div>`}
    `;
  }

  protected _renderSkeletonItem(): TemplateResult {
    return html`
      <div class="body">
        <p class="title bone"></p>
        <span class="date bone w25"></span>
        <p class="summary bone"></p>
      </div>
      <span class="media"></span>
    `;
  }
}

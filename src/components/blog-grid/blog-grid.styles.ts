import { css } from '../../core/element.js';

export const blogGridStyles = css`
  :host {
    --_cols: 4;
    --_card-min: var(--lp-card-min-width, 16rem);
  }
  :host([columns='1']) {
    --_cols: 1;
  }
  :host([columns='2']) {
    --_cols: 2;
  }
  :host([columns='3']) {
    --_cols: 3;
  }
  :host([columns='5']) {
    --_cols: 5;
  }
  :host([columns='6']) {
    --_cols: 6;
  }
  .wrap {
    container-type: inline-size;
  }
  /* As many columns as the container's width fits at the card's minimum width, never more
     than --_cols: the track's minimum is the larger of the card width and 1/--_cols of the row. */
  .grid {
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, max(var(--_card-min), calc((100% - (var(--_cols) - 1) * var(--_gap)) / var(--_cols)))), 1fr)
    );
  }
  .item {
    position: relative;
    display: flex;
    flex-direction: column;
    min-width: 0;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--lp-color-card, transparent);
  }
  .item:has(a:focus-visible) {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .media,
  .placeholder {
    order: -1;
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    /* without this, a tall image would stretch the box past its ratio */
    overflow: hidden;
    margin: 0;
    background: var(--_skeleton);
  }
  .placeholder {
    background: linear-gradient(135deg, var(--_skeleton), color-mix(in srgb, var(--_accent) 22%, var(--_skeleton)));
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media.failed img {
    opacity: 0;
  }
  .body {
    padding: 0.75rem 1rem 1rem;
  }
  .title {
    margin: 0 0 0.25rem;
    font-size: 1.05em;
    line-height: 1.3;
  }
  /* The title link covers the whole card: one target, named by the title alone. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .title a:focus-visible {
    outline: none;
  }
  @container (max-width: 22rem) {
    .title {
      font-size: 1em;
    }
  }
  /* Forced colours drop backgrounds: the image box keeps an outline of its own. */
  @media (forced-colors: active) {
    .grid .media,
    .placeholder {
      outline: 1px solid GrayText;
      outline-offset: -1px;
    }
  }
`;

import { css } from '../../core/element.js';

export const newsFeedStyles = css`
  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem 1rem;
    padding-block: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  .item:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .media {
    order: -1;
    align-self: start;
    margin: 0;
    min-width: 0;
  }
  /* The 16:10 box is the frame's, not the image's: WebKit draws an <img> that is still loading,
     or failed, as tall as it is wide whatever its aspect-ratio. A photo that fails to load
     leaves the frame as a quiet placeholder of the same size: nothing shifts. */
  .frame {
    position: relative;
    display: block;
    overflow: hidden;
    aspect-ratio: 16 / 10;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .frame img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .frame.failed img {
    display: none;
  }
  .credit {
    margin-top: 0.25rem;
    font-size: 0.8em;
    color: var(--_muted);
  }
  /* A screen reader reads the headline first, then the outlet; the eye sees the outlet above it. */
  .body {
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .outlet {
    order: -1;
    margin: 0;
    font-size: 0.85em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .title {
    margin: 0.15rem 0 0.25rem;
    font-size: 1.1em;
    line-height: 1.3;
  }
  /* Headline lines beside the photo, and where the text column is so wide that the photo
     sets the item's height. */
  @container (min-width: 34rem) {
    .item:has(.media) {
      grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    }
    .title {
      --_n: 2;
    }
  }
  @container (min-width: 60rem) {
    .title {
      --_n: 1;
    }
  }
  /* Forced colours drop backgrounds: the image box keeps an outline of its own. */
  @media (forced-colors: active) {
    .frame {
      outline: 1px solid GrayText;
      outline-offset: -1px;
    }
  }
`;

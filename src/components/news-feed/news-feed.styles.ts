import { css } from 'lit';

export const newsFeedStyles = css`
  .list {
    container-type: inline-size;
  }
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
  img,
  .media-bone {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 10;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  /* A photo that fails to load leaves a quiet placeholder of the same size: nothing shifts. */
  .media.failed {
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  /* WebKit drops the aspect-ratio of a broken <img>: hide it, and let the figure keep the box. */
  .media.failed img {
    display: none;
  }
  .media.failed::before {
    content: '';
    display: block;
    aspect-ratio: 16 / 10;
  }
  .credit {
    margin-top: 0.25rem;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .body {
    min-width: 0;
  }
  .outlet {
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
  @container (min-width: 34rem) {
    .item:has(.media) {
      grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    }
  }
`;

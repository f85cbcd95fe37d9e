import { css } from '../../core/element.js';

export const pressReleasesStyles = css`
  /* Two lines of summary: a compact list, not a reading pane. */
  :host {
    --_lines: 2;
  }
  .item {
    padding-block: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .item:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .title {
    margin: 0;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.35;
  }
  .date {
    margin-top: 0.15rem;
  }
  .summary {
    margin: 0.25rem 0 0;
  }
  /* Lines of a title and a summary (about 200 letters) on average in a wider list. */
  @container (min-width: 34rem) {
    .title {
      --_n: 1;
    }
    .summary.bone {
      --_n: 1.8;
    }
  }
  @container (min-width: 60rem) {
    .summary.bone {
      --_n: 1.4;
    }
  }
`;

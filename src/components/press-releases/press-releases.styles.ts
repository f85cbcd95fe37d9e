import { css } from 'lit';

export const pressReleasesStyles = css`
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
    display: block;
    margin-top: 0.15rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* One or two lines: a compact list, not a reading pane. */
  .summary {
    margin: 0.25rem 0 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lp-summary-lines, 2);
    line-clamp: var(--lp-summary-lines, 2);
    overflow: hidden;
  }
`;

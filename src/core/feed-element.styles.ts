import { css } from 'lit';

// Dark colours, shared by `theme="dark"` and `theme="auto"` under a dark colour scheme.
// Checked for AA contrast (4.5:1 and up) against the dark surface.
const darkColors = css`
  --_accent: var(--lp-color-accent, #9cc2ff);
  --_text: var(--lp-color-text, #eef0f3);
  --_muted: var(--lp-color-muted, #b8bfc8);
  --_surface: var(--lp-color-surface, #15191e);
  --_border: var(--lp-color-border, #3b424b);
  --_skeleton: var(--lp-color-skeleton, #2a3038);
  --_danger: var(--lp-color-danger, #ffb4ab);
  color-scheme: dark;
  color: var(--_text) !important;
  background: var(--_surface) !important;
`;

/** What every Local Progress widget shares: theming variables, resets against host CSS, focus, states. */
export const baseStyles = css`
  :host {
    --_accent: var(--lp-color-accent, #0b5394);
    --_text: var(--lp-color-text, inherit);
    --_muted: var(--lp-color-muted, #545b63);
    --_surface: var(--lp-color-surface, transparent);
    --_border: var(--lp-color-border, #d5d9de);
    --_skeleton: var(--lp-color-skeleton, #e6e9ed);
    --_danger: var(--lp-color-danger, #a4262c);
    --_radius: var(--lp-radius, 8px);
    --_gap: var(--lp-gap, 1rem);

    display: block;
    box-sizing: border-box;
    /* inherited properties a host page may have set to odd values */
    font-family: var(--lp-font-family, inherit);
    font-size: var(--lp-font-size, inherit);
    font-style: normal;
    font-weight: normal;
    line-height: var(--lp-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_surface);
  }
  :host([hidden]) {
    display: none;
  }
  /* !important: a host page's '* { background: transparent }' reset must not leave light text on
     a light page. Partners theme through --lp-color-surface and --lp-color-text. */
  :host([theme='dark']) {
    ${darkColors}
    padding: var(--lp-padding, 1rem);
    border-radius: var(--_radius);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkColors}
      padding: var(--lp-padding, 1rem);
      border-radius: var(--_radius);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .heading {
    margin: 0 0 0.5rem;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .more {
    display: inline-block;
    margin-top: var(--_gap);
    font-weight: 600;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin: 0 0 var(--_gap);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .error p {
    margin: 0;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.25rem 0.9rem;
    cursor: pointer;
    min-height: 2.25rem;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .bone {
    display: block;
    border-radius: 4px;
    background: var(--_skeleton);
    height: 0.9em;
    margin: 0.35em 0;
  }
  .title-bone {
    height: 1.2em;
    width: 85%;
  }
  .w25 {
    width: 25%;
  }
  .w30 {
    width: 30%;
  }
  .w70 {
    width: 70%;
  }
  /* An item's date and summary, the same in every feed element. The summary is clamped (news and
     blog 3 lines, press releases 2), so the skeleton can reserve the height: nothing shifts
     when content arrives. */
  .date {
    display: block;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .summary {
    margin: 0.4rem 0 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--lp-summary-lines, var(--_lines, 3));
    line-clamp: var(--lp-summary-lines, var(--_lines, 3));
    overflow: hidden;
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: lp-pulse 1.5s ease-in-out infinite;
    }
    @keyframes lp-pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    .bone {
      background: GrayText;
    }
    .error {
      border-color: CanvasText;
    }
  }
`;

import { css } from './element.js';

// Dark colours, shared by `theme="dark"` and `theme="auto"` under a dark colour scheme.
// Every text meets AAA contrast (7:1 and up) against the dark surface.
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
  padding: var(--lp-padding, 1rem);
  border-radius: var(--_radius);
`;

/** What every Local Progress widget shares: theming variables, resets against host CSS, focus, states. */
export const baseStyles = css`
  :host {
    --_accent: var(--lp-color-accent, #0b5394);
    --_text: var(--lp-color-text, inherit);
    --_muted: var(--lp-color-muted, #50575f);
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
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkColors}
    }
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
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
  .list {
    container-type: inline-size;
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
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* A bone takes the class of the text it stands for (.title, .date, .summary, …), so it has
     that text's font and margins: 1lh is one line of that text, and a bone is --_n lines tall,
     its bar inset by a fifth of a line above and below. */
  .bone {
    display: block;
    height: calc(var(--_n, 1) * 1lh);
    padding-block: 0.2lh;
    background: var(--_skeleton) content-box;
  }
  .w25 {
    width: 25%;
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
  /* --_n: the lines a title's and a summary's bone reserve. A headline of about 80 letters
     wraps to 2.25 lines on average in a narrow column; each element lowers it where it is wider.
     A summary's bone has the summary's clamp. */
  .title {
    --_n: 2.25;
  }
  .summary {
    --_n: var(--lp-summary-lines, var(--_lines, 3));
    margin: 0.4rem 0 0;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_n);
    line-clamp: var(--_n);
    overflow: hidden;
  }
  /* The skeleton stands still: an endless pulse costs the page frames for as long as the feed
     takes, and some visitors cannot bear motion. */
  /* Forced colours give links LinkText and every border and ring a system colour by themselves;
     backgrounds they drop, so the skeleton bars need one of their own (and the image boxes of
     the elements that have them: in their own styles). */
  @media (forced-colors: active) {
    .bone {
      --_skeleton: GrayText;
    }
  }
`;

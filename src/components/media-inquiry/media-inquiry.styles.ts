import { css } from '../../core/element.js';

// Few rules on purpose: buttons, links, focus, the error box and the theme come from baseStyles.
export const mediaInquiryStyles = css`
  .text {
    margin-bottom: 0.75rem;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
  }
  .label,
  label,
  .field-error {
    font-weight: 700;
  }
  .note {
    margin: 0;
    color: var(--_muted);
  }
  input,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    /* muted, not the border colour: a field's edge needs 3:1 contrast (WCAG 1.4.11) */
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.4rem 0.6rem;
    width: 100%;
    max-width: 36rem;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  form {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    margin-top: var(--_gap);
  }
  .form-heading,
  p {
    margin: 0;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    width: 100%;
  }
  .field-error {
    color: var(--_danger);
  }
  button:disabled {
    opacity: 0.75;
  }
  .sent {
    margin-top: var(--_gap);
    padding: 0.75rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
  }
`;

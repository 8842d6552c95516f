import {css} from 'lit';

/**
 * The loading skeleton and the message-with-Retry every widget may show;
 * each widget adds its own sizes and padding.
 */
export const stateStyles = css`
  .skeleton .block {
    background: var(--_placeholder);
    border-radius: 0.25rem;
  }
  @media (forced-colors: active) {
    /* Forced colours would paint the blocks in the page's background: a system grey keeps them seen. */
    .skeleton .block {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .block {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .message {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
    line-height: 1.4;
    color: var(--_muted);
  }
  .message button {
    font: inherit;
    /* After font: the host page's line-height must not reach the button. */
    line-height: 1.4;
    padding: 0.25em 0.75em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    cursor: pointer;
  }
  .message button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

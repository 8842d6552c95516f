import {css} from 'lit';

/** What every list of cards shares: heading, list, messages, buttons. */
export const listStyles = css`
  :host {
    display: block;
    --_list-gap: var(--news-article-list-gap, var(--_space));
  }
  :host([data-empty]) {
    display: none;
  }
  /* A theme forced on a page of the other scheme: the heading and messages get its surface behind them, as the cards have. */
  :host([theme='dark']),
  :host([theme='light']) {
    background: var(--_surface);
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: var(--news-article-list-heading-size, 1.25em);
    line-height: 1.25;
  }
  .items {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_list-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .items > li {
    min-width: 0;
  }
  .items > li > news-article-card {
    height: 100%;
  }
  .message {
    margin: 0;
    line-height: 1.4;
    padding: var(--_space);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  button {
    font: inherit;
    line-height: 1.4;
    padding: 0.4em 1em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /*
   * Server-rendered, before the script defines the element (or where it never
   * runs), or defined but waiting to hydrate (inside a provider that has not
   * shared its feed yet): Retry, Load more and the carousel's arrows would do
   * nothing yet. Out of sight and out of the tab order, their place kept.
   */
  :host(:is(:not(:defined), [defer-hydration])) button {
    visibility: hidden;
  }
  /* aria-disabled rather than disabled: a disabled button drops the focus it has. */
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.5;
  }
  button:focus-visible,
  .scroller:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;

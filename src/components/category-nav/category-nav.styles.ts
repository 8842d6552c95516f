import {css} from 'lit';

export const categoryNavStyles = css`
  :host {
    display: block;
    --_gap: var(--news-category-nav-gap, 0.25rem);
    --_height: var(--news-category-nav-height, 2.75rem);
    --_font-size: var(--news-category-nav-font-size, 0.9375em);
    --_item-padding: var(--news-category-nav-item-padding, 0.75em);
    --_item-max-width: var(--news-category-nav-item-max-width, 14em);
    --_current: var(--news-category-nav-current-color, var(--_accent));
  }
  :host([data-empty]) {
    display: none;
  }

  .nav {
    position: relative;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--_gap);
    min-block-size: calc(var(--_height) + 1px);
    font-size: var(--_font-size);
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }
  @container (max-width: 30em) {
    .nav {
      --_item-padding: var(--news-category-nav-item-padding, 0.5em);
    }
  }

  .list,
  .menu {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list {
    display: flex;
    flex: 0 1 auto;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  .item {
    display: flex;
    flex: none;
    min-inline-size: 0;
  }

  .link {
    all: unset;
    box-sizing: border-box;
    display: block;
    block-size: var(--_height);
    max-inline-size: var(--_item-max-width);
    padding-inline: var(--_item-padding);
    overflow: hidden;
    line-height: var(--_height);
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--_text);
    border-radius: calc(var(--_radius) / 2);
    cursor: pointer;
  }
  .link:hover {
    background: var(--_placeholder);
  }
  .link:focus-visible {
    /* Inset, so no ancestor can clip the ring. */
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  /*
   * A bar under the item rather than bolder text, which would change its measured width. The More button
   * carries it while its menu holds the current item, closed or open.
   */
  .link[aria-current],
  .more-button[data-holds-current] {
    color: var(--_current);
    box-shadow: inset 0 -3px 0 var(--_current);
  }
  @media (forced-colors: active) {
    .link[aria-current],
    .more-button[data-holds-current] {
      text-decoration: underline;
    }
  }

  /* At the inline end, so the menu below it lines up with the widget's edge. */
  .more {
    flex: none;
    margin-inline-start: auto;
  }
  .more-button {
    max-inline-size: none;
  }
  .more-button::after {
    content: '';
    display: inline-block;
    inline-size: 0.35em;
    block-size: 0.35em;
    margin-inline-start: 0.5em;
    border: solid currentColor;
    border-width: 0 2px 2px 0;
    transform: translateY(-30%) rotate(45deg);
  }
  .more-button[aria-expanded='true'] {
    background: var(--_placeholder);
  }

  .menu {
    position: absolute;
    z-index: 10;
    inset-block-start: 100%;
    inset-inline-end: 0;
    box-sizing: border-box;
    min-inline-size: min(12em, 100cqi);
    max-inline-size: min(20em, 100cqi);
    padding: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
  }
  .menu .item {
    display: block;
  }
  .menu .link {
    block-size: auto;
    max-inline-size: none;
    padding-block: 0.5em;
    line-height: 1.4;
    border-inline-start: 3px solid transparent;
  }
  .menu .link[aria-current] {
    box-shadow: none;
    border-inline-start-color: var(--_current);
  }
  @media (forced-colors: active) {
    /* Forced colours paint every item's transparent marker bar: the underline alone marks the current one. */
    .menu .link {
      border-inline-start-style: none;
    }
  }

  /* Every label laid out once, unseen, so item widths can be read without moving real items. */
  .measure-box {
    position: absolute;
    inset: 0;
    overflow: hidden;
    visibility: hidden;
    pointer-events: none;
  }
  .measure {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: flex;
    gap: var(--_gap);
    inline-size: max-content;
  }

  .skeleton .block {
    flex: none;
    inline-size: 5em;
    block-size: 1em;
    margin-inline: var(--_item-padding);
  }
  .skeleton .block:nth-of-type(3n + 2) {
    inline-size: 7em;
  }

  .message {
    padding: 0.5rem var(--_item-padding);
  }
`;

import {css} from 'lit';

export const articleCardStyles = css`
  :host {
    display: block;
    --_gap: var(--news-article-card-gap, calc(var(--_space) * 0.5));
    --_padding: var(--news-article-card-padding, calc(var(--_space) * 0.75));
    --_title-size: var(--news-article-card-title-size, 1.125em);
    --_image-ratio: var(--news-article-card-image-ratio, 16 / 9);
  }
  .card {
    position: relative;
    box-sizing: border-box;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
    height: 100%;
    margin: 0;
    padding: 0;
    overflow: hidden;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.4;
  }
  /*
   * Stretched by a grid row to a taller neighbour, the card gives the extra height to the row of its text, below
   * the text: without rows of its own it went to both rows, and the shorter cards of a row showed a band under
   * their image, their headlines lower than their neighbours'.
   */
  .card:has(.media) {
    grid-template-rows: auto 1fr;
  }
  .card:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .card:hover .title {
    text-decoration: underline;
  }
  .media {
    aspect-ratio: var(--_image-ratio);
    background: var(--_placeholder);
    overflow: hidden;
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .body {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.75);
    min-width: 0;
    padding: 0 var(--_padding) var(--_padding);
  }
  .card:not(:has(.media)) .body {
    padding-top: var(--_padding);
  }
  .category {
    color: var(--_accent);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  /* Named by its own words (a post without a title): set as text, and cut as the teaser is. */
  .words .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: calc(var(--news-article-card-summary-lines, 3) + 1);
    overflow: hidden;
    font-size: 1em;
    font-weight: 400;
    line-height: 1.4;
  }
  .title a,
  .title button {
    all: unset;
    cursor: pointer;
    color: inherit;
  }
  /* The headline is the card's one link; its box covers the whole card. */
  .title a::after,
  .title button::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .summary {
    margin: 0;
    color: var(--_muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--news-article-card-summary-lines, 3);
    overflow: hidden;
    /* A long URL or compound word wraps rather than being cut at the card's edge. */
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .meta li {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  :host([variant='horizontal']) .card {
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    /* Side by side: one row, the card's height, which the image fills. */
    grid-template-rows: 1fr;
  }
  :host([variant='horizontal']) .media {
    aspect-ratio: auto;
    min-height: 100%;
  }
  :host([variant='horizontal']) .body {
    padding: var(--_padding);
  }
  @container (max-width: 28em) {
    :host([variant='horizontal']) .card {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto 1fr;
    }
    :host([variant='horizontal']) .media {
      aspect-ratio: var(--_image-ratio);
    }
    :host([variant='horizontal']) .body {
      padding-top: 0;
    }
  }

  :host([variant='compact']) .card {
    grid-template-columns: minmax(0, 1fr) 5em;
    /* Text and image share one row, both at its top. */
    grid-template-rows: 1fr;
    border-width: 0 0 1px;
    border-radius: 0;
    background: transparent;
  }
  :host([variant='compact']) .media {
    grid-column: 2;
    grid-row: 1;
    aspect-ratio: 1;
    align-self: start;
    margin: var(--_padding) var(--_padding) var(--_padding) 0;
    border-radius: calc(var(--_radius) / 2);
  }
  :host([variant='compact']) .body {
    grid-column: 1;
    grid-row: 1;
    padding: var(--_padding) 0;
  }
  :host([variant='compact']) .title {
    font-size: 1em;
  }
  :host([variant='compact']) .summary {
    display: none;
  }

  :host([variant='hero']) {
    --_title-size: var(--news-article-card-title-size, clamp(1.375em, 4cqi, 2.25em));
  }
  :host([variant='hero']) .body {
    padding: var(--_padding) calc(var(--_padding) * 1.5) calc(var(--_padding) * 1.5);
  }
  @container (min-width: 48em) {
    :host([variant='hero']) .card {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      grid-template-rows: 1fr;
      align-items: center;
    }
    :host([variant='hero']) .media {
      aspect-ratio: 4 / 3;
    }
  }

  .skeleton .line {
    height: 1em;
  }
  .skeleton .line.title-line {
    height: calc(var(--_title-size) * 1.1);
  }
  .skeleton .line.short {
    width: 40%;
  }
  /* Room for what a typical card shows: category, a two-line headline, a full teaser and a line of meta. */
  .skeleton .body {
    --_text: calc(0.75em * 1.4 + 2 * 1.25 * var(--_title-size) + var(--news-article-card-summary-lines, 3) * 1.4em + 0.8125em * 1.4 + 2.25 * var(--_gap));
  }
  :host(:not([variant='compact'])) .skeleton .body {
    min-block-size: calc(var(--_text) + var(--_padding));
  }
  :host([variant='horizontal']) .skeleton .body {
    min-block-size: calc(var(--_text) + 2 * var(--_padding));
  }
  @container (max-width: 28em) {
    :host([variant='horizontal']) .skeleton .body {
      min-block-size: calc(var(--_text) + var(--_padding));
    }
  }
  :host([variant='hero']) .skeleton .body {
    min-block-size: calc(var(--_text) + 2.5 * var(--_padding));
  }
  /* In a narrow column (a sidebar) a compact card's headline wraps to about three lines, its byline, date and counts to two. */
  @container (max-width: 22em) {
    :host([variant='compact']) .skeleton .body {
      min-block-size: calc(2 * var(--_padding) + 0.75em * 1.4 + 3 * 1em * 1.25 + 2 * 0.8125em * 1.4 + 1.5 * var(--_gap));
    }
  }
  .message {
    padding: var(--_padding);
  }
`;

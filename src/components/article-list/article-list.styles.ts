import {css} from 'lit';

export const articleListStyles = css`
  :host([layout='grid']) .items {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-article-list-min-column, 16em)), 1fr));
  }

  .carousel {
    position: relative;
  }
  .scroller {
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    /*
     * Room for a focused card's ring (2px wide, 2px outside the card), which
     * the scroller would clip, and for the scrollbar below the cards, so it
     * never covers them.
     */
    padding: 4px 4px calc(var(--_space) * 0.75);
    scroll-padding-inline: 4px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .scroller {
      scroll-behavior: smooth;
    }
  }
  .scroller .items {
    grid-auto-flow: column;
    grid-template-columns: none;
    grid-auto-columns: var(--news-article-list-carousel-item, min(80%, 18em));
  }
  .scroller .items > li {
    scroll-snap-align: start;
  }
  .controls {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .controls button {
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0;
    line-height: 1;
  }
  .controls svg {
    width: 1.25rem;
    height: 1.25rem;
    vertical-align: middle;
  }
  /* :dir() follows dir attributes; data-rtl marks a right-to-left language on a page without one. */
  :host(:dir(rtl)) .controls svg,
  :host([data-rtl]) .controls svg {
    transform: scaleX(-1);
  }

  /* Rendered by a server without a src: nothing will ever load more or page the carousel. */
  :host([data-ssr-static]) :is(.more, .controls) {
    display: none;
  }
  .more {
    display: flex;
    justify-content: center;
    margin-block-start: var(--_space);
  }
`;

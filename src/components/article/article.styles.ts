import {css} from 'lit';

export const articleStyles = css`
  :host {
    display: block;
    --_measure: var(--news-article-max-width, 42em);
    --_strut: var(--_measure);
    --_font-size: var(--news-article-font-size, 1.125em);
    --_line-height: var(--news-article-line-height, 1.65);
    --_title-size: var(--news-article-title-size, clamp(1.625em, 5cqi, 2.5em));
    --_gap: var(--news-article-gap, var(--_space));
    --_image-ratio: var(--news-article-image-ratio, 16 / 9);
    --_backdrop: transparent;
    --_inset: 0;
  }
  /*
   * The view sits on the page like its own text, in the page's colour scheme.
   * Forced dark, it brings its own surface: the page around it may well be light.
   */
  :host([theme='dark']) {
    --_backdrop: var(--_surface);
    --_inset: var(--_gap);
  }
  /* Forced light, on a dark page: the surface behind the text (no inset, which a light page would see as a margin). */
  :host([theme='light']) {
    --_backdrop: var(--_surface);
  }

  .article {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    max-inline-size: var(--_measure);
    margin-inline: auto;
    padding: var(--_inset);
    background: var(--_backdrop);
    border-radius: var(--_radius);
    line-height: 1.4;
    text-align: start;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.5);
  }
  .category {
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    font-weight: 700;
    line-height: 1.15;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .lead {
    margin: 0;
    font-size: calc(var(--_font-size) * 1.1);
    font-weight: 500;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1.5em;
    padding-block: calc(var(--_gap) * 0.5);
    border-block: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .byline {
    margin: 0;
    min-width: 0;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .byline a,
  .agency a {
    color: inherit;
    font-weight: 600;
  }
  /* A visual separator only: the empty alt text keeps it out of speech. */
  .authors + .agency::before {
    content: '/' / '';
    margin-inline: 0.4em;
    color: var(--_muted);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facts li {
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .figure {
    margin: 0;
  }
  .figure img {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_placeholder);
    border-radius: var(--_radius);
  }
  /* Without declared dimensions there is no ratio to reserve; a fixed box keeps the text from jumping. */
  .figure img.unsized {
    aspect-ratio: var(--_image-ratio);
    object-fit: cover;
  }
  .figure figcaption {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
    margin-block-start: 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .figure .caption {
    color: var(--_text);
  }
  .credit {
    /* Inside the caption: three quarters of the article's text. */
    font-size: calc(0.75em / 0.875);
    letter-spacing: 0.01em;
  }

  .body {
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    overflow-wrap: anywhere;
  }
  .body > :first-child {
    margin-block-start: 0;
  }
  .body > :last-child {
    margin-block-end: 0;
  }
  .body :is(p, ul, ol, dl, blockquote, figure, pre, table) {
    margin-block: 0 1em;
    margin-inline: 0;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin-block: 1.5em 0.5em;
    line-height: 1.25;
  }
  .body h1 {
    font-size: 1.5em;
  }
  .body h2 {
    font-size: 1.375em;
  }
  .body h3 {
    font-size: 1.2em;
  }
  .body :is(h4, h5, h6) {
    font-size: 1em;
  }
  .body a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .body :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .body li + li {
    margin-block-start: 0.25em;
  }
  .body blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }
  .body img {
    display: block;
    max-width: 100%;
    height: auto;
    border-radius: calc(var(--_radius) / 2);
  }
  .body figcaption {
    margin-block-start: 0.4em;
    color: var(--_muted);
    /* Of the body's size (1.125 times the article's text; 1 in a narrow column): 0.875 of the article's text. */
    font-size: calc(0.875em / 1.125);
    line-height: 1.45;
  }
  .body hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin-block: 1.5em;
  }
  .body :is(code, kbd, samp) {
    font-size: 0.9em;
  }
  .body kbd {
    padding: 0 0.3em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
  }
  /* Code keeps its lines and scrolls sideways; a table too, rather than widening the article. */
  .body pre,
  .body table {
    max-width: 100%;
    overflow-x: auto;
    overflow-wrap: normal;
  }
  .body pre {
    /* Code reads left to right, in a right-to-left article too. */
    direction: ltr;
    padding: 0.75em 1em;
    background: var(--_placeholder);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.875em;
    line-height: 1.5;
  }
  .body pre code {
    font-size: inherit;
  }
  .body table {
    display: block;
    width: max-content;
    border-collapse: collapse;
    font-size: 0.9em;
    line-height: 1.45;
  }
  .body caption {
    padding-block-end: 0.4em;
    color: var(--_muted);
    text-align: start;
  }
  .body :is(th, td) {
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .body dt {
    font-weight: 700;
  }
  .body dd {
    margin-inline-start: 1.5em;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tags [part~='tag'] {
    display: inline-block;
    padding: 0.2em 0.75em;
    color: var(--_text);
    background: var(--_placeholder);
    border-radius: 999px;
    font-size: 0.8125em;
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  .tags a[part~='tag']:hover {
    text-decoration: underline;
  }

  .source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .source a {
    color: var(--_accent);
    font-weight: 600;
  }

  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* A narrow column (a sidebar, a phone): tighter type, stacked metadata. On the
     article's box, not :host: a container query looks at the host's own width
     only from inside its shadow tree. */
  @container (max-width: 30em) {
    .article {
      --_title-size: var(--news-article-title-size, 1.5em);
      --_font-size: var(--news-article-font-size, 1em);
    }
    .body figcaption {
      font-size: 0.875em;
    }
    .meta {
      flex-direction: column;
      align-items: stretch;
    }
  }
  /* A wide column: more air around the header, a larger lead. */
  @container (min-width: 48em) {
    .header {
      gap: calc(var(--_gap) * 0.75);
    }
    .lead {
      font-size: calc(var(--_font-size) * 1.2);
    }
  }

  .skeleton .line {
    height: 1em;
  }
  .skeleton .title-line {
    height: calc(var(--_title-size) * 1.1);
  }
  .skeleton .title-line + .title-line {
    width: 70%;
  }
  .skeleton .short {
    width: 30%;
  }
  .skeleton .image {
    aspect-ratio: var(--_image-ratio);
    border-radius: var(--_radius);
  }
  .skeleton .paragraph {
    display: flex;
    flex-direction: column;
    font-size: var(--_font-size);
    /* 1em is that size here (the variable itself would be read against it again). */
    gap: calc((var(--_line-height) - 1) * 1em);
  }
  .skeleton .paragraph .line:last-child {
    width: 60%;
  }

  .message {
    padding: var(--_gap);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;

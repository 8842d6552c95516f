import {css} from 'lit';

/**
 * Private variables every widget derives from the public `--news-*` tokens,
 * with light and dark defaults. Hosts set the public tokens; the widgets
 * only ever set the private `--_*` ones.
 */
export const themeStyles = css`
  :host {
    --_font: var(--news-font-family, inherit);
    --_text: var(--news-color-text, #1b1b1f);
    --_muted: var(--news-color-text-muted, #5a5a66);
    --_surface: var(--news-color-surface, #ffffff);
    --_border: var(--news-color-border, #dcdce3);
    --_accent: var(--news-color-accent, #b3261e);
    --_placeholder: var(--news-color-placeholder, #ececf1);
    --_focus: var(--news-color-focus, #1a5fd0);
    --_radius: var(--news-radius, 0.5rem);
    --_space: var(--news-space, 1rem);
    color-scheme: light;
    font-family: var(--_font);
    color: var(--_text);
    /* The host page's font and size are welcome; its other text quirks are not. */
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }
  :host([data-rtl]) {
    direction: rtl;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The dark values twice, for the theme attribute and for the reader's preference (written out, so the build minifies them). */
  :host([theme='dark']) {
    --_text: var(--news-color-text, #ececf1);
    --_muted: var(--news-color-text-muted, #b4b4c0);
    --_surface: var(--news-color-surface, #1c1c21);
    --_border: var(--news-color-border, #3a3a44);
    --_accent: var(--news-color-accent, #ff8a80);
    --_placeholder: var(--news-color-placeholder, #2c2c33);
    --_focus: var(--news-color-focus, #8ab4ff);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_text: var(--news-color-text, #ececf1);
      --_muted: var(--news-color-text-muted, #b4b4c0);
      --_surface: var(--news-color-surface, #1c1c21);
      --_border: var(--news-color-border, #3a3a44);
      --_accent: var(--news-color-accent, #ff8a80);
      --_placeholder: var(--news-color-placeholder, #2c2c33);
      --_focus: var(--news-color-focus, #8ab4ff);
      color-scheme: dark;
    }
  }
`;


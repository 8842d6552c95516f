import {css} from 'lit';

/**
 * Private variables every widget derives from the public `--news-*` tokens,
 * with light and dark defaults. Hosts set the public tokens; the widgets
 * only ever set the private `--_*` ones.
 */
export const themeStyles = css`
  :host {
    --_font: var(--news-font-family, inherit);
    --_text: var(--news-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--news-color-text-muted, light-dark(#5a5a66, #b4b4c0));
    --_surface: var(--news-color-surface, light-dark(#ffffff, #1c1c21));
    --_border: var(--news-color-border, light-dark(#dcdce3, #3a3a44));
    --_accent: var(--news-color-accent, light-dark(#b3261e, #ff8a80));
    --_placeholder: var(--news-color-placeholder, light-dark(#ececf1, #2c2c33));
    --_focus: var(--news-color-focus, light-dark(#1a5fd0, #8ab4ff));
    --_radius: var(--news-radius, 0.5rem);
    --_space: var(--news-space, 1rem);
    /*
     * No color-scheme of its own: the widget inherits the page's, and each
     * light-dark() above picks the value for it. A page that declares
     * color-scheme: light dark gets dark widgets for a reader who prefers
     * dark; a page that declares nothing is light, and so are its widgets.
     */
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
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([data-rtl]) {
    direction: rtl;
  }
  [hidden] {
    display: none !important;
  }
  /* NewsElement.framed(): the strut sizes the host, the frame is what container queries measure. */
  .strut {
    display: block;
    inline-size: var(--_strut, 18em);
    max-inline-size: 100%;
    block-size: 0;
  }
  .frame {
    container-type: inline-size;
    /* A card stretched by its grid row fills it, as the host does. */
    block-size: 100%;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Browsers without light-dark() (before 2024) show the light values, or the dark ones when the theme attribute asks. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--news-color-text, #1b1b1f);
      --_muted: var(--news-color-text-muted, #5a5a66);
      --_surface: var(--news-color-surface, #ffffff);
      --_border: var(--news-color-border, #dcdce3);
      --_accent: var(--news-color-accent, #b3261e);
      --_placeholder: var(--news-color-placeholder, #ececf1);
      --_focus: var(--news-color-focus, #1a5fd0);
    }
    :host([theme='dark']) {
      --_text: var(--news-color-text, #ececf1);
      --_muted: var(--news-color-text-muted, #b4b4c0);
      --_surface: var(--news-color-surface, #1c1c21);
      --_border: var(--news-color-border, #3a3a44);
      --_accent: var(--news-color-accent, #ff8a80);
      --_placeholder: var(--news-color-placeholder, #2c2c33);
      --_focus: var(--news-color-focus, #8ab4ff);
    }
  }
`;

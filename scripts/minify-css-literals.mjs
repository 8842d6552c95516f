/**
 * Minifies the CSS inside `css` tagged templates (Lit styles) with
 * minify-literals (Lightning CSS underneath). Bundlers minify code but leave
 * template contents as written. HTML templates are left alone: whitespace
 * between inline bindings is meaningful there, and gzip already takes most
 * of it. Used by the Vite build and by scripts/size.mjs, so both measure
 * the same bytes.
 */
import {minifyHTMLLiterals} from 'minify-literals';

const STYLE_FILE = /[\\/]src[\\/].*\.styles\.[jt]s$/;

/** The minified source of a styles module, or `undefined` to keep it. */
export async function minifyStyles(code, id) {
  // Lightning CSS cannot see into unsafeCSS() strings; minify-literals skips such files (with a warning).
  if (!STYLE_FILE.test(id) || code.includes('unsafeCSS(')) return undefined;
  const result = await minifyHTMLLiterals(code, {fileName: id, html: false, sourceMap: false});
  return result?.code;
}

/** Vite / Rollup plugin form. */
export function minifyCssLiterals() {
  return {
    name: 'news-widgets:minify-css-literals',
    async transform(code, id) {
      const out = await minifyStyles(code, id);
      return out === undefined ? undefined : {code: out, map: null};
    },
  };
}

/**
 * Source transforms of the script-tag build, shared with scripts/size.mjs so
 * that both measure the same bytes. Bundlers minify code but keep string
 * and template contents as written; these two shrink what they keep.
 *
 * - The CSS inside `css` tagged templates (Lit styles) is minified with
 *   minify-literals (Lightning CSS underneath). HTML templates are left
 *   alone: whitespace between inline bindings is meaningful there, and gzip
 *   takes most of it anyway.
 * - Translator notes (`desc` in `msg()` options) are dropped: `lit-localize
 *   extract` reads them from the sources, the runtime never does.
 */
import {minifyHTMLLiterals} from 'minify-literals';

const SOURCE = /[\\/]src[\\/].*\.[jt]s$/;
const STYLE_FILE = /\.styles\.[jt]s$/;
// Every note in the sources is a single-quoted string closing the options object: {id: '…', desc: '…'}.
const DESC = /,\s*desc:\s*'(?:[^'\\\n]|\\.)*'(?=\s*\})/g;

/** The transformed source of a module, or `undefined` when nothing changes. */
export async function transformSource(code, id) {
  if (!SOURCE.test(id)) return undefined;
  let out = code;
  // Lightning CSS cannot see into unsafeCSS() strings; minify-literals skips such files (with a warning).
  if (STYLE_FILE.test(id) && !code.includes('unsafeCSS(')) {
    out = (await minifyHTMLLiterals(out, {fileName: id, html: false, sourceMap: false}))?.code ?? out;
  }
  if (out.includes('desc:')) out = out.replace(DESC, '');
  return out === code ? undefined : out;
}

/** Vite / Rollup plugin form. */
export function buildTransforms() {
  return {
    name: 'news-widgets:build-transforms',
    // Before TypeScript is stripped: the patterns match the sources as written.
    enforce: 'pre',
    async transform(code, id) {
      const out = await transformSource(code, id);
      return out === undefined ? undefined : {code: out, map: null};
    },
  };
}

#!/usr/bin/env node
/**
 * Editor data from custom-elements.json, with the ecosystem's generators:
 *
 *   vscode.html-custom-data.json  tags, attributes and their values for VS Code's HTML support
 *   vscode.css-custom-data.json   the custom properties and parts for VS Code's CSS support
 *     (custom-element-vs-code-integration)
 *   jsx.d.ts                      the elements as JSX intrinsic elements, for React, Preact, Solid...
 *     (@wc-toolkit/jsx-types)
 *
 * Usage: node scripts/generate-editor-data.mjs [outdir]   (default: dist, after `npm run build`:
 * jsx.d.ts imports the element classes from ./index.js there).
 *
 * The analyzer writes a named type (`layout: ArticleListLayout`) where an
 * editor wants the values, and leaves events untyped; both are read from
 * the sources with the TypeScript parser and added to a copy of the
 * manifest (`parsedType`, `type`) before the generators run. The committed
 * manifest is not changed.
 */
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {getVsCodeCssCustomData, getVsCodeHtmlCustomData} from 'custom-element-vs-code-integration';
import {jsxTypesPlugin} from '@wc-toolkit/jsx-types';
import ts from 'typescript';

const outdir = process.argv[2] ?? 'dist';
const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));

/** The library's sources, parsed (syntax only: the types needed here are written out literally). */
const sources = await Promise.all(
  (await readdir('src', {recursive: true}))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map(async (file) => ts.createSourceFile(file, await readFile(path.join('src', file), 'utf8'), ts.ScriptTarget.ES2022, true)),
);

/** Every type alias of the sources that is a union of string literals: `ArticleListLayout` → `['list', 'grid', 'carousel']`. */
const unions = new Map();
for (const file of sources) {
  ts.forEachChild(file, (node) => {
    if (!ts.isTypeAliasDeclaration(node)) return;
    const members = ts.isUnionTypeNode(node.type) ? node.type.types : [node.type];
    const values = members.map((member) => (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal) ? member.literal.text : undefined));
    if (values.every((value) => value !== undefined)) unions.set(node.name.text, values);
  });
}

/** The event map the library declares on GlobalEventHandlersEventMap: `news-load` → `CustomEvent<NewsLoadDetail>`. */
const eventTypes = new Map();
for (const file of sources) {
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) eventTypes.set(member.name.text, member.type.getText(file));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}
if (!unions.size || !eventTypes.size) throw new Error('found no union types or no event map in src/: has the code moved?');

/** `ArticleCardVariant | undefined` → `'standard' | 'horizontal' | 'compact' | 'hero' | undefined`, when every part is known. */
function expand(text) {
  if (!text) return undefined;
  const parts = text.split('|').map((part) => part.trim());
  if (!parts.some((part) => unions.has(part))) return undefined;
  if (!parts.every((part) => unions.has(part) || /^'[^']*'$/.test(part) || part === 'undefined')) return undefined;
  return parts.flatMap((part) => (unions.has(part) ? unions.get(part).map((value) => `'${value}'`) : [part])).join(' | ');
}

/**
 * The values an editor may offer for a member or attribute; plain `string`
 * for free text, so that `FieldMap | string` offers no "FieldMap" value.
 */
const withParsedType = (item) => {
  const text = item.type?.text;
  const parsed = expand(text) ?? (text?.split('|').some((part) => part.trim() === 'string') ? 'string' : undefined);
  return parsed ? {...item, parsedType: {text: parsed}} : item;
};

const enriched = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.map(withParsedType),
      attributes: declaration.attributes?.map(withParsedType),
      events: declaration.events?.map((event) => (event.type || !eventTypes.has(event.name) ? event : {...event, type: {text: eventTypes.get(event.name)}})),
    })),
  })),
};

await mkdir(outdir, {recursive: true});

const vscodeOptions = {
  // Types and values from the union types above, where there are some.
  typesSrc: 'parsedType',
  hideLogs: true,
};
const written = [];
for (const [file, contents] of [
  ['vscode.html-custom-data.json', getVsCodeHtmlCustomData(enriched, vscodeOptions)],
  ['vscode.css-custom-data.json', getVsCodeCssCustomData(enriched, vscodeOptions)],
]) {
  // The generator returns JSON laid out loosely; a stable layout keeps diffs readable.
  await writeFile(path.join(outdir, file), `${JSON.stringify(JSON.parse(contents), null, 2)}\n`);
  written.push(file);
}

// The generator is packaged as an analyzer plugin; its hook takes the finished manifest.
jsxTypesPlugin({
  outdir,
  fileName: 'jsx.d.ts',
  // The package's own entry, beside jsx.d.ts in dist/: classes and event details are exported there.
  globalTypePath: './index.js',
  componentDescriptionOptions: {hideSlotDocs: false, hideEventDocs: false, hideCssPropertiesDocs: false, hideCssPartsDocs: false, hideMethodDocs: true},
  // onClick, onKeyDown...: a page handles clicks on a widget as on any element.
  includeDefaultDOMEvents: true,
}).packageLinkPhase({customElementsManifest: enriched});

// The generator's props common to every element miss what React 19 applications pass to any element (checked
// by test/types/react-jsx.tsx): a ref object from useRef, a callback ref that receives null and may return its
// cleanup, a bigint key, and the inert attribute. Each line must be found as written, or the build stops.
const JSX_FIXES = [
  ['  ref?: (T | ((e: T) => void)) | undefined;', '  ref?: T | ((instance: T | null) => void | (() => void)) | {current: T | null} | null | undefined;'],
  ['  key?: string | number | undefined;', '  key?: string | number | bigint | null | undefined;'],
  ['  id?: string | undefined;\n', '  id?: string | undefined;\n  /** Makes the element and everything in it inert: not focusable, clickable or read out. */\n  inert?: boolean | undefined;\n'],
];
const jsxFile = path.join(outdir, 'jsx.d.ts');
let jsx = await readFile(jsxFile, 'utf8');
for (const [line, replacement] of JSX_FIXES) {
  if (!jsx.includes(line)) throw new Error(`${jsxFile} no longer has ${JSON.stringify(line)}: see JSX_FIXES in scripts/generate-editor-data.mjs`);
  jsx = jsx.replace(line, replacement);
}
await writeFile(jsxFile, jsx);
written.push('jsx.d.ts');

console.log(`editor data: ${written.map((file) => path.join(outdir, file)).join(', ')}`);

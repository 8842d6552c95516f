#!/usr/bin/env node
/**
 * Part of `npm run build`: declarations for the two script-tag bundles
 * (`news-widgets/news-widgets.js`, `news-widgets/news-widgets.hydrate.js`),
 * so that an application importing a bundle from npm gets the same types as
 * one importing the main entry. tsconfig.build.json leaves the bundles'
 * sources out because its JavaScript would overwrite what Vite built; this
 * writes their .d.ts files alone, with the same options.
 */
import ts from 'typescript';

const BUNDLES = ['src/news-widgets.ts', 'src/news-widgets.hydrate.ts'];
const config = ts.getParsedCommandLineOfConfigFile('tsconfig.build.json', {emitDeclarationOnly: true}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
const program = ts.createProgram(BUNDLES, config.options);
const wanted = new Set(BUNDLES.flatMap((file) => {
  const base = file.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
  return [`${base}.d.ts`, `${base}.d.ts.map`];
}));
const written = [];
const {diagnostics, emitSkipped} = program.emit(undefined, (name, text) => {
  // Only the bundles' own files: the modules they import were declared by tsc -p tsconfig.build.json.
  const relative = name.slice(name.lastIndexOf('/dist/') + 1);
  if (!wanted.has(relative)) return;
  ts.sys.writeFile(name, text);
  written.push(relative);
});
const errors = [...ts.getPreEmitDiagnostics(program), ...diagnostics].filter((d) => d.category === ts.DiagnosticCategory.Error);
if (emitSkipped || errors.length || written.length !== wanted.size) {
  for (const d of errors) console.error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  console.error(`bundle types: wrote ${written.join(', ') || 'nothing'}, expected ${[...wanted].join(', ')}`);
  process.exit(1);
}

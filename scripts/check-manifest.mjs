#!/usr/bin/env node
/** Fails when the committed custom-elements.json differs from a fresh analysis. */
import {spawnSync} from 'node:child_process';
import {mkdirSync, readFileSync, existsSync} from 'node:fs';
import path from 'node:path';

// The analyzer takes --outdir relative to the project.
const outdir = '.cache/cem';
mkdirSync(outdir, {recursive: true});
const run = spawnSync('npx', ['cem', 'analyze', '--outdir', outdir], {stdio: ['ignore', 'ignore', 'inherit']});
if (run.status !== 0) process.exit(run.status ?? 1);

// Modules compared by path, not in the order the analyzer happened to read them.
const normalize = (text) => {
  const manifest = JSON.parse(text);
  manifest.modules = [...(manifest.modules ?? [])].sort((a, b) => a.path.localeCompare(b.path));
  return manifest;
};
const fresh = normalize(readFileSync(path.join(outdir, 'custom-elements.json'), 'utf8'));
const committed = existsSync('custom-elements.json') ? normalize(readFileSync('custom-elements.json', 'utf8')) : {modules: []};
if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
  const paths = new Set([...fresh.modules, ...committed.modules].map((m) => m.path));
  const differing = [...paths].filter((p) => JSON.stringify(fresh.modules.find((m) => m.path === p)) !== JSON.stringify(committed.modules.find((m) => m.path === p)));
  console.error(`custom-elements.json is stale (${differing.join(', ') || 'top level'}): run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
console.log('custom-elements.json is up to date.');

// Each member appears with the privacy TypeScript gives it, and no private one appears: the analyzer has given a
// public override its base's privacy before (see custom-elements-manifest.config.mjs).
const {default: ts} = await import('typescript');
const config = ts.getParsedCommandLineOfConfigFile('tsconfig.json', {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}});
const program = ts.createProgram(fresh.modules.map((module) => module.path), config.options);
const checker = program.getTypeChecker();
const wrong = [];
for (const module of fresh.modules) {
  const classes = new Map(program.getSourceFile(module.path).statements.filter(ts.isClassDeclaration).map((node) => [node.name?.text, node]));
  for (const declaration of (module.declarations ?? []).filter((d) => d.kind === 'class')) {
    const type = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(classes.get(declaration.name).name));
    for (const member of declaration.members ?? []) {
      const symbol = type.getProperty(member.name);
      const flags = symbol ? ts.getDeclarationModifierFlagsFromSymbol(symbol) : 0;
      const privacy = !symbol ? 'private' : flags & ts.ModifierFlags.Private ? 'private' : flags & ts.ModifierFlags.Protected ? 'protected' : 'public';
      if (privacy === 'private') wrong.push(`${declaration.name}.${member.name}: private`);
      else if ((member.privacy ?? 'public') !== privacy) wrong.push(`${declaration.name}.${member.name}: ${member.privacy ?? 'public'} in the manifest, ${privacy} in TypeScript`);
    }
  }
}
if (wrong.length) {
  console.error(`custom-elements.json lists members as users cannot use them:\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}
console.log('Its members are public or protected as in TypeScript, and none is private.');

// Every module it names is a file of the package (a tool follows them: a base class's module, where a member was
// inherited from), and each element's tag has the module that registers it.
const named = [];
const collect = (value) => {
  if (Array.isArray(value)) value.forEach(collect);
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string') named.push(value.module);
    Object.values(value).forEach(collect);
  }
};
collect(fresh.modules);
const nowhere = [...new Set([...fresh.modules.map((module) => module.path), ...named])].filter((file) => !existsSync(file));
const tags = fresh.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
const defined = new Set(fresh.modules.flatMap((module) => module.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name));
const undefinedTags = tags.filter((tag) => !defined.has(tag));
if (nowhere.length || undefinedTags.length) {
  console.error(`custom-elements.json leads nowhere:${nowhere.map((file) => `\n  no file ${file}`).join('')}${undefinedTags.map((tag) => `\n  no module defines <${tag}>`).join('')}`);
  process.exit(1);
}
console.log(`Its ${named.length} module references name files of the package, and each of its ${tags.length} elements has the module that registers it.`);

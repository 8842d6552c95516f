import {existsSync} from 'node:fs';

/**
 * Members as each class declares them (privacy, type), by class name, before
 * the analyzer applies inheritance.
 */
const declared = new Map();

/**
 * The manifest lists what a page's code can use: no private members (`#x`
 * fields and TypeScript-private state), and each member with the privacy of
 * the nearest class that declares it. The analyzer (0.11.0) gives a member a
 * subclass redeclares the base's privacy and type: `lazy`, protected in
 * NewsElement and public in ArticleView, CardList and the nav, came out
 * protected, and Storybook and editors dropped the attribute
 * (open-wc/custom-elements-manifest#253).
 */
function publicSurface() {
  return {
    name: 'news-widgets:public-surface',
    moduleLinkPhase({moduleDoc}) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind === 'class') declared.set(declaration.name, new Map((declaration.members ?? []).map((member) => [member.name, {...member}])));
      }
    },
    packageLinkPhase({customElementsManifest}) {
      const classes = new Map(customElementsManifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.kind === 'class').map((d) => [d.name, d]));
      for (const klass of classes.values()) {
        klass.members = klass.members
          ?.map((member) => {
            for (let name = klass.name; name; name = classes.get(name)?.superclass?.name) {
              const own = declared.get(name)?.get(member.name);
              if (!own) continue;
              const {privacy: _privacy, type: inheritedType, ...rest} = member;
              const type = own.type ?? inheritedType;
              return {...rest, ...(type ? {type} : {}), ...(own.privacy ? {privacy: own.privacy} : {})};
            }
            return member;
          })
          .filter((member) => member.privacy !== 'private');
        // An attribute and a property of the same name declared in JSDoc (`lang`, native to every element) are one.
        for (const attribute of klass.attributes ?? []) {
          const field = klass.members?.find((member) => member.kind === 'field' && member.name === attribute.name && !member.attribute);
          if (field && !attribute.fieldName) {
            attribute.fieldName = field.name;
            field.attribute = attribute.name;
          }
        }
      }
    },
  };
}

/**
 * Where each element is defined and where its base class lives, as tools read them. The analyzer names a
 * base class's module as the import spelled it (`/src/internal/news-element.js`, a file that does not
 * exist) rather than by the module's path in the manifest, and it leaves out the one-line registration
 * files (excluded below), so no tool could tell which import registers a tag: each gets a module with its
 * `custom-element-definition` export.
 */
function definitions() {
  return {
    name: 'news-widgets:definitions',
    packageLinkPhase({customElementsManifest}) {
      const modules = customElementsManifest.modules;
      const moduleOf = new Map(modules.flatMap((module) => (module.declarations ?? []).map((d) => [d.name, module.path])));
      const registrations = [];
      for (const module of modules) {
        for (const declaration of module.declarations ?? []) {
          const base = declaration.superclass;
          if (base?.module && moduleOf.has(base.name)) base.module = moduleOf.get(base.name);
          if (!declaration.tagName) continue;
          const file = module.path.replace(/[^/]+\.ts$/, `${declaration.tagName}.ts`);
          if (!existsSync(file)) throw new Error(`${declaration.tagName} has no registration file ${file}`);
          registrations.push({
            kind: 'javascript-module',
            path: file,
            declarations: [],
            exports: [{kind: 'custom-element-definition', name: declaration.tagName, declaration: {name: declaration.name, module: module.path}}],
          });
        }
      }
      modules.push(...registrations);
    },
  };
}

export default {
  // The base classes too, so that inherited attributes reach each element's entry.
  globs: ['src/components/**/*.ts', 'src/internal/article-view.ts', 'src/internal/card-list.ts', 'src/internal/news-element.ts'],
  // The one-line registration files (`news-article-card.ts`); not src/internal/news-element.ts, the base class.
  exclude: ['src/**/*.styles.ts', 'src/components/*/news-*.ts'],
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the stale check writes elsewhere.
  packagejson: false,
  plugins: [publicSurface(), definitions()],
};

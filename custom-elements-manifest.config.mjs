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

export default {
  // The base classes too, so that inherited attributes reach each element's entry.
  globs: ['src/components/**/*.ts', 'src/internal/article-view.ts', 'src/internal/card-list.ts', 'src/internal/news-element.ts'],
  // The one-line registration files (`news-article-card.ts`); not src/internal/news-element.ts, the base class.
  exclude: ['src/**/*.styles.ts', 'src/components/*/news-*.ts'],
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the stale check writes elsewhere.
  packagejson: false,
  plugins: [publicSurface()],
};

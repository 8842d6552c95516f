export default {
  // The base classes too, so that inherited attributes reach each element's entry.
  globs: ['src/components/**/*.ts', 'src/internal/article-view.ts', 'src/internal/card-list.ts', 'src/internal/news-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/news-*.ts'],
  litelement: true,
  dependencies: false,
  // package.json names the manifest itself; the stale check writes elsewhere.
  packagejson: false,
};

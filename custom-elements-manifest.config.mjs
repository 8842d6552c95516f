export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/news-*.ts'],
  litelement: true,
  dependencies: false,
  packagejson: true,
};

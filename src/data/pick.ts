import type {Article} from './model.js';

/**
 * Which articles a widget shows, shared by the elements and the server's
 * fallback links and structured data, so that both always agree.
 */

/** The article with `id`, or the first when no id is given. */
export const pickArticle = (articles: readonly Article[], id: string | undefined): Article | undefined =>
  id === undefined ? articles[0] : articles.find((article) => article.id === id);

/** The articles of the category `slug`; all of them without one. */
export const inCategory = (articles: Article[], slug: string | undefined): Article[] =>
  slug ? articles.filter((article) => article.category?.slug === slug) : articles;

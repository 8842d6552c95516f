import type {Article} from './model.js';

/**
 * Which articles a widget shows, shared by the elements and the server's
 * fallback links and structured data, so that both always agree.
 */

/** The article with `id`, or the first when no id is given. */
export const pickArticle = (articles: readonly Article[], id: string | undefined): Article | undefined =>
  id === undefined ? articles[0] : articles.find((article) => article.id === id);

/** Copies of articles that name no language, given their feed's, so that each render passes the same object. */
const withLanguage = new WeakMap<Article, Article>();

/** The article, with the feed's language when it names none: an article that does not name its language is in the feed's. */
export function inFeedLanguage(article: Article, language: string | undefined): Article {
  if (article.language || !language) return article;
  let copy = withLanguage.get(article);
  if (copy?.language !== language) withLanguage.set(article, (copy = {...article, language}));
  return copy;
}

/** The articles of the category `slug`; all of them without one. */
export const inCategory = (articles: Article[], slug: string | undefined): Article[] =>
  slug ? articles.filter((article) => article.category?.slug === slug) : articles;

/** What names a story where it is linked: its title, else its own words (`excerpt`, `summary`); an empty string names nothing. */
export const storyName = (article: Article): string | undefined => article.title || article.excerpt || article.summary || undefined;

import type {Article} from './model.js';

export type Relation = 'topic' | 'category' | 'author';

const time = (a: Article) => Date.parse(a.published ?? a.updated ?? '') || 0;
const norm = (s: string) => s.trim().toLowerCase();

/**
 * How closely `candidate` relates to `subject`, or 0 when it does not.
 * - topic: shared tags first, then the same category;
 * - category: the same category;
 * - author: a shared author, else the same source.
 */
function score(subject: Article, candidate: Article, relation: Relation): number {
  const sameCategory = Boolean(subject.category && candidate.category && subject.category.slug === candidate.category.slug);
  switch (relation) {
    case 'topic': {
      const tags = new Set(subject.tags?.map((t) => t.slug) ?? []);
      const shared = candidate.tags?.filter((t) => tags.has(t.slug)).length ?? 0;
      // A shared tag always outranks a category match alone.
      return shared * 2 + (sameCategory ? 1 : 0);
    }
    case 'category':
      return sameCategory ? 1 : 0;
    case 'author': {
      const authors = new Set(subject.authors?.map((a) => norm(a.name)) ?? []);
      if (candidate.authors?.some((a) => authors.has(norm(a.name)))) return 2;
      return subject.source && candidate.source && norm(subject.source.name) === norm(candidate.source.name) ? 1 : 0;
    }
  }
}

/**
 * Articles related to the one with `articleId`: never the article itself nor
 * any id in `exclude`, best score first, newest first among equals.
 */
export function relatedArticles(
  articles: readonly Article[],
  articleId: string,
  relation: Relation,
  limit: number,
  exclude: ReadonlySet<string> = new Set(),
): Article[] {
  const subject = articles.find((a) => a.id === articleId);
  if (!subject) return [];
  return articles
    .filter((a) => a.id !== articleId && !exclude.has(a.id))
    .map((article) => ({article, score: score(subject, article, relation)}))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || time(b.article) - time(a.article))
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.article);
}

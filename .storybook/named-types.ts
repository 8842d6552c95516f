/**
 * The values of the library's named union types. The analyzer writes
 * `ArticleListLayout` where Storybook needs `'list' | 'grid' | 'carousel'`
 * to offer a select; these lists fill in what it leaves out. The checks
 * below fail the type check when a type gains or loses a value.
 */
import type {ArticleCardVariant} from '../src/components/article-card/article-card.js';
import type {ArticleListLayout} from '../src/components/article-list/article-list.js';
import type {FeedFormat} from '../src/data/model.js';
import type {Relation} from '../src/data/related.js';
import type {DateMode} from '../src/i18n/format.js';

/** True only when `List` holds every member of `T` and nothing else. */
type Exactly<T, List extends readonly unknown[]> = [T] extends [List[number]] ? ([List[number]] extends [T] ? true : false) : false;
const exactly = <T, List extends readonly unknown[]>(list: List, _check: Exactly<T, List>): List => list;

export const namedTypes: Record<string, readonly string[]> = {
  ArticleCardVariant: exactly<ArticleCardVariant, readonly ['standard', 'horizontal', 'compact', 'hero']>(
    ['standard', 'horizontal', 'compact', 'hero'],
    true,
  ),
  ArticleListLayout: exactly<ArticleListLayout, readonly ['list', 'grid', 'carousel']>(['list', 'grid', 'carousel'], true),
  FeedFormat: exactly<FeedFormat, readonly ['auto', 'jsonfeed', 'wordpress', 'native']>(['auto', 'jsonfeed', 'wordpress', 'native'], true),
  Relation: exactly<Relation, readonly ['topic', 'category', 'author']>(['topic', 'category', 'author'], true),
  DateMode: exactly<DateMode, readonly ['auto', 'relative', 'absolute']>(['auto', 'relative', 'absolute'], true),
};

/** `ArticleListLayout | undefined` → `'list' | 'grid' | 'carousel' | undefined`; `undefined` when nothing is named. */
export function expandNamedTypes(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let changed = false;
  const expanded = text
    .split('|')
    .map((part) => part.trim())
    .flatMap((part) => {
      const values = namedTypes[part];
      if (!values) return [part];
      changed = true;
      return values.map((value) => `'${value}'`);
    })
    .join(' | ');
  return changed ? expanded : undefined;
}

import type {Article, Category, Feed} from './data/model.js';
import type {NewsErrorKind} from './data/errors.js';

export interface NewsArticleSelectDetail {
  article: Article;
}
export interface NewsCategorySelectDetail {
  /** `undefined` for "All". */
  category?: Category;
}
export interface NewsLoadDetail {
  feed: Feed;
  src: string;
}
export interface NewsErrorDetail {
  kind: NewsErrorKind;
  /** For developers; readers see a localized message. */
  message: string;
  status?: number;
  src?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-article-select': CustomEvent<NewsArticleSelectDetail>;
    'news-category-select': CustomEvent<NewsCategorySelectDetail>;
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
  }
}

type NewsEventName = 'news-article-select' | 'news-category-select' | 'news-load' | 'news-error';
type DetailOf<K extends NewsEventName> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches a library event: bubbling and composed, since widgets live in
 * other widgets' shadow roots. Returns false when a listener cancelled it.
 */
export function emit<K extends NewsEventName>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  options: {cancelable?: boolean} = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}),
  );
}

/**
 * Whether a click on a link asks the browser to open it elsewhere (a new tab
 * or window, a download): the widgets then let the browser do it and fire no
 * select event, so an application's router cannot take the current tab.
 * @internal For the widgets; not in the package's entry.
 */
export const opensElsewhere = (event: MouseEvent): boolean => event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

import {createContext} from '@lit/context';
import type {NewsError} from './errors.js';
import type {Article, Feed} from './model.js';

/** Where a widget's data stands. */
export interface FeedState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  feed?: Feed;
  error?: NewsError;
  /** The endpoint the feed came from (for resolving and paging). */
  src?: string;
  /** Loads again after an error. */
  retry(): void;
}

/** What a `news-provider` shares with the widgets inside it. */
export interface ProviderValue {
  feed: FeedState;
  /** Slug of the category selected in a `news-category-nav`; `undefined` is "All". */
  category?: string;
  selectCategory(slug: string | undefined): void;
  /**
   * Ids already shown by the related lists that come before `list` in
   * document order, so that related lists never repeat one another's stories.
   */
  claimedBefore(list: Element): Set<string>;
  /** A related list announces itself, and what it shows; returns the unregister function. */
  registerRelated(list: Element, picks: RelatedPicks): () => void;
}

/** What a related list shows when the ids in `claimed` are taken by lists before it. */
export type RelatedPicks = (claimed: ReadonlySet<string>) => Article[];

/**
 * The ids shown by `earlier` related lists, in order: each list picks with
 * the claims of the lists before it. Every list picks once, so k lists cost
 * k picks (asking each list for its own claims would cost 2^k).
 */
export function claimsOf(earlier: Iterable<RelatedPicks>): Set<string> {
  const claimed = new Set<string>();
  for (const picks of earlier) for (const article of picks(claimed)) claimed.add(article.id);
  return claimed;
}

export const providerContext = createContext<ProviderValue | undefined>(Symbol.for('news-widgets.provider'));

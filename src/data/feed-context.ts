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
   * document order, so an article page never repeats a story.
   */
  claimedBefore(list: Element): Set<string>;
  /** A related list announces itself, and what it shows; returns the unregister function. */
  registerRelated(list: Element, picks: () => Article[]): () => void;
}

export const providerContext = createContext<ProviderValue | undefined>(Symbol.for('news-widgets.provider'));

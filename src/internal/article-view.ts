import {nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {NewsError} from '../data/errors.js';
import {FeedSource} from '../data/feed-source.js';
import type {Article, FeedFormat, FieldMap} from '../data/model.js';
import {inFeedLanguage, pickArticle} from '../data/pick.js';
import {emit} from '../events.js';
import type {DateMode} from '../i18n/format.js';
import {NewsElement} from './news-element.js';

/**
 * What the widgets showing one article share (the card and the full
 * article): the article from a property or from a feed, and which of the
 * loading, error, not-found and ready states to render.
 */
export abstract class ArticleView extends NewsElement {
  static override properties: PropertyDeclarations = {
    article: {attribute: false},
    src: {},
    format: {},
    map: {},
    articleId: {attribute: 'article-id'},
    theme: {reflect: true},
    dateFormat: {attribute: 'date-format'},
    timeZone: {attribute: 'time-zone'},
    lazy: {type: Boolean},
    imageFailed: {state: true, attribute: false},
  };

  /** The article to show. Takes precedence over `src`. */
  article?: Article;

  /** Endpoint URL of a feed to load the article from; inside a `news-provider` it may be omitted. */
  src?: string;

  /** Format of the feed at `src`: `auto` detects it. */
  format: FeedFormat = 'auto';

  /** A JSON field map for feeds in any other shape (attribute: JSON text). */
  map?: FieldMap | string;

  /** Id of the article to show from the feed; the feed's first article when absent. */
  articleId?: string;

  /** `light` or `dark` forces a colour scheme; by default the page's (its CSS `color-scheme`) applies. */
  theme?: 'light' | 'dark';

  /** `auto` (relative under 24 hours, else the locale's date), `relative` or `absolute`. */
  dateFormat: DateMode = 'auto';

  /** IANA time zone for dates; the reader's by default. */
  timeZone?: string;

  /** Loads and renders only once near the viewport, as an image with `loading="lazy"` does. */
  override lazy = false;

  /** The lead image failed to load: its box stays (or goes) without a broken image. */
  protected imageFailed = false;

  protected readonly source = new FeedSource(this, () => ({
    // A given article needs no fetch: the widget is then purely presentational.
    src: this.article ? undefined : this.src,
    format: this.format,
    map: this.map,
  }));

  protected abstract renderArticle(article: Article): TemplateResult;
  protected abstract renderSkeleton(): TemplateResult;
  protected abstract renderError(error: NewsError, retry?: () => void): TemplateResult;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('article') || changed.has('articleId') || changed.has('src')) this.imageFailed = false;
  }

  /** The article the last render could not find in its feed, to report once (see `updated`). */
  #missing?: {feed: unknown; id?: string; error: NewsError; src?: string};
  #reported?: {feed: unknown; id?: string};

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const missing = this.#missing;
    this.#missing = undefined;
    // Once per feed and id: a re-render (the clock, a language change) is not a new failure.
    if (!missing || (this.#reported?.feed === missing.feed && this.#reported?.id === missing.id)) return;
    this.#reported = {feed: missing.feed, id: missing.id};
    emit(this, 'news-error', {kind: 'not-found', message: missing.error.message, src: missing.src});
  }

  protected override showsLoading(): boolean {
    return !this.article && this.source.state.status === 'loading';
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.article) return this.renderArticle(this.article);
    const state = this.source.state;
    switch (state.status) {
      case 'loading':
        return this.renderSkeleton();
      case 'error':
        return this.renderError(state.error!, state.retry);
      case 'ready': {
        const feed = state.feed!;
        const article = pickArticle(feed.articles, this.articleId);
        if (!article) {
          const error = new NewsError('not-found', `No article with id ${this.articleId} in ${state.src ?? 'the feed'}`);
          this.#missing = {feed, id: this.articleId, error, src: state.src};
          return this.renderError(error);
        }
        // An article that does not name its language is in the feed's.
        return this.renderArticle(inFeedLanguage(article, feed.language));
      }
      default:
        return nothing;
    }
  }

}

import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {msg} from '../../i18n/locale.js';
import type {FeedState, ProviderValue} from '../../data/feed-context.js';
import type {Article} from '../../data/model.js';
import {relatedArticles} from '../../data/related.js';
import type {Relation} from '../../data/related.js';
import type {ArticleCardVariant} from '../article-card/article-card.js';
import {CardList} from '../../internal/card-list.js';
import {listStyles} from '../../internal/list.styles.js';
import {themeStyles} from '../../internal/theme.styles.js';

/**
 * Stories related to one article: same topic, same category or same author.
 * Inside a `news-provider`, a related list skips what the related lists
 * before it (in document order) already show, so the related lists of a
 * page never repeat a story among themselves. With nothing related it hides
 * itself.
 *
 * @summary Related articles (same topic, category or author) for one article.
 * @tag news-related-list
 *
 * @fires news-load - The feed at `src` loaded (inside a provider without `src`, the provider fires it).
 * @fires news-error - The feed failed. `detail.kind`, `detail.status`.
 * @fires news-article-select - From a card: the reader chose an article.
 *
 * @csspart heading - The heading.
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart message - The empty or error message.
 * @csspart retry - The Retry button.
 *
 * @cssprop [--news-article-list-gap=var(--news-space)] - Space between cards (1rem with the default `--news-space`).
 * @cssprop [--news-article-list-heading-size=1.25em] - Heading font size (em: of the text around the list).
 */
export class NewsRelatedList extends CardList {
  static override styles = [themeStyles, listStyles];

  static override properties: PropertyDeclarations = {
    articleId: {attribute: 'article-id'},
    relation: {},
    limit: {type: Number},
    empty: {},
    allowDuplicates: {type: Boolean, attribute: 'allow-duplicates'},
  };

  /** Id of the article whose related stories to show. */
  articleId?: string;

  /** `topic` (shared tags, then category), `category`, or `author` (a shared author, else the same source). */
  relation: Relation = 'topic';

  /** How many stories at most. */
  limit = 4;

  /** `message` says when nothing is related; by default the widget hides itself. */
  empty: 'hide' | 'message' = 'hide';

  /** Show stories even when an earlier related list in the same provider shows them. */
  allowDuplicates = false;

  #registeredWith?: ProviderValue['registerRelated'];
  #unregister?: () => void;

  // As soon as the provider's value is here, not only at the first render: a lazy list waiting for the
  // viewport claims its stories at once, so that the lists after it never show them first and then lose them.
  protected override providerChanged(): void {
    this.#register();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unregister?.();
    this.#unregister = this.#registeredWith = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#register();
  }

  /** Registers once per provider (one defined after this list, too); the provider asks for our picks when it needs them. */
  #register(): void {
    const provider = this.source.provider;
    if (provider && !this.source.standalone && provider.registerRelated !== this.#registeredWith) {
      this.#unregister?.();
      this.#registeredWith = provider.registerRelated;
      this.#unregister = provider.registerRelated(this, (claimed) => this.#picks(this.source.state, claimed));
    }
  }

  protected override headingText(): string | undefined {
    if (this.heading) return this.heading;
    switch (this.relation) {
      case 'category':
        return msg('Same category', {id: 'related.sameCategory'});
      case 'author':
        return msg('Same author', {id: 'related.sameAuthor'});
      default:
        return msg('Same topic', {id: 'related.sameTopic'});
    }
  }

  protected defaultCardVariant(): ArticleCardVariant {
    return 'compact';
  }

  protected hidesWhenEmpty(): boolean {
    return this.empty !== 'message';
  }

  protected skeletonCount(): number {
    return Math.max(1, Math.min(this.limit, 12));
  }

  protected emptyMessage(): string {
    return msg('No related articles.', {id: 'related.empty'});
  }

  protected articles(state: FeedState): Article[] {
    const provider = this.source.standalone ? undefined : this.source.provider;
    return this.#picks(state, provider && !this.allowDuplicates ? provider.claimedBefore(this) : undefined);
  }

  /** The stories this list shows when the lists before it have shown `claimed`. */
  #picks(state: FeedState, claimed?: ReadonlySet<string>): Article[] {
    if (!state.feed || this.articleId === undefined) return [];
    return relatedArticles(state.feed.articles, this.articleId, this.relation, this.limit, this.allowDuplicates ? undefined : claimed);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.framed(this.#renderState());
  }

  #renderState(): TemplateResult | typeof nothing {
    const state = this.source.state;
    switch (state.status) {
      case 'loading':
        return html`${this.renderHeading()}${this.renderSkeleton()}`;
      case 'error':
        return html`${this.renderHeading()}${this.renderError(state)}`;
      case 'ready': {
        const articles = this.articles(state);
        if (!articles.length) return this.hidesWhenEmpty() ? nothing : html`${this.renderHeading()}${this.renderEmpty()}`;
        return html`${this.renderHeading()}${this.renderCards(articles)}`;
      }
      default:
        return nothing;
    }
  }
}

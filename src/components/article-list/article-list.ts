import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {msg} from '../../i18n/locale.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {loadFeed} from '../../data/feed-controller.js';
import type {FeedState} from '../../data/feed-context.js';
import {toNewsError} from '../../data/errors.js';
import type {NewsError} from '../../data/errors.js';
import type {Article, Feed} from '../../data/model.js';
import {inCategory} from '../../data/pick.js';
import type {ArticleCardVariant} from '../article-card/article-card.js';
import {emit} from '../../events.js';
import {errorMessage, hiddenLabel, retryLabel} from '../../i18n/messages.js';
import {CardList} from '../../internal/card-list.js';
import {focusDropped} from '../../internal/news-element.js';
import {listStyles} from '../../internal/list.styles.js';
import {themeStyles} from '../../internal/theme.styles.js';
import {articleListStyles} from './article-list.styles.js';

export type ArticleListLayout = 'list' | 'grid' | 'carousel';

interface ExtraPages {
  /** The feed page these pages continue from, to drop them when it changes. */
  base: FeedState['feed'];
  /** The address of that feed: a refresh of it keeps these pages. */
  src?: string;
  articles: Article[];
  nextUrl?: string;
}

const chevron = (d: string) =>
  html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" /></svg>`;
const previousIcon = chevron('M13 4l-6 6 6 6');
const nextIcon = chevron('M7 4l6 6-6 6');

/** The width of a carousel's view that cards may fill: the scroller's, without its padding (room for focus rings). */
const room = (scroller: HTMLElement, style: CSSStyleDeclaration) =>
  scroller.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);

/**
 * Articles of a feed as a list, a grid or a carousel, with paging, and
 * loading, empty and error states.
 *
 * @summary A list, grid or carousel of article cards from a feed.
 * @tag news-article-list
 *
 * @fires news-load - The feed at `src` loaded (inside a provider without `src`, the provider fires it).
 * @fires news-error - The feed, or a further page, failed. `detail.kind`, `detail.status`.
 * @fires news-article-select - From a card: the reader chose an article.
 *
 * @csspart heading - The list's heading.
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart message - The empty or error message.
 * @csspart retry - The Retry button.
 * @csspart load-more - The "Load more" button.
 * @csspart scroller - The carousel's scrolling box.
 * @csspart previous - The carousel's previous button.
 * @csspart next - The carousel's next button.
 *
 * @cssprop [--news-article-list-gap=var(--news-space)] - Space between cards (1rem with the default `--news-space`).
 * @cssprop [--news-article-list-heading-size=1.25em] - Heading font size (em: of the text around the list).
 * @cssprop [--news-article-list-min-column=16em] - Narrowest grid column.
 * @cssprop [--news-article-list-carousel-item=min(80%, 18em)] - Width of a carousel card.
 */
export class NewsArticleList extends CardList {
  static override styles = [themeStyles, listStyles, articleListStyles];

  static override properties: PropertyDeclarations = {
    limit: {type: Number},
    category: {},
    layout: {reflect: true},
    empty: {},
    shown: {state: true, attribute: false},
    extra: {state: true, attribute: false},
    pageStatus: {state: true, attribute: false},
    pageError: {state: true, attribute: false},
    atStart: {state: true, attribute: false},
    atEnd: {state: true, attribute: false},
  };

  /** How many articles to show (and to add per "Load more"); 0 shows them all. */
  limit = 0;

  /** Only articles of this category slug; inside a provider, the provider's category when absent. */
  category?: string;

  /** `list` (default), `grid` or `carousel`. */
  layout: ArticleListLayout = 'list';

  /** `hide` hides the widget when there is nothing to show; otherwise a message says so. */
  empty: 'message' | 'hide' = 'message';

  private shown = 0;
  private extra?: ExtraPages;
  private pageStatus: 'idle' | 'loading' | 'error' = 'idle';
  private pageError?: NewsError;
  private atStart = true;
  private atEnd = false;

  get #scroller(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.scroller');
  }

  #pageAbort?: AbortController;
  /** The category filter `shown` counts for. */
  #shownCategory?: string;
  #availableMemo?: {feed?: Feed; extra?: ExtraPages; category?: string; articles: Article[]};

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A list moved within the page is back before this microtask: its next page goes on loading.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#pageAbort?.abort();
      // Back in a page later, it offers "Load more" again rather than "Loading more…" for ever.
      if (this.pageStatus === 'loading') this.pageStatus = 'idle';
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Load more counts from the start again for another filter, whoever set it (this list or its provider).
    const category = this.#activeCategory();
    if (changed.has('limit') || changed.has('src') || category !== this.#shownCategory) this.shown = 0;
    this.#shownCategory = category;
    const {feed, src} = this.source.state;
    if (this.extra && this.extra.base !== feed) {
      if (feed && src === this.extra.src) {
        // A refresh of the same feed: the pages the reader loaded stay below its new first page (without
        // the stories that page now holds), rather than the list shrinking under the reader.
        const fresh = new Set(feed.articles.map((a) => a.id));
        this.extra = {...this.extra, base: feed, articles: this.extra.articles.filter((a) => !fresh.has(a.id))};
      } else {
        // Another feed starts paging over.
        this.#pageAbort?.abort();
        this.extra = undefined;
        this.pageStatus = 'idle';
      }
    }
  }

  /** Index of the first card that "Load more" added, to focus once it is rendered. */
  #focusFrom?: number;

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#focusFrom !== undefined) {
      // Before the base class looks for a lost focus: the focus goes to the first new story, where reading
      // goes on (the button is below the new cards now, or gone after the last page).
      const card = this.renderRoot.querySelectorAll<HTMLElement>('news-article-card')[this.#focusFrom];
      // Unless the reader has put the focus somewhere else meanwhile.
      if (card && ((this.renderRoot as ShadowRoot).activeElement || focusDropped())) card.focus();
      this.#focusFrom = undefined;
    }
    super.updated(changed);
    // Read the scroll position after layout, outside the update (state set here would re-render at once).
    if (this.layout === 'carousel') this.#onScroll();
  }

  protected defaultCardVariant(): ArticleCardVariant {
    return this.layout === 'list' ? 'horizontal' : 'standard';
  }

  protected hidesWhenEmpty(): boolean {
    return this.empty === 'hide';
  }

  protected skeletonCount(): number {
    return this.limit > 0 ? Math.min(this.limit, 12) : 3;
  }

  protected emptyMessage(): string {
    return msg('No articles to show yet.', {id: 'list.empty'});
  }

  #activeCategory(): string | undefined {
    return this.category || this.source.provider?.category || undefined;
  }

  /** Every article available so far that matches the category filter (asked several times per render, computed once). */
  #available(state: FeedState): Article[] {
    const category = this.#activeCategory();
    const memo = this.#availableMemo;
    if (memo && memo.feed === state.feed && memo.extra === this.extra && memo.category === category) return memo.articles;
    const all = [...(state.feed?.articles ?? []), ...(this.extra?.articles ?? [])];
    this.#availableMemo = {feed: state.feed, extra: this.extra, category, articles: inCategory(all, category)};
    return this.#availableMemo.articles;
  }

  protected articles(state: FeedState): Article[] {
    const available = this.#available(state);
    if (!(this.limit > 0)) return available;
    return available.slice(0, this.shown || this.limit);
  }

  #nextUrl(state: FeedState): string | undefined {
    return this.extra ? this.extra.nextUrl : state.feed?.nextUrl;
  }

  #hasMore(state: FeedState): boolean {
    return this.articles(state).length < this.#available(state).length || Boolean(this.#nextUrl(state));
  }

  async #loadMore(): Promise<void> {
    const state = this.source.state;
    const step = this.limit > 0 ? this.limit : Infinity;
    const from = this.articles(state).length;
    const target = from + step;
    // Pressed from the keyboard (or clicked, where a click focuses buttons): the focus follows the new stories.
    const focused = Boolean((this.renderRoot as ShadowRoot).activeElement);
    // Show what is already here before asking the network for more.
    if (this.#available(state).length >= target || !this.#nextUrl(state)) {
      this.shown = Number.isFinite(target) ? target : 0;
      if (focused) this.#focusFrom = from;
      return;
    }
    const url = this.#nextUrl(state)!;
    this.#pageAbort?.abort();
    const abort = (this.#pageAbort = new AbortController());
    this.pageStatus = 'loading';
    try {
      const page = await loadFeed(url, {format: this.format, map: this.map, signal: abort.signal});
      if (abort.signal.aborted) return;
      // Every story the list has, whatever the category filter: one repeated on the next page would show twice under "All".
      const known = new Set([...(state.feed?.articles ?? []), ...(this.extra?.articles ?? [])].map((a) => a.id));
      this.extra = {
        base: state.feed,
        src: state.src,
        articles: [...(this.extra?.articles ?? []), ...page.articles.filter((a) => !known.has(a.id))],
        nextUrl: page.nextUrl,
      };
      this.pageStatus = 'idle';
      if (Number.isFinite(target)) this.shown = target;
      if (focused && (this.renderRoot as ShadowRoot).activeElement) this.#focusFrom = from;
    } catch (error) {
      if (abort.signal.aborted) return;
      this.pageError = toNewsError(error);
      this.pageStatus = 'error';
      emit(this, 'news-error', {kind: this.pageError.kind, message: this.pageError.message, status: this.pageError.status, src: url});
    }
  }

  /** The Retry button of an error, else "Load more" while it loads, else the first card. */
  protected override focusTarget(): HTMLElement | null | undefined {
    const loadingMore = this.pageStatus === 'loading' ? this.renderRoot.querySelector<HTMLElement>('[part~="load-more"]') : undefined;
    return this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? loadingMore ?? super.focusTarget();
  }

  protected override render() {
    const state = this.source.state;
    return this.framed(html`${this.renderHeading()}${this.#renderBody(state)}`);
  }

  #renderBody(state: FeedState): TemplateResult | typeof nothing {
    switch (state.status) {
      case 'loading':
        return this.layout === 'carousel' ? this.#renderCarousel(() => this.renderSkeleton()) : this.renderSkeleton();
      case 'error':
        return this.renderError(state);
      case 'ready': {
        const articles = this.articles(state);
        if (!articles.length) return this.renderEmpty();
        const list = () => this.renderCards(articles);
        return html`${this.layout === 'carousel' ? this.#renderCarousel(list) : list()}${this.#renderMore(state)}`;
      }
      default:
        return nothing;
    }
  }

  #renderMore(state: FeedState): TemplateResult | typeof nothing {
    if (this.pageStatus === 'error') {
      return html`<div part="message" class="message error more" role="alert" lang=${ifDefined(this.labelLang)}>
        <span>${errorMessage(this.pageError?.kind ?? 'network')}</span>
        <button part="retry" type="button" @click=${() => this.#loadMore()}>${retryLabel()}</button>
      </div>`;
    }
    if (!this.#hasMore(state)) return nothing;
    const busy = this.pageStatus === 'loading';
    return html`<div class="more" lang=${ifDefined(this.labelLang)}>
      <button
        part="load-more"
        type="button"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-describedby=${ifDefined(this.headingText() ? 'heading' : undefined)}
        @click=${() => !busy && this.#loadMore()}
      >
        ${busy ? msg('Loading more…', {id: 'list.loadingMore'}) : msg('Load more', {id: 'list.loadMore'})}
      </button>
    </div>`;
  }

  #renderCarousel(content: () => TemplateResult): TemplateResult {
    const heading = this.headingText();
    const label = hiddenLabel('carousel-label', heading ?? msg('Articles', {id: 'list.label'}), this.headingLang(heading));
    return html`${label}<div class="carousel">
      <div class="controls" lang=${ifDefined(this.labelLang)}>
        <button part="previous" type="button" aria-label=${msg('Previous articles', {id: 'list.previous'})} aria-disabled=${this.atStart ? 'true' : 'false'} @click=${() => this.#page(-1)}>
${previousIcon}</button>
        <button part="next" type="button" aria-label=${msg('Next articles', {id: 'list.next'})} aria-disabled=${this.atEnd ? 'true' : 'false'} @click=${() => this.#page(1)}>${nextIcon}</button>
      </div>
      <div part="scroller" class="scroller" role="region" aria-labelledby="carousel-label" tabindex="0" @scroll=${this.#onScroll} @focusin=${this.#onFocusIn}>${content()}</div>
    </div>`;
  }

  /** Scrolls by the cards that fit in the view, in reading direction: the one half seen at its edge comes next. */
  #page(direction: 1 | -1): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    // Spread, not Array.from(list, map): Prototype.js's Array.from ignores the map.
    const [first, second] = [...scroller.querySelectorAll('li')].map((item) => item.getBoundingClientRect());
    // One card and the gap after it; the view's width without the scroller's padding.
    const step = first && second ? Math.abs(second.left - first.left) : scroller.clientWidth;
    const style = getComputedStyle(scroller);
    const cards = Math.max(1, Math.floor((room(scroller, style) + step - (first?.width ?? step)) / step));
    scroller.scrollBy({left: direction * (style.direction === 'rtl' ? -1 : 1) * cards * step});
  }

  /**
   * A card that takes the keyboard focus comes fully into view: the browser leaves a half-seen link where it is.
   * Cards snap by their start, so a card cut at the end cannot simply be scrolled to the view's end (the snap
   * could take it back to where it was): the view starts at the first card from which it fits.
   */
  #onFocusIn = (event: FocusEvent) => {
    const item = (event.target as Element).closest('li');
    const scroller = this.#scroller;
    if (!item || !scroller) return;
    const style = getComputedStyle(scroller);
    // Edges along the reading direction (right to left, the right edge starts).
    const rtl = style.direction === 'rtl';
    const start = (el: Element) => (rtl ? -el.getBoundingClientRect().right : el.getBoundingClientRect().left);
    const end = (el: Element) => (rtl ? -el.getBoundingClientRect().left : el.getBoundingClientRect().right);
    const cutAtEnd = end(item) > end(scroller) - parseFloat(style.paddingInlineEnd);
    // From the cards up to this one; a card wider than the view starts it.
    const items = [...scroller.querySelectorAll('li')];
    const from = cutAtEnd ? (items.slice(0, items.indexOf(item) + 1).find((other) => end(item) - start(other) <= room(scroller, style)) ?? item) : undefined;
    (from ?? item).scrollIntoView({block: 'nearest', inline: from ? 'start' : 'nearest'});
  };

  #scrollFrame = 0;
  #onScroll = () => {
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = requestAnimationFrame(() => this.#updateScrollEnds());
  };

  #updateScrollEnds(): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    // scrollLeft runs negative in right-to-left; its magnitude is what counts.
    const offset = Math.abs(scroller.scrollLeft);
    const max = scroller.scrollWidth - scroller.clientWidth;
    const atStart = offset <= 1;
    const atEnd = offset >= max - 1;
    if (atStart !== this.atStart) this.atStart = atStart;
    if (atEnd !== this.atEnd) this.atEnd = atEnd;
  }
}

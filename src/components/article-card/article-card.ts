import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {NewsError} from '../../data/errors.js';
import {safeSrcset, safeUrl} from '../../data/url.js';
import type {Article} from '../../data/model.js';
import {storyName} from '../../data/pick.js';
import {emit, opensElsewhere} from '../../events.js';
import {formatDate, formatDateTime, isRelativeDate} from '../../i18n/format.js';
import {byline, commentCount, errorMessage, loadingStatus, readingTime, retryLabel, untitled} from '../../i18n/messages.js';
import {headingTag} from '../../internal/heading.js';
import {ArticleView} from '../../internal/article-view.js';
import {stateStyles} from '../../internal/states.styles.js';
import {themeStyles} from '../../internal/theme.styles.js';
import {articleCardStyles} from './article-card.styles.js';

export type ArticleCardVariant = 'standard' | 'horizontal' | 'compact' | 'hero';

/**
 * One article as a card: image, category, headline, teaser, byline, date,
 * comment count and reading time, each shown only when the article has it.
 * The headline is the card's single link, and its hit area covers the card.
 *
 * @summary An article teaser card, from an `article` object or from a feed.
 * @tag news-article-card
 *
 * @fires news-article-select - The reader activated the card. `detail.article` is the article. Cancel it to keep the link from navigating.
 * @fires news-load - The feed at `src` loaded (inside a provider without `src`, the provider fires it). `detail.feed`, `detail.src`.
 * @fires news-error - The feed at `src` failed. `detail.kind` is one of network, timeout, http, parse, format, too-large, not-found.
 *
 * @csspart base - The card's outer box (an `<article>`).
 * @csspart media - The box that reserves the image's space.
 * @csspart image - The image.
 * @csspart body - The text column.
 * @csspart category - The category label.
 * @csspart title - The headline.
 * @csspart link - The headline's link (or button, when the article has no URL).
 * @csspart summary - The teaser.
 * @csspart meta - The list of byline, date, comments and reading time.
 * @csspart byline - The authors, or the source.
 * @csspart date - The `<time>` of publication.
 * @csspart comments - The comment count.
 * @csspart reading-time - The reading time.
 * @csspart message - The error message (an article not found included).
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--news-font-family=inherit] - Font family; the host page's by default.
 * @cssprop [--news-color-text=#1b1b1f] - Main text colour (dark: #ececf1).
 * @cssprop [--news-color-text-muted=#5a5a66] - Secondary text (dark: #b4b4c0).
 * @cssprop [--news-color-surface=#ffffff] - Card background (dark: #1c1c21).
 * @cssprop [--news-color-border=#dcdce3] - Borders (dark: #3a3a44).
 * @cssprop [--news-color-accent=#b3261e] - Category label (dark: #ff8a80).
 * @cssprop [--news-color-placeholder=#ececf1] - Image placeholder and skeleton (dark: #2c2c33).
 * @cssprop [--news-color-focus=#1a5fd0] - Focus ring (dark: #8ab4ff).
 * @cssprop [--news-radius=0.5rem] - Corner radius.
 * @cssprop [--news-space=1rem] - Base spacing unit.
 * @cssprop [--news-article-card-gap=calc(var(--news-space) * 0.5)] - Space between the card's parts (0.5rem with the default `--news-space`).
 * @cssprop [--news-article-card-padding=calc(var(--news-space) * 0.75)] - Inner padding (0.75rem with the default `--news-space`).
 * @cssprop [--news-article-card-title-size=1.125em] - Headline font size (em: of the text around the card); `clamp(1.375em, 4cqi, 2.25em)` for `variant="hero"`.
 * @cssprop [--news-article-card-image-ratio=16 / 9] - Aspect ratio of the image box.
 * @cssprop [--news-article-card-summary-lines=3] - Lines of teaser before it is cut.
 */
export class NewsArticleCard extends ArticleView {
  static override styles = [themeStyles, stateStyles, articleCardStyles];

  static override properties: PropertyDeclarations = {
    variant: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    loading: {type: Boolean, reflect: true},
  };

  /** Layout: `standard`, `horizontal`, `compact` or `hero`. */
  variant: ArticleCardVariant = 'standard';

  /** Level of the headline element, 1 to 6. */
  headingLevel = 3;

  /** Shows the card's loading skeleton, e.g. while a surrounding list loads. */
  loading = false;

  /** Whether the last render showed a relative date, which must then stay current. */
  #showsRelativeDate = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.keepDatesCurrent(this.#showsRelativeDate);
  }

  protected override render() {
    this.#showsRelativeDate = false;
    return this.framed(this.loading ? this.renderSkeleton() : super.render());
  }

  /** The Retry button of an error, else the headline's link (or button). */
  protected override focusTarget(): HTMLElement | null | undefined {
    return super.focusTarget() ?? this.renderRoot.querySelector<HTMLElement>('[part~="link"]');
  }

  protected renderArticle(article: Article): TemplateResult {
    const contentLang = this.contentLang(article.language);
    // Our labels inside content of another language speak the page's (or English, when we lack it).
    const labels = this.labelLang ?? (contentLang ? this.langTag : undefined);
    const meta = this.#metaItems(article);
    // A story without a title (a microblog post) is named by its own words, as feed readers show it: a list of
    // links all called "Untitled article" tells a reader nothing.
    const name = storyName(article);
    const words = article.title ? undefined : name;
    return html`
      <article part="base" class="card">
        ${article.image ? this.#renderImage(article, contentLang) : nothing}
        <div part="body" class=${words ? 'body words' : 'body'} lang=${ifDefined(contentLang)} dir=${ifDefined(this.contentDir(contentLang))}>
          ${article.category ? html`<span part="category" class="category">${article.category.name}</span>` : nothing}
          ${headingTag(this.headingLevel, html`${this.#renderLink(article, name, labels)}`, 'title')}
          ${article.summary && !words ? html`<p part="summary" class="summary">${article.summary}</p>` : nothing}
          ${meta.length ? html`<ul part="meta" class="meta" lang=${ifDefined(labels)}>${meta}</ul>` : nothing}
        </div>
      </article>
    `;
  }

  #renderLink(article: Article, name: string | undefined, labelLang: string | undefined): TemplateResult {
    const text = name || html`<span lang=${ifDefined(labelLang)}>${untitled()}</span>`;
    // Articles given as a property skip the adapters, so URLs are checked here too.
    const href = safeUrl(article.url);
    if (href) {
      return html`<a part="link" href=${href} @click=${(e: MouseEvent) => opensElsewhere(e) || this.#select(article, e)}>${text}</a>`;
    }
    return html`<button part="link" type="button" @click=${(e: MouseEvent) => this.#select(article, e)}>${text}</button>`;
  }

  /** The image; its alt text is the feed's, in the story's language (`contentLang`). */
  #renderImage(article: Article, contentLang: string | undefined): TemplateResult {
    const src = safeUrl(article.image?.src);
    const image = article.image!;
    const srcset = safeSrcset(image.srcset);
    return html`<div part="media" class="media">
      ${this.imageFailed || !src
        ? nothing
        : html`<img
            part="image"
            src=${src}
            srcset=${ifDefined(srcset)}
            sizes=${ifDefined(srcset ? this.#imageSizes() : undefined)}
            alt=${image.alt ?? ''}
            lang=${ifDefined(contentLang)}
            width=${ifDefined(image.width)}
            height=${ifDefined(image.height)}
            loading=${this.variant === 'hero' ? 'eager' : 'lazy'}
            decoding="async"
            @error=${() => (this.imageFailed = true)}
          />`}
    </div>`;
  }

  #imageSizes(): string {
    if (this.variant === 'compact') return '5rem';
    if (this.variant === 'horizontal') return '(min-width: 40rem) 40vw, 100vw';
    return '(min-width: 60rem) 50vw, 100vw';
  }

  // dir="auto" on each item: a label takes its direction from its own words, so "14 comments"
  // keeps its order inside a right-to-left page.
  #metaItems(article: Article): TemplateResult[] {
    const locale = this.intlLocale;
    const items: TemplateResult[] = [];
    const names = article.authors?.map((a) => a.name).filter(Boolean) ?? [];
    if (names.length) items.push(html`<li part="byline" dir="auto">${byline(names, locale)}</li>`);
    else if (article.source?.name) items.push(html`<li part="byline" dir="auto">${article.source.name}</li>`);
    // A story that gives only its last change (JSON Feed's date_modified alone) is dated by it.
    const date = article.published ?? article.updated;
    if (date) {
      const label = formatDate(date, locale, {mode: this.dateFormat, timeZone: this.timeZone});
      this.#showsRelativeDate = isRelativeDate(date, this.dateFormat, undefined, this.timeZone);
      if (label) {
        items.push(html`<li dir="auto"><time part="date" datetime=${date} title=${ifDefined(formatDateTime(date, locale, this.timeZone))}>${label}</time></li>`);
      }
    }
    if (article.commentCount !== undefined) items.push(html`<li part="comments" dir="auto">${commentCount(article.commentCount, locale)}</li>`);
    if (article.readingTimeMinutes !== undefined) items.push(html`<li part="reading-time" dir="auto">${readingTime(article.readingTimeMinutes, locale)}</li>`);
    return items;
  }

  // Shaped like a typical card: category, a two-line headline, a teaser (compact: none, but a longer meta).
  protected renderSkeleton(): TemplateResult {
    // A box, not an <article>: there is nothing to read in it yet (the status beside it says "Loading…").
    return html`
      ${loadingStatus(this.labelLang)}
      <div part="base" class="card skeleton" aria-busy="true">
        <div part="media" class="media block"></div>
        <div part="body" class="body">
          <div class="block line short"></div>
          <div class="block line title-line"></div>
          <div class="block line title-line"></div>
          <div class="block line"></div>
          <div class="block line short"></div>
        </div>
      </div>
    `;
  }

  protected renderError(error: NewsError, retry?: () => void): TemplateResult {
    // Anything but a missing article may clear up: Retry asks the network again.
    const canRetry = retry && error.kind !== 'not-found';
    return html`
      <div part="base message" class="card message" role=${ifDefined(this.alertRole(error))} lang=${ifDefined(this.labelLang)}>
        <span>${errorMessage(error.kind)}</span>
        ${canRetry ? html`<button part="retry" type="button" @click=${retry}>${retryLabel()}</button>` : nothing}
      </div>
    `;
  }

  #select(article: Article, event: MouseEvent): void {
    const proceed = emit(this, 'news-article-select', {article}, {cancelable: true});
    if (!proceed) event.preventDefault();
  }
}

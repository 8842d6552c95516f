import {html, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';
import {FeedSource} from '../data/feed-source.js';
import type {FeedState} from '../data/feed-context.js';
import type {Article, FeedFormat, FieldMap} from '../data/model.js';
import {inFeedLanguage} from '../data/pick.js';
import type {ArticleCardVariant} from '../components/article-card/article-card.js';
import type {DateMode} from '../i18n/format.js';
import {errorMessage, loadingStatus, retryLabel} from '../i18n/messages.js';
import {headingTag} from './heading.js';
import {NewsElement} from './news-element.js';

/** The cards' parts a list passes on as `card-*`; the class's JSDoc lists them for the manifest. */
const CARD_PARTS = ['base', 'media', 'image', 'body', 'category', 'title', 'link', 'summary', 'meta', 'byline', 'date', 'comments', 'reading-time']
  .map((part) => `${part}: card-${part}`)
  .join(', ');

/**
 * What article lists share: a feed (own `src` or the provider's), an
 * optional heading, cards, and the loading, empty and error states.
 *
 * @csspart card-base - Each card's outer box (each card-* part is the card's part of the same name).
 * @csspart card-media - Each card's image box.
 * @csspart card-image - Each card's image.
 * @csspart card-body - Each card's text column.
 * @csspart card-category - Each card's category label.
 * @csspart card-title - Each card's headline.
 * @csspart card-link - Each card's headline link (or button).
 * @csspart card-summary - Each card's teaser.
 * @csspart card-meta - Each card's list of byline, date, comments and reading time.
 * @csspart card-byline - Each card's authors, or source.
 * @csspart card-date - Each card's `<time>` of publication.
 * @csspart card-comments - Each card's comment count.
 * @csspart card-reading-time - Each card's reading time.
 *
 * @cssprop [--news-font-family=inherit] - Font family of the list and its cards; the host page's by default.
 * @cssprop [--news-color-text=#1b1b1f] - Heading, card text and buttons (dark: #ececf1).
 * @cssprop [--news-color-text-muted=#5a5a66] - Messages and the cards' secondary text (dark: #b4b4c0).
 * @cssprop [--news-color-surface=#ffffff] - Card and button background (dark: #1c1c21).
 * @cssprop [--news-color-border=#dcdce3] - Card, button and message borders (dark: #3a3a44).
 * @cssprop [--news-color-accent=#b3261e] - The cards' category labels (dark: #ff8a80).
 * @cssprop [--news-color-placeholder=#ececf1] - Image placeholders and the skeleton cards (dark: #2c2c33).
 * @cssprop [--news-color-focus=#1a5fd0] - Focus ring (dark: #8ab4ff).
 * @cssprop [--news-radius=0.5rem] - Corner radius of cards, buttons and messages.
 * @cssprop [--news-space=1rem] - Base spacing unit; also the space between cards by default.
 */
export abstract class CardList extends NewsElement {
  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    map: {},
    heading: {},
    headingLevel: {type: Number, attribute: 'heading-level'},
    cardVariant: {attribute: 'card-variant'},
    theme: {reflect: true},
    dateFormat: {attribute: 'date-format'},
    timeZone: {attribute: 'time-zone'},
    lazy: {type: Boolean},
  };

  /** Endpoint URL; inside a `news-provider` it may be omitted. */
  src?: string;

  /** Format of the feed at `src`: `auto` detects it. */
  format: FeedFormat = 'auto';

  /** A JSON field map for feeds in any other shape (attribute: JSON text). */
  map?: FieldMap | string;

  /** Heading shown above the list. */
  heading?: string;

  /** Level of the heading (default 2); the cards' headlines use the next level, or this one when the list has no heading. */
  headingLevel = 2;

  /** Variant of the cards: `standard`, `horizontal`, `compact` or `hero`. */
  cardVariant?: ArticleCardVariant;

  /** `light` or `dark` forces a colour scheme on the list and its cards. */
  theme?: 'light' | 'dark';

  /** Dates on the cards: `auto`, `relative` or `absolute`. */
  dateFormat: DateMode = 'auto';

  /** IANA time zone for the cards' dates. */
  timeZone?: string;

  /** Loads and renders only once near the viewport, as an image with `loading="lazy"` does. */
  override lazy = false;

  protected readonly source = new FeedSource(this, () => ({src: this.src, format: this.format, map: this.map}), () => this.providerChanged());

  /** The enclosing provider's value arrived or changed (also while a lazy list waits for the viewport). */
  protected providerChanged(): void {}

  protected override showsLoading(): boolean {
    return this.source.state.status === 'loading';
  }

  /** The heading text to show, if any. */
  protected headingText(): string | undefined {
    return this.heading;
  }

  protected abstract defaultCardVariant(): ArticleCardVariant;

  /** Whether an empty list hides the whole widget. */
  protected abstract hidesWhenEmpty(): boolean;

  /** The articles to show, once the feed is ready. */
  protected abstract articles(state: FeedState): Article[];

  /** Number of skeleton cards while loading. */
  protected abstract skeletonCount(): number;

  protected abstract emptyMessage(): string;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const state = this.source.state;
    const empty = state.status === 'idle' || (state.status === 'ready' && this.hidesWhenEmpty() && this.articles(state).length === 0);
    this.toggleAttribute('data-empty', empty);
  }

  /** The `lang` of heading text: none for the page's own `heading`; ours (a default) may have fallen back to English. */
  protected headingLang(text: string | undefined): 'en' | undefined {
    return text !== undefined && text === this.heading ? undefined : this.labelLang;
  }

  protected renderHeading(): TemplateResult | typeof nothing {
    const text = this.headingText();
    if (!text) return nothing;
    const lang = this.headingLang(text);
    // The id names the list's own controls (its Load more) among a page's several.
    return headingTag(this.headingLevel, html`<span id="heading" lang=${ifDefined(lang)}>${text}</span>`, 'heading');
  }

  protected renderCards(articles: Article[], listClass = 'items'): TemplateResult {
    const language = this.source.state.feed?.language;
    return html`<ul part="list" class=${listClass} role="list">
      ${repeat(
        articles,
        (article) => article.id,
        (article) => html`<li part="item">
          <news-article-card
            exportparts=${CARD_PARTS}
            .article=${inFeedLanguage(article, language)}
            variant=${this.cardVariant ?? this.defaultCardVariant()}
            heading-level=${this.#cardHeadingLevel()}
            date-format=${this.dateFormat}
            time-zone=${ifDefined(this.timeZone)}
            theme=${ifDefined(this.theme)}
          ></news-article-card>
        </li>`,
      )}
    </ul>`;
  }

  /** One status for the list; the skeleton cards, each with a status of its own, are hidden from assistive technology. */
  protected renderSkeleton(listClass = 'items'): TemplateResult {
    return html`${loadingStatus(this.labelLang)}
      <ul part="list" class=${listClass} role="list" aria-busy="true">
        ${
          // Not Array.from({length}, fn): Prototype.js, still on old CMS pages, replaces Array.from with one that ignores fn.
          [...Array(this.skeletonCount()).keys()].map(
            () => html`<li part="item" aria-hidden="true"><news-article-card loading variant=${this.cardVariant ?? this.defaultCardVariant()}></news-article-card></li>`,
          )
        }
      </ul>`;
  }

  protected renderError(state: FeedState): TemplateResult {
    return html`<div part="message" class="message error" role=${ifDefined(state.error ? this.alertRole(state.error) : 'alert')} lang=${ifDefined(this.labelLang)}>
      <span>${errorMessage(state.error?.kind ?? 'network')}</span>
      <button part="retry" type="button" @click=${() => state.retry()}>${retryLabel()}</button>
    </div>`;
  }

  protected renderEmpty(): TemplateResult | typeof nothing {
    return this.hidesWhenEmpty() ? nothing : html`<p part="message" class="message" role="status" lang=${ifDefined(this.labelLang)}>${this.emptyMessage()}</p>`;
  }

  /** The Retry button of an error, else the first card (its link). */
  protected override focusTarget(): HTMLElement | null | undefined {
    return super.focusTarget() ?? this.renderRoot.querySelector<HTMLElement>('news-article-card:not([loading])');
  }

  #cardHeadingLevel(): number {
    // Without a heading of their own, the cards' headlines take its level.
    return this.headingText() ? Math.min(this.headingLevel + 1, 6) : this.headingLevel;
  }
}

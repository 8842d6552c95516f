import {css, html} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {ContextProvider} from '@lit/context';
import {FeedController} from '../../data/feed-controller.js';
import {claimsOf, providerContext} from '../../data/feed-context.js';
import type {ProviderValue, RelatedPicks} from '../../data/feed-context.js';
import type {FeedFormat, FieldMap} from '../../data/model.js';
import {hydration} from '../../internal/hydration-hooks.js';
import {NewsElement} from '../../internal/news-element.js';

/**
 * Loads one feed and shares it with every widget inside it, including ones
 * added later. Widgets without their own `src` use it. Also holds the
 * category selected in a `news-category-nav`, and, through `lang`, the
 * language of what is inside.
 *
 * @summary Shares one feed, the selected category and a language with the widgets inside it.
 * @tag news-provider
 *
 * @slot - The widgets and any other content.
 *
 * @fires news-load - The feed loaded. `detail.feed`, `detail.src`.
 * @fires news-error - The feed failed. `detail.kind`, `detail.status`.
 */
export class NewsProvider extends NewsElement {
  // The provider wraps page layouts; it must not add a box of its own.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: {},
    format: {},
    map: {},
    category: {reflect: true},
    refresh: {type: Number},
    relatedVersion: {state: true, attribute: false},
  };

  /** Endpoint URL of the shared feed. */
  src?: string;

  /** Format of the feed: `auto` detects it. */
  format: FeedFormat = 'auto';

  /** A JSON field map for feeds in any other shape (attribute: JSON text). */
  map?: FieldMap | string;

  /** Slug of the selected category; set by a `news-category-nav` inside, or by the page. */
  category?: string;

  /** Re-fetch every this many seconds while the page is visible; 0 (default) never. */
  refresh = 0;

  // Bumped when a related list comes or goes: the update republishes the context, so every list recomputes.
  private relatedVersion = 0;

  // The provider shows no label of its own: its content appears at once, whatever the language.
  protected override waitsForCatalog = false;

  readonly #controller = new FeedController(this, () => ({src: this.src, format: this.format, map: this.map}));
  readonly #related = new Map<Element, RelatedPicks>();
  readonly #provider = new ContextProvider(this, {context: providerContext});
  #timer?: ReturnType<typeof setInterval>;

  readonly #onVisibility = () => this.#schedule();

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stopTimer();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('refresh')) this.#schedule();
  }

  protected override updated(): void {
    // A new object each time, so that subscribed widgets re-render.
    this.#provider.setValue(this.#value());
    // Server-rendered widgets inside wait for this value before they take over (hydrating builds).
    hydration()?.release(this);
  }

  // Stable functions: widgets may compare them to know they saw this provider before.
  readonly #selectCategory = (slug: string | undefined) => {
    this.category = slug;
  };
  readonly #registerRelated = (list: Element, picks: RelatedPicks) => {
    if (!this.#related.has(list)) this.relatedVersion++;
    this.#related.set(list, picks);
    return () => {
      if (this.#related.delete(list)) this.relatedVersion++;
    };
  };
  readonly #claimed = (list: Element) => this.#claimedBefore(list);

  #value(): ProviderValue {
    return {
      feed: this.#controller.state,
      category: this.category || undefined,
      selectCategory: this.#selectCategory,
      claimedBefore: this.#claimed,
      registerRelated: this.#registerRelated,
    };
  }

  #claimedBefore(list: Element): Set<string> {
    const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const earlier = [...this.#related].filter(([other]) => other !== list && before(other, list));
    // Lists register as they first render, not necessarily in document order.
    earlier.sort(([a], [b]) => (before(a, b) ? -1 : 1));
    return claimsOf(earlier.map(([, picks]) => picks));
  }

  /** Refreshes only while the page is visible: a hidden tab costs the site nothing. */
  #schedule(): void {
    this.#stopTimer();
    if (!this.isConnected || !(this.refresh > 0) || document.visibilityState === 'hidden') return;
    this.#timer = setInterval(() => this.#controller.refresh(), this.refresh * 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

import {html, isServer, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {msg} from '../../i18n/locale.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';
import {FeedSource} from '../../data/feed-source.js';
import type {NewsError} from '../../data/errors.js';
import {encodeSegment, safeUrl} from '../../data/url.js';
import type {Category, Feed, FeedFormat, FieldMap} from '../../data/model.js';
import {emit, opensElsewhere} from '../../events.js';
import {errorMessage, hiddenLabel, loadingStatus, retryLabel} from '../../i18n/messages.js';
import {NewsElement} from '../../internal/news-element.js';
import {stateStyles} from '../../internal/states.styles.js';
import {themeStyles} from '../../internal/theme.styles.js';
import {categoryNavStyles} from './category-nav.styles.js';

/** One item of the nav: "All" (no category) or a category. */
interface NavEntry {
  key: string;
  category?: Category;
  /** A safe absolute URL when the item is a link; a button otherwise. */
  href?: string;
}

type View =
  | {status: 'empty'}
  | {status: 'loading'}
  | {status: 'error'; error: NewsError; retry: () => void}
  | {status: 'ready'; entries: NavEntry[]; currentKey?: string; namesLang?: string};

const ALL_KEY = 'all';
const MORE_KEY = 'more';
const keyOf = (category: Category): string => `c:${category.slug}`;

/** Categories in order, one per slug; entries without a slug cannot be linked or selected. */
function uniqueBySlug(categories: readonly Category[]): Category[] {
  const seen = new Set<string>();
  return categories.filter((c) => {
    if (!c?.slug || seen.has(c.slug)) return false;
    seen.add(c.slug);
    return true;
  });
}

/** The feed's declared categories, else those of its articles in order of first appearance. */
export function feedCategories(feed: Feed): Category[] {
  if (feed.categories.length) return uniqueBySlug(feed.categories);
  return uniqueBySlug(feed.articles.map((a) => a.category).filter((c): c is Category => Boolean(c)));
}

/**
 * `template` with `{slug}` and `{id}` replaced (URL-encoded), resolved
 * against the page; `undefined` unless the result is an http(s) URL.
 */
export function categoryHref(template: string, category: Category): string | undefined {
  return safeUrl(template.replace(/\{(slug|id)\}/g, (_, field: 'slug' | 'id') => encodeSegment(category[field] ?? '')));
}

/**
 * A row of category links or buttons, with "All" first. Categories come
 * from the `categories` property, else from the feed (its declared list,
 * else its articles' categories). Items that do not fit move into a "More"
 * menu. One tab stop: arrow keys, Home and End move between items.
 *
 * With `href-template` the items are links. "All" is then a link only when
 * `all-href` is given too: a category template says nothing about where
 * "all categories" live, and guessing (say, the template with an empty slug)
 * would produce broken URLs such as `/category/`.
 *
 * Without `href-template` the items are buttons. A press fires
 * `news-category-select`; unless it is cancelled, the nav shows that
 * category as current and, inside a `news-provider`, selects it there so
 * the provider's lists follow.
 *
 * @tag news-category-nav
 * @summary Category navigation for a feed, with "All", links or buttons, and a "More" menu when space runs out.
 *
 * @fires news-category-select - The reader chose a category. `detail.category` is the `Category`, `undefined` for "All". Cancel it to keep a link from navigating or a button from selecting.
 * @fires news-load - The feed at `src` loaded (inside a provider without `src`, the provider fires it). `detail.feed`, `detail.src`.
 * @fires news-error - The feed at `src` failed. `detail.kind` is one of network, timeout, http, parse, format, too-large.
 *
 * @csspart base - The `<nav>` (or the loading and error boxes in its place).
 * @csspart list - The list of items that fit in the row.
 * @csspart item - Each list item, in the row and in the menu.
 * @csspart link - Each item's link, or button when items are not links.
 * @csspart more - The "More" button that opens the menu of items that do not fit.
 * @csspart menu - The list of items that do not fit.
 * @csspart message - The error message.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--news-font-family=inherit] - Font family; the host page's by default.
 * @cssprop [--news-color-text=#1b1b1f] - Item text (dark: #ececf1).
 * @cssprop [--news-color-text-muted=#5a5a66] - Error message (dark: #b4b4c0).
 * @cssprop [--news-color-surface=#ffffff] - Background of the row and the menu (dark: #1c1c21).
 * @cssprop [--news-color-border=#dcdce3] - Row and menu borders (dark: #3a3a44).
 * @cssprop [--news-color-accent=#b3261e] - The current item (dark: #ff8a80).
 * @cssprop [--news-color-placeholder=#ececf1] - Hover background and skeleton (dark: #2c2c33).
 * @cssprop [--news-color-focus=#1a5fd0] - Focus ring (dark: #8ab4ff).
 * @cssprop [--news-radius=0.5rem] - Corner radius of the menu; items use half.
 * @cssprop [--news-category-nav-gap=0.25rem] - Space between items.
 * @cssprop [--news-category-nav-height=2.75rem] - Height of an item, and of the row while loading.
 * @cssprop [--news-category-nav-font-size=0.9375em] - Font size of the items (em: of the text around the nav).
 * @cssprop [--news-category-nav-item-padding=0.75em] - Inline padding of an item (0.5em in narrow containers).
 * @cssprop [--news-category-nav-item-max-width=14em] - Longer names are cut with an ellipsis.
 * @cssprop [--news-category-nav-current-color=var(--news-color-accent)] - Text and underline of the current item.
 */
export class NewsCategoryNav extends NewsElement {
  static override styles = [themeStyles, stateStyles, categoryNavStyles];

  static override properties: PropertyDeclarations = {
    categories: {attribute: false},
    src: {},
    format: {},
    map: {},
    current: {},
    hrefTemplate: {attribute: 'href-template'},
    allHref: {attribute: 'all-href'},
    theme: {reflect: true},
    lazy: {type: Boolean},
    overflowFrom: {state: true, attribute: false},
    menuOpen: {state: true, attribute: false},
    rowKey: {state: true, attribute: false},
    menuKey: {state: true, attribute: false},
  };

  static {
    // Fitting items needs their rendered widths, so a second update after
    // the first is the design here, not an accident (dev builds only).
    this.disableWarning?.('change-in-update');
  }

  /** Categories to show, without loading any feed. Takes precedence over `src` and the provider. */
  categories?: Category[];

  /** Endpoint URL of a feed to take the categories from. */
  src?: string;

  /** Format of the feed at `src`: `auto` detects it. */
  format: FeedFormat = 'auto';

  /** A JSON field map for feeds in any other shape (attribute: JSON text). */
  map?: FieldMap | string;

  /** Slug of the current category; empty for "All". When absent, the enclosing provider's `category`. */
  current?: string;

  /** Makes items links: `{slug}` and `{id}` are replaced, e.g. `/category/{slug}`. */
  hrefTemplate?: string;

  /** URL of the "All" link, used with `href-template`; without it, links have no "All" item. */
  allHref?: string;

  /** `light` or `dark` forces a colour scheme; by default the page's (its CSS `color-scheme`) applies. */
  theme?: 'light' | 'dark';

  /** Loads and renders only once near the viewport, as an image with `loading="lazy"` does. */
  override lazy = false;

  /** Index of the first entry that does not fit in the row. */
  private overflowFrom = Number.POSITIVE_INFINITY;

  private menuOpen = false;

  /** Key of the row element that holds the tab stop; by default the current item. */
  private rowKey?: string;

  /** Key of the menu item that holds the menu's tab stop. */
  private menuKey?: string;

  #view: View = {status: 'empty'};

  readonly #source = new FeedSource(this, () => ({
    src: this.categories ? undefined : this.src,
    format: this.format,
    map: this.map,
  }));

  // Widths of the measure row's labels, read only when they may have changed.
  #widths?: number[];
  #moreWidth = 0;
  #gap = 0;
  #available?: number;
  #signature = '';
  #measuredSignature?: string;
  #observedRow?: Element;
  // No ResizeObserver on the server, where nothing is measured.
  readonly #resizeObserver = isServer ? undefined : new ResizeObserver((entries) => this.#onResize(entries));

  readonly #onDocumentClick = (event: Event) => {
    if (!event.composedPath().includes(this)) this.menuOpen = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resizeObserver?.observe(this);
    if (this.#observedRow) this.#resizeObserver?.observe(this.#observedRow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    document.removeEventListener('click', this.#onDocumentClick, true);
    this.menuOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A server render calls willUpdate and render, never update.
    if (isServer) this.#view = this.#computeView();
  }

  protected override update(changed: PropertyValues): void {
    // After the controllers' hostUpdate (unlike willUpdate), where the feed task reports that it started.
    this.#view = this.#computeView();
    // What the item widths depend on: the names, and the locale for "All" and "More".
    const names = this.#view.status === 'ready' ? this.#view.entries.map((e) => e.category?.name ?? '') : [];
    this.#signature = names.length ? [this.locale, ...names].join('\n') : '';
    super.update(changed);
  }

  protected override showsLoading(): boolean {
    return !this.categories && this.#source.state.status === 'loading';
  }

  #computeView(): View {
    let categories = this.categories;
    // The feed's names are in the feed's language (a property's, in the page's).
    let namesLang: string | undefined;
    if (!categories) {
      const feed = this.#source.state;
      if (feed.status === 'loading') return {status: 'loading'};
      if (feed.status === 'error') return {status: 'error', error: feed.error!, retry: feed.retry};
      if (feed.status !== 'ready') return {status: 'empty'};
      categories = feedCategories(feed.feed!);
      namesLang = this.contentLang(feed.feed!.language ?? feed.feed!.articles[0]?.language);
    } else {
      categories = uniqueBySlug(categories);
    }
    if (!categories.length) return {status: 'empty'};

    const template = this.hrefTemplate;
    const entries: NavEntry[] = categories.map((category) => ({
      key: keyOf(category),
      category,
      href: template ? categoryHref(template, category) : undefined,
    }));
    if (!template) entries.unshift({key: ALL_KEY});
    else if (this.allHref !== undefined) entries.unshift({key: ALL_KEY, href: safeUrl(this.allHref)});

    // A removed attribute reads null: then the provider decides, while "" still means All.
    const slug = this.current ?? this.#source.provider?.category;
    const wanted = slug ? `c:${slug}` : ALL_KEY;
    const currentKey = entries.some((e) => e.key === wanted) ? wanted : undefined;
    return {status: 'ready', entries, currentKey, namesLang};
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.framed(this.#renderView());
  }

  #renderView(): TemplateResult | typeof nothing {
    const view = this.#view;
    switch (view.status) {
      case 'loading':
        return this.#renderSkeleton();
      case 'error':
        return this.#renderError(view.error, view.retry);
      case 'ready':
        return this.#renderNav(view.entries, view.currentKey, view.namesLang);
      default:
        return nothing;
    }
  }

  #label(entry: NavEntry): string {
    return entry.category?.name ?? msg('All', {id: 'nav.all', desc: 'First item of the category navigation: every category.'});
  }

  #renderNav(entries: NavEntry[], currentKey: string | undefined, namesLang: string | undefined): TemplateResult {
    const labels = entries.map((e) => this.#label(e));
    const more = msg('More', {id: 'nav.more', desc: 'Button that opens the menu of categories that do not fit in the row.'});

    const split = Math.min(this.overflowFrom, entries.length);
    const row = entries.slice(0, split);
    const overflow = entries.slice(split);
    const rowKeys = row.map((e) => e.key);
    if (overflow.length) rowKeys.push(MORE_KEY);
    const rowStop = this.#tabStop(rowKeys, this.rowKey, currentKey, overflow.length ? MORE_KEY : undefined);
    const menuStop = this.#tabStop(overflow.map((e) => e.key), this.menuKey, currentKey);
    const open = this.menuOpen && overflow.length > 0;
    const holdsCurrent = overflow.some((e) => e.key === currentKey);
    const entry = (e: NavEntry, label: string, tabStop: string | undefined, group: 'row' | 'menu') =>
      this.#renderEntry(e, label, e.key === currentKey, e.key === tabStop, group, namesLang);

    return html`
      ${hiddenLabel('nav-label', msg('Categories', {id: 'nav.label', desc: 'Accessible name of the category navigation.'}), this.labelLang)}
      <nav
        part="base"
        class="nav"
        aria-labelledby="nav-label"
        @keydown=${this.#onKeydown}
        @focusin=${this.#onFocusin}
        @focusout=${this.#onFocusout}
      >
        <ul part="list" class="list">
          ${repeat(
            row,
            (e) => e.key,
            (e, i) => html`<li part="item" class="item">${entry(e, labels[i], rowStop, 'row')}</li>`,
          )}
        </ul>
        ${overflow.length
          ? html`<div class="more">
              <button
                part="more"
                class="link more-button"
                type="button"
                data-key=${MORE_KEY}
                data-group="row"
                tabindex=${rowStop === MORE_KEY ? 0 : -1}
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="menu"
                aria-describedby=${ifDefined(holdsCurrent ? 'menu-current' : undefined)}
                ?data-holds-current=${holdsCurrent}
                lang=${ifDefined(this.labelLang)}
                @click=${this.#toggleMenu}
              >
                ${more}
              </button>
              <ul part="menu" id="menu" class="menu" ?hidden=${!open}>
                ${repeat(
                  overflow,
                  (e) => e.key,
                  (e, i) =>
                    html`<li part="item" class="item">${entry(e, labels[split + i], menuStop, 'menu')}</li>`,
                )}
              </ul>
            </div>`
          : nothing}
        <div class="measure-box" aria-hidden="true">
          <div class="measure">
            ${labels.map((label, i) => html`<span class="link" lang=${ifDefined(entries[i].category ? namesLang : undefined)}>${label}</span>`)}
            <span class="link more-button">${more}</span>
          </div>
        </div>
      </nav>
    `;
  }

  /** The preferred key if it is in `keys`, else the current item, else `fallback`, else the first. */
  #tabStop(keys: string[], preferred: string | undefined, currentKey: string | undefined, fallback?: string): string | undefined {
    if (preferred && keys.includes(preferred)) return preferred;
    if (currentKey && keys.includes(currentKey)) return currentKey;
    return fallback ?? keys[0];
  }

  #renderEntry(entry: NavEntry, label: string, current: boolean, tabStop: boolean, group: 'row' | 'menu', namesLang: string | undefined): TemplateResult {
    const onClick = (event: MouseEvent) => this.#activate(entry, event);
    // "All" is our label; category names are the feed's.
    const lang = entry.category ? namesLang : this.labelLang;
    // The More button is described by the current item while its menu holds it.
    const id = current && group === 'menu' ? 'menu-current' : undefined;
    if (entry.href) {
      return html`<a
        part="link"
        class="link"
        id=${ifDefined(id)}
        href=${entry.href}
        data-key=${entry.key}
        data-group=${group}
        tabindex=${tabStop ? 0 : -1}
        aria-current=${ifDefined(current ? 'page' : undefined)}
        lang=${ifDefined(lang)}
        @click=${onClick}
        >${label}</a
      >`;
    }
    return html`<button
      part="link"
      class="link"
      id=${ifDefined(id)}
      type="button"
      data-key=${entry.key}
      data-group=${group}
      tabindex=${tabStop ? 0 : -1}
      aria-current=${ifDefined(current ? 'true' : undefined)}
      lang=${ifDefined(lang)}
      @click=${onClick}
    >
      ${label}
    </button>`;
  }

  #renderSkeleton(): TemplateResult {
    return html`
      ${loadingStatus(this.labelLang)}
      <div part="base" class="nav skeleton" aria-busy="true">
        <div class="block"></div>
        <div class="block"></div>
        <div class="block"></div>
        <div class="block"></div>
      </div>
    `;
  }

  #renderError(error: NewsError, retry: () => void): TemplateResult {
    const canRetry = error.kind !== 'not-found';
    return html`
      <div part="base message" class="nav message" role=${ifDefined(this.alertRole(error))} lang=${ifDefined(this.labelLang)}>
        <span>${errorMessage(error.kind)}</span>
        ${canRetry ? html`<button part="retry" type="button" @click=${retry}>${retryLabel()}</button>` : nothing}
      </div>
    `;
  }

  /** The Retry button of an error, else the row's tab stop (the current item, or the last one focused). */
  protected override focusTarget(): HTMLElement | null | undefined {
    return super.focusTarget() ?? this.renderRoot.querySelector<HTMLElement>('[data-group="row"][tabindex="0"]');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.toggleAttribute('data-empty', this.#view.status === 'empty');

    const row = this.renderRoot.querySelector('.measure') ?? undefined;
    const remeasure = this.#signature !== this.#measuredSignature;
    this.#measuredSignature = this.#signature;
    if (row !== this.#observedRow || remeasure) {
      // New items are measured when the observer first reports the row, right
      // after the browser's next layout and before it paints (the fitted row
      // is what appears). Reading their widths here would force that layout
      // in the middle of the task, before the other widgets fed by the same
      // response have rendered, and the browser would lay the page out twice.
      if (this.#observedRow) this.#resizeObserver?.unobserve(this.#observedRow);
      if (row) this.#resizeObserver?.observe(row);
      this.#observedRow = row;
      if (!row) this.#widths = undefined;
    }

    if (this.menuOpen && !this.renderRoot.querySelector('.menu')) this.menuOpen = false;
    if (changed.has('menuOpen')) {
      if (this.menuOpen) document.addEventListener('click', this.#onDocumentClick, true);
      else document.removeEventListener('click', this.#onDocumentClick, true);
    }
  }

  #onResize(entries: ResizeObserverEntry[]): void {
    let remeasure = false;
    for (const entry of entries) {
      if (entry.target === this) this.#available = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      else remeasure = true;
    }
    // The row resizes when fonts load or a container query changes the padding.
    if (remeasure) this.#measure();
    this.#fit();
  }

  #measure(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.measure');
    if (!row) {
      this.#widths = undefined;
      return;
    }
    // Spread, not Array.from(children, fn), which Prototype.js (on old CMS pages) replaces with one that ignores fn.
    const sizes = [...row.children].map((child) => child.getBoundingClientRect().width);
    this.#moreWidth = sizes.pop() ?? 0;
    this.#widths = sizes;
    this.#gap = parseFloat(getComputedStyle(row).columnGap) || 0;
  }

  /** How many entries fit before the "More" button, from cached widths only. */
  #fit(): void {
    const widths = this.#widths;
    const available = this.#available;
    if (!widths || available === undefined || available <= 0) return;
    // Sub-pixel widths may sum to a hair more than the space they fill.
    const room = available + 0.5;
    let total = 0;
    widths.forEach((w, i) => (total += w + (i ? this.#gap : 0)));
    let fits = widths.length;
    if (total > room) {
      fits = 0;
      let used = this.#moreWidth;
      while (fits < widths.length && used + this.#gap + widths[fits] <= room) used += this.#gap + widths[fits++];
    }
    if (fits !== this.overflowFrom) {
      const focused = this.#focusedKey();
      // Measured after layout and before paint: fitted in this frame, not after other widgets' turns.
      this.updatesAtOnce = true;
      this.overflowFrom = fits;
      if (focused) void this.updateComplete.then(() => this.#refocus(focused));
    }
  }

  #focusedKey(): string | undefined {
    const active = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    return active?.dataset.key;
  }

  /** An item that moved between the row and the closed menu took the focus with it: put it back. */
  #refocus(key: string): void {
    if ((this.renderRoot as ShadowRoot).activeElement) return;
    const target =
      this.renderRoot.querySelector<HTMLElement>(`[data-group="row"][data-key="${CSS.escape(key)}"]`) ??
      this.renderRoot.querySelector<HTMLElement>(`[data-key="${MORE_KEY}"]`);
    target?.focus();
  }

  #activate(entry: NavEntry, event: MouseEvent): void {
    if (entry.href && opensElsewhere(event)) return;
    const proceed = emit(this, 'news-category-select', {category: entry.category}, {cancelable: true});
    if (!proceed) {
      event.preventDefault();
      return;
    }
    // A link navigates; there is nothing to select on this page.
    if (entry.href) return;
    const slug = entry.category?.slug;
    const provider = this.#source.provider;
    provider?.selectCategory(slug);
    if (!provider || this.current != null) this.current = slug ?? '';
    this.rowKey = entry.key;
    this.menuKey = undefined;
    if (this.menuOpen) {
      this.menuOpen = false;
      void this.updateComplete.then(() => this.#focusMore());
    }
  }

  #toggleMenu(): void {
    this.menuOpen = !this.menuOpen;
  }

  async #openMenu(): Promise<void> {
    this.menuOpen = true;
    await this.updateComplete;
    const first = this.#group('menu')[0];
    if (first) this.#moveTo(first);
  }

  #focusMore(): void {
    this.renderRoot.querySelector<HTMLElement>(`[data-key="${MORE_KEY}"]`)?.focus();
  }

  #group(name: string): HTMLElement[] {
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>(`[data-group="${name}"]`));
  }

  #moveTo(target: HTMLElement): void {
    this.#holdTabStop(target);
    target.focus();
  }

  /** Gives `target` its group's tab stop. */
  #holdTabStop(target: HTMLElement): void {
    if (target.dataset.group === 'menu') this.menuKey = target.dataset.key;
    else this.rowKey = target.dataset.key;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-group]');
    if (!from) return;
    if (event.key === 'Escape') {
      if (!this.menuOpen) return;
      event.preventDefault();
      this.menuOpen = false;
      this.#focusMore();
      return;
    }
    const name = from.dataset.group!;
    if (name === 'row' && from.dataset.key === MORE_KEY && event.key === 'ArrowDown') {
      event.preventDefault();
      void this.#openMenu();
      return;
    }
    const items = this.#group(name);
    const index = items.indexOf(from);
    // Arrows follow the reading direction: in RTL, the next item is on the left.
    const forward = getComputedStyle(this).direction === 'rtl' ? -1 : 1;
    const moves: Partial<Record<string, number>> = {ArrowRight: index + forward, ArrowLeft: index - forward, ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1};
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.#moveTo(items[(next + items.length) % items.length]);
  }

  #onFocusin(event: FocusEvent): void {
    // A click focuses an item too; the tab stop follows it.
    const target = (event.target as HTMLElement).closest<HTMLElement>('[data-group]');
    if (target?.dataset.key) this.#holdTabStop(target);
  }

  #onFocusout(event: FocusEvent): void {
    // Tabbing out of the widget closes the menu; a click elsewhere is handled by onDocumentClick.
    const next = event.relatedTarget as Node | null;
    if (this.menuOpen && next && !this.renderRoot.contains(next)) this.menuOpen = false;
  }
}

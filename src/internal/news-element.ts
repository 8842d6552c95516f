import {LitElement, html, isServer, nothing} from 'lit';
import type {PropertyDeclarations, TemplateResult} from 'lit';
import {directionOf, fallsBackToEnglish, hasExplicitDir, isLocaleReady, langOf, loadLocale, matchLocale, renderInLocale} from '../i18n/locale.js';
import type {LocaleCode} from '../i18n/locale.js';
import {followClock} from './clock.js';
import {observeLang} from './lang-observer.js';
import {awaitTurn, turnDone} from './turns.js';
import {whenNearViewport} from './viewport.js';
import {hydration} from './hydration-hooks.js';
import {SERVER_DATES_ATTRIBUTE, SERVER_STATIC_ATTRIBUTE, serverRender} from './server-render.js';

/**
 * Whether nothing in the page has the focus (the browser left it on the body), so a widget may take it.
 * @internal For the widgets; not in the package's entry, nor in custom-elements.json.
 */
export function focusDropped(): boolean {
  const active = document.activeElement;
  return !active || active === document.body;
}

// Resolving the Intl locale builds Intl.Locale objects; a page has few tag and catalog pairs.
const intlLocales = new Map<string, string>();

/** Each failure shown on the page, with the widget that announced it (NewsElement.alertRole). */
const announced = new WeakMap<object, Element>();

/**
 * Base of every news-widgets element: resolves the widget's language from
 * the nearest `lang`, waits for that catalog before rendering (so a French
 * page never flashes English labels), and renders with `msg()` in that
 * language.
 *
 * @attr {string} lang - Language of the labels; when absent, the nearest ancestor's `lang`, else the browser's.
 * @prop {string} lang - Language of the labels, as the `lang` attribute (the property every element has).
 */
export class NewsElement extends LitElement {
  // Reactive properties are declared here and in subclasses as static objects: smaller than decorator calls and Lit's decorator modules.
  // Other private members are `#` fields and methods: private at run time too (a host page's script cannot
  // reach or overwrite them), and minifiers shorten their names (0.5 KB gzip off the bundle). Reactive
  // state stays TypeScript-private, since Lit defines accessors for it on the prototype.
  static override properties: PropertyDeclarations = {locale: {state: true, attribute: false}};

  /** The language this widget renders in, resolved from `lang` attributes. */
  protected locale: LocaleCode = 'en';

  /** The `lang` tag that applies here, before falling back to a supported locale. */
  protected langTag = 'en';

  #stopObservingLang?: () => void;
  /** Set while an update waits for this widget to be connected again. */
  #resumeOnConnect?: () => void;
  #stopFollowingClock?: () => void;
  /** Set while a lazy widget waits for the viewport (see `#nearViewport`); ends that wait (ahead of the queue when `atOnce`). */
  #showLazy?: (atOnce?: boolean) => void;
  #stopWatchingViewport?: () => void;

  constructor() {
    super();
    // A server render has no page to read the language from: it says which.
    const render = isServer ? serverRender() : undefined;
    if (render) {
      this.langTag = render.lang;
      this.locale = matchLocale(render.lang);
      if (!render.explicitDir && directionOf(render.lang) === 'rtl') this.setAttribute('data-rtl', '');
      this.setAttribute(SERVER_DATES_ATTRIBUTE, `${render.now} ${render.timeZone}`);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resolveLocale();
    this.#stopObservingLang = observeLang(() => this.#resolveLocale());
    this.#resumeOnConnect?.();
    this.#resumeOnConnect = undefined;
    this.#watchViewport();
    this.#restyle();
    // Moved in the page (or back in it): a relative date shown before is stale, and must keep moving.
    if (this.#datesFollowClock) {
      this.keepDatesCurrent(true);
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    this.#stopObservingLang = undefined;
    this.#stopFollowingClock?.();
    this.#stopFollowingClock = undefined;
    this.#stopWatchingViewport?.();
    this.#stopWatchingViewport = undefined;
  }

  /**
   * Whether the first render waits for the widget to come near the viewport
   * (../internal/viewport.ts), and, when that render showed its skeleton,
   * again before the render that replaces it (see `showsLoading`). Widgets
   * that support it declare it public and reactive, as the `lazy` attribute.
   */
  protected lazy = false;

  /**
   * Whether a render now shows the widget's loading state (its skeleton).
   * Near when it rendered its skeleton, a lazy widget may be far when its
   * feed arrives (the story above it was a skeleton too, and is now long):
   * it looks again before rendering what came, and keeps its skeleton until
   * then.
   */
  protected showsLoading(): boolean {
    return false;
  }

  /** A render has shown more than the skeleton: a lazy widget waits for the viewport no more. */
  #settled = false;

  // Every argument passed on as it came: Lit's signature has grown before.
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    super.requestUpdate(...args);
    // No longer lazy: a render that waited for the viewport runs now.
    if (args[0] === 'lazy' && !this.lazy) this.#showLazy?.();
  }

  /** Resolves when the widget comes near the viewport, or must render anyway (see `#showLazy`). */
  #nearViewport(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#showLazy = (atOnce) => {
        this.#showLazy = undefined;
        this.#stopWatchingViewport?.();
        this.#stopWatchingViewport = undefined;
        if (atOnce) this.updatesAtOnce = true;
        resolve();
      };
      this.#watchViewport();
    });
  }

  #watchViewport(): void {
    if (this.#showLazy && this.isConnected && !this.#stopWatchingViewport) this.#stopWatchingViewport = whenNearViewport(this, this.#showLazy);
  }

  /** Whether the widget shows a relative date, and follows the clock while in the page. */
  #datesFollowClock = false;

  /** Re-render on the shared clock while this widget shows a relative date. */
  protected keepDatesCurrent(on: boolean): void {
    this.#datesFollowClock = on;
    if (on && !this.#stopFollowingClock && this.isConnected) {
      this.#stopFollowingClock = followClock(() => this.requestUpdate());
    } else if (!on && this.#stopFollowingClock) {
      this.#stopFollowingClock();
      this.#stopFollowingClock = undefined;
    }
  }

  #resolveLocale(): void {
    const tag = langOf(this);
    const next = matchLocale(tag);
    if (tag !== this.langTag) {
      this.langTag = tag;
      this.requestUpdate();
    }
    if (next !== this.locale) this.locale = next;
    // A right-to-left language turns the widget around, unless the page chose a direction.
    this.toggleAttribute('data-rtl', !hasExplicitDir(this) && directionOf(tag) === 'rtl');
  }

  /**
   * The locale for Intl (dates, numbers, lists, plural rules): the reader's
   * own tag, so `en-GB` writes "12 Mar 2024" with the English catalog, except
   * when labels fell back to English, where Intl speaks English with them.
   */
  protected get intlLocale(): string {
    const key = `${this.langTag}|${this.locale}`;
    let locale = intlLocales.get(key);
    if (locale === undefined) {
      locale = this.#resolveIntlLocale();
      intlLocales.set(key, locale);
    }
    return locale;
  }

  #resolveIntlLocale(): string {
    if (fallsBackToEnglish(this.langTag)) return 'en';
    // The usual case, answered without building two Intl.Locale objects.
    if (this.langTag === this.locale) return this.locale;
    try {
      // zh-TW is served by the zh-Hans catalog; its dates should not switch script under simplified labels.
      const tag = new Intl.Locale(this.langTag).maximize();
      const catalog = new Intl.Locale(this.locale).maximize();
      return tag.language === catalog.language && tag.script === catalog.script ? this.langTag : this.locale;
    } catch {
      return this.locale;
    }
  }

  /**
   * `"en"` when the reader's language has no catalog and the labels fall
   * back to English, so that screen readers read them as English; put it on
   * label elements (never on wrappers of feed content or of other widgets).
   */
  protected get labelLang(): 'en' | undefined {
    return fallsBackToEnglish(this.langTag) ? 'en' : undefined;
  }

  /**
   * `alert` for the first widget to show `error`, none for the others: one failure reaches every widget that
   * shares the feed (a provider's, or one request made for several widgets), and each shows it with its own
   * Retry, but a screen reader should hear it once rather than once per widget. Retry brings a new error. A
   * widget that announced and has since left the page (a view swapped in an application) or cannot be seen (in
   * a closed drawer) hands the alert to the next widget that shows the failure.
   */
  protected alertRole(error: object): 'alert' | undefined {
    const first = announced.get(error);
    if (!first || (first !== this && !(first.isConnected && (first.checkVisibility?.() ?? true)))) announced.set(error, this);
    return announced.get(error) === this ? 'alert' : undefined;
  }

  /**
   * The `lang` that feed content needs: its own language when it differs from
   * the page's, and the page's when labels around it fell back to English.
   */
  protected contentLang(language: string | undefined): string | undefined {
    if (language && language.toLowerCase() !== this.langTag.toLowerCase()) return language;
    return undefined;
  }

  /**
   * The `dir` that feed content needs with its `contentLang`: an Arabic story
   * on an English page runs right to left, an English one on an Arabic page
   * left to right; none when the content speaks the page's language.
   */
  protected contentDir(contentLang: string | undefined): 'ltr' | 'rtl' | undefined {
    return contentLang ? directionOf(contentLang) : undefined;
  }

  /**
   * A widget's whole rendering, in the box its container queries measure.
   * That box, not the host, is the query container: size containment on the
   * host gave it no width of its own, so a widget in a box that shrinks to
   * fit its content (a float, an inline-block, a flex item, a dialog) was
   * squeezed to nothing. The strut, an empty replaced element as wide as
   * `--_strut` but never wider than the space there is, gives the host that
   * width back without making a grid column or flex item any less able to
   * shrink (see theme.styles.ts).
   */
  protected framed(content: unknown): TemplateResult | typeof nothing {
    // A widget with nothing to show (a card without its article yet) asks for no width either.
    if (content === nothing) return nothing;
    return html`<svg class="strut" aria-hidden="true"></svg><div class="frame">${content}</div>`;
  }

  /** Whether rendering waits for the language's catalog (false for widgets without labels). */
  protected waitsForCatalog = true;

  /**
   * Set by a subclass for an update that must run in the task that asked for
   * it, ahead of the widgets waiting their turn (see ../internal/turns.ts).
   */
  protected updatesAtOnce = false;

  protected override async scheduleUpdate(): Promise<void> {
    let look = this.lazy && (!this.hasUpdated || (!this.#settled && !this.showsLoading()));
    // Until its first render an empty widget is marked, so that news-widgets/reserve.css keeps its place.
    const pending = !this.hasUpdated && (look || (this.waitsForCatalog && !isLocaleReady(this.locale)));
    if (pending) this.setAttribute('data-pending', '');
    let waited = false;
    let askedCatalog = false;
    for (;;) {
      const wasLoading = this.showsLoading();
      if (look) {
        await this.#nearViewport();
      } else if (!askedCatalog && this.waitsForCatalog && !isLocaleReady(this.locale)) {
        // Asked once: a catalog that fails to load leaves the widget in English rather than blank.
        askedCatalog = true;
        await loadLocale(this.locale).catch(() => undefined);
      } else {
        break;
      }
      waited = true;
      // The feed came in during the wait: the widget was judged near on the page as laid out before (below a
      // story that was still a skeleton, say, and is long now), so it looks again.
      look = this.lazy && !this.#settled && !this.updatesAtOnce && wasLoading && !this.showsLoading();
    }
    // Updates take turns (../internal/turns.ts), but not the first render of a widget that could render in
    // the task that added it: spread over frames, a grid of new cards was laid out again in every one of
    // them (`npm run bench`, 1,000 cards: 1.35-1.66 times the hand-written page's time, against 1.22-1.27).
    // A first render that waited (for its catalog or the viewport) comes in a later task anyway: it takes
    // its turn, so that widgets whose language arrives with their feed do not all render in one task.
    // Nor does a widget inside another widget (a list's cards) take turns: it renders with its host.
    let holdsTurn = (this.hasUpdated || waited) && !this.updatesAtOnce && !((this.getRootNode() as ShadowRoot).host instanceof NewsElement);
    this.updatesAtOnce = false;
    if (holdsTurn) {
      const turn = awaitTurn();
      if (turn) {
        waited = true;
        await turn;
      }
    }
    if (waited && !this.isConnected) {
      // Removed while it waited: it renders when it is back in a page, and starts no work (a fetch) for nothing now.
      if (holdsTurn) turnDone();
      holdsTurn = false;
      await new Promise<void>((resolve) => (this.#resumeOnConnect = resolve));
    }
    try {
      super.scheduleUpdate();
    } catch (error) {
      // A widget is a guest: a bug of ours (in any step of an update) is
      // logged, never thrown into the host page as an unhandled rejection.
      console.error(`<${this.localName}> failed to update`, error);
    } finally {
      // In the same task as the first render: no frame shows neither the reserve nor the skeleton.
      if (pending) this.removeAttribute('data-pending');
      if (holdsTurn) turnDone();
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Server-rendered, in a build that cannot take the rendering over: Lit
    // would render after it, so start from an empty root.
    if (this.shadowRoot && !hydration() && !this.hasAttribute(SERVER_STATIC_ATTRIBUTE)) this.shadowRoot.replaceChildren();
    try {
      return super.createRenderRoot();
    } catch (error) {
      // Lit adopts stylesheets made in the page's document, which another document refuses (a widget
      // the page created, then put in a script-built iframe or a Picture-in-Picture window).
      if (!this.shadowRoot) throw error;
      this.#restyle();
      return this.shadowRoot;
    }
  }

  /**
   * The element's styles made again in its own document, for a shadow root
   * without them: constructed stylesheets cannot follow a widget into
   * another document (the browser drops them from a rendered widget moved
   * there, and refuses them to one first connected there).
   */
  #restyle(): void {
    const root = this.shadowRoot;
    const view = this.ownerDocument.defaultView;
    if (!root || !view || root.adoptedStyleSheets.length) return;
    root.adoptedStyleSheets = (this.constructor as typeof LitElement).elementStyles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync((style as {cssText?: string}).cssText ?? '');
      return sheet;
    });
  }

  protected override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    // Server-rendered without a source: its rendering is final.
    return !this.hasAttribute(SERVER_STATIC_ATTRIBUTE) && super.shouldUpdate(changed);
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    this.#settled ||= !this.showsLoading();
    const root = this.renderRoot as ShadowRoot;
    const hadFocus = Boolean(root.activeElement);
    const update = () => renderInLocale(this.locale, () => super.update(changed));
    // A server-rendered widget's first update takes over the server's DOM (hydrating builds only).
    const hooks = this.hasUpdated ? undefined : hydration();
    if (hooks) hooks.firstUpdate(this, update);
    else update();
    // The render removed the focused control (a Retry button, replaced by the skeleton).
    if (hadFocus && !root.activeElement) {
      this.#focusLost = true;
      // Nothing to focus while it loads: the loading status holds the focus (and says "Loading"), rather than
      // the page's body, from where a screen reader would start again at the top; the content takes it over.
      if (!this.focusTarget()) root.querySelector<HTMLElement>('[role="status"][tabindex="-1"]')?.focus({preventScroll: true});
    }
  }

  /**
   * Set when a render removed the element that had the focus: the browser
   * then drops it on the page's body, and a keyboard user must start again
   * from the top. A later render gives it to `focus()`'s target instead.
   */
  #focusLost = false;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (!this.#focusLost) return;
    // The reader has put the focus somewhere else meanwhile: it stays there.
    if (!focusDropped()) this.#focusLost = false;
    else if (this.focusTarget()) {
      this.#focusLost = false;
      this.focus();
    }
  }

  /**
   * Where the focus goes in this widget: the Retry button of an error, else
   * the widget's first control (see the subclasses). None while it loads.
   */
  protected focusTarget(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[part~="retry"]');
  }

  /**
   * Focuses the widget's control for the reader: its Retry button, its link,
   * its current item. A widget about to render (a card its list has just
   * added) takes the focus once it has.
   */
  override focus(options?: FocusOptions): void {
    const target = this.focusTarget();
    if (target) target.focus(options);
    else if (this.isUpdatePending) void this.updateComplete.then(() => this.focusTarget()?.focus(options));
    else super.focus(options);
  }
}

import {LitElement} from 'lit';
import {state} from 'lit/decorators.js';
import {isLocaleReady, langOf, loadLocale, matchLocale, renderInLocale} from '../i18n/locale.js';
import type {LocaleCode} from '../i18n/locale.js';
import {followClock} from './clock.js';
import {observeLang} from './lang-observer.js';

/**
 * Base of every news-widgets element: resolves the widget's language from
 * the nearest `lang`, waits for that catalog before rendering (so a French
 * page never flashes English labels), and renders with `msg()` in that
 * language.
 *
 * @attr {string} lang - Language of the labels; when absent, the nearest ancestor's `lang`, else the browser's.
 */
export class NewsElement extends LitElement {
  /** The language this widget renders in, resolved from `lang` attributes. */
  @state() protected locale: LocaleCode = 'en';

  /** The `lang` tag that applies here, before falling back to a supported locale. */
  protected langTag = 'en';

  private stopObservingLang?: () => void;
  private stopFollowingClock?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolveLocale();
    this.stopObservingLang = observeLang(() => this.resolveLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObservingLang?.();
    this.stopObservingLang = undefined;
    this.keepDatesCurrent(false);
  }

  /** Re-render on the shared clock while this widget shows a relative date. */
  protected keepDatesCurrent(on: boolean): void {
    if (on && !this.stopFollowingClock && this.isConnected) {
      this.stopFollowingClock = followClock(() => this.requestUpdate());
    } else if (!on && this.stopFollowingClock) {
      this.stopFollowingClock();
      this.stopFollowingClock = undefined;
    }
  }

  private resolveLocale(): void {
    this.langTag = langOf(this);
    const next = matchLocale(this.langTag);
    if (next !== this.locale) this.locale = next;
  }

  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleReady(this.locale)) {
      // A catalog that fails to load leaves the widget in English rather than blank.
      await loadLocale(this.locale).catch(() => undefined);
    }
    super.scheduleUpdate();
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    try {
      renderInLocale(this.locale, () => super.update(changed));
    } catch (error) {
      // A widget is a guest: a bug of ours is logged, never thrown into the host page.
      console.error(`<${this.localName}> failed to render`, error);
    }
  }
}

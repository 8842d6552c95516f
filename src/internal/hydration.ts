import type {ReactiveElement} from 'lit';
import {embeddedFeed} from '../data/embedded-feed.js';
import {withDateContext} from '../i18n/format.js';
import type {DateContext} from '../i18n/format.js';
import {installHydration} from './hydration-hooks.js';
import {SERVER_DATES_ATTRIBUTE} from './server-render.js';

/** The clock and zone the server wrote the widget's dates with (read once). */
function takeServerDates(host: Element): DateContext | undefined {
  const value = host.getAttribute(SERVER_DATES_ATTRIBUTE);
  if (value === null) return undefined;
  host.removeAttribute(SERVER_DATES_ATTRIBUTE);
  const [now, timeZone] = value.split(' ');
  return Number.isFinite(Number(now)) ? {now: Number(now), timeZone: timeZone || undefined} : undefined;
}

/**
 * The server's rendering does not match this first one (its feed is not on
 * the page, or the page changed the widget's attributes): Lit cannot adopt
 * it, so it goes, all but its styles, and Lit renders from scratch.
 */
function clearServerRendering(host: ReactiveElement, error: unknown): void {
  console.warn(`<${host.localName}> could not take over its server rendering and renders anew:`, (error as Error)?.message ?? error);
  for (const node of Array.from(host.renderRoot.childNodes)) {
    if (!(node instanceof HTMLStyleElement)) node.remove();
  }
}

installHydration({
  embeddedFeed,
  firstUpdate(host, update) {
    const serverDates = takeServerDates(host);
    if (!serverDates) return update();
    try {
      // Lit adopts the server's text as it is: dates as the server wrote them.
      withDateContext(serverDates, update);
    } catch (error) {
      // Lit reports a server rendering it cannot adopt in several ways (a value of another
      // kind, a shorter iterable, unbalanced part markers): any of them means render anew.
      clearServerRendering(host, error);
      update();
    }
    // Then the reader's clock and zone.
    void host.updateComplete.then(() => host.requestUpdate());
  },
  release(provider) {
    // In document order, so that related lists claim their stories as they did on the server.
    for (const widget of Array.from(provider.querySelectorAll('[defer-hydration]'))) widget.removeAttribute('defer-hydration');
  },
});

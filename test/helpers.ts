/** Small helpers shared by the component tests. */

let counter = 0;

/** A URL no test has fetched yet, so the shared client's cache cannot answer it. */
export function fresh(path: string): string {
  const url = new URL(path, location.href);
  url.searchParams.set('t', `${Date.now()}-${++counter}`);
  return url.href;
}

/** How many times the browser really requested `url` (Resource Timing). */
export function requestsTo(url: string): number {
  return performance.getEntriesByType('resource').filter((entry) => entry.name === url).length;
}

/** Text of the first match in an element's shadow root, white space collapsed. */
export function shadowText(el: Element, selector: string): string | undefined {
  return el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
}

/** Headline texts of the cards inside a list's shadow root, in order. */
export function cardTitles(list: Element): string[] {
  return Array.from(list.shadowRoot?.querySelectorAll('news-article-card') ?? []).map(
    (card) => shadowText(card, '[part~="title"]') ?? '',
  );
}

/** How many of a list's cards show their headline (cards render after the list). */
export function shownCards(list: Element): number {
  return cardTitles(list).filter(Boolean).length;
}

/**
 * Watches the clicks that reach the window, last: records whether a widget
 * kept the browser from following each one, then keeps the test page where it is.
 */
export function watchClicks(): {prevented: boolean[]; stop: () => void} {
  const prevented: boolean[] = [];
  const settle = (e: Event) => {
    prevented.push(e.defaultPrevented);
    e.preventDefault();
  };
  window.addEventListener('click', settle);
  return {prevented, stop: () => window.removeEventListener('click', settle)};
}

/** The accessible name a widget gives `el`: the text of its aria-labelledby elements (in its own root), else its aria-label. */
export function labelOf(el: Element | null | undefined): string | null {
  if (!el) return null;
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return el.getAttribute('aria-label');
  const root = el.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

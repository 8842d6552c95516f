/**
 * Lazy widgets (the `lazy` attribute) wait to come near the viewport before
 * their first render, and with it their fetch, as `loading="lazy"` does for
 * an image or an iframe: a widget far down an article page costs nothing
 * until the reader scrolls towards it. "Near" is within one viewport's height
 * (or width) of the visible area, so that it is drawn before it is seen.
 *
 * One IntersectionObserver serves every widget. Printing draws them all.
 */

/** Called with `true` when the widget must render at once (the page is about to be printed). */
type OnNear = (atOnce: boolean) => void;

const watched = new Map<Element, OnNear>();
let observer: IntersectionObserver | undefined;

function near(element: Element, atOnce = false): void {
  const onNear = watched.get(element);
  stop(element);
  onNear?.(atOnce);
}

function stop(element: Element): void {
  watched.delete(element);
  observer?.unobserve(element);
}

// Made outside whenNearViewport: a closure made inside would keep the scope of its first call, that
// widget and the tree around it, alive as long as the page.
function createObserver(): IntersectionObserver {
  const report = (entries: IntersectionObserverEntry[]) => entries.forEach((entry) => entry.isIntersecting && near(entry.target));
  // Percentages of the viewport: a screen ahead on every side. The document as root makes that this
  // document's own viewport, inside an iframe too (with the implicit root, the top page's viewport,
  // margins do not reach into frames). Engines from before 2020 throw on a document root, and get the
  // implicit one; without IntersectionObserver at all, this throws (see whenNearViewport).
  let created: IntersectionObserver;
  try {
    created = new IntersectionObserver(report, {root: document, rootMargin: '100%'});
  } catch {
    created = new IntersectionObserver(report, {rootMargin: '100%'});
  }
  // A printed page shows every widget, seen or not, rendered in this task: the print follows it.
  addEventListener('beforeprint', () => [...watched.keys()].forEach((element) => near(element, true)));
  return created;
}

/**
 * Calls `onNear` once, when `element` first comes near the viewport (at
 * once, in the observer's first report, if it is near already). Returns a
 * function that stops watching, for a widget removed from the page.
 */
export function whenNearViewport(element: Element, onNear: OnNear): () => void {
  try {
    observer ??= createObserver();
  } catch {
    // No IntersectionObserver (a very old engine, a DOM emulation in unit tests): no waiting, and no error.
    onNear(false);
    return () => {};
  }
  watched.set(element, onNear);
  observer.observe(element);
  return () => stop(element);
}

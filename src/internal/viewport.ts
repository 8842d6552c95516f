/**
 * Lazy widgets (the `lazy` attribute) wait to come near the viewport before
 * their first render, and with it their fetch, as `loading="lazy"` does for
 * an image or an iframe: a widget far down an article page costs nothing
 * until the reader scrolls towards it. "Near" is within one viewport's height
 * (or width) of the visible area, so that it is drawn before it is seen.
 *
 * One IntersectionObserver serves every widget. Printing draws them all.
 */

const watched = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function near(element: Element): void {
  const onNear = watched.get(element);
  stop(element);
  onNear?.();
}

function stop(element: Element): void {
  watched.delete(element);
  observer?.unobserve(element);
}

// Made outside whenNearViewport: a closure made inside would keep the scope of its first call, that
// widget and the tree around it, alive as long as the page.
function createObserver(): IntersectionObserver {
  // A printed page shows every widget, seen or not.
  addEventListener('beforeprint', () => [...watched.keys()].forEach(near));
  const report = (entries: IntersectionObserverEntry[]) => entries.forEach((entry) => entry.isIntersecting && near(entry.target));
  // Percentages of the viewport: a screen ahead on every side. The document as root makes that this
  // document's own viewport, inside an iframe too (with the implicit root, the top page's viewport,
  // margins do not reach into frames). Engines from before 2020 throw on a document root: a widget
  // must never throw into the page, so they get the implicit one.
  try {
    return new IntersectionObserver(report, {root: document, rootMargin: '100%'});
  } catch {
    return new IntersectionObserver(report, {rootMargin: '100%'});
  }
}

/**
 * Calls `onNear` once, when `element` first comes near the viewport (at
 * once, in the observer's first report, if it is near already). Returns a
 * function that stops watching, for a widget removed from the page.
 */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  observer ??= createObserver();
  watched.set(element, onNear);
  observer.observe(element);
  return () => stop(element);
}

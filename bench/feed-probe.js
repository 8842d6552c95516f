/**
 * Feed-to-first-card timing for bench/feed-*.html: from the end of the feed's
 * response (Resource Timing `responseEnd`) to the first frame after the first
 * card's headline exists. Element Timing does not see into shadow roots, so
 * the page polls for the headline with a zero timeout (4 ms apart once
 * nested, cheap enough not to compete with the page's own work), then waits
 * for the next animation frame and the task after it: that frame is the one
 * that paints the card. The result lands on `window.__probe`.
 */
const poll = () => new Promise((resolve) => setTimeout(resolve, 0));

const next = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

export const feedUrl = () => {
  const params = new URLSearchParams(location.search);
  return `/demo/data/fr/feed.json?delay=${Number(params.get('delay') ?? 300)}&round=${params.get('round') ?? 0}`;
};

export const cardCount = () => Number(new URLSearchParams(location.search).get('n') ?? 10);

export async function probe(firstTitle) {
  const url = new URL(feedUrl(), location.href).href;
  const deadline = performance.now() + 10_000;
  while (!firstTitle()) {
    if (performance.now() > deadline) {
      window.__probe = {error: 'no card within 10 s'};
      return;
    }
    await poll();
  }
  const titleAt = performance.now();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await next();
  const paintedAt = performance.now();
  performance.mark('probe:painted');
  const entry = performance.getEntriesByName(url, 'resource')[0];
  if (!entry) {
    window.__probe = {error: `no resource timing entry for ${url}`};
    return;
  }
  window.__probe = {responseEnd: entry.responseEnd, titleAt, paintedAt, toTitle: titleAt - entry.responseEnd, toPaint: paintedAt - entry.responseEnd};
}

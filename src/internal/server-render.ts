import type {ProviderValue} from '../data/feed-context.js';
import type {Feed} from '../data/model.js';

/**
 * What a server render (`news-widgets/ssr`) tells the widgets it builds.
 * On the server a widget cannot read the page (no ancestors, no `lang`
 * around it, no fetch of its own): the render sets this for the time of one
 * synchronous render, and widgets read it while they are built and rendered.
 */
export interface ServerRender {
  /** The language tag of the render, as a `lang` attribute would carry it. */
  lang: string;
  /** True when the widgets' direction comes from the page (`dir`), not from the language. */
  explicitDir: boolean;
  /** The clock (ms) and time zone the render writes dates with. */
  now: number;
  timeZone: string;
  /** The feed and the `src` it stands for. */
  src?: string;
  feed?: Feed;
  /** When rendering a `news-provider`: what it shares with the widgets inside. */
  provider?: ProviderValue;
}

/**
 * Set by a server render on every widget: `<ms> <time zone>`, the clock and
 * zone its dates were written with, so that hydration starts from the same.
 */
export const SERVER_DATES_ATTRIBUTE = 'data-ssr-dates';

/**
 * Set by a server render on a widget rendered without `src`: the browser has
 * nothing to bring it back with, so it keeps the server's rendering, whatever
 * bundle the page loads.
 */
export const SERVER_STATIC_ATTRIBUTE = 'data-ssr-static';

let current: ServerRender | undefined;

/** The render in progress, if any (always `undefined` in browsers). */
export const serverRender = (): ServerRender | undefined => current;

/** Runs `fn` (which must not be asynchronous) with `render` in effect. */
export function withServerRender<T>(render: ServerRender, fn: () => T): T {
  const previous = current;
  current = render;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

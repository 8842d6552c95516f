import {isServer} from 'lit';
import type {ReactiveElement} from 'lit';
import type {Feed} from '../data/model.js';
import {serverRender} from './server-render.js';

/**
 * What taking over server-rendered widgets needs from the widgets, plugged
 * in by the hydrating entries (`news-widgets/hydrate`,
 * `news-widgets.hydrate.js`; see `./hydration.ts`) so that pages without
 * server rendering never download it.
 */
export interface HydrationHooks {
  /** The feed the server embedded for `src`, if any. */
  embeddedFeed(host: Element, src: string): Feed | undefined;
  /** Runs a widget's first update (`update`), which may take over the server's rendering. */
  firstUpdate(host: ReactiveElement, update: () => void): void;
  /** A provider shares its feed: the server-rendered widgets inside, which waited for it, may take over now. */
  release(provider: Element): void;
}

let hooks: HydrationHooks | undefined;

export const hydration = (): HydrationHooks | undefined => hooks;

export function installHydration(implementation: HydrationHooks): void {
  hooks = implementation;
}

/**
 * The feed a server-rendered widget with `src` was rendered from: on the
 * server, the one the render hands over; in the browser, the one embedded
 * in the page (hydrating builds only).
 */
export function renderedFeed(host: Element, src: string): Feed | undefined {
  if (isServer) {
    const render = serverRender();
    return render?.src === src ? render.feed : undefined;
  }
  return hooks?.embeddedFeed(host, src);
}

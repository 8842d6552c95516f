/** What the resilience tests share: fault-server addresses, a page watch, and widget readings. */
import {executeServerCommand} from '@web/test-runner-commands';
import {faultServerUrl} from '/__fault-server.js';

const run = Math.random().toString(36).slice(2, 8);
let sequence = 0;

/** A key no other test (or test file on the same server) uses, so no cache or counter is shared. */
export const uniqueKey = (name: string): string => `${name}-${run}-${sequence++}`;

/** A fault-server URL carrying `key`. */
export const at = (path: string, key: string): string => `${faultServerUrl}${path}${path.includes('?') ? '&' : '?'}key=${key}`;

async function ask<T>(path: string): Promise<T> {
  const response = await fetch(`${faultServerUrl}${path}`);
  return (await response.json()) as T;
}

/** Server-side hit count for a key; with `min`, waits (up to 5 s) until it is reached. */
export const hits = async (key: string, min = 0): Promise<number> => (await ask<{count: number}>(`/hits?of=${key}&min=${min}`)).count;

/**
 * Whether the client closed the last request of `key` before its answer was
 * complete; waits (up to 5 s) for that request to end, `null` if it has not.
 */
export const closedEarly = async (key: string): Promise<boolean | null> => (await ask<{closed: boolean | null}>(`/closed?of=${key}`)).closed;

/** Clears the fault of `/healable?key=KEY`. */
export const heal = async (key: string): Promise<void> => void (await ask(`/heal?of=${key}`));

/**
 * The page's JS heap in bytes after a full garbage collection, through
 * test/server/heap-plugin.mjs (the DevTools protocol); `undefined` when that
 * plugin is not installed. (`performance.memory` does not change between
 * reads in this Chromium, and `window.gc` needs a launch flag.)
 */
export async function heapSize(): Promise<number | undefined> {
  try {
    return (await executeServerCommand<{usedSize: number}, undefined>('collect-garbage')).usedSize;
  } catch {
    return undefined;
  }
}

/**
 * Records what the host page would see go wrong: uncaught errors and
 * unhandled rejections, from the moment it is called until `stop()`.
 */
export function watchPage(): {problems: string[]; stop(): void} {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

type NewsEventName = 'news-load' | 'news-error';

/** Every `news-load` and `news-error` that reaches the document, in order. */
export function recordNewsEvents(): {
  events: CustomEvent[];
  of(target: EventTarget, name: NewsEventName): CustomEvent[];
  stop(): void;
} {
  const events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  document.addEventListener('news-load', record);
  document.addEventListener('news-error', record);
  return {
    events,
    of: (target, name) => events.filter((e) => e.target === target && e.type === name),
    stop() {
      document.removeEventListener('news-load', record);
      document.removeEventListener('news-error', record);
    },
  };
}

/** White-space-collapsed text of the first match in the widget's shadow root. */
const shadowText = (el: Element, selector: string): string | undefined =>
  el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

/**
 * The error message a widget shows the reader, if any: its message box, but not a list's "nothing to show"
 * (a status). Only the first of the widgets showing one failure has it as an alert (NewsElement.alertRole).
 */
export const alertText = (el: Element): string | undefined => shadowText(el, '[part~="message"]:not([role="status"])');

/** The widget's Retry button, if it shows one. */
export const retryButton = (el: Element): HTMLElement | null => el.shadowRoot?.querySelector<HTMLElement>('[part~="retry"]') ?? null;

/** What a widget shows of its feed, as a reader would skim it: headlines, or nav items. */
export function visibleTitles(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const cards = Array.from(root.querySelectorAll('news-article-card'));
  if (cards.length) return cards.flatMap((card) => visibleTitles(card));
  const items = root.querySelectorAll('.title, [part~="title"], .list [part~="link"]');
  return Array.from(items, (item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
}

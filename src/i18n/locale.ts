/**
 * Which language a widget speaks, and the catalogs behind it.
 *
 * `@lit/localize` runs in reentrant mode: its `getLocale()` hook is asked
 * before every `msg()`, so each widget renders in its own language by setting
 * the active locale around its own render (see `renderInLocale`). Runtime
 * mode would hold a single locale for the whole page.
 */
import {configureReentrantLocalization} from '@lit/localize/init/reentrant.js';
import type {LocaleModule} from '@lit/localize';
import {sourceLocale, targetLocales} from './generated/locale-codes.js';

export type LocaleCode = typeof sourceLocale | (typeof targetLocales)[number];

export const SUPPORTED_LOCALES: readonly LocaleCode[] = [sourceLocale, ...targetLocales];

// Explicit import map (rather than a template path) so bundlers see every catalog.
const loaders: Record<Exclude<LocaleCode, typeof sourceLocale>, () => Promise<LocaleModule>> = {
  fr: () => import('./generated/locales/fr.js'),
  vi: () => import('./generated/locales/vi.js'),
};

const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
let active: string = sourceLocale;

configureReentrantLocalization({
  sourceLocale,
  targetLocales: [...targetLocales],
  getLocale: () => active,
  loadLocaleSync: (locale) => loaded.get(locale),
});

/** True when `msg()` can render `locale` right now. */
export const isLocaleReady = (locale: LocaleCode): boolean => locale === sourceLocale || loaded.has(locale);

/** Loads a catalog once; concurrent callers share the same download. */
export function loadLocale(locale: LocaleCode): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Exclude<LocaleCode, typeof sourceLocale>]().then((module) => {
      loaded.set(locale, module);
    });
    loading.set(locale, pending);
    // A failed download may be retried by the next widget that asks.
    pending.catch(() => loading.delete(locale));
  }
  return pending;
}

/** Runs `fn` with `msg()` answering in `locale`. */
export function renderInLocale<T>(locale: LocaleCode, fn: () => T): T {
  const previous = active;
  active = isLocaleReady(locale) ? locale : sourceLocale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/**
 * The supported locale for a BCP 47 tag: exact match, else its base
 * language (`fr-CA` → `fr`), else English.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  if (!tag) return sourceLocale;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split('-')[0];
  return SUPPORTED_LOCALES.find((l) => l.toLowerCase() === base) ?? sourceLocale;
}

/**
 * The language tag that applies to `element`: its own `lang`, else the
 * nearest ancestor's (crossing shadow roots), else the browser's.
 */
export function langOf(element: Element): string {
  let node: Element = element;
  for (;;) {
    const withLang = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang')!;
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    node = root.host;
  }
  return navigator.language || sourceLocale;
}

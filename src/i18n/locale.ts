/**
 * Which language a widget speaks, and the catalogs behind it.
 *
 * The widgets' `msg()` (below) looks each message up in the catalog of the
 * widget being rendered: each widget renders in its own language by setting
 * the active locale around its own render (see `renderInLocale`).
 */
import type {LocaleModule, msg as localizeMsg} from '@lit/localize';
// @lit/localize's own lookup (ids, `str` and `html` messages, English fallback), without its page-wide setup:
// `configure*Localization()` may run once per page, and an application built with Lit that configures its own
// localization then failed ("lit-localize can only be configured once") in whichever script came second.
// The package has no exports map, and the version is pinned in package.json.
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import {sourceLocale} from './generated/locale-codes.js';
import {resolveLanguagesAgain} from '../internal/lang-observer.js';

export type LocaleCode = string;

type Loader = () => Promise<LocaleModule>;

// One dynamic import per language: a page downloads only the catalogs its
// widgets speak, and English (the source) needs none. Written out so that
// bundlers see every chunk.
const loaders = new Map<LocaleCode, Loader>([
  ['ar', () => import('./generated/locales/ar.js')],
  ['de', () => import('./generated/locales/de.js')],
  ['es', () => import('./generated/locales/es.js')],
  ['fr', () => import('./generated/locales/fr.js')],
  ['id', () => import('./generated/locales/id.js')],
  ['it', () => import('./generated/locales/it.js')],
  ['ja', () => import('./generated/locales/ja.js')],
  ['pt', () => import('./generated/locales/pt.js')],
  ['ru', () => import('./generated/locales/ru.js')],
  ['vi', () => import('./generated/locales/vi.js')],
  ['zh-Hans', () => import('./generated/locales/zh-Hans.js')],
]);

const loaded = new Map<LocaleCode, LocaleModule>();
const loading = new Map<LocaleCode, Promise<void>>();
let active: LocaleCode = sourceLocale;

/**
 * `msg()` of `@lit/localize`, answering in the language of the widget that
 * renders (English outside a render). `lit-localize extract` finds its calls
 * by this type.
 */
export const msg = ((template, options) => runtimeMsg(loaded.get(active)?.templates, template, options)) as typeof localizeMsg;

/** Every language the widgets speak: English, the shipped catalogs and any registered one. */
export function supportedLocales(): LocaleCode[] {
  return [sourceLocale, ...loaders.keys()];
}

/**
 * Adds a language (or replaces a shipped catalog) at run time, from a module
 * in the format `lit-localize build` writes: `{templates: {id: text}}`.
 * Messages it lacks fall back to English.
 */
export function registerLocale(code: LocaleCode, load: Loader): void {
  registered.set(code, load);
  for (const copy of copies) copy(code, load);
}

function registerHere(code: LocaleCode, load: Loader): void {
  loaders.set(code, load);
  loaded.delete(code);
  loading.delete(code);
  // Widgets already in the page that speak it (in English until now) switch to it.
  resolveLanguagesAgain();
}

// A page may load two copies of the library (a theme's and a plugin's): the elements are the first
// copy's, while the page may call the other's registerLocale. Languages registered through either
// reach both, through these page-wide lists (a global symbol, as Lit shares its version list).
// Versioned keys: a later version that changes what they hold takes keys of its own.
const shared = globalThis as {[key: symbol]: unknown};
const registered = (shared[Symbol.for('news-widgets.locales.v1')] ??= new Map()) as Map<LocaleCode, Loader>;
const copies = (shared[Symbol.for('news-widgets.locale-copies.v1')] ??= new Set()) as Set<(code: LocaleCode, load: Loader) => void>;
for (const [code, load] of registered) loaders.set(code, load);
copies.add(registerHere);

/** True when `msg()` can render `locale` right now. */
export const isLocaleReady = (locale: LocaleCode): boolean => locale === sourceLocale || loaded.has(locale);

/** Loads a catalog once; concurrent callers share the same download. */
export function loadLocale(locale: LocaleCode): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  const loader = loaders.get(locale);
  if (!loader) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = loader().then((module) => {
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

// Languages whose catalogs answer for their script variants and regions.
const ALIASES: Record<string, LocaleCode> = {zh: 'zh-Hans', 'zh-cn': 'zh-Hans', 'zh-sg': 'zh-Hans', 'zh-my': 'zh-Hans', in: 'id'};

/**
 * The supported locale for a BCP 47 tag: exact match, else its base
 * language (`fr-CA` → `fr`, `zh-TW` → `zh-Hans`), else English.
 */
export function matchLocale(tag: string | null | undefined): LocaleCode {
  if (!tag) return sourceLocale;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const supported = supportedLocales();
  const find = (code: string) => supported.find((l) => l.toLowerCase() === code);
  const base = lower.split('-')[0];
  return find(lower) ?? (ALIASES[lower] && find(ALIASES[lower].toLowerCase())) ?? find(base) ?? (ALIASES[base] && find(ALIASES[base].toLowerCase())) ?? sourceLocale;
}

/** True when `tag` is a language we could not serve, so labels fall back to English. */
export function fallsBackToEnglish(tag: string): boolean {
  return matchLocale(tag) === sourceLocale && !/^en(-|$)/i.test(tag.trim());
}

const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);
const RTL_LANGUAGES = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb', 'ku-arab']);

/** Writing direction of a language tag, from Intl where the browser knows it. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  // Every widget asks on every lang or dir change in the page; an Intl.Locale costs more than a lookup.
  let direction = directions.get(tag);
  if (!direction) {
    direction = scriptDirection(tag);
    directions.set(tag, direction);
  }
  return direction;
}
const directions = new Map<string, 'ltr' | 'rtl'>();

function scriptDirection(tag: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {getTextInfo?: () => {direction: string}; textInfo?: {direction: string}};
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info) return info.direction === 'rtl' ? 'rtl' : 'ltr';
    const script = locale.maximize().script?.toLowerCase();
    if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    // Not a valid tag: fall through to the language list.
  }
  return RTL_LANGUAGES.has(tag.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
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

/** Whether `element` or an ancestor (crossing shadow roots) sets `dir`. */
export function hasExplicitDir(element: Element): boolean {
  let node: Element = element;
  for (;;) {
    if (node.closest('[dir]')) return true;
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) return false;
    node = root.host;
  }
}

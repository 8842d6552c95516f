/**
 * Dates, numbers, lists and plural categories through Intl, with formatters
 * cached per locale and options (constructing them is the expensive part).
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', locale, options, () => new Intl.NumberFormat(locale, options));

export const pluralRules = (locale: string) =>
  cached('plural', locale, {}, () => new Intl.PluralRules(locale));

/** "A, B and C": Intl's defaults (a long conjunction). */
export const listFormat = (locale: string) => cached('list', locale, {}, () => new Intl.ListFormat(locale));

const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached('date', locale, options, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      // A time zone the browser does not know (a typo, or "" from a CMS's blank setting): the reader's own.
      return new Intl.DateTimeFormat(locale, {...options, timeZone: undefined});
    }
  });

const relativeFormat = (locale: string) =>
  cached('relative', locale, {}, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'}));

export type DateMode = 'auto' | 'relative' | 'absolute';

export interface DateOptions {
  mode?: DateMode;
  timeZone?: string;
  /** The current time, in ms; tests freeze it. */
  now?: number;
}

/**
 * The clock and time zone of a render that must match another one: a
 * server render writes its own, and the browser's first render of that
 * output (hydration) uses them, so that Lit adopts the server's dates as
 * they are; the next render brings in the reader's clock and zone.
 */
export interface DateContext {
  now: number;
  timeZone?: string;
}
let dateContext: DateContext | undefined;

/** Runs `fn` with dates written at `context`'s time and zone (unless a widget names its own zone). */
export function withDateContext<T>(context: DateContext | undefined, fn: () => T): T {
  const previous = dateContext;
  dateContext = context;
  try {
    return fn();
  } finally {
    dateContext = previous;
  }
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A calendar date without a time ("2026-11-28", from a feed that gives no
 * more): the same day wherever it is read, so it is shown in UTC, where
 * `Date.parse` put its midnight, never moved to the day before in the Americas.
 */
const isDateOnly = (iso: string) => /^\d{4}-\d{2}-\d{2}$/.test(iso);

/** The calendar day (days since 1970-01-01) that `time` falls on in `timeZone` (the reader's when undefined). */
function dayNumber(time: number, timeZone: string | undefined): number {
  const parts = dateFormat('en-u-nu-latn', {timeZone, year: 'numeric', month: 'numeric', day: 'numeric'}).formatToParts(time);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day')) / DAY;
}

/** Calendar days from the date to today in the zone: 1 is "yesterday" however few hours ago that was. */
function daysAgo(iso: string, now: number, timeZone: string | undefined): number {
  const time = Date.parse(iso);
  return dayNumber(now, timeZone) - (isDateOnly(iso) ? time / DAY : dayNumber(time, timeZone));
}

/**
 * A date for readers: relative under 24 hours in `auto` mode ("3 hours
 * ago"), else the locale's date. A date in the future (a skewed clock) is
 * always absolute, never "in 5 minutes". Days count calendar days in the
 * time zone; a date without a time is never told in hours.
 */
export function formatDate(iso: string, locale: string, options: DateOptions = {}): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const now = options.now ?? dateContext?.now ?? Date.now();
  const timeZone = options.timeZone ?? dateContext?.timeZone;
  const dateOnly = isDateOnly(iso);
  const age = now - time;
  if (isRelativeDate(iso, options.mode, now, timeZone)) {
    const rtf = relativeFormat(locale);
    if (dateOnly || age >= DAY) return rtf.format(-daysAgo(iso, now, timeZone), 'day');
    if (age < MINUTE) return rtf.format(0, 'second');
    if (age < HOUR) return rtf.format(-Math.floor(age / MINUTE), 'minute');
    return rtf.format(-Math.floor(age / HOUR), 'hour');
  }
  return dateFormat(locale, {dateStyle: 'medium', timeZone: dateOnly ? 'UTC' : timeZone}).format(time);
}

/** Whether `formatDate` shows this date relative to now, so it must be kept current. */
export function isRelativeDate(iso: string, mode: DateMode = 'auto', now = dateContext?.now ?? Date.now(), timeZone = dateContext?.timeZone): boolean {
  if (isDateOnly(iso)) {
    // No time to tell "3 hours ago" by: relative only when asked for, in days.
    const days = mode === 'relative' ? daysAgo(iso, now, timeZone) : NaN;
    return days >= 0 && days < 30;
  }
  const age = now - Date.parse(iso);
  return age >= 0 && age < 30 * DAY && (mode === 'relative' || (mode === 'auto' && age < DAY));
}

/** The full date and time (the date alone for a date without a time), for a tooltip or screen readers. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string | undefined {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  if (isDateOnly(iso)) return dateFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(time);
  return dateFormat(locale, {dateStyle: 'long', timeStyle: 'short', timeZone: timeZone ?? dateContext?.timeZone}).format(time);
}

/** "5 minutes" / "5 phút", with the plural handled by Intl's unit formatting. */
export const formatMinutes = (minutes: number, locale: string): string =>
  numberFormat(locale, {style: 'unit', unit: 'minute', unitDisplay: 'long'}).format(minutes);

/**
 * Labels shared by several widgets. Each is a function so that `msg()` runs
 * during render, in the widget's own locale. Plurals: `@lit/localize` has no
 * ICU plural syntax, so there is one message per CLDR plural category and
 * Intl.PluralRules picks one; every language fills the categories it uses.
 */
import {html} from 'lit';
import type {TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {str} from '@lit/localize';
import {msg} from './locale.js';
import type {NewsErrorKind} from '../data/errors.js';
import {formatMinutes, listFormat, numberFormat, pluralRules} from './format.js';

export function commentCount(count: number, locale: string): string {
  const n = numberFormat(locale).format(count);
  switch (pluralRules(locale).select(count)) {
    case 'zero':
      return msg(str`${n} comments`, {id: 'comments.zero', desc: 'Comment count, CLDR plural category "zero".'});
    case 'one':
      return msg(str`${n} comment`, {id: 'comments.one', desc: 'Comment count, CLDR plural category "one".'});
    case 'two':
      return msg(str`${n} comments`, {id: 'comments.two', desc: 'Comment count, CLDR plural category "two".'});
    case 'few':
      return msg(str`${n} comments`, {id: 'comments.few', desc: 'Comment count, CLDR plural category "few".'});
    case 'many':
      return msg(str`${n} comments`, {id: 'comments.many', desc: 'Comment count, CLDR plural category "many".'});
    default:
      return msg(str`${n} comments`, {id: 'comments.other', desc: 'Comment count, CLDR plural category "other".'});
  }
}

export function byline(names: string[], locale: string): string {
  // One name needs no list; building an Intl.ListFormat is the costliest
  // formatter to construct, and most articles have one author.
  const list = names.length === 1 ? names[0] : listFormat(locale).format(names);
  return msg(str`By ${list}`, {id: 'byline.authors', desc: 'Authors of an article; the list is already joined.'});
}

export function readingTime(minutes: number, locale: string): string {
  const duration = formatMinutes(minutes, locale);
  return msg(str`${duration} read`, {id: 'readingTime', desc: 'Reading time; the duration is e.g. "5 minutes".'});
}

export const untitled = () =>
  msg('Untitled article', {id: 'article.untitled', desc: 'Link text for an article whose feed gives no title.'});

export const loadingLabel = () => msg('Loading…', {id: 'state.loading', desc: 'Announced while content loads.'});

/**
 * The "Loading…" a skeleton announces, once per widget (`lang`: the widget's
 * `labelLang`). It goes beside the skeleton's `aria-busy` box, not inside:
 * assistive technology may hold back what changes inside a busy one.
 */
export const loadingStatus = (lang: string | undefined): TemplateResult =>
  // Focusable by script: it holds the focus of a control the loading state replaced (NewsElement.update).
  html`<span class="visually-hidden" role="status" tabindex="-1" lang=${ifDefined(lang)}>${loadingLabel()}</span>`;

/**
 * The accessible name of a region, list or nav, for `aria-labelledby`: an
 * `aria-label` cannot say which language it is in, and a label that fell
 * back to English (`lang`) must be read as English.
 */
export const hiddenLabel = (id: string, text: string, lang: string | undefined): TemplateResult =>
  html`<span id=${id} hidden lang=${ifDefined(lang)}>${text}</span>`;

export const retryLabel = () => msg('Retry', {id: 'state.retry', desc: 'Button that tries to load again.'});

export function errorMessage(kind: NewsErrorKind): string {
  switch (kind) {
    case 'network':
      return msg('The news could not be loaded. Check your connection.', {id: 'error.network'});
    case 'timeout':
      return msg('The news service took too long to answer.', {id: 'error.timeout'});
    case 'http':
      return msg('The news service answered with an error.', {id: 'error.http'});
    case 'parse':
    case 'format':
      return msg('The news feed could not be read.', {id: 'error.format'});
    case 'too-large':
      return msg('The news feed is too large to show.', {id: 'error.tooLarge'});
    case 'not-found':
      return msg('This article is not available.', {id: 'error.notFound'});
  }
}

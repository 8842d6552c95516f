/**
 * A pseudo-locale built from the English sources of the XLIFF, and a checker
 * that finds English text which did not go through it.
 *
 * Every message becomes `⟦Ŕéţŕý⟧`: bracketed, each Latin letter accented.
 * Placeholders stay inside the brackets, so what Intl puts there (numbers,
 * durations, lists) counts as localized; whatever is left outside the
 * brackets and is not the test's own feed data or an expected Intl date is a
 * string that escaped localization.
 */
import {str} from '@lit/localize';
import type {LocaleModule} from '@lit/localize';
import {readXliff} from './i18n-helpers.js';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'áƀçďéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ';
const accentMap = new Map(Array.from(PLAIN, (c, i) => [c, Array.from(ACCENTED)[i]]));

export const accent = (text: string): string => text.replace(/[A-Za-z]/g, (c) => accentMap.get(c)!);

export interface PseudoLocale {
  module: LocaleModule;
  /** For each message id, the longest run of its own text, to recognize it on screen. */
  signatures: Map<string, string>;
}

/** `{templates}` in the shape `lit-localize build` writes, placeholders as `${N}`. */
export async function buildPseudoLocale(): Promise<PseudoLocale> {
  const units = await readXliff('fr');
  const templates: LocaleModule['templates'] = {};
  const signatures = new Map<string, string>();
  for (const unit of units.values()) {
    const strings: string[] = [];
    const indexes: number[] = [];
    let current = '⟦';
    for (const piece of unit.source) {
      if (typeof piece === 'number') {
        strings.push(current);
        indexes.push(piece);
        current = '';
      } else {
        current += accent(piece);
      }
    }
    strings.push(current + '⟧');
    templates[unit.id] = indexes.length
      ? str(Object.assign([...strings], {raw: [...strings]}) as unknown as TemplateStringsArray, ...indexes)
      : strings[0];
    signatures.set(unit.id, strings.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return {module: {templates}, signatures};
}

/** One piece of text a reader or a screen reader gets, and where it was found. */
export interface Shown {
  text: string;
  where: string;
}

const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder', 'label'];
const SKIPPED = new Set(['STYLE', 'SCRIPT', 'TEMPLATE']);

function locate(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  return `${host ? `<${host.localName}> ` : ''}${element.localName}${part ? `[part="${part}"]` : ''}`;
}

/**
 * Text of `root` and of every shadow root below it, hidden text included
 * (screen readers read visually hidden labels): for each element, its own
 * text nodes joined (so that a message split around an inserted element
 * stays whole), and its text attributes.
 */
export function collectShown(root: Element): Shown[] {
  const shown: Shown[] = [];
  const visit = (element: Element) => {
    if (SKIPPED.has(element.tagName)) return;
    const own = Array.from(element.childNodes)
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('');
    if (own.trim()) shown.push({text: own, where: locate(element)});
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value?.trim()) shown.push({text: value, where: `${locate(element)} @${name}`});
    }
    if (element.shadowRoot) Array.from(element.shadowRoot.children).forEach(visit);
    Array.from(element.children).forEach(visit);
  };
  visit(root);
  return shown;
}

/**
 * Runs of two or more ASCII letters outside `⟦…⟧`, once `known` strings (the
 * test's data, the dates Intl writes) are taken out, as "where: run in text".
 */
export function findLeaks(shown: Shown[], known: string[]): string[] {
  const longestFirst = known.filter(Boolean).sort((a, b) => b.length - a.length);
  const leaks: string[] = [];
  for (const {text, where} of shown) {
    let rest = text;
    for (const k of longestFirst) rest = rest.split(k).join(' ');
    rest = rest
      .replace(/⟦[^⟦⟧]*⟧/g, ' ')
      // A message whose text nodes an element split apart: its opening or closing half.
      .replace(/^[^⟦]*⟧/, ' ')
      .replace(/⟦[^⟧]*$/, ' ');
    for (const [run] of rest.matchAll(/[A-Za-z]{2,}/g)) leaks.push(`${where}: "${run}" in ${JSON.stringify(text.trim())}`);
  }
  return leaks;
}

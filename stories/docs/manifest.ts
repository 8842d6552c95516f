/**
 * Tables for the guides, read from custom-elements.json, so that the docs
 * list exactly the tokens, events and defaults the elements declare.
 */
import manifest from '../../custom-elements.json';

interface Described {
  name: string;
  description?: string;
  default?: string;
}

interface Element {
  name: string;
  tagName?: string;
  summary?: string;
  cssProperties?: Described[];
  events?: Described[];
}

const elements: Element[] = (manifest.modules as {declarations?: Element[]}[])
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration): declaration is Element & {tagName: string} => Boolean(declaration.tagName));

/** `Main text colour (dark: #ececf1).` → `#ececf1` */
const darkDefault = (description = '') => /\(dark: ([^)]+)\)/.exec(description)?.[1];
/** The description without its "(dark: ...)" note, which the table shows in a column of its own. */
const withoutDark = (description = '') => description.replace(/\s*\(dark: [^)]+\)/, '');

/** A token every widget reads: `--news-color-accent`, not `--news-article-card-gap`. */
const isPageWide = (name: string) => !elements.some((element) => element.tagName && name.startsWith(`--${element.tagName}-`));

export interface PageToken {
  name: string;
  light: string;
  dark?: string;
  /** What the token does in each element that declares it. */
  uses: {tagName: string; description: string}[];
}

/** Page-wide tokens, in the order the elements declare them. */
export const pageTokens: PageToken[] = (() => {
  const tokens = new Map<string, PageToken>();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      if (!isPageWide(property.name)) continue;
      const token = tokens.get(property.name) ?? {name: property.name, light: property.default ?? '', uses: []};
      token.dark ??= darkDefault(property.description);
      token.uses.push({tagName: element.tagName!, description: withoutDark(property.description)});
      tokens.set(property.name, token);
    }
  }
  return [...tokens.values()];
})();

export interface ElementTokens {
  tagName: string;
  tokens: {name: string; default: string; description: string}[];
}

/** Each element's own hooks (`--news-<tag>-*`), and those it shares with another element (the related list reads the list's). */
export const elementTokens: ElementTokens[] = elements
  .map((element) => ({
    tagName: element.tagName!,
    tokens: (element.cssProperties ?? [])
      .filter((property) => !isPageWide(property.name))
      .map((property) => ({name: property.name, default: property.default ?? '', description: withoutDark(property.description)})),
  }))
  .filter((entry) => entry.tokens.length > 0);

export interface EventRow {
  name: string;
  /** Which elements fire it, with what each says about it. */
  firedBy: {tagName: string; description: string}[];
}

/** Every event, with the elements that fire it. */
export const events: EventRow[] = (() => {
  const rows = new Map<string, EventRow>();
  for (const element of elements) {
    for (const event of element.events ?? []) {
      const row = rows.get(event.name) ?? {name: event.name, firedBy: []};
      row.firedBy.push({tagName: element.tagName!, description: event.description ?? ''});
      rows.set(event.name, row);
    }
  }
  return [...rows.values()];
})();

/** Tag and summary of every element. */
export const elementSummaries = elements.map((element) => ({tagName: element.tagName!, summary: element.summary ?? ''}));

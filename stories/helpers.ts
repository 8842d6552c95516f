/**
 * What the stories share: each element's args, controls and template from
 * custom-elements.json (through @wc-toolkit/storybook-helpers), and small
 * helpers for play functions, which reach into the widgets' shadow roots as
 * a reader's assistive technology would.
 */
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {html, nothing, type TemplateResult} from 'lit';
import {expect, waitFor} from 'storybook/test';
import type {NewsArticleCard} from '../src/components/article-card/article-card.js';

/** Every event the elements fire, for stories that render several elements themselves. */
export const newsEvents = ['news-article-select', 'news-category-select', 'news-load', 'news-error'];

/** Numbers the rendered elements, so that each story's styles can name its own element. */
let storyCount = 0;

/**
 * Args, controls and a template for `tag`, from the manifest. Object-typed
 * properties get an object control, and CSS property defaults stay text
 * (the helpers read `3` as a number, which a text control marks invalid).
 *
 * The template styles only the element it renders: its CSS property and part
 * args become rules for `tag[data-story="n"]`, so that on a docs page one
 * story's controls leave the other stories' elements alone. The helpers'
 * own `useScopedStyles` (10.5.1) cannot do it: its `@scope` rewrite replaces
 * the tag name everywhere in the CSS, and `--news-article-card-gap` on a card
 * becomes `--:scope-gap`, which nothing reads.
 */
export function elementHelpers<T>(tag: string, objectProperties: string[] = []) {
  const helpers = getStorybookHelpers<T>(tag);
  // The same element without the CSS categories: its template renders the element alone, and the styles are ours.
  const bare = getStorybookHelpers<Record<string, unknown>>(tag, {excludeCategories: ['cssProps', 'cssParts']});
  const args = Object.fromEntries(
    Object.entries(helpers.args).map(([name, value]) => [name, name.startsWith('--') && typeof value === 'number' ? String(value) : value]),
  ) as typeof helpers.args;
  const argTypes = {...helpers.argTypes};
  for (const name of objectProperties) argTypes[name] = {...argTypes[name], control: 'object'};

  const cssProperties = Object.keys(argTypes).filter((name) => name.startsWith('--'));
  // Storybook types a CSS property `void` (from the manifest), and drops it from a story URL's `args`; text keeps it.
  for (const name of cssProperties) argTypes[name] = {...argTypes[name], type: {name: 'string', required: false}};
  /** Arg name (`title-part`) → part name (`title`). */
  const cssParts = new Map(
    Object.entries(argTypes).flatMap(([name, argType]) => (argType.table?.category === 'css shadow parts' ? [[name, argType.name]] : [])),
  );

  /**
   * The story's CSS property and part args as a style element for the element
   * marked `data-story=${id}`; for stories that render the element themselves.
   */
  const storyStyles = (storyArgs: Record<string, unknown>) => {
    const id = String(++storyCount);
    const selector = `${tag}[data-story="${id}"]`;
    const declarations = cssProperties
      .filter((name) => storyArgs[name] && storyArgs[name] !== argTypes[name].defaultValue)
      .map((name) => `${name}: ${storyArgs[name]};`);
    const rules = [...cssParts]
      .filter(([name]) => String(storyArgs[name] ?? '').trim())
      .map(([name, part]) => `${selector}::part(${part}) { ${storyArgs[name]} }`);
    if (declarations.length) rules.unshift(`${selector} { ${declarations.join(' ')} }`);
    return {id, styles: rules.length ? html`<style>${rules.join('\n')}</style>` : nothing};
  };

  const template = (storyArgs: Record<string, unknown> = {}, slot?: TemplateResult) => {
    const {id, styles} = storyStyles(storyArgs);
    // Style args left in would reach the element as attributes (`title-part="…"`).
    const elementArgs = Object.fromEntries(Object.entries(storyArgs).filter(([name]) => !name.startsWith('--') && !cssParts.has(name)));
    return html`${styles}${bare.template({...elementArgs, 'data-story': id}, slot)}`;
  };
  return {...helpers, args, argTypes, template, storyStyles};
}

/**
 * A loader for args made afresh on every render (a mock URL with a new
 * key, say); each meta's render spreads `loaded.args` over the story's args.
 */
export const freshArgs = (make: () => Record<string, unknown>) => async () => ({args: make()});

/** The first element matching `selector` in `root`, or in the open shadow root of an element in it. */
export function deepQuery<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | undefined {
  return deepQueryAll<E>(root, selector)[0];
}

/** Every element matching `selector` in `root` and in the open shadow roots below it, in document order. */
export function deepQueryAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.matches(selector)) found.push(el as E);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** The articles a widget shows, read from its cards. */
export const shownArticles = (widget: Element) =>
  deepQueryAll<NewsArticleCard>(widget.shadowRoot ?? widget, 'news-article-card').flatMap((card) => (card.article ? [card.article] : []));

/** Waits until `find` returns an element (shadow roots render asynchronously), and returns it. */
export async function found<E extends Element>(find: () => E | undefined | null, what: string): Promise<E> {
  let element: E | undefined | null;
  await waitFor(
    () => {
      element = find();
      expect(element, what).toBeTruthy();
    },
    {timeout: 8000},
  );
  return element!;
}

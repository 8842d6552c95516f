/**
 * What the stories share: each element's args, controls and template from
 * custom-elements.json (through @wc-toolkit/storybook-helpers), and small
 * helpers for play functions, which reach into the widgets' shadow roots as
 * a reader's assistive technology would.
 */
import {getStorybookHelpers} from '@wc-toolkit/storybook-helpers';
import {expect, waitFor} from 'storybook/test';
import type {NewsArticleCard} from '../src/components/article-card/article-card.js';

/** Every event the elements fire, for stories that render several elements themselves. */
export const newsEvents = ['news-article-select', 'news-category-select', 'news-load', 'news-error'];

/**
 * Args, controls and a template for `tag`, from the manifest. Object-typed
 * properties get an object control, and CSS property defaults stay text
 * (the helpers read `3` as a number, which a text control marks invalid).
 */
export function elementHelpers<T>(tag: string, objectProperties: string[] = []) {
  const helpers = getStorybookHelpers<T>(tag);
  const args = Object.fromEntries(
    Object.entries(helpers.args).map(([name, value]) => [name, name.startsWith('--') && typeof value === 'number' ? String(value) : value]),
  ) as typeof helpers.args;
  const argTypes = {...helpers.argTypes};
  for (const name of objectProperties) argTypes[name] = {...argTypes[name], control: 'object'};
  return {...helpers, args, argTypes};
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

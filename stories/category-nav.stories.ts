import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/components/article-list/news-article-list.js';
import '../src/components/category-nav/news-category-nav.js';
import type {NewsCategoryNav} from '../src/components/category-nav/category-nav.js';
import '../src/components/provider/news-provider.js';
import type {Category} from '../src/data/model.js';
import {demoFeeds, faultyEndpoints, fixtures, hanging} from './data.js';
import {deepQuery, elementHelpers, found, freshArgs, newsEvents, shownArticles} from './helpers.js';

const {args, argTypes, template, storyStyles} = elementHelpers<NewsCategoryNav>('news-category-nav', ['categories']);
type Args = typeof args;
type Story = StoryObj<Args>;

const meta = {
  title: 'Elements/news-category-nav',
  component: 'news-category-nav',
  args: {...args, src: demoFeeds.en},
  argTypes,
  render: (args, {loaded}) => template({...args, ...loaded.args}),
} satisfies Meta<Args>;

export default meta;

/** A container narrower than the row of items: what does not fit goes into the "More" menu. */
const narrow = (story: () => unknown) => html`<div style="max-width: 22rem">${story()}</div>`;

const sections: Category[] = [
  {id: 'world', name: 'World', slug: 'world'},
  {id: 'economy', name: 'Economy', slug: 'economy'},
  {id: 'science', name: 'Science', slug: 'science'},
  {id: 'culture', name: 'Culture', slug: 'culture'},
  {id: 'sport', name: 'Sport', slug: 'sport'},
];

/** Without `href-template`, items are buttons: a press fires `news-category-select` and marks the item current. */
export const Buttons: Story = {};

/** With `href-template`, items are links; `all-href` adds the "All" link. */
export const Links: Story = {
  args: {'href-template': 'https://news.example/category/{slug}', 'all-href': 'https://news.example/', current: 'politics'},
};

/** Links without `all-href`: no "All" item, since the template cannot say where all categories live. */
export const LinksWithoutAll: Story = {args: {'href-template': 'https://news.example/category/{slug}'}};

/** `current` marks the active item with `aria-current`. */
export const CurrentItem: Story = {args: {current: 'business'}};

/** The categories come from the `categories` property: no feed is loaded. */
export const FromCategoriesProperty: Story = {args: {src: '', categories: sections, current: 'science'}};

export const NarrowWithMoreMenu: Story = {args: {current: 'local'}, decorators: [narrow]};

/** The "More" menu opened: the current item inside it keeps its mark. */
export const MoreMenuOpen: Story = {
  args: {current: 'products'},
  decorators: [narrow],
  play: async ({canvasElement}) => {
    const nav = canvasElement.querySelector('news-category-nav')!;
    const more = await found(() => deepQuery<HTMLButtonElement>(nav.shadowRoot!, '[part="more"]'), 'the More button');
    await userEvent.click(more);
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('true'));
    expect(deepQuery(nav.shadowRoot!, '[part="menu"] [aria-current]')).toBeDefined();
  },
};

/**
 * Inside a provider, the nav selects the category the provider's lists
 * follow: choosing "Politics" leaves only political stories in the list.
 */
export const DrivingAList: Story = {
  parameters: {actions: {handles: newsEvents}},
  render: (args) => {
    // The nav's CSS property and part controls style it here too.
    const {id, styles} = storyStyles(args);
    return html`
      ${styles}
      <news-provider src=${demoFeeds.en}>
        <news-category-nav data-story=${id} theme=${ifDefined(args.theme || undefined)}></news-category-nav>
        <div style="max-width: 44rem; margin-block-start: 1rem">
          <news-article-list theme=${ifDefined(args.theme || undefined)} limit="3" heading="Latest news"></news-article-list>
        </div>
      </news-provider>
    `;
  },
  play: async ({canvasElement}) => {
    const nav = canvasElement.querySelector('news-category-nav')!;
    const list = canvasElement.querySelector('news-article-list')!;
    const politics = await found(
      () => [...nav.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="link"]')].find((b) => b.textContent?.trim() === 'Politics'),
      'the Politics item',
    );
    await userEvent.click(politics);
    await waitFor(() => {
      const shown = shownArticles(list);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((article) => article.category?.slug === 'politics')).toBe(true);
    });
    expect(politics.getAttribute('aria-current')).toBe('true');
  },
};

export const Loading: Story = {loaders: [freshArgs(() => ({src: hanging()}))], tags: ['stays-loading']};

export const ServerError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

/** Arabic categories on an Arabic page: "All" and "More" in Arabic, the row right to left. */
export const RightToLeft: Story = {args: {src: fixtures.arabic, current: 'transport'}, globals: {locale: 'ar'}};

export const Dark: Story = {args: {current: 'heritage', theme: 'dark'}};

/** Category names longer than an item may be (`--news-category-nav-item-max-width`): each is cut with an ellipsis, its full name still its accessible name. */
export const LongNames: Story = {
  args: {
    src: '',
    categories: [
      {id: 'regional', name: 'Regional and municipal affairs of the metropolitan area', slug: 'regional'},
      {id: 'climate', name: 'Climate, energy and the environment', slug: 'climate'},
      ...sections.slice(0, 2),
    ],
  },
  decorators: [narrow],
};

/** No categories at all: the nav hides itself rather than show "All" alone. */
export const Empty: Story = {args: {src: '', categories: []}, tags: ['renders-nothing']};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, userEvent, waitFor} from 'storybook/test';
import '../src/components/article-list/news-article-list.js';
import type {NewsArticleList} from '../src/components/article-list/article-list.js';
import {customMap, demoFeeds, faultyEndpoints, fixtures, flaky, hanging, slow, wordpressPosts} from './data.js';
import {deepQuery, elementHelpers, found, freshArgs, shownArticles} from './helpers.js';

const {args, argTypes, template} = elementHelpers<NewsArticleList>('news-article-list');
type Args = typeof args;
type Story = StoryObj<Args>;

/** A list of horizontal cards reads best at the width of a text column; grids and carousels take the canvas. */
const width = (layout: unknown) => (layout === 'grid' || layout === 'carousel' ? '72rem' : '44rem');

const meta = {
  title: 'Elements/news-article-list',
  component: 'news-article-list',
  args: {...args, src: demoFeeds.en, limit: 4},
  argTypes,
  render: (args, {loaded}) => template({...args, ...loaded.args}),
  decorators: [(story, {args}) => html`<div style="max-width: ${width(args.layout)}">${story()}</div>`],
} satisfies Meta<Args>;

export default meta;

/** Clicks the list's "Load more" button once it is there. */
async function loadMore(canvasElement: HTMLElement) {
  const list = canvasElement.querySelector('news-article-list')!;
  const button = await found(() => deepQuery<HTMLButtonElement>(list.shadowRoot!, '[part="load-more"]'), 'the Load more button');
  await userEvent.click(button);
  return list;
}

export const List: Story = {};

export const Grid: Story = {args: {layout: 'grid', limit: 6}};

/** Scroll snapping, previous and next buttons; the scroller takes the keyboard too. */
export const Carousel: Story = {args: {layout: 'carousel', limit: 8, heading: 'Latest news'}};

/** A heading (level 2 by default); the cards' headlines take the next level. */
export const WithHeading: Story = {args: {heading: 'Latest news', limit: 3}};

export const CompactCards: Story = {args: {'card-variant': 'compact', heading: 'Most read', limit: 5}};

export const HeroCards: Story = {args: {layout: 'grid', 'card-variant': 'hero', limit: 2}};

/** Only one category of the feed, by slug. */
export const OneCategory: Story = {args: {category: 'heritage', heading: 'Heritage'}};

/** `limit` shows the first two; "Load more" adds two more at a time, first from what is loaded. */
export const LimitAndLoadMore: Story = {args: {src: fixtures.paged, limit: 2, heading: 'Latest news'}};

/** Past the first page, "Load more" follows the JSON Feed's `next_url`, and the button goes once there is nothing left. */
export const LoadMoreNextPage: Story = {
  args: {src: fixtures.paged, limit: 4, heading: 'Latest news'},
  play: async ({canvasElement}) => {
    const list = await loadMore(canvasElement);
    await waitFor(() => expect(shownArticles(list)).toHaveLength(8), {timeout: 8000});
    expect(deepQuery(list.shadowRoot!, '[part="load-more"]')).toBeUndefined();
  },
};

/** WordPress pages through `?page=` and says how many there are in `X-WP-TotalPages`. */
export const WordPressPages: Story = {
  args: {src: wordpressPosts('en', 4), format: 'wordpress', limit: 4, heading: 'From WordPress'},
  play: async ({canvasElement}) => {
    const list = await loadMore(canvasElement);
    await waitFor(() => expect(shownArticles(list)).toHaveLength(8), {timeout: 8000});
  },
};

export const NativeFormat: Story = {args: {src: demoFeeds.enNative, limit: 3}};

/** Any JSON, through a field map: keys are article fields, values dot paths into each item. */
export const FieldMap: Story = {args: {src: fixtures.custom, map: JSON.stringify(customMap), limit: 0}};

/** The feed answers after 1.2 s: the skeleton, then the cards. */
export const SlowFeed: Story = {args: {src: slow(demoFeeds.en), limit: 3}};

/** The endpoint never answers: one skeleton card per article to come. */
export const Loading: Story = {loaders: [freshArgs(() => ({src: hanging()}))], args: {limit: 3}, tags: ['stays-loading']};

export const LoadingGrid: Story = {loaders: [freshArgs(() => ({src: hanging()}))], args: {layout: 'grid', limit: 6}, tags: ['stays-loading']};

export const LoadingCarousel: Story = {loaders: [freshArgs(() => ({src: hanging()}))], args: {layout: 'carousel', limit: 6}, tags: ['stays-loading']};

/** A feed without articles: the list says so. */
export const EmptyMessage: Story = {args: {src: fixtures.empty, heading: 'Latest news'}};

/** `empty="hide"`: with nothing to show, the widget takes no space at all. */
export const EmptyHidden: Story = {args: {src: fixtures.empty, heading: 'Latest news', empty: 'hide'}, tags: ['renders-nothing']};

/** HTTP 500 after the client's retries: a message and a Retry button. */
export const ServerError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

export const InvalidJson: Story = {args: {src: faultyEndpoints.invalidJson}, tags: ['shows-error']};

/** The first load fails; Retry asks again and the cards come. */
export const ErrorThenRetry: Story = {
  loaders: [freshArgs(() => ({src: flaky(demoFeeds.en)}))],
  play: async ({canvasElement}) => {
    const list = canvasElement.querySelector('news-article-list')!;
    const retry = await found(() => deepQuery<HTMLButtonElement>(list.shadowRoot!, '[part="retry"]'), 'the Retry button');
    await userEvent.click(retry);
    await waitFor(() => expect(shownArticles(list)).toHaveLength(4), {timeout: 8000});
  },
};

/** A headline longer than the card, with a word wider than the column: it wraps. */
export const LongHeadline: Story = {args: {src: fixtures.edgeCases, category: 'long-headline'}};

export const MissingImage: Story = {args: {src: fixtures.edgeCases, category: 'no-image'}};

export const NoSummary: Story = {args: {src: fixtures.edgeCases, category: 'no-summary'}};

/** 1,284 comments: the count is formatted for the reader's language. */
export const HundredsOfComments: Story = {args: {src: fixtures.edgeCases, category: 'many-comments'}};

/** Every awkward article side by side, in the grid's narrow columns. */
export const EdgeCasesGrid: Story = {args: {src: fixtures.edgeCases, layout: 'grid', limit: 0}};

/** An Arabic feed on an Arabic page: the labels speak Arabic and the widget turns right to left. */
export const RightToLeft: Story = {args: {src: fixtures.arabic, heading: 'آخر الأخبار'}, globals: {locale: 'ar'}};

/** The carousel in right-to-left: "next" scrolls to the left. */
export const RightToLeftCarousel: Story = {
  args: {src: fixtures.arabic, layout: 'carousel', heading: 'آخر الأخبار'},
  globals: {locale: 'ar'},
};

export const Dark: Story = {args: {layout: 'grid', limit: 3, theme: 'dark'}};

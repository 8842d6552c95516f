import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/related-list/news-related-list.js';
import type {NewsRelatedList} from '../src/components/related-list/related-list.js';
import {customMap, demoArticleId, demoFeeds, faultyEndpoints, fixtures, hanging} from './data.js';
import {elementHelpers, freshArgs} from './helpers.js';

const {args, argTypes, template} = elementHelpers<NewsRelatedList>('news-related-list');
type Args = typeof args;
type Story = StoryObj<Args>;

const meta = {
  title: 'Elements/news-related-list',
  component: 'news-related-list',
  args: {...args, src: demoFeeds.en, 'article-id': demoArticleId},
  argTypes,
  render: (args, {loaded}) => template({...args, ...loaded.args}),
  // Related stories usually sit in a sidebar or under the article.
  decorators: [(story) => html`<div style="max-width: 26rem">${story()}</div>`],
} satisfies Meta<Args>;

export default meta;

/** Two stories of different sections: nothing is related to either. */
const unrelated = {src: fixtures.custom, map: JSON.stringify(customMap), 'article-id': 'river-clean-up', relation: 'category' as const};

/** Most shared tags first, then the same category; newest first among equals. */
export const Topic: Story = {args: {relation: 'topic'}};

export const Category: Story = {args: {relation: 'category'}};

/** A shared author, else the same source. */
export const Author: Story = {args: {relation: 'author'}};

export const Limit: Story = {args: {relation: 'topic', limit: 2}};

/** `heading` replaces the default "Same topic". */
export const CustomHeading: Story = {args: {relation: 'topic', heading: 'Read next', 'card-variant': 'horizontal', limit: 2}};

/** Nothing is related and `empty="message"`: the list says so. */
export const EmptyMessage: Story = {args: {...unrelated, empty: 'message'}};

/** Nothing is related: by default the list hides itself. */
export const Hidden: Story = {args: unrelated, tags: ['renders-nothing']};

export const Loading: Story = {loaders: [freshArgs(() => ({src: hanging()}))], args: {limit: 3}, tags: ['stays-loading']};

export const ServerError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

/** Arabic feed and page: the default heading in Arabic, the list right to left. */
export const RightToLeft: Story = {args: {src: fixtures.arabic, 'article-id': 'ar-1', relation: 'category'}, globals: {locale: 'ar'}};

export const Dark: Story = {args: {relation: 'author', theme: 'dark'}};

/** `card-variant`: standard cards (with image and teaser) instead of the compact ones a sidebar gets by default. */
export const StandardCards: Story = {args: {relation: 'topic', 'card-variant': 'standard', limit: 2}};

/** A body that is not JSON: "could not be read", with Retry. */
export const InvalidJson: Story = {args: {src: faultyEndpoints.invalidJson}, tags: ['shows-error']};

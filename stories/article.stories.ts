import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/article/news-article.js';
import type {NewsArticle} from '../src/components/article/article.js';
import {
  articleWithBrokenImage,
  articleWithLongWords,
  bareArticle,
  demoArticleId,
  demoFeeds,
  faultyEndpoints,
  fixtures,
  fullArticle,
  hanging,
  slow,
} from './data.js';
import {elementHelpers, freshArgs} from './helpers.js';

const {args, argTypes, template} = elementHelpers<NewsArticle>('news-article', ['article']);
type Args = typeof args;
type Story = StoryObj<Args>;

const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  args: {...args, src: demoFeeds.en, 'article-id': demoArticleId, 'tag-href-template': 'https://news.example/tag/{slug}'},
  argTypes,
  render: (args, {loaded}) => template({...args, ...loaded.args}),
  decorators: [(story) => html`<div style="max-width: 48rem">${story()}</div>`],
} satisfies Meta<Args>;

export default meta;

/** An article of the demo feed with everything: lead, byline and agency, dates, image with caption and credit, body, tags, source. */
export const Full: Story = {};

/** From an `article` object: nothing is fetched. Updated after publication, so both dates show. */
export const FromObject: Story = {args: {src: '', article: fullArticle}};

/** Only an id and a title. */
export const Minimal: Story = {args: {src: '', article: bareArticle}};

/** Words longer than a phone is wide, in the headline, the lead and the body: they break instead of overflowing. */
export const LongWords: Story = {
  args: {src: '', article: articleWithLongWords},
  decorators: [(story) => html`<div style="max-width: 20rem">${story()}</div>`],
};

/** The demo's French article on an English page: its content carries `lang="fr"`, the labels stay English. */
export const ForeignLanguage: Story = {args: {src: demoFeeds.fr}, globals: {locale: 'en'}};

/** An Arabic article on an Arabic page, right to left. */
export const RightToLeft: Story = {args: {src: fixtures.arabic, 'article-id': 'ar-1'}, globals: {locale: 'ar'}};

/** The feed answers after 1.2 s. */
export const SlowFeed: Story = {args: {src: slow(demoFeeds.en)}};

export const Loading: Story = {loaders: [freshArgs(() => ({src: hanging()}))], tags: ['stays-loading']};

/** HTTP 500 after the client's retries: a message and Retry. */
export const ServerError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

/** A body that is not JSON: "could not be read", with Retry (only a missing article offers none). */
export const InvalidJson: Story = {args: {src: faultyEndpoints.invalidJson}, tags: ['shows-error']};

/** The feed has no article with this id. */
export const NotFound: Story = {args: {'article-id': 'no-such-article'}, tags: ['shows-error']};

export const Dark: Story = {args: {theme: 'dark'}};

/** The lead image answers 404: the article drops the figure (caption included) rather than show a broken image. */
export const BrokenImage: Story = {args: {src: '', article: articleWithBrokenImage}};

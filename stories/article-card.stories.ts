import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {expect, waitFor} from 'storybook/test';
import '../src/components/article-card/news-article-card.js';
import type {ArticleCardVariant, NewsArticleCard} from '../src/components/article-card/article-card.js';
import {
  arabicArticle,
  articleWithBrokenImage,
  articleWithLongHeadline,
  articleWithManyComments,
  articleWithoutImage,
  articleWithoutSummary,
  bareArticle,
  demoFeeds,
  faultyEndpoints,
  fullArticle,
  hanging,
  postWithoutTitle,
} from './data.js';
import {elementHelpers, freshArgs} from './helpers.js';

const {args, argTypes, template} = elementHelpers<NewsArticleCard>('news-article-card', ['article']);
type Args = typeof args;

/** Widths a page would typically give each layout, so that none fills a wide canvas. */
const maxWidth: Record<ArticleCardVariant, string> = {
  standard: '22rem',
  compact: '26rem',
  horizontal: '40rem',
  hero: '56rem',
};

const meta = {
  title: 'Elements/news-article-card',
  component: 'news-article-card',
  // Controls, defaults and the docs table come from custom-elements.json, through the helpers.
  args,
  argTypes,
  render: (args, {loaded}) => template({...args, ...loaded.args}),
  decorators: [(story, {args}) => html`<div style="max-width: ${maxWidth[(args.variant as ArticleCardVariant) || 'standard']}">${story()}</div>`],
} satisfies Meta<Args>;

export default meta;

type Story = StoryObj<Args>;

export const Standard: Story = {args: {article: fullArticle}};

export const Horizontal: Story = {args: {article: fullArticle, variant: 'horizontal'}};

export const Compact: Story = {args: {article: fullArticle, variant: 'compact'}};

export const Hero: Story = {args: {article: fullArticle, variant: 'hero', 'heading-level': 2}};

export const NoImage: Story = {args: {article: articleWithoutImage}};

/** The image URL answers 404: the card keeps its placeholder box. */
export const BrokenImage: Story = {args: {article: articleWithBrokenImage}};

export const NoSummary: Story = {args: {article: articleWithoutSummary}};

/** A post without a title or summary (a microblog's): named by the start of its text, set as text. */
export const WithoutTitle: Story = {args: {article: postWithoutTitle}};

/** An article with only an id and a title; without a URL the headline is a button. */
export const Minimal: Story = {args: {article: bareArticle}};

/** A long title with a word wider than the card: it must wrap, not overflow. */
export const LongHeadline: Story = {args: {article: articleWithLongHeadline}};

export const ManyComments: Story = {args: {article: articleWithManyComments}};

/** Loaded from the demo's French JSON Feed: on an English page its content is marked `lang="fr"`. */
export const FromFeed: Story = {args: {src: demoFeeds.fr, 'article-id': '1002'}};

/** The `loading` attribute: the skeleton a list shows while its feed loads. */
/**
 * `lazy`: the card starts loading and rendering only within a viewport of the visible area, as an image
 * with `loading="lazy"` does. Here it sits two screens down; the story scrolls to it, and it fetches and
 * renders as it comes near. (Left out of the docs page, where it would wait below the other stories.)
 */
export const Lazy: Story = {
  args: {src: demoFeeds.fr, 'article-id': '1003', lazy: true},
  decorators: [(story) => html`<p>The card is two screens further down.</p><div style="height: 200vh"></div>${story()}`],
  play: async ({canvasElement}) => {
    const card = canvasElement.querySelector<NewsArticleCard>('news-article-card')!;
    await expect(card.shadowRoot!.querySelector('article')).toBeNull();
    card.scrollIntoView();
    await waitFor(() => expect(card.shadowRoot!.querySelector('[part~="title"]')).not.toBeNull(), {timeout: 8000});
  },
  tags: ['!autodocs'],
};

export const Skeleton: Story = {args: {loading: true}, tags: ['stays-loading']};

/**
 * The endpoint never answers: the skeleton shows until the client gives up
 * (10 s), then the timeout message.
 */
export const Loading: Story = {
  loaders: [freshArgs(() => ({src: hanging()}))],
  // Tells the smoke test (scripts/storybook-smoke.mjs) which state to expect.
  tags: ['stays-loading'],
};

/** HTTP 500, after the client's retries: the message and a Retry button. */
export const ServerError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

export const InvalidJson: Story = {args: {src: faultyEndpoints.invalidJson}, tags: ['shows-error']};

/** The feed loads but has no article with this id: a message, and no Retry. */
export const NotFound: Story = {args: {src: demoFeeds.en, 'article-id': 'no-such-article'}, tags: ['shows-error']};

export const Dark: Story = {args: {article: fullArticle, theme: 'dark'}};

/**
 * Page-wide tokens and the card's own hooks, set on the page (here through
 * the CSS property controls). `light-dark()` gives a colour for each scheme.
 */
export const CustomTheme: Story = {
  args: {
    article: fullArticle,
    '--news-color-accent': 'light-dark(#0b57d0, #8ab4ff)',
    '--news-radius': '0',
    '--news-font-family': 'Georgia, serif',
    '--news-article-card-title-size': '1.375rem',
    '--news-article-card-image-ratio': '4 / 3',
  },
};

/** `::part()` reaches inside the card: here the headline and the category label. */
export const StyledParts: Story = {
  args: {
    article: fullArticle,
    'title-part': 'text-transform: uppercase; letter-spacing: 0.02em;',
    'category-part': 'background: #b3261e; color: white; padding: 0 0.4em; border-radius: 0.2em;',
  },
};

/** An Arabic article on a right-to-left page; the labels stay in the toolbar's language. */
export const RightToLeft: Story = {
  args: {article: arabicArticle, variant: 'horizontal'},
  globals: {dir: 'rtl'},
};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
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
} from './data.js';

type CardArgs = Partial<
  Pick<NewsArticleCard, 'article' | 'src' | 'format' | 'articleId' | 'variant' | 'headingLevel' | 'theme' | 'dateFormat' | 'timeZone'>
>;

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
  render: (args) => html`
    <news-article-card
      .article=${args.article}
      src=${ifDefined(args.src)}
      format=${ifDefined(args.format)}
      article-id=${ifDefined(args.articleId)}
      variant=${ifDefined(args.variant)}
      heading-level=${ifDefined(args.headingLevel)}
      theme=${ifDefined(args.theme)}
      date-format=${ifDefined(args.dateFormat)}
      time-zone=${ifDefined(args.timeZone)}
      style="max-width: ${maxWidth[args.variant ?? 'standard']}"
    ></news-article-card>
  `,
  // Named types are opaque in the manifest; the other controls come from it (see preview.ts).
  argTypes: {
    variant: {control: 'inline-radio', options: ['standard', 'horizontal', 'compact', 'hero']},
    format: {control: 'select', options: ['auto', 'jsonfeed', 'wordpress', 'native']},
    dateFormat: {control: 'inline-radio', options: ['auto', 'relative', 'absolute']},
    headingLevel: {control: {type: 'number', min: 1, max: 6}},
    article: {control: 'object'},
  },
  args: {variant: 'standard'},
} satisfies Meta<CardArgs>;

export default meta;

type Story = StoryObj<CardArgs>;

export const Standard: Story = {args: {article: fullArticle}};

export const Horizontal: Story = {args: {article: fullArticle, variant: 'horizontal'}};

export const Compact: Story = {args: {article: fullArticle, variant: 'compact'}};

export const Hero: Story = {args: {article: fullArticle, variant: 'hero', headingLevel: 2}};

export const NoImage: Story = {args: {article: articleWithoutImage}};

/** The image URL answers 404: the card keeps its placeholder box. */
export const BrokenImage: Story = {args: {article: articleWithBrokenImage}};

export const NoSummary: Story = {args: {article: articleWithoutSummary}};

/** An article with only an id and a title; without a URL the headline is a button. */
export const Minimal: Story = {args: {article: bareArticle}};

/** A long title with a word wider than the card: it must wrap, not overflow. */
export const LongHeadline: Story = {args: {article: articleWithLongHeadline}};

export const ManyComments: Story = {args: {article: articleWithManyComments}};

/** Loaded from the demo's JSON Feed, whose articles are in French (marked with `lang`). */
export const FromFeed: Story = {args: {src: demoFeeds.jsonFeed, articleId: 'fr-101'}};

/**
 * The endpoint never answers: the skeleton shows until the client gives up
 * (10 s), then the timeout message.
 */
export const Loading: Story = {
  args: {src: faultyEndpoints.hang},
  // Tells the smoke test (scripts/storybook-smoke.mjs) which state to expect.
  tags: ['stays-loading'],
};

/** HTTP 500, after the client's retries: the message and a Retry button. */
export const ServerError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

export const InvalidJson: Story = {args: {src: faultyEndpoints.invalidJson}, tags: ['shows-error']};

/** The feed loads but has no article with this id: a message, and no Retry. */
export const NotFound: Story = {args: {src: demoFeeds.jsonFeed, articleId: 'no-such-article'}, tags: ['shows-error']};

export const Dark: Story = {args: {article: fullArticle, theme: 'dark'}};

/** An Arabic article on a right-to-left page; the labels stay in the toolbar's language. */
export const RightToLeft: Story = {
  args: {article: arabicArticle, variant: 'horizontal'},
  globals: {dir: 'rtl'},
};

import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {expect, waitFor} from 'storybook/test';
import '../src/define.js';
import type {NewsProvider} from '../src/components/provider/provider.js';
import {demoArticleId, demoFeeds, faultyEndpoints, hanging} from './data.js';
import {elementHelpers, freshArgs, newsEvents, shownArticles} from './helpers.js';

const {args, argTypes} = elementHelpers<NewsProvider>('news-provider');
type Args = typeof args;
type Story = StoryObj<Args>;

/**
 * An article page as a CMS theme composes it: one provider fetches the feed
 * once, and the nav, the article and three related lists share it.
 */
const articlePage = (args: Args) => {
  // The provider has no theme of its own: the toolbar's goes to each widget.
  const theme = ifDefined(args.theme || undefined);
  return html`
  <news-provider
    src=${ifDefined(args.src || undefined)}
    format=${ifDefined(args.format || undefined)}
    map=${ifDefined(typeof args.map === 'string' && args.map ? args.map : undefined)}
    category=${ifDefined(args.category || undefined)}
    refresh=${ifDefined(args.refresh || undefined)}
    lang=${ifDefined(args.lang || undefined)}
  >
    <news-category-nav theme=${theme} href-template="https://news.example/category/{slug}" all-href="https://news.example/" current="heritage"></news-category-nav>
    <div style="display: grid; grid-template-columns: minmax(0, 1fr) 20rem; gap: 2rem; margin-block-start: 1.5rem; align-items: start">
      <news-article theme=${theme} article-id=${demoArticleId} tag-href-template="https://news.example/tag/{slug}"></news-article>
      <aside style="display: grid; gap: 1.5rem" aria-label="Related stories">
        <news-related-list theme=${theme} article-id=${demoArticleId} relation="topic" limit="3"></news-related-list>
        <news-related-list theme=${theme} article-id=${demoArticleId} relation="category" limit="3"></news-related-list>
        <news-related-list theme=${theme} article-id=${demoArticleId} relation="author" limit="3"></news-related-list>
      </aside>
    </div>
  </news-provider>
`;
};

const meta = {
  title: 'Elements/news-provider',
  component: 'news-provider',
  args: {...args, src: demoFeeds.en},
  argTypes,
  render: articlePage,
  parameters: {actions: {handles: newsEvents}},
} satisfies Meta<Args>;

export default meta;

/** Each related list skips what the lists before it show: the page never repeats a story, nor shows the article itself. */
export const ArticlePage: Story = {
  play: async ({canvasElement}) => {
    const lists = [...canvasElement.querySelectorAll('news-related-list')];
    let ids: string[] = [];
    await waitFor(
      () => {
        ids = lists.flatMap((list) => shownArticles(list).map((article) => article.id));
        // Every list has something to show on this page.
        for (const list of lists) expect(shownArticles(list).length).toBeGreaterThan(0);
      },
      {timeout: 8000},
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(demoArticleId);
  },
};

/** The same page from the French feed, with `lang="fr"` on the provider: every label inside speaks French. */
export const FrenchArticlePage: Story = {args: {src: demoFeeds.fr, lang: 'fr'}};

/** The provider's feed fails: each widget says so in its own place, with its own Retry. */
export const FeedError: Story = {args: {src: faultyEndpoints.serverError}, tags: ['shows-error']};

/** The provider's feed never answers: every widget shows its own skeleton, each the size of what will replace it. */
export const Loading: Story = {
  loaders: [freshArgs(() => ({src: hanging()}))],
  render: (args, {loaded}) => articlePage({...args, ...loaded.args}),
  tags: ['stays-loading'],
};

/** The page in dark: the toolbar's theme goes to each widget (the provider has none of its own). */
export const Dark: Story = {args: {theme: 'dark'}};

/**
 * Sample data for the stories of every element. Dates are fixed, so that a
 * story looks the same on any day; images and feeds are the demo's (served
 * under demo/ by Storybook's staticDirs). URLs are relative to the story's
 * iframe, so a Storybook published under a sub-path still finds them.
 */
import type {Article, ArticleImage} from '../src/data/model.js';

/** The demo's sample feeds, one per format. */
export const demoFeeds = {
  jsonFeed: 'demo/data/fr.jsonfeed.json',
  wordpress: 'demo/data/en.wordpress.json',
  native: 'demo/data/vi.native.json',
  custom: 'demo/data/en.custom.json',
} as const;

/**
 * Endpoints that fail on purpose (.storybook/mock-routes.mjs), served by
 * `storybook dev` and by the smoke test's server, not by a plain static host.
 */
export const faultyEndpoints = {
  hang: '__mock/hang',
  serverError: '__mock/500',
  notFound: '__mock/404',
  invalidJson: '__mock/invalid-json',
} as const;

/** `article` without `key`: absent data is left out, never set to undefined. */
const without = <K extends keyof Article>(article: Article, key: K): Omit<Article, K> => {
  const {[key]: _omitted, ...rest} = article;
  return rest;
};

const image = (n: number, alt: string): ArticleImage => ({
  src: `demo/images/photo-${n}.svg`,
  alt,
  width: 1200,
  height: 675,
});

const budgetImage: ArticleImage = {
  ...image(1, 'The assembly hall seen from the gallery'),
  caption: 'The hall at 5 a.m.',
  credit: 'Photo: A. Martin',
};

/** A card with every field. */
export const fullArticle: Article = {
  id: 'story-budget',
  url: 'https://news.example/politics/budget-vote',
  title: 'Parliament passes the 2027 budget after a night of debate',
  summary: 'The vote came shortly before dawn, after eleven hours of amendments and two adjournments.',
  image: budgetImage,
  authors: [{name: 'Léa Dubois'}, {name: 'Minh Trần'}],
  source: {name: 'Agence Nouvelles'},
  category: {id: 'politics', name: 'Politics', slug: 'politics'},
  published: '2026-03-14T06:45:00Z',
  commentCount: 2,
  readingTimeMinutes: 5,
};

/** The same article without any image. */
export const articleWithoutImage: Article = {...without(fullArticle, 'image'), id: 'story-no-image'};

/** An image URL that answers 404: the card keeps the image's space and drops the broken image. */
export const articleWithBrokenImage: Article = {
  ...fullArticle,
  id: 'story-broken-image',
  image: {...budgetImage, src: faultyEndpoints.notFound},
};

export const articleWithoutSummary: Article = {...without(fullArticle, 'summary'), id: 'story-no-summary'};

/** Only what an article cannot do without: with no URL, the headline is a button. */
export const bareArticle: Article = {id: 'story-bare', title: 'Short note'};

/** Wrapping: a long title, and a word longer than any card is wide. */
export const articleWithLongHeadline: Article = {
  ...fullArticle,
  id: 'story-long-headline',
  title:
    'Regional council approves the long-delayed cross-border rail link after a decade of studies, three public inquiries and a referendum: ' +
    'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochvillagersrejoicetheirstationstaysopenforanotheryear',
};

export const articleWithManyComments: Article = {
  ...fullArticle,
  id: 'story-many-comments',
  category: {id: 'society', name: 'Society', slug: 'society'},
  title: 'Should the town centre go car-free on Sundays?',
  image: image(3, 'A pedestrian street with cafés and bicycles'),
  commentCount: 312,
};

/** An article in a right-to-left language, with its language declared. */
export const arabicArticle: Article = {
  id: 'story-rtl',
  url: 'https://news.example/ar/culture/new-library',
  title: 'افتتاح مكتبة جديدة في وسط المدينة',
  summary: 'تضم المكتبة أكثر من عشرين ألف كتاب وقاعة مخصصة للأطفال.',
  image: image(5, 'واجهة مبنى المكتبة الجديدة'),
  authors: [{name: 'ليلى حسن'}],
  category: {id: 'culture', name: 'ثقافة', slug: 'culture'},
  published: '2026-03-14T06:45:00Z',
  commentCount: 14,
  readingTimeMinutes: 3,
  language: 'ar',
};

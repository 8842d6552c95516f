/**
 * Sample data for the stories of every element. Dates are fixed, so that a
 * story looks the same on any day, except in the demo's feeds, which are
 * dated from the day they were built. Feeds are the demo's (served under
 * demo/ by Storybook's staticDirs) and the stories' own fixtures (under
 * fixtures/, from stories/fixtures/). URLs are relative to the story's
 * iframe, so a Storybook published under a sub-path still finds them.
 */
import {buildArticle} from '../src/data/formats/shared.js';
import type {Article, ArticleImage, FieldMap} from '../src/data/model.js';

/** The demo's feeds: 32 articles in each language, with categories, tags, authors and bodies. */
export const demoFeeds = {
  en: 'demo/data/en/feed.json',
  fr: 'demo/data/fr/feed.json',
  vi: 'demo/data/vi/feed.json',
  enNative: 'demo/data/en/native.json',
  enWordPress: 'demo/data/en/wp-posts.json',
} as const;

/** An article of the demo feeds with related stories of every kind (topic, category, author). */
export const demoArticleId = '1001';

/** Feeds made for the stories. */
export const fixtures = {
  /** JSON Feed in two pages of four, the first pointing at the second with `next_url`. */
  paged: 'fixtures/paged/page-1.json',
  /** JSON Feed without items. */
  empty: 'fixtures/empty.json',
  /** Four awkward articles, one per category: long-headline, no-image, no-summary, many-comments. */
  edgeCases: 'fixtures/edge-cases.json',
  /** Arabic JSON Feed (right to left): four articles, the first with a body. */
  arabic: 'fixtures/ar/feed.json',
  /** Stories in a shape of their own, read through `customMap`. */
  custom: 'fixtures/custom.json',
} as const;

/** The field map for `fixtures.custom`. */
export const customMap: FieldMap = {
  items: 'data.stories',
  id: 'slug',
  title: 'headline',
  summary: 'teaser',
  url: 'link',
  image: 'media.0.url',
  imageAlt: 'media.0.description',
  author: 'writer.name',
  category: 'section',
  published: 'time',
  commentCount: 'stats.comments',
};

/**
 * Endpoints that fail on purpose (.storybook/static/mock-routes-core.mjs):
 * served by `storybook dev`, and by a service worker in a built Storybook.
 */
export const faultyEndpoints = {
  serverError: '__mock/500',
  notFound: '__mock/404',
  invalidJson: '__mock/invalid-json',
} as const;

/** A key no other call returns, so that a story's request is its own. */
const freshKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * An endpoint that never answers: the skeleton stays until the client's
 * timeout (10 s). Each story gets its own URL: the client shares identical
 * requests in flight, and one story must not inherit another's request, and
 * with it a timeout that is nearly over.
 */
export const hanging = () => `__mock/hang?key=${freshKey()}`;

/** The server path of a URL relative to the story's iframe: where a mock route may redirect. */
const serverPath = (relative: string) => new URL(relative, document.baseURI).pathname;

/** `src` answered after `ms` milliseconds. */
export const slow = (src: string, ms = 1200) => `__mock/slow?ms=${ms}&to=${encodeURIComponent(serverPath(src))}`;

/**
 * `src` behind an endpoint that fails (HTTP 500, through the client's two
 * retries) until asked a fourth time. A fresh key per call: call it in a
 * loader, so that every render of the story starts with the failure.
 */
export const flaky = (src: string) => `__mock/flaky?key=${freshKey()}&to=${encodeURIComponent(serverPath(src))}`;

/** The demo's WordPress posts as the REST API serves them: pages of `perPage`, with X-WP-TotalPages. */
export const wordpressPosts = (lang: 'en' | 'fr' | 'vi', perPage: number) => `__mock/wp-posts?lang=${lang}&per_page=${perPage}`;

/** `article` without `key`: absent data is left out, never set to undefined. */
const without = <K extends keyof Article>(article: Article, key: K): Omit<Article, K> => {
  const {[key]: _omitted, ...rest} = article;
  return rest;
};

const image = (name: string, alt: string): ArticleImage => ({
  src: `demo/images/news/${name}.svg`,
  alt,
  width: 1200,
  height: 675,
});

const budgetImage: ArticleImage = {
  ...image('1004-chamber', 'The assembly chamber seen from the gallery'),
  caption: 'The chamber at 5 a.m., as the last amendments were read.',
  credit: 'Photo: A. Martin / Agence Nouvelles',
};

/** A card with every field. */
export const fullArticle: Article = {
  id: 'story-budget',
  url: 'https://news.example/politics/budget-vote',
  title: 'Parliament passes the 2027 budget after a night of debate',
  summary: 'The vote came shortly before dawn, after eleven hours of amendments and two adjournments.',
  image: budgetImage,
  authors: [{name: 'Léa Dubois'}, {name: 'Minh Trần'}],
  source: {name: 'Agence Nouvelles', url: 'https://news.example/agency'},
  category: {id: 'politics', name: 'Politics', slug: 'politics'},
  tags: [
    {name: 'Budget', slug: 'budget'},
    {name: 'Parliament', slug: 'parliament'},
  ],
  published: '2026-03-14T06:45:00Z',
  updated: '2026-03-14T09:10:00Z',
  commentCount: 2,
  readingTimeMinutes: 5,
  contentHtml:
    '<p>The vote came shortly before dawn. After eleven hours of amendments and two adjournments, the assembly passed the budget by 312 votes to 251.</p>' +
    '<h2>What changes</h2><ul><li>Rail maintenance gets 1.2 billion more.</li><li>The tax on short flights doubles.</li></ul>' +
    '<blockquote><p>“It is not the budget anyone wanted, and that is how you know it is a compromise,” said the finance minister.</p></blockquote>' +
    '<p>The opposition has announced an appeal to the constitutional court.</p>',
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

/**
 * A microblog post, as JSON Feed allows: no title, no summary. The adapters take the start of its text
 * (`excerpt`), which the card shows in place of a headline.
 */
export const postWithoutTitle: Article = buildArticle({
  id: 'post-without-title',
  url: 'https://micro.example/2024/05/02/harbour',
  contentHtml:
    '<p>Walked down to the harbour before dawn: the cranes were already lit, three ships waiting on the river, and the bakery on the quay had its first batch out. <a href="https://micro.example/photos/harbour">Photos here</a>, more after the council vote tonight.</p>',
  authors: [{name: 'Léa Fontaine'}],
  published: '2024-05-02T05:40:00Z',
});

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
  image: image('1024-trees', 'A tree-lined street without cars'),
  commentCount: 1284,
};

/**
 * Long words everywhere a narrow column could overflow: the headline, a
 * German compound in the lead, an unbroken URL and a chemical name in the body.
 */
export const articleWithLongWords: Article = {
  ...without(fullArticle, 'image'),
  id: 'story-long-words',
  title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller wins the Rhineland design prize',
  summary:
    'The jury singled out the Grundstückverkehrsgenehmigungszuständigkeitsübertragungsverordnung as the year’s least readable regulation.',
  contentHtml:
    '<p>The full ruling is published at <a href="https://news.example/archive/2026/03/14/rulings/regional-design-prize-full-text-with-annexes-and-dissenting-opinions.pdf">https://news.example/archive/2026/03/14/rulings/regional-design-prize-full-text-with-annexes-and-dissenting-opinions.pdf</a>.</p>' +
    '<p>Its annex lists methylenedioxymethamphetaminehydrochloridemonohydrate among the substances banned from the ceremony.</p>',
};

/** An article in a right-to-left language, with its language declared. */
export const arabicArticle: Article = {
  id: 'story-rtl',
  url: 'https://news.example/ar/culture/new-library',
  title: 'افتتاح مكتبة جديدة في وسط المدينة',
  summary: 'تضم المكتبة أكثر من عشرين ألف كتاب وقاعة مخصصة للأطفال.',
  image: image('1017-library', 'رفوف كتب في قاعة مطالعة مضيئة'),
  authors: [{name: 'ليلى حسن'}],
  category: {id: 'culture', name: 'ثقافة', slug: 'culture'},
  published: '2026-03-14T06:45:00Z',
  commentCount: 14,
  readingTimeMinutes: 3,
  language: 'ar',
};

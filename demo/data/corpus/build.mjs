#!/usr/bin/env node
/**
 * Writes the demo's sample feeds from the corpus, the same 32 stories in
 * French, Vietnamese and English, each in three formats:
 *
 *   demo/data/<lang>/feed.json       JSON Feed 1.1 with the `_news` extension
 *   demo/data/<lang>/wp-posts.json   WordPress REST API v2 posts, as `?_embed` returns them
 *   demo/data/<lang>/native.json     the library's own format (schemas/native-feed.schema.json)
 *
 * and one illustration per story under demo/images/news/. Dates count back
 * from now, so that the feeds read "3 hours ago" on the day they are built:
 *
 *   node demo/data/corpus/build.mjs                       # dates before now
 *   node demo/data/corpus/build.mjs 2026-11-28T12:00:00Z  # dates before a fixed moment
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {ARTICLES} from './articles.mjs';
import {illustration, IMAGE_SIZE} from './images.mjs';
import {AGENCIES, AUTHORS, CATEGORIES, CREDIT, FEED_TITLES, LANGUAGES, TAGS} from './vocabulary.mjs';

const demo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOUR = 3_600_000;
const now = process.argv[2] ? new Date(process.argv[2]) : new Date(Math.floor(Date.now() / HOUR) * HOUR);
if (Number.isNaN(now.getTime())) throw new Error(`Not a date: ${process.argv[2]}`);

// Paths as the feeds write them: relative to demo/data/<lang>/, resolved by the widgets against the feed's URL.
const imageUrl = (name) => `../../images/news/${name}.svg`;
const articleUrl = (id, lang) => `../../article.html?id=${id}&lang=${lang}`;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const QUOTES = {fr: ['« ', ' »'], vi: ['“', '”'], en: ['“', '”']};

function dateBefore(days) {
  const ms = now.getTime() - days * 24 * HOUR;
  return new Date(Math.round(ms / 300_000) * 300_000);
}

const iso = (date) => date.toISOString().replace('.000Z', 'Z');
/** WordPress `date_gmt`: UTC written without a zone. */
const wpGmt = (date) => date.toISOString().slice(0, 19);
/** WordPress `date`: the site's local time (here Paris), also without a zone. */
const wpLocal = (date) =>
  new Intl.DateTimeFormat('sv-SE', {timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium'}).format(date).replace(' ', 'T');

const category = (slug) => CATEGORIES.find((c) => c.slug === slug);
const agencyName = (article, lang) => AGENCIES[article.agency][lang];
const creditOf = (article, lang) => CREDIT[lang](`${AUTHORS[article.authors[0]].name} / ${agencyName(article, lang)}`);

function bodyHtml(article, lang) {
  const [open, close] = QUOTES[lang];
  return article[lang].body
    .map((block) => {
      if (typeof block === 'string') return `<p>${escapeHtml(block)}</p>`;
      if (block.h2) return `<h2>${escapeHtml(block.h2)}</h2>`;
      if (block.quote) {
        return `<blockquote><p>${escapeHtml(open + block.quote + close)}</p><cite>${escapeHtml(block.cite)}</cite></blockquote>`;
      }
      if (block.figure) {
        return (
          `<figure><img src="${imageUrl(block.figure)}" alt="${escapeHtml(block.alt)}" width="${block.width}" height="${block.height}">` +
          `<figcaption>${escapeHtml(block.caption)} <small>${escapeHtml(creditOf(article, lang))}</small></figcaption></figure>`
        );
      }
      throw new Error(`Unknown block in article ${article.id}`);
    })
    .join('\n');
}

/** Minutes at 200 words a minute, as the library counts them; written out in the native feed. */
function readingMinutes(html) {
  const plain = html.replace(/<[^>]+>/g, ' ');
  const words = plain.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / 200));
}

function jsonFeed(lang) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: FEED_TITLES[lang],
    home_page_url: `../../index.html?lang=${lang}`,
    feed_url: 'feed.json',
    language: lang,
    _news: {categories: CATEGORIES.map((c) => ({id: c.slug, name: c[lang], slug: c.slug}))},
    items: ARTICLES.map((article) => {
      const text = article[lang];
      const cat = category(article.category);
      return {
        id: String(article.id),
        url: articleUrl(article.id, lang),
        title: text.title,
        summary: text.summary,
        content_html: bodyHtml(article, lang),
        image: imageUrl(article.image),
        date_published: iso(dateBefore(article.daysAgo)),
        ...(article.updatedDaysAgo ? {date_modified: iso(dateBefore(article.updatedDaysAgo))} : {}),
        authors: article.authors.map((key) => ({name: AUTHORS[key].name})),
        tags: article.tags.map((key) => TAGS[key][lang]),
        language: lang,
        _news: {
          category: {id: cat.slug, name: cat[lang], slug: cat.slug},
          commentCount: article.comments,
          imageAlt: text.alt,
          imageCaption: text.caption,
          imageCredit: creditOf(article, lang),
          imageWidth: IMAGE_SIZE.width,
          imageHeight: IMAGE_SIZE.height,
          source: {name: agencyName(article, lang), url: AGENCIES[article.agency].url},
        },
      };
    }),
  };
}

/** What wptexturize does to titles, excerpts and content: curly quotes and dashes as entities. */
const texturize = (html) =>
  html
    .replace(/’/g, '&#8217;')
    .replace(/“/g, '&#8220;')
    .replace(/”/g, '&#8221;')
    .replace(/–/g, '&#8211;')
    .replace(/—/g, '&#8212;')
    .replace(/…/g, '&#8230;');

function wordPress(lang) {
  return ARTICLES.map((article) => {
    const text = article[lang];
    const cat = category(article.category);
    // Core WordPress has one author per post.
    const author = AUTHORS[article.authors[0]];
    const published = dateBefore(article.daysAgo);
    const modified = article.updatedDaysAgo ? dateBefore(article.updatedDaysAgo) : published;
    const mediaId = article.id + 5000;
    const file = `${article.image}.svg`;
    return {
      id: article.id,
      date: wpLocal(published),
      date_gmt: wpGmt(published),
      modified: wpLocal(modified),
      modified_gmt: wpGmt(modified),
      slug: `${article.id}-${article.image.replace(/^\d+-/, '')}`,
      status: 'publish',
      type: 'post',
      link: articleUrl(article.id, lang),
      title: {rendered: texturize(escapeHtml(text.title))},
      content: {rendered: texturize(bodyHtml(article, lang)) + '\n', protected: false},
      excerpt: {rendered: `<p>${texturize(escapeHtml(text.summary))}</p>\n`, protected: false},
      author: author.id,
      featured_media: mediaId,
      comment_status: 'open',
      comment_count: article.comments,
      categories: [cat.id],
      tags: article.tags.map((key) => TAGS[key].id),
      lang,
      _embedded: {
        // The demo has no author pages, so no author link.
        author: [{id: author.id, name: author.name, url: '', description: '', link: '', slug: author.slug}],
        'wp:featuredmedia': [
          {
            id: mediaId,
            date: wpLocal(published),
            slug: article.image,
            type: 'attachment',
            title: {rendered: article.image},
            author: author.id,
            caption: {rendered: `<p>${texturize(escapeHtml(text.caption))}</p>\n`},
            alt_text: text.alt,
            media_type: 'image',
            mime_type: 'image/svg+xml',
            media_details: {
              width: IMAGE_SIZE.width,
              height: IMAGE_SIZE.height,
              file: `news/${file}`,
              sizes: {full: {file, width: IMAGE_SIZE.width, height: IMAGE_SIZE.height, mime_type: 'image/svg+xml', source_url: imageUrl(article.image)}},
              image_meta: {credit: creditOf(article, lang), caption: '', title: ''},
            },
            source_url: imageUrl(article.image),
          },
        ],
        'wp:term': [
          [{id: cat.id, link: `../../index.html?category=${cat.slug}&lang=${lang}`, name: cat[lang], slug: cat.slug, taxonomy: 'category'}],
          article.tags.map((key) => ({id: TAGS[key].id, link: '', name: TAGS[key][lang], slug: key, taxonomy: 'post_tag'})),
        ],
      },
    };
  });
}

function native(lang) {
  return {
    version: 'news-widgets/1',
    title: FEED_TITLES[lang],
    language: lang,
    categories: CATEGORIES.map((c) => ({id: c.slug, name: c[lang], slug: c.slug})),
    articles: ARTICLES.map((article) => {
      const text = article[lang];
      const content = bodyHtml(article, lang);
      return {
        id: String(article.id),
        url: articleUrl(article.id, lang),
        title: text.title,
        summary: text.summary,
        content,
        image: {
          src: imageUrl(article.image),
          alt: text.alt,
          width: IMAGE_SIZE.width,
          height: IMAGE_SIZE.height,
          caption: text.caption,
          credit: creditOf(article, lang),
        },
        authors: article.authors.map((key) => ({name: AUTHORS[key].name})),
        source: {name: agencyName(article, lang), url: AGENCIES[article.agency].url},
        // A slug from the declared categories: the adapter resolves it to the full category.
        category: article.category,
        tags: article.tags.map((key) => ({name: TAGS[key][lang], slug: key})),
        published: iso(dateBefore(article.daysAgo)),
        ...(article.updatedDaysAgo ? {updated: iso(dateBefore(article.updatedDaysAgo))} : {}),
        commentCount: article.comments,
        language: lang,
        readingTimeMinutes: readingMinutes(content),
      };
    }),
  };
}

function write(path, text) {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, text);
}

for (const lang of LANGUAGES) {
  const dir = join(demo, 'data', lang);
  write(join(dir, 'feed.json'), JSON.stringify(jsonFeed(lang), null, 1) + '\n');
  write(join(dir, 'wp-posts.json'), JSON.stringify(wordPress(lang), null, 1) + '\n');
  write(join(dir, 'native.json'), JSON.stringify(native(lang), null, 1) + '\n');
}

const images = new Map();
for (const article of ARTICLES) {
  images.set(article.image, article.category);
  for (const block of article.en.body) if (block.figure) images.set(block.figure, article.category);
}
for (const [name, cat] of images) write(join(demo, 'images', 'news', `${name}.svg`), illustration(name, cat));

console.log(`${ARTICLES.length} articles × ${LANGUAGES.length} languages × 3 formats, ${images.size} images, dated before ${now.toISOString()}`);

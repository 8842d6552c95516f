/**
 * The normalized shapes every widget works with. Adapters turn any supported
 * source format into these; widgets never look at raw feed JSON.
 *
 * Absent data stays absent: an optional field is omitted rather than set to
 * an empty string, an empty array or zero.
 */

export interface ArticleImage {
  /** Absolute http(s) URL. */
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  /** A ready-to-use `srcset` value, every URL absolute http(s). */
  srcset?: string;
  /** Plain text. */
  caption?: string;
  /** Plain text, e.g. "Photo: Jane Doe / Agency". */
  credit?: string;
}

export interface Person {
  name: string;
  url?: string;
}

export interface Source {
  name: string;
  url?: string;
}

export interface Category {
  id: string;
  name: string;
  slug: string;
}

export interface Tag {
  name: string;
  slug: string;
}

export interface Article {
  id: string;
  /** Absolute http(s) URL of the article page. */
  url?: string;
  /** Plain text; never markup. */
  title?: string;
  /** Plain-text teaser. */
  summary?: string;
  /**
   * Plain text that cards show in place of a headline for a story without a
   * title (a microblog post): the adapters set it to the summary, else to the
   * start of the body's text, 200 characters or so.
   */
  excerpt?: string;
  /**
   * Sanitized HTML, safe to render. Adapters sanitize it when it is first
   * read (lists never read it); a body that keeps nothing reads `undefined`.
   */
  contentHtml?: string;
  image?: ArticleImage;
  authors?: Person[];
  source?: Source;
  category?: Category;
  tags?: Tag[];
  /** ISO 8601: a date-time (adapters write it in UTC), or a date alone ("2024-05-01"), the same day for every reader. */
  published?: string;
  /** ISO 8601, as `published`. Cards show it when there is no `published`. */
  updated?: string;
  commentCount?: number;
  /** BCP 47 language tag. */
  language?: string;
  readingTimeMinutes?: number;
}

export interface Feed {
  title?: string;
  language?: string;
  articles: Article[];
  /** Categories the source declares, in its order; may be empty. */
  categories: Category[];
  /** Absolute URL of the next page, when the source has more. */
  nextUrl?: string;
}

/** Source formats the adapters understand. */
export type FeedFormat = 'auto' | 'jsonfeed' | 'wordpress' | 'native';

/**
 * A declarative field map for arbitrary JSON: keys are article fields (plus
 * `items`), values are dot paths such as `"media.0.url"`.
 */
export type FieldMap = Partial<Record<FieldMapKey, string>>;

export const FIELD_MAP_KEYS = [
  'items',
  'id',
  'url',
  'title',
  'summary',
  'content',
  'image',
  'imageAlt',
  'imageCaption',
  'imageCredit',
  'author',
  'category',
  'tags',
  'published',
  'updated',
  'commentCount',
  'source',
  'language',
] as const;

export type FieldMapKey = (typeof FIELD_MAP_KEYS)[number];

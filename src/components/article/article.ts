import {html, isServer, nothing} from 'lit';
import type {PropertyDeclarations, PropertyValues, TemplateResult} from 'lit';
import {str} from '@lit/localize';
import {msg} from '../../i18n/locale.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {NewsError} from '../../data/errors.js';
import {loadSanitizer, loadedSanitizer} from '../../data/sanitizer-slot.js';
import {encodeSegment, safeSrcset, safeUrl} from '../../data/url.js';
import type {Article, Person, Tag} from '../../data/model.js';
import {formatDate, formatDateTime, isRelativeDate} from '../../i18n/format.js';
import {byline, commentCount, errorMessage, hiddenLabel, loadingStatus, readingTime, retryLabel, untitled} from '../../i18n/messages.js';
import {headingTag} from '../../internal/heading.js';
import {ArticleView} from '../../internal/article-view.js';
import {stateStyles} from '../../internal/states.styles.js';
import {themeStyles} from '../../internal/theme.styles.js';
import {articleStyles} from './article.styles.js';

// Private-use characters stand in for author names while the byline is
// localized, so that each name can then become a link without a second message.
const NAME_MARK = /\uE000(\d+)\uE001/;

/**
 * The body's headings as sections of the article, for assistive technology: its highest heading comes at the
 * level after the headline's (`heading-level`), the others keep their distance from it (6 at most), as
 * `aria-level`; they look as the feed made them. A body's `<h2>` under a headline at level 2 (a theme whose
 * page has its own `<h1>`) would otherwise sit beside the article rather than in it.
 *
 * The body is sanitized markup, serialized: `<` in text is always `&lt;`, and attribute values are always in
 * double quotes, but they may hold `<` (the server's serializer and older browsers leave it there). So the
 * markup is read tag by tag, each tag with its quoted values whole (TAG), and only a tag that starts with
 * `<hN` is a heading: `alt="<h3 …"` is neither counted nor touched.
 */
const TAG = /<[^">]*(?:"[^"]*"[^">]*)*>/g;
const headingOf = (tag: string) => /^<h([1-6])[\s/>]/.exec(tag)?.[1];

function nestHeadings(body: string, headingLevel: number): string {
  let top = 7;
  for (const [tag] of body.matchAll(TAG)) top = Math.min(top, Number(headingOf(tag) ?? 7));
  const shift = headingLevel + 1 - top;
  if (top > 6 || !shift) return body;
  return body.replace(TAG, (tag) => {
    const level = headingOf(tag);
    return level ? `${tag.slice(0, 3)} aria-level="${Math.min(6, Math.max(1, Number(level) + shift))}"${tag.slice(3)}` : tag;
  });
}

/**
 * The full view of one article: category, headline, lead, byline with the
 * source agency, dates, comment count, reading time, the lead image with its
 * caption and credit, the body, tags and a link to the original. Each part is
 * shown only when the article has it.
 *
 * @summary A full article view, from an `article` object or from a feed.
 * @tag news-article
 *
 * @fires news-load - The feed at `src` loaded (inside a provider without `src`, the provider fires it). `detail.feed`, `detail.src`.
 * @fires news-error - The feed at `src` failed. `detail.kind` is one of network, timeout, http, parse, format, too-large, not-found.
 *
 * @csspart base - The outer box (an `<article>`).
 * @csspart header - Category, headline, lead and metadata.
 * @csspart category - The category label.
 * @csspart title - The headline.
 * @csspart lead - The lead paragraph (the article's summary).
 * @csspart meta - The line with byline, dates, comment count and reading time.
 * @csspart byline - Authors and source agency.
 * @csspart date - The publication date and the update date (`<time>` elements).
 * @csspart comments - The comment count.
 * @csspart reading-time - The reading time.
 * @csspart figure - The lead image's `<figure>`.
 * @csspart image - The lead image.
 * @csspart caption - The image's `<figcaption>`, holding caption and credit.
 * @csspart credit - The image credit.
 * @csspart body - The article text.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag (a link with `tag-href-template`).
 * @csspart source - The paragraph with the link to the original.
 * @csspart message - The not-found or error message.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--news-font-family=inherit] - Font family; the host page's by default.
 * @cssprop [--news-color-text=#1b1b1f] - Main text colour (dark: #ececf1).
 * @cssprop [--news-color-text-muted=#5a5a66] - Secondary text: metadata, captions, credits (dark: #b4b4c0).
 * @cssprop [--news-color-surface=#ffffff] - Message background (dark: #1c1c21).
 * @cssprop [--news-color-border=#dcdce3] - Rules around the metadata (dark: #3a3a44).
 * @cssprop [--news-color-accent=#b3261e] - Category, links and quotes (dark: #ff8a80).
 * @cssprop [--news-color-placeholder=#ececf1] - Image placeholder, tags and skeleton (dark: #2c2c33).
 * @cssprop [--news-color-focus=#1a5fd0] - Focus ring (dark: #8ab4ff).
 * @cssprop [--news-radius=0.5rem] - Corner radius.
 * @cssprop [--news-space=1rem] - Base spacing unit.
 * @cssprop [--news-article-max-width=42em] - Maximum width of the text column.
 * @cssprop [--news-article-font-size=1.125em] - Font size of the body (1em in a narrow container; em: of the text around the article).
 * @cssprop [--news-article-line-height=1.65] - Line height of the body.
 * @cssprop [--news-article-title-size=clamp(1.625em, 5cqi, 2.5em)] - Headline font size (1.5em in a narrow container).
 * @cssprop [--news-article-gap=var(--news-space)] - Space between the article's blocks (1rem with the default `--news-space`).
 * @cssprop [--news-article-image-ratio=16 / 9] - Aspect ratio of a lead image whose size the feed does not give.
 */
export class NewsArticle extends ArticleView {
  static override styles = [themeStyles, stateStyles, articleStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: {type: Number, attribute: 'heading-level'},
    tagHrefTemplate: {attribute: 'tag-href-template'},
  };

  protected override async scheduleUpdate(): Promise<void> {
    // A body waits for the sanitizer (a chunk of its own, with DOMPurify where the
    // browser has no Sanitizer API) rather than appear after the rest of the article
    // and push what follows down. A server-rendered article's first render takes over
    // the server's body, so it waits too (the server's rendering stays on screen).
    const waits = !this.hasUpdated && (this.shadowRoot?.firstChild || this.article?.contentHtml);
    if (waits && !loadedSanitizer()?.sanitizerReady()) await loadSanitizer().catch(() => undefined);
    return super.scheduleUpdate();
  }

  /** Level of the headline element, 1 to 6. */
  headingLevel = 1;

  /** Link for each tag, `{slug}` standing for the tag's URL-encoded slug, e.g. `/tag/{slug}`. Tags are plain text without it. */
  tagHrefTemplate?: string;

  // Sanitizing is the costly part of a render; the body rarely changes between renders.
  #bodyInput?: string;
  #bodyUrl?: string;
  #bodyLevel?: number;
  #bodyOutput?: string;

  /** Whether the last render showed a relative date, which must then stay current. */
  #showsRelativeDate = false;

  protected override render() {
    this.#showsRelativeDate = false;
    return this.framed(super.render());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.keepDatesCurrent(this.#showsRelativeDate);
  }

  /** The Retry button of an error, else the headline, where reading starts (focusable by script only). */
  protected override focusTarget(): HTMLElement | null | undefined {
    const retry = super.focusTarget();
    if (retry) return retry;
    const title = this.renderRoot.querySelector<HTMLElement>('[part~="title"]');
    if (title) title.tabIndex = -1;
    return title;
  }

  protected renderArticle(article: Article): TemplateResult {
    const lang = this.contentLang(article.language);
    const dir = this.contentDir(lang);
    const body = this.#sanitizedBody(article.contentHtml, article.url);
    return html`
      <article part="base" class="article">
        <header part="header" class="header">
          ${article.category ? html`<span part="category" class="category" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${article.category.name}</span>` : nothing}
          ${headingTag(this.headingLevel, this.#renderTitle(article, lang, dir), 'title')}
          ${article.summary ? html`<p part="lead" class="lead" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${article.summary}</p>` : nothing}
          ${this.#renderMeta(article)}
        </header>
        ${this.#renderFigure(article, lang, dir)}
        ${body ? html`<div part="body" class="body" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${unsafeHTML(body)}</div>` : nothing}
        ${this.#renderTags(article.tags, lang, dir)} ${this.#renderSource(article)}
      </article>
    `;
  }

  /** The headline in the content's language; "Untitled article" is ours, in the labels'. */
  #renderTitle(article: Article, contentLang: string | undefined, dir: 'ltr' | 'rtl' | undefined): TemplateResult {
    if (article.title === undefined) return html`<span lang=${ifDefined(this.labelLang ?? (contentLang ? this.langTag : undefined))}>${untitled()}</span>`;
    return contentLang ? html`<span lang=${contentLang} dir=${ifDefined(dir)}>${article.title}</span>` : html`${article.title}`;
  }

  /** `raw` sanitized; `url`, the story's, is where its footnote links point (see bodyLink). */
  #sanitizedBody(raw: string | undefined, url: string | undefined): string | undefined {
    // Adapters sanitize feeds, but an `article` property never went through them.
    const sanitizer = loadedSanitizer();
    if (raw && !sanitizer?.sanitizerReady()) {
      // A body that arrives later than the first render (a new article) follows once the sanitizer is here.
      loadSanitizer().then(
        // Only once it can answer: a render that found it not ready would ask again, forever.
        (ready) => ready.sanitizerReady() && this.requestUpdate(),
        (error) => console.error('<news-article> could not load its HTML sanitizer', error),
      );
      return undefined;
    }
    if (raw !== this.#bodyInput || url !== this.#bodyUrl || this.headingLevel !== this.#bodyLevel) {
      this.#bodyInput = raw;
      this.#bodyUrl = url;
      this.#bodyLevel = this.headingLevel;
      const body = sanitizer?.sanitizeHtml(raw, undefined, url);
      this.#bodyOutput = body && nestHeadings(body, this.headingLevel);
    }
    return this.#bodyOutput;
  }

  #renderMeta(article: Article): TemplateResult | typeof nothing {
    const locale = this.intlLocale;
    const by = this.#renderByline(article);
    const facts: TemplateResult[] = [];
    const published = article.published && this.#renderTime(article.published);
    if (published) facts.push(html`<li dir="auto">${published}</li>`);
    // Plain-text messages (str, not html) keep the catalogs free of Lit, so each loads as a tiny chunk.
    const updated =
      article.updated &&
      this.#changedLater(article.updated, article.published) &&
      this.#renderTime(article.updated, (date) =>
        msg(str`Updated ${date}`, {id: 'article.updated', desc: 'When the article was last changed; the date is e.g. "March 12, 2024 at 11:30 PM" or "2 hours ago".'}),
      );
    if (updated) facts.push(html`<li dir="auto">${updated}</li>`);
    if (article.commentCount !== undefined) facts.push(html`<li part="comments" dir="auto">${commentCount(article.commentCount, locale)}</li>`);
    if (article.readingTimeMinutes !== undefined) facts.push(html`<li part="reading-time" dir="auto">${readingTime(article.readingTimeMinutes, locale)}</li>`);
    if (!by && !facts.length) return nothing;
    return html`<div part="meta" class="meta" lang=${ifDefined(this.labelLang)}>${by ?? nothing}${facts.length ? html`<ul class="facts">${facts}</ul>` : nothing}</div>`;
  }

  /**
   * Whether "Updated" tells the reader something: a change at a later minute
   * than publication (the dates show minutes, in every time zone). WordPress
   * stamps a post modified seconds after it publishes it, and a scheduled
   * post was last modified before it went out.
   */
  #changedLater(updated: string, published: string | undefined): boolean {
    const minute = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
    const publishedAt = published ? minute(published) : NaN;
    return Number.isNaN(publishedAt) || minute(updated) > publishedAt;
  }

  #renderByline(article: Article): TemplateResult | undefined {
    const authors = article.authors?.filter((a) => a.name) ?? [];
    const agency = article.source?.name ? article.source : undefined;
    if (!authors.length && !agency) return undefined;
    return html`<p part="byline" class="byline">
      ${authors.length ? html`<span class="authors">${this.#renderAuthors(authors)}</span>` : nothing}${agency
        ? // After the authors, a comma that screen readers say and eyes do not see: the slash drawn in its place is silent.
          html`<span class="agency">${authors.length ? html`<span class="visually-hidden">, </span>` : nothing}${this.#renderPerson(agency)}</span>`
        : nothing}
    </p>`;
  }

  /** The localized "By A and B", with each name a link when the author has a URL. */
  #renderAuthors(authors: Person[]): unknown[] {
    const marked = byline(
      authors.map((_, i) => `\uE000${i}\uE001`),
      this.intlLocale,
    );
    // split() with a capture group alternates text and the captured indexes.
    return marked.split(NAME_MARK).map((piece, i) => (i % 2 ? this.#renderPerson(authors[Number(piece)]) : piece));
  }

  #renderPerson(person: Person): TemplateResult | string {
    const href = safeUrl(person.url);
    return href ? html`<a href=${href}>${person.name}</a>` : person.name;
  }

  /**
   * A `<time>`: relative when the mode gives one (the full date as its title),
   * else the date with its time. `wording` puts the date into a sentence
   * ("Updated …") inside it.
   */
  #renderTime(iso: string, wording: (date: string) => string = (date) => date): TemplateResult | undefined {
    const full = formatDateTime(iso, this.intlLocale, this.timeZone);
    if (!full) return undefined;
    const relative = isRelativeDate(iso, this.dateFormat, undefined, this.timeZone);
    if (relative) this.#showsRelativeDate = true;
    const label = relative ? formatDate(iso, this.intlLocale, {mode: this.dateFormat, timeZone: this.timeZone}) : full;
    return html`<time part="date" datetime=${iso} title=${ifDefined(relative ? full : undefined)}>${wording(label ?? full)}</time>`;
  }

  #renderFigure(article: Article, lang: string | undefined, dir: 'ltr' | 'rtl' | undefined): TemplateResult | typeof nothing {
    const image = article.image;
    const src = safeUrl(image?.src);
    if (!image || !src || this.imageFailed) return nothing;
    const srcset = safeSrcset(image.srcset);
    const sized = Boolean(image.width && image.height);
    const hasCaption = Boolean(image.caption || image.credit);
    return html`<figure part="figure" class="figure">
      <img
        part="image"
        class=${sized ? 'sized' : 'unsized'}
        src=${src}
        srcset=${ifDefined(srcset)}
        sizes=${ifDefined(srcset ? this.#imageSizes() : undefined)}
        alt=${image.alt ?? ''}
        lang=${ifDefined(lang)}
        width=${ifDefined(image.width)}
        height=${ifDefined(image.height)}
        loading="eager"
        fetchpriority="high"
        decoding="async"
        @error=${() => (this.imageFailed = true)}
      />
      ${hasCaption
        ? html`<figcaption part="caption">
            ${image.caption ? html`<span class="caption" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${image.caption}</span>` : nothing}
            ${image.credit ? html`<small part="credit" class="credit" lang=${ifDefined(lang)} dir=${ifDefined(dir)}>${image.credit}</small>` : nothing}
          </figcaption>`
        : nothing}
    </figure>`;
  }

  /**
   * How wide the lead image shows, for its srcset: the text column, 42em of the article's text. A `sizes` value
   * counts em and rem in the browser's default size, not the page's, so the column is given in pixels, from the
   * host's font size (a theme with 20px text has an 840px column, which "42rem" would call 672px). The server
   * knows no font size; a page that sets --news-article-max-width is not followed here.
   */
  #imageSizes(): string {
    const column = isServer ? 0 : Math.round(42 * parseFloat(getComputedStyle(this).fontSize));
    return column ? `(min-width: ${column}px) ${column}px, 100vw` : '(min-width: 42rem) 42rem, 100vw';
  }

  #renderTags(tags: Tag[] | undefined, lang: string | undefined, dir: 'ltr' | 'rtl' | undefined): TemplateResult | typeof nothing {
    const named = tags?.filter((t) => t.name) ?? [];
    if (!named.length) return nothing;
    return html`${hiddenLabel('tags-label', msg('Tags', {id: 'article.tags', desc: 'Accessible name of the list of tags under an article.'}), this.labelLang)}<ul
      part="tags"
      class="tags"
      aria-labelledby="tags-label"
    >
      ${named.map((tag) => {
        const href = this.#tagHref(tag);
        return html`<li lang=${ifDefined(lang)} dir=${ifDefined(dir)}>
          ${href ? html`<a part="tag" href=${href}>${tag.name}</a>` : html`<span part="tag">${tag.name}</span>`}
        </li>`;
      })}
    </ul>`;
  }

  #tagHref(tag: Tag): string | undefined {
    if (!this.tagHrefTemplate || !tag.slug) return undefined;
    return safeUrl(this.tagHrefTemplate.replaceAll('{slug}', encodeSegment(tag.slug)));
  }

  #renderSource(article: Article): TemplateResult | typeof nothing {
    const sourceHref = article.source?.name ? safeUrl(article.source.url) : undefined;
    if (sourceHref) {
      const name = article.source!.name;
      return html`<p part="source" class="source" lang=${ifDefined(this.labelLang)}>
        <a href=${sourceHref} rel="noopener noreferrer">${msg(str`Source: ${name}`, {id: 'article.source', desc: 'Link to the original source of the article, e.g. a news agency; the whole text is the link.'})}</a>
      </p>`;
    }
    const articleHref = safeUrl(article.url);
    if (!articleHref) return nothing;
    return html`<p part="source" class="source" lang=${ifDefined(this.labelLang)}>
      <a href=${articleHref} rel="noopener noreferrer">${msg('Read the original article', {id: 'article.readOriginal', desc: 'Link to the article on its own site.'})}</a>
    </p>`;
  }

  protected renderSkeleton(): TemplateResult {
    // A box, not an <article>: there is nothing to read in it yet (the status beside it says "Loading…").
    return html`
      ${loadingStatus(this.labelLang)}
      <div part="base" class="article skeleton" aria-busy="true">
        <div class="header">
          <div class="block line short"></div>
          <div class="block title-line"></div>
          <div class="block title-line"></div>
          <div class="block line"></div>
        </div>
        <div class="block image"></div>
        ${[0, 1, 2].map(
          () => html`<div class="paragraph">
            <div class="block line"></div>
            <div class="block line"></div>
            <div class="block line"></div>
          </div>`,
        )}
      </div>
    `;
  }

  protected renderError(error: NewsError, retry?: () => void): TemplateResult {
    // Anything but a missing article may clear up: Retry asks the network again.
    const canRetry = retry && error.kind !== 'not-found';
    return html`
      <div part="base message" class="message" role=${ifDefined(this.alertRole(error))} lang=${ifDefined(this.labelLang)}>
        <span>${errorMessage(error.kind)}</span>
        ${canRetry ? html`<button part="retry" type="button" @click=${retry}>${retryLabel()}</button>` : nothing}
      </div>
    `;
  }
}

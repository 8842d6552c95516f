/**
 * The hand-written baseline: the same card as <news-article-card>, built with
 * plain DOM calls into one shadow root per card, styled by one constructed
 * stylesheet shared by every root. Same elements, attributes, parts, texts
 * and click listener as the library's standard variant renders; what it
 * leaves out is what a framework-free card would not do (no reactive
 * properties, no locale resolution per card, no feed controller, no clock
 * that keeps relative dates current).
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The two catalogs the benchmark needs, as the library's messages say them.
const CATALOGS = {
  en: {
    byline: (list) => `By ${list}`,
    comments: {one: (n) => `${n} comment`, other: (n) => `${n} comments`},
    readingTime: (d) => `${d} read`,
  },
  fr: {
    byline: (list) => `Par ${list}`,
    comments: {zero: (n) => `${n} commentaire`, one: (n) => `${n} commentaire`, many: (n) => `${n} de commentaires`, other: (n) => `${n} commentaires`},
    readingTime: (d) => `Lecture\u00a0: ${d}`,
  },
};

const labelCache = new Map();

/** Formatters and messages of one locale, made once. */
export function labelsFor(locale) {
  let labels = labelCache.get(locale);
  if (labels) return labels;
  const catalog = CATALOGS[locale] ?? CATALOGS.en;
  const number = new Intl.NumberFormat(locale);
  const plural = new Intl.PluralRules(locale);
  const list = new Intl.ListFormat(locale, {type: 'conjunction'});
  const minutes = new Intl.NumberFormat(locale, {style: 'unit', unit: 'minute', unitDisplay: 'long'});
  const relative = new Intl.RelativeTimeFormat(locale, {numeric: 'auto'});
  const date = new Intl.DateTimeFormat(locale, {dateStyle: 'medium'});
  const dateTime = new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeStyle: 'short'});
  labels = {
    byline: (names) => catalog.byline(list.format(names)),
    comments: (count) => (catalog.comments[plural.select(count)] ?? catalog.comments.other)(number.format(count)),
    readingTime: (n) => catalog.readingTime(minutes.format(n)),
    date(iso) {
      const time = Date.parse(iso);
      const age = Date.now() - time;
      if (age >= 0 && age < DAY) {
        if (age < MINUTE) return relative.format(0, 'second');
        if (age < HOUR) return relative.format(-Math.floor(age / MINUTE), 'minute');
        return relative.format(-Math.floor(age / HOUR), 'hour');
      }
      return date.format(time);
    },
    dateTime: (iso) => dateTime.format(Date.parse(iso)),
  };
  labelCache.set(locale, labels);
  return labels;
}

let sheet;
/** One constructed stylesheet for every vanilla root, from the card's own CSS text. */
export function sharedSheet(cssText) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
  }
  return sheet;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const name in attrs) node.setAttribute(name, attrs[name]);
  for (const child of children) node.append(child);
  return node;
}

function onSelect(event) {
  const host = event.currentTarget.getRootNode().host;
  const proceed = host.dispatchEvent(new CustomEvent('news-article-select', {detail: {article: host.article}, bubbles: true, composed: true, cancelable: true}));
  if (!proceed) event.preventDefault();
}

/** The meta list's items, in `locale`; also what a language change rebuilds. */
function metaItems(article, labels) {
  const items = [];
  const names = article.authors?.map((a) => a.name).filter(Boolean) ?? [];
  if (names.length) items.push(el('li', {part: 'byline', dir: 'auto'}, labels.byline(names)));
  else if (article.source?.name) items.push(el('li', {part: 'byline', dir: 'auto'}, article.source.name));
  if (article.published) {
    items.push(el('li', {dir: 'auto'}, el('time', {part: 'date', datetime: article.published, title: labels.dateTime(article.published)}, labels.date(article.published))));
  }
  if (article.commentCount !== undefined) items.push(el('li', {part: 'comments', dir: 'auto'}, labels.comments(article.commentCount)));
  if (article.readingTimeMinutes !== undefined) items.push(el('li', {part: 'reading-time', dir: 'auto'}, labels.readingTime(article.readingTimeMinutes)));
  return items;
}

/** The card's shadow content (an <article>), standard variant. */
export function cardContent(article, locale) {
  const labels = labelsFor(locale);
  const card = el('article', {part: 'base', class: 'card'});
  if (article.image) {
    const media = el('div', {part: 'media', class: 'media'});
    const img = el('img', {part: 'image', decoding: 'async', src: article.image.src, alt: article.image.alt ?? '', loading: 'lazy'});
    if (article.image.width) img.setAttribute('width', article.image.width);
    if (article.image.height) img.setAttribute('height', article.image.height);
    media.append(img);
    card.append(media);
  }
  const body = el('div', {part: 'body', class: 'body'});
  if (article.category) body.append(el('span', {part: 'category', class: 'category'}, article.category.name));
  const link = el('a', {part: 'link', href: article.url}, article.title);
  link.addEventListener('click', onSelect);
  body.append(el('h3', {part: 'title', class: 'title'}, link));
  if (article.summary) body.append(el('p', {part: 'summary', class: 'summary'}, article.summary));
  const meta = metaItems(article, labels);
  if (meta.length) body.append(el('ul', {part: 'meta', class: 'meta'}, ...meta));
  card.append(body);
  return card;
}

/** The card in the two boxes every widget renders first: the strut that sizes it and the frame its container queries measure. */
export function framed(content) {
  const strut = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  strut.setAttribute('class', 'strut');
  strut.setAttribute('aria-hidden', 'true');
  return [strut, el('div', {class: 'frame'}, content)];
}

/** A host element with its own shadow root holding the card. */
export function vanillaCard(article, locale, styles) {
  const host = document.createElement('div');
  host.className = 'vanilla-card';
  host.article = article;
  const root = host.attachShadow({mode: 'open'});
  root.adoptedStyleSheets = [styles];
  root.append(...framed(cardContent(article, locale)));
  return host;
}

/** What a language change costs the baseline: each label's text, rewritten in place in `locale`. */
export function relabel(host, locale) {
  const labels = labelsFor(locale);
  const {article} = host;
  const root = host.shadowRoot;
  const names = article.authors?.map((a) => a.name).filter(Boolean) ?? [];
  if (names.length) root.querySelector('[part~="byline"]').textContent = labels.byline(names);
  const time = root.querySelector('time');
  if (time) {
    time.textContent = labels.date(article.published);
    time.title = labels.dateTime(article.published);
  }
  const comments = root.querySelector('[part~="comments"]');
  if (comments) comments.textContent = labels.comments(article.commentCount);
  const reading = root.querySelector('[part~="reading-time"]');
  if (reading) reading.textContent = labels.readingTime(article.readingTimeMinutes);
}

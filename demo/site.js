/**
 * What the demo pages share: the page's own words in three languages, the
 * language and theme switches, and which feed a page reads. The widgets
 * translate their own labels; this module only sets `lang` on <html> and
 * points the provider at the feed written in that language.
 *
 * Pages load this before the library (module scripts run in document order),
 * so listeners are in place before any widget loads a feed.
 */

export const LANGUAGES = [
  {code: 'fr', name: 'Français'},
  {code: 'vi', name: 'Tiếng Việt'},
  {code: 'en', name: 'English'},
];

const STRINGS = {
  fr: {
    siteName: 'Le Courrier de l’Aurelle',
    tagline: 'L’actualité de la vallée de l’Aurelle',
    skip: 'Aller au contenu',
    languageSwitch: 'Langue',
    theme: 'Thème',
    themeAuto: 'Automatique',
    themeLight: 'Clair',
    themeDark: 'Sombre',
    frontPage: 'Une',
    topStories: 'À la une',
    allNews: 'Toute l’actualité',
    sections: 'Rubriques',
    relatedLabel: 'Articles liés',
    formats: 'Un même article, trois formats',
    formatsIntro: 'Le même article lu dans un flux JSON Feed, dans une réponse de l’API REST de WordPress et dans le format natif de la bibliothèque.',
    fieldMap: 'N’importe quel JSON, avec une table de correspondance (en anglais)',
    states: 'Quand ça se passe mal',
    statesIntro: 'Une réponse JSON qui n’est pas un flux d’actualités, puis un article absent du flux : les messages suivent la langue de la page.',
    ownFeed: 'Essayer votre propre flux',
    ownFeedHelp: 'Adresse d’un flux JSON Feed, WordPress (/wp-json/wp/v2/posts?_embed) ou natif. Un autre site doit autoriser CORS.',
    feedUrl: 'Adresse du flux',
    articleId: 'Identifiant de l’article (facultatif)',
    show: 'Afficher',
    customFeed: 'Vous lisez votre propre flux :',
    backToDemo: 'revenir au flux de démonstration',
    footer: 'Démonstration de news-widgets. Articles, personnes et lieux sont fictifs ; les illustrations sont générées.',
  },
  vi: {
    siteName: 'Bản tin Aurelle',
    tagline: 'Tin tức thung lũng Aurelle',
    skip: 'Chuyển đến nội dung',
    languageSwitch: 'Ngôn ngữ',
    theme: 'Giao diện',
    themeAuto: 'Tự động',
    themeLight: 'Sáng',
    themeDark: 'Tối',
    frontPage: 'Trang chủ',
    topStories: 'Tin nổi bật',
    allNews: 'Tất cả tin tức',
    sections: 'Chuyên mục',
    relatedLabel: 'Bài viết liên quan',
    formats: 'Một bài viết, ba định dạng',
    formatsIntro: 'Cùng một bài viết được đọc từ JSON Feed, từ phản hồi của WordPress REST API và từ định dạng riêng của thư viện.',
    fieldMap: 'JSON bất kỳ, qua bảng ánh xạ trường (tiếng Anh)',
    states: 'Khi có sự cố',
    statesIntro: 'Một phản hồi JSON không phải nguồn tin, rồi một bài viết không có trong nguồn: thông báo theo ngôn ngữ của trang.',
    ownFeed: 'Thử nguồn tin của bạn',
    ownFeedHelp: 'Địa chỉ của một nguồn JSON Feed, WordPress (/wp-json/wp/v2/posts?_embed) hoặc định dạng riêng. Trang web khác phải cho phép CORS.',
    feedUrl: 'Địa chỉ nguồn tin',
    articleId: 'Mã bài viết (không bắt buộc)',
    show: 'Hiển thị',
    customFeed: 'Bạn đang đọc nguồn tin của mình:',
    backToDemo: 'quay lại nguồn tin mẫu',
    footer: 'Bản trình diễn news-widgets. Bài viết, con người và địa danh đều là hư cấu; hình minh họa được tạo tự động.',
  },
  en: {
    siteName: 'The Aurelle Courier',
    tagline: 'News from the Aurelle valley',
    skip: 'Skip to content',
    languageSwitch: 'Language',
    theme: 'Theme',
    themeAuto: 'Automatic',
    themeLight: 'Light',
    themeDark: 'Dark',
    frontPage: 'Front page',
    topStories: 'Top stories',
    allNews: 'All the news',
    sections: 'Sections',
    relatedLabel: 'Related stories',
    formats: 'One story, three formats',
    formatsIntro: 'The same story read from a JSON Feed, from a WordPress REST API response and from the library’s own format.',
    fieldMap: 'Any JSON, through a field map (in English)',
    states: 'When things go wrong',
    statesIntro: 'A JSON answer that is not a news feed, then an article the feed does not have: the messages follow the page’s language.',
    ownFeed: 'Try your own feed',
    ownFeedHelp: 'The address of a JSON Feed, a WordPress posts endpoint (/wp-json/wp/v2/posts?_embed) or a native feed. Another site must allow CORS.',
    feedUrl: 'Feed address',
    articleId: 'Article id (optional)',
    show: 'Show',
    customFeed: 'You are reading your own feed:',
    backToDemo: 'back to the demo feed',
    footer: 'A news-widgets demo. Stories, people and places are invented; the illustrations are generated.',
  },
};

export const params = new URLSearchParams(location.search);

/** The page language: `?lang=`, else the one the page was written in. */
export function initialLanguage() {
  const wanted = params.get('lang');
  return LANGUAGES.some((l) => l.code === wanted) ? wanted : document.documentElement.lang;
}

/** The reader's own feed from `?src=` (with `?format=` and `?map=`), if any. */
export function customFeed() {
  const src = params.get('src');
  return src ? {src, format: params.get('format'), map: params.get('map')} : undefined;
}

/** The demo feed of a language, relative to the pages in demo/. */
export const demoFeed = (lang, file = 'feed.json') => `data/${lang}/${file}`;

export const t = (lang, key) => STRINGS[lang]?.[key] ?? STRINGS.en[key];

/** Keeps the address bar in step, so that a reload or a shared link shows the same thing. */
export function setParam(name, value) {
  if (value) params.set(name, value);
  else params.delete(name);
  const query = params.toString();
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

/** Points a provider (or any widget) at a feed: the reader's own, else the demo feed of `lang`. */
export function pointAtFeed(element, lang, file) {
  const custom = customFeed();
  element.setAttribute('src', custom ? custom.src : demoFeed(lang, file));
  for (const name of ['format', 'map']) {
    if (custom?.[name]) element.setAttribute(name, custom[name]);
  }
}

/** Attributes a page translates with `data-i18n-<attribute>="key"`. */
const TRANSLATED_ATTRIBUTES = ['aria-label', 'heading', 'title', 'placeholder'];

/**
 * Sets the page language: `lang` on <html> (every widget follows it), the
 * page's own words (`data-i18n` for text, `data-i18n-<attribute>` for
 * attributes), and the pressed button of the language switch.
 */
export function applyLanguage(lang) {
  document.documentElement.lang = lang;
  // Only what differs is written: on first load the markup is usually in the right language already.
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const text = t(lang, el.dataset.i18n);
    if (el.textContent !== text) el.textContent = text;
  }
  for (const attribute of TRANSLATED_ATTRIBUTES) {
    for (const el of document.querySelectorAll(`[data-i18n-${attribute}]`)) {
      const text = t(lang, el.getAttribute(`data-i18n-${attribute}`));
      if (el.getAttribute(attribute) !== text) el.setAttribute(attribute, text);
    }
  }
  for (const button of document.querySelectorAll('.language-switch button')) {
    button.setAttribute('aria-pressed', String(button.value === lang));
  }
  for (const input of document.querySelectorAll('input[name="lang"]')) input.value = lang;
}

/**
 * Wires the language switch, whose buttons (one per language, `value` the
 * code) are in the page's markup so that the header has its final size from
 * the first paint; `onChange(lang)` runs after the page switched.
 */
export function languageSwitch(container, onChange) {
  for (const button of container.querySelectorAll('button')) {
    const code = button.value;
    button.addEventListener('click', () => {
      if (document.documentElement.lang === code) return;
      applyLanguage(code);
      setParam('lang', code);
      onChange(code);
    });
  }
}

/**
 * `light`, `dark`, or '' for the reader's preference, on the page (demo.css turns it into the page's
 * `color-scheme`). The widgets follow the page's colour scheme by themselves: none is given `theme`.
 */
function applyTheme(theme) {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}

export function themeSwitch(select) {
  const initial = ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : '';
  select.value = initial;
  applyTheme(initial);
  select.addEventListener('change', () => {
    applyTheme(select.value);
    setParam('theme', select.value);
  });
}

/** Shows the "your own feed" notice when `?src=` is set; the link goes back to the demo feed. */
export function showCustomFeedNotice(notice) {
  const custom = customFeed();
  if (!custom || !notice) return;
  notice.hidden = false;
  notice.querySelector('code').textContent = custom.src;
  const back = new URLSearchParams(params);
  for (const name of ['src', 'format', 'map', 'id']) back.delete(name);
  notice.querySelector('a').href = `${location.pathname}${back.size ? `?${back}` : ''}`;
}

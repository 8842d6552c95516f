// The article page: `?id=` picks the story, `?lang=` the language, `?src=` another feed.
import {applyLanguage, customFeed, initialLanguage, languageSwitch, params, pointAtFeed, showCustomFeedNotice, t, themeSwitch} from './site.js';

const provider = document.getElementById('provider');
const nav = document.getElementById('nav');
const article = document.getElementById('article');
const related = document.querySelectorAll('news-related-list');

// The featured story of the demo feed; with the reader's own feed, its first story.
const wantedId = params.get('id') || (customFeed() ? undefined : '1001');

function setArticleId(id) {
  for (const el of [article, ...related]) {
    if (id) el.setAttribute('article-id', id);
    else el.removeAttribute('article-id');
  }
}

function useLanguage(lang) {
  pointAtFeed(provider, lang);
  // Category links lead to the front page, in the same language.
  nav.setAttribute('href-template', `index.html?category={slug}&lang=${lang}`);
  nav.setAttribute('all-href', `index.html?lang=${lang}`);
  document.getElementById('home-link').href = `index.html?lang=${lang}`;
}

// Once the feed is in: the menu marks the story's section, and the tab shows its headline.
provider.addEventListener('news-load', (event) => {
  if (event.target !== provider) return;
  const {articles} = event.detail.feed;
  const story = wantedId ? articles.find((a) => a.id === wantedId) : articles[0];
  if (!wantedId && story) setArticleId(story.id);
  if (story?.category) nav.setAttribute('current', story.category.slug);
  else nav.removeAttribute('current');
  const site = t(document.documentElement.lang, 'siteName');
  document.title = story?.title ? `${story.title} – ${site}` : site;
});

const lang = initialLanguage();
setArticleId(wantedId);
applyLanguage(lang);
useLanguage(lang);
languageSwitch(document.querySelector('.language-switch'), useLanguage);
themeSwitch(document.getElementById('theme'));
showCustomFeedNotice(document.getElementById('custom-feed'));

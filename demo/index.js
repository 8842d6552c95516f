// The front page: `?lang=` the language, `?category=` the selected section, `?src=` another feed, `?theme=`.
import {applyLanguage, demoFeed, initialLanguage, languageSwitch, params, pointAtFeed, setParam, showCustomFeedNotice, themeSwitch} from './site.js';

const provider = document.getElementById('provider');
const nav = document.getElementById('nav');
const sections = document.getElementById('sections');

function useLanguage(lang) {
  pointAtFeed(provider, lang);
  // The format comparison always reads the demo feeds.
  for (const card of document.querySelectorAll('.format-card')) card.setAttribute('src', demoFeed(lang, card.dataset.feedFile));
  for (const code of document.querySelectorAll('.feed-path')) code.textContent = `demo/${demoFeed(lang, code.dataset.feedFile)}`;
  document.getElementById('home-link').href = `index.html?lang=${lang}`;
}

/** The feed's declared categories, else those of its stories, in order of appearance. */
function categoriesOf(feed) {
  const all = feed.categories.length ? feed.categories : feed.articles.map((a) => a.category).filter(Boolean);
  return [...new Map(all.map((c) => [c.slug, c])).values()];
}

/** One short list per category; each has its own `category`, so the menu does not filter it. */
function buildSections(feed) {
  const categories = categoriesOf(feed);
  const lists = [...sections.children];
  const same = lists.length === categories.length && lists.every((list, i) => list.getAttribute('category') === categories[i].slug);
  if (!same) {
    sections.replaceChildren(
      ...categories.map((category) => {
        const list = document.createElement('news-article-list');
        list.setAttribute('category', category.slug);
        list.setAttribute('limit', '3');
        list.setAttribute('card-variant', 'compact');
        list.setAttribute('heading-level', '3');
        list.setAttribute('empty', 'hide');
        // Below the fold: each list renders when the reader scrolls near it.
        list.toggleAttribute('lazy', true);
        return list;
      }),
    );
  }
  // Names come from the feed, so they are in the feed's language.
  categories.forEach((category, i) => sections.children[i].setAttribute('heading', category.name));
}

provider.addEventListener('news-load', (event) => {
  if (event.target === provider) buildSections(event.detail.feed);
});

// A press in the menu selects the category in the provider; the address keeps it for a reload.
nav.addEventListener('news-category-select', (event) => setParam('category', event.detail.category?.slug));

const lang = initialLanguage();
if (params.get('category')) provider.setAttribute('category', params.get('category'));
applyLanguage(lang);
useLanguage(lang);
languageSwitch(document.querySelector('.language-switch'), useLanguage);
themeSwitch(document.getElementById('theme'));
showCustomFeedNotice(document.getElementById('custom-feed'));

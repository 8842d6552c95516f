// Lets a visitor point a card at their own feed (?src=...) and force a theme.
const params = new URLSearchParams(location.search);
const src = params.get('src');
if (src) {
  document.getElementById('custom-src').hidden = false;
  const card = document.getElementById('custom-card');
  card.setAttribute('src', src);
  if (params.get('format')) card.setAttribute('format', params.get('format'));
  if (params.get('map')) card.setAttribute('map', params.get('map'));
}
document.getElementById('theme').addEventListener('change', (event) => {
  for (const card of document.querySelectorAll('news-article-card')) {
    if (event.target.value) card.setAttribute('theme', event.target.value);
    else card.removeAttribute('theme');
  }
});
document.addEventListener('news-article-select', (event) => {
  console.info('news-article-select', event.detail.article);
});

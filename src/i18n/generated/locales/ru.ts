
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Читать оригинал статьи`,
'article.source': str`Источник: ${0}`,
'article.tags': `Теги`,
'article.untitled': `Статья без заголовка`,
'article.updated': str`Обновлено: ${0}`,
'byline.authors': str`Текст: ${0}`,
'comments.few': str`${0} комментария`,
'comments.many': str`${0} комментариев`,
'comments.one': str`${0} комментарий`,
'comments.other': str`${0} комментария`,
'comments.two': str`${0} комментария`,
'comments.zero': str`${0} комментариев`,
'error.format': `Не удалось прочитать новостную ленту.`,
'error.http': `Новостной сервис вернул ошибку.`,
'error.network': `Не удалось загрузить новости. Проверьте подключение к интернету.`,
'error.notFound': `Эта статья недоступна.`,
'error.timeout': `Новостной сервис слишком долго не отвечал.`,
'error.tooLarge': `Новостная лента слишком велика для отображения.`,
'list.empty': `Статей пока нет.`,
'list.label': `Статьи`,
'list.loadingMore': `Загрузка следующих статей…`,
'list.loadMore': `Показать ещё`,
'list.next': `Следующие статьи`,
'list.previous': `Предыдущие статьи`,
'nav.all': `Все`,
'nav.label': `Рубрики`,
'nav.more': `Ещё`,
'readingTime': str`Время чтения: ${0}`,
'related.empty': `Похожих статей нет.`,
'related.sameAuthor': `Того же автора`,
'related.sameCategory': `Из той же рубрики`,
'related.sameTopic': `По той же теме`,
'state.loading': `Загрузка…`,
'state.retry': `Повторить`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Originalartikel lesen`,
'article.source': str`Quelle: ${0}`,
'article.tags': `Schlagwörter`,
'article.untitled': `Artikel ohne Titel`,
'article.updated': str`Aktualisiert: ${0}`,
'byline.authors': str`Von ${0}`,
'comments.few': str`${0} Kommentare`,
'comments.many': str`${0} Kommentare`,
'comments.one': str`${0} Kommentar`,
'comments.other': str`${0} Kommentare`,
'comments.two': str`${0} Kommentare`,
'comments.zero': str`${0} Kommentare`,
'error.format': `Der Nachrichten-Feed konnte nicht gelesen werden.`,
'error.http': `Der Nachrichtendienst hat mit einem Fehler geantwortet.`,
'error.network': `Die Nachrichten konnten nicht geladen werden. Bitte prüfen Sie Ihre Internetverbindung.`,
'error.notFound': `Dieser Artikel ist nicht verfügbar.`,
'error.timeout': `Der Nachrichtendienst hat zu lange für eine Antwort gebraucht.`,
'error.tooLarge': `Der Nachrichten-Feed ist zu groß, um angezeigt zu werden.`,
'list.empty': `Noch keine Artikel vorhanden.`,
'list.label': `Artikel`,
'list.loadingMore': `Weitere Artikel werden geladen…`,
'list.loadMore': `Mehr laden`,
'list.next': `Nächste Artikel`,
'list.previous': `Vorherige Artikel`,
'nav.all': `Alle`,
'nav.label': `Rubriken`,
'nav.more': `Mehr`,
'readingTime': str`Lesezeit: ${0}`,
'related.empty': `Keine ähnlichen Artikel.`,
'related.sameAuthor': `Vom selben Autor`,
'related.sameCategory': `Aus derselben Rubrik`,
'related.sameTopic': `Zum selben Thema`,
'state.loading': `Wird geladen…`,
'state.retry': `Erneut versuchen`,
    };
  
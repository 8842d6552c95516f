
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Leggi l’articolo originale`,
'article.source': str`Fonte: ${0}`,
'article.tags': `Tag`,
'article.untitled': `Articolo senza titolo`,
'article.updated': str`Aggiornato: ${0}`,
'byline.authors': str`Di ${0}`,
'comments.few': str`${0} commenti`,
'comments.many': str`${0} di commenti`,
'comments.one': str`${0} commento`,
'comments.other': str`${0} commenti`,
'comments.two': str`${0} commenti`,
'comments.zero': str`${0} commenti`,
'error.format': `Impossibile leggere il feed di notizie.`,
'error.http': `Il servizio di notizie ha risposto con un errore.`,
'error.network': `Impossibile caricare le notizie. Controlla la connessione.`,
'error.notFound': `Questo articolo non è disponibile.`,
'error.timeout': `Il servizio di notizie ha impiegato troppo tempo a rispondere.`,
'error.tooLarge': `Il feed di notizie è troppo grande per essere visualizzato.`,
'list.empty': `Non ci sono ancora articoli da mostrare.`,
'list.label': `Articoli`,
'list.loadingMore': `Caricamento di altri articoli…`,
'list.loadMore': `Carica altri`,
'list.next': `Articoli successivi`,
'list.previous': `Articoli precedenti`,
'nav.all': `Tutte`,
'nav.label': `Sezioni`,
'nav.more': `Altro`,
'readingTime': str`${0} di lettura`,
'related.empty': `Nessun articolo correlato.`,
'related.sameAuthor': `Stesso autore`,
'related.sameCategory': `Stessa sezione`,
'related.sameTopic': `Stesso argomento`,
'state.loading': `Caricamento…`,
'state.retry': `Riprova`,
    };
  
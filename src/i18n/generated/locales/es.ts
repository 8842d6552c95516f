
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Leer el artículo original`,
'article.source': str`Fuente: ${0}`,
'article.tags': `Etiquetas`,
'article.untitled': `Artículo sin título`,
'article.updated': str`Actualizado: ${0}`,
'byline.authors': str`Por ${0}`,
'comments.few': str`${0} comentarios`,
'comments.many': str`${0} de comentarios`,
'comments.one': str`${0} comentario`,
'comments.other': str`${0} comentarios`,
'comments.two': str`${0} comentarios`,
'comments.zero': str`${0} comentarios`,
'error.format': `No se pudo leer el feed de noticias.`,
'error.http': `El servicio de noticias respondió con un error.`,
'error.network': `No se pudieron cargar las noticias. Comprueba tu conexión.`,
'error.notFound': `Este artículo no está disponible.`,
'error.timeout': `El servicio de noticias tardó demasiado en responder.`,
'error.tooLarge': `El feed de noticias es demasiado grande para mostrarlo.`,
'list.empty': `Todavía no hay artículos.`,
'list.label': `Artículos`,
'list.loadingMore': `Cargando más…`,
'list.loadMore': `Cargar más`,
'list.next': `Artículos siguientes`,
'list.previous': `Artículos anteriores`,
'nav.all': `Todas`,
'nav.label': `Secciones`,
'nav.more': `Más`,
'readingTime': str`${0} de lectura`,
'related.empty': `No hay artículos relacionados.`,
'related.sameAuthor': `Mismo autor`,
'related.sameCategory': `Misma sección`,
'related.sameTopic': `Mismo tema`,
'state.loading': `Cargando…`,
'state.retry': `Reintentar`,
    };
  
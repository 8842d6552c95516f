
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.untitled': `Article sans titre`,
'byline.authors': str`Par ${0}`,
'comments.few': str`${0} commentaires`,
'comments.many': str`${0} de commentaires`,
'comments.one': str`${0} commentaire`,
'comments.other': str`${0} commentaires`,
'comments.two': str`${0} commentaires`,
'comments.zero': str`${0} commentaire`,
'error.format': `Le flux d’actualités est illisible.`,
'error.http': `Le service d’actualités a répondu par une erreur.`,
'error.network': `Impossible de charger les actualités. Vérifiez votre connexion.`,
'error.notFound': `Cet article n’est pas disponible.`,
'error.timeout': `Le service d’actualités a mis trop de temps à répondre.`,
'error.tooLarge': `Le flux d’actualités est trop volumineux pour être affiché.`,
'readingTime': str`Lecture : ${0}`,
'state.loading': `Chargement…`,
'state.retry': `Réessayer`,
    };
  
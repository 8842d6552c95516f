
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Lire l’article original`,
'article.source': str`Source : ${0}`,
'article.tags': `Mots-clés`,
'article.untitled': `Article sans titre`,
'article.updated': str`Mise à jour : ${0}`,
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
'list.empty': `Aucun article à afficher pour le moment.`,
'list.label': `Articles`,
'list.loadingMore': `Chargement…`,
'list.loadMore': `Charger plus`,
'list.next': `Articles suivants`,
'list.previous': `Articles précédents`,
'nav.all': `Toutes`,
'nav.label': `Catégories`,
'nav.more': `Plus`,
'readingTime': str`Lecture : ${0}`,
'related.empty': `Aucun article lié.`,
'related.sameAuthor': `Même auteur`,
'related.sameCategory': `Même rubrique`,
'related.sameTopic': `Même sujet`,
'state.loading': `Chargement…`,
'state.retry': `Réessayer`,
    };
  
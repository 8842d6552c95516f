
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Ler o artigo original`,
'article.source': str`Fonte: ${0}`,
'article.tags': `Palavras-chave`,
'article.untitled': `Artigo sem título`,
'article.updated': str`Atualizado: ${0}`,
'byline.authors': str`Por ${0}`,
'comments.few': str`${0} comentários`,
'comments.many': str`${0} de comentários`,
'comments.one': str`${0} comentário`,
'comments.other': str`${0} comentários`,
'comments.two': str`${0} comentários`,
'comments.zero': str`${0} comentários`,
'error.format': `Não foi possível ler o feed de notícias.`,
'error.http': `O serviço de notícias respondeu com um erro.`,
'error.network': `Não foi possível carregar as notícias. Verifique o acesso à internet.`,
'error.notFound': `Este artigo não está disponível.`,
'error.timeout': `O serviço de notícias demorou muito a responder.`,
'error.tooLarge': `O feed de notícias é muito grande para ser mostrado.`,
'list.empty': `Ainda não há artigos para mostrar.`,
'list.label': `Artigos`,
'list.loadingMore': `Carregando mais artigos…`,
'list.loadMore': `Carregar mais`,
'list.next': `Artigos seguintes`,
'list.previous': `Artigos anteriores`,
'nav.all': `Todas`,
'nav.label': `Categorias`,
'nav.more': `Mais`,
'readingTime': str`${0} de leitura`,
'related.empty': `Nenhum artigo relacionado.`,
'related.sameAuthor': `Mesmo autor`,
'related.sameCategory': `Mesma categoria`,
'related.sameTopic': `Mesmo tema`,
'state.loading': `Carregando…`,
'state.retry': `Tentar novamente`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `阅读原文`,
'article.source': str`来源：${0}`,
'article.tags': `标签`,
'article.untitled': `无标题文章`,
'article.updated': str`更新时间：${0}`,
'byline.authors': str`作者：${0}`,
'comments.few': str`${0} 条评论`,
'comments.many': str`${0} 条评论`,
'comments.one': str`${0} 条评论`,
'comments.other': str`${0} 条评论`,
'comments.two': str`${0} 条评论`,
'comments.zero': str`${0} 条评论`,
'error.format': `无法读取新闻源。`,
'error.http': `新闻服务返回了错误。`,
'error.network': `无法加载新闻，请检查网络连接。`,
'error.notFound': `该文章无法查看。`,
'error.timeout': `新闻服务响应超时。`,
'error.tooLarge': `新闻源过大，无法显示。`,
'list.empty': `暂无文章。`,
'list.label': `文章列表`,
'list.loadingMore': `正在加载更多…`,
'list.loadMore': `加载更多`,
'list.next': `下一组文章`,
'list.previous': `上一组文章`,
'nav.all': `全部`,
'nav.label': `栏目`,
'nav.more': `更多`,
'readingTime': str`阅读时长：${0}`,
'related.empty': `暂无相关文章。`,
'related.sameAuthor': `同一作者`,
'related.sameCategory': `同一栏目`,
'related.sameTopic': `同一主题`,
'state.loading': `正在加载…`,
'state.retry': `重试`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `元の記事を読む`,
'article.source': str`出典：${0}`,
'article.tags': `タグ`,
'article.untitled': `無題の記事`,
'article.updated': str`更新：${0}`,
'byline.authors': str`執筆：${0}`,
'comments.few': str`${0}件のコメント`,
'comments.many': str`${0}件のコメント`,
'comments.one': str`${0}件のコメント`,
'comments.other': str`${0}件のコメント`,
'comments.two': str`${0}件のコメント`,
'comments.zero': str`${0}件のコメント`,
'error.format': `ニュースフィードを読み取れませんでした。`,
'error.http': `ニュースサービスでエラーが発生しました。`,
'error.network': `ニュースを読み込めませんでした。インターネット接続を確認してください。`,
'error.notFound': `この記事はご利用いただけません。`,
'error.timeout': `ニュースサービスの応答に時間がかかりすぎました。`,
'error.tooLarge': `ニュースフィードが大きすぎるため表示できません。`,
'list.empty': `表示できる記事はまだありません。`,
'list.label': `記事一覧`,
'list.loadingMore': `さらに読み込み中…`,
'list.loadMore': `もっと見る`,
'list.next': `次の記事`,
'list.previous': `前の記事`,
'nav.all': `すべて`,
'nav.label': `カテゴリー`,
'nav.more': `その他`,
'readingTime': str`${0}で読めます`,
'related.empty': `関連記事はありません。`,
'related.sameAuthor': `同じ筆者の記事`,
'related.sameCategory': `同じカテゴリーの記事`,
'related.sameTopic': `同じトピックの記事`,
'state.loading': `読み込み中…`,
'state.retry': `再試行`,
    };
  
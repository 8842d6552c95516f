
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Đọc bài viết gốc`,
'article.source': str`Nguồn: ${0}`,
'article.tags': `Thẻ`,
'article.untitled': `Bài viết không có tiêu đề`,
'article.updated': str`Cập nhật: ${0}`,
'byline.authors': str`Tác giả: ${0}`,
'comments.few': str`${0} bình luận`,
'comments.many': str`${0} bình luận`,
'comments.one': str`${0} bình luận`,
'comments.other': str`${0} bình luận`,
'comments.two': str`${0} bình luận`,
'comments.zero': str`${0} bình luận`,
'error.format': `Không thể đọc nguồn tin.`,
'error.http': `Máy chủ tin tức trả về lỗi.`,
'error.network': `Không thể tải tin tức. Vui lòng kiểm tra kết nối mạng.`,
'error.notFound': `Bài viết này hiện không có.`,
'error.timeout': `Máy chủ tin tức phản hồi quá lâu.`,
'error.tooLarge': `Nguồn tin quá lớn để hiển thị.`,
'list.empty': `Chưa có bài viết nào.`,
'list.label': `Bài viết`,
'list.loadingMore': `Đang tải…`,
'list.loadMore': `Xem thêm`,
'list.next': `Bài viết tiếp theo`,
'list.previous': `Bài viết trước`,
'nav.all': `Tất cả`,
'nav.label': `Chuyên mục`,
'nav.more': `Thêm`,
'readingTime': str`Thời gian đọc: ${0}`,
'related.empty': `Không có bài viết liên quan.`,
'related.sameAuthor': `Cùng tác giả`,
'related.sameCategory': `Cùng chuyên mục`,
'related.sameTopic': `Cùng chủ đề`,
'state.loading': `Đang tải…`,
'state.retry': `Thử lại`,
    };
  

    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `اقرأ المقال الأصلي`,
'article.source': str`المصدر: ${0}`,
'article.tags': `الوسوم`,
'article.untitled': `مقال بلا عنوان`,
'article.updated': str`آخر تحديث: ${0}`,
'byline.authors': str`بقلم ${0}`,
'comments.few': str`${0} تعليقات`,
'comments.many': str`${0} تعليقًا`,
'comments.one': str`${0} تعليق`,
'comments.other': str`${0} تعليق`,
'comments.two': str`${0} تعليقان`,
'comments.zero': str`${0} تعليق`,
'error.format': `تعذّرت قراءة موجز الأخبار.`,
'error.http': `حدث خطأ في خدمة الأخبار.`,
'error.network': `تعذّر تحميل الأخبار. تحقّق من اتصالك بالإنترنت.`,
'error.notFound': `هذا المقال غير متاح.`,
'error.timeout': `استغرقت خدمة الأخبار وقتًا طويلًا في الاستجابة.`,
'error.tooLarge': `موجز الأخبار أكبر من أن يُعرض.`,
'list.empty': `لا توجد مقالات لعرضها حتى الآن.`,
'list.label': `المقالات`,
'list.loadingMore': `جارٍ تحميل المزيد…`,
'list.loadMore': `تحميل المزيد`,
'list.next': `المقالات التالية`,
'list.previous': `المقالات السابقة`,
'nav.all': `الكل`,
'nav.label': `الأقسام`,
'nav.more': `المزيد`,
'readingTime': str`مدة القراءة: ${0}`,
'related.empty': `لا توجد مقالات ذات صلة.`,
'related.sameAuthor': `للكاتب نفسه`,
'related.sameCategory': `من القسم نفسه`,
'related.sameTopic': `في الموضوع نفسه`,
'state.loading': `جارٍ التحميل…`,
'state.retry': `إعادة المحاولة`,
    };
  
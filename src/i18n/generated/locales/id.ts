
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article.readOriginal': `Baca artikel asli`,
'article.source': str`Sumber: ${0}`,
'article.tags': `Tag`,
'article.untitled': `Artikel tanpa judul`,
'article.updated': str`Diperbarui ${0}`,
'byline.authors': str`Oleh ${0}`,
'comments.few': str`${0} komentar`,
'comments.many': str`${0} komentar`,
'comments.one': str`${0} komentar`,
'comments.other': str`${0} komentar`,
'comments.two': str`${0} komentar`,
'comments.zero': str`${0} komentar`,
'error.format': `Umpan berita tidak dapat dibaca.`,
'error.http': `Layanan berita merespons dengan kesalahan.`,
'error.network': `Berita tidak dapat dimuat. Periksa koneksi Anda.`,
'error.notFound': `Artikel ini tidak tersedia.`,
'error.timeout': `Layanan berita terlalu lama merespons.`,
'error.tooLarge': `Umpan berita terlalu besar untuk ditampilkan.`,
'list.empty': `Belum ada artikel untuk ditampilkan.`,
'list.label': `Artikel`,
'list.loadingMore': `Memuat artikel lainnya…`,
'list.loadMore': `Muat lebih banyak`,
'list.next': `Artikel berikutnya`,
'list.previous': `Artikel sebelumnya`,
'nav.all': `Semua`,
'nav.label': `Kategori`,
'nav.more': `Lainnya`,
'readingTime': str`Waktu baca: ${0}`,
'related.empty': `Tidak ada artikel terkait.`,
'related.sameAuthor': `Penulis yang sama`,
'related.sameCategory': `Kategori yang sama`,
'related.sameTopic': `Topik yang sama`,
'state.loading': `Memuat…`,
'state.retry': `Coba lagi`,
    };
  
package com.jiaodui.store;

/** What to export: the whole library, one page, or one article. */
public sealed interface ExportScope {
    record All() implements ExportScope {}

    record OfPage(long pageId) implements ExportScope {}

    record OfArticle(long articleId) implements ExportScope {}

    static ExportScope all() {
        return new All();
    }

    static ExportScope page(long pageId) {
        return new OfPage(pageId);
    }

    static ExportScope article(long articleId) {
        return new OfArticle(articleId);
    }
}

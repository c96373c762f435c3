package com.jiaodui.app.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What the app needs from the library. Every method may block (database, disk) and is called off the FX thread.
 * Implementations are thread-safe.
 */
public interface LibraryService extends AutoCloseable {

    /** All pages with their articles, in import order. */
    List<PageEntry> pages() throws IOException;

    PageSource page(long pageId) throws IOException;

    ArticleState article(long articleId) throws IOException;

    /** Imports a page file (segments it into articles); returns the page id. Re-importing the same file returns the old id. */
    long importPage(Path file) throws IOException;

    /** Saves a new revision of the article with the decisions in effect, the review status and open-flag count. */
    long saveRevision(long articleId, String text, String note, List<Decision> decisions, ReviewStatus status,
                      int openFlags) throws IOException;

    List<RevisionEntry> revisions(long articleId) throws IOException;

    String revisionText(long revisionId) throws IOException;

    List<SearchHit> search(String query, int limit) throws IOException;

    /** Export formats offered in the export dialog (ids, e.g. "txt", "md", "json"). */
    List<String> exportFormats();

    /** Exports the whole library in a format into a folder or file; reports progress 0..1; stops when cancelled. */
    void export(String format, Path target, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException;

    /** Where the library lives (for drafts kept beside it and for the title bar). */
    Path location();

    @Override
    void close() throws IOException;
}

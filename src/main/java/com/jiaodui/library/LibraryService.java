package com.jiaodui.library;

import com.jiaodui.review.Decision;
import com.jiaodui.review.ReviewStatus;

import com.jiaodui.review.Decision;
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

    /** The text of a page version (an imported file: {@link ArticleState#sourceId()}). */
    PageSource page(long sourceId) throws IOException;

    /** Where the page's source file was imported from (the PDF or OCR file the page image comes from), if known. */
    default java.util.Optional<java.nio.file.Path> sourcePath(long sourceId) throws IOException {
        return java.util.Optional.empty();
    }

    /**
     * A page version as read from its PDF or OCR file, from what the library kept at import (its text and where
     * each line sits on the printed page), without reading the file again: empty for a text page, or a version
     * imported before the library kept geometry. Its {@link com.jiaodui.text.source.SourceDocument#pdf()} is the
     * PDF the image is rendered from when that file is still there (null otherwise: the boxes are drawn alone).
     */
    default java.util.Optional<com.jiaodui.text.source.SourceDocument> sourceDocument(long sourceId) throws IOException {
        return java.util.Optional.empty();
    }

    /**
     * What the review of an article shows: the page's raw source and, when the article starts from a cleaned
     * version, that version. By default the article's own version, as the raw side.
     */
    default ReviewSource reviewSource(long articleId) throws IOException {
        return new ReviewSource(page(article(articleId).sourceId()), null);
    }

    /**
     * The review of an article with {@code versionId} (a version of the article's page) as its cleaned side: the
     * editor switched it in the review header. The raw side stays the page's raw source; choosing the raw source
     * itself gives a review without a cleaned side.
     */
    default ReviewSource reviewSource(long articleId, long versionId) throws IOException {
        return reviewSource(articleId);
    }

    ArticleState article(long articleId) throws IOException;

    /** Told about each file of {@link #importPages}: {@code error} is null when it was imported. */
    @FunctionalInterface
    interface ImportProgress {
        void imported(int done, int total, Path file, String error);
    }

    /**
     * Imports page files (segmented into articles) in order, reading ahead in the background; a file that
     * cannot be read is reported and skipped. Returns the page ids of the files imported. Re-importing the
     * same file changes nothing.
     */
    default List<Long> importPages(List<Path> files, ImportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        return importFiles(files, null, progress, cancelled).pageIds();
    }

    /**
     * Imports page files and folders (files in a folder that are not pages are skipped and counted), each in
     * {@code role} or (null) the role its file name gives; returns the honest counts.
     */
    ImportReport importFiles(List<Path> paths, Role role, ImportProgress progress, BooleanSupplier cancelled)
            throws IOException;

    /** Imports from now on analyse with this analyzer (the editor's settings changed). */
    default void useAnalyzer(com.jiaodui.text.Analyzer analyzer) {
    }

    /** {@code base} with the library's learnt corrections ({@code learned-fix}) added; base when it has none. */
    default com.jiaodui.text.Analyzer withLearnt(com.jiaodui.text.Analyzer base) {
        return base;
    }

    /** The corrections learnt from saved revisions, oldest first (Settings → Learnt corrections). */
    default List<com.jiaodui.store.LearntCorrection> learntCorrections() throws IOException {
        return List.of();
    }

    /** {@link #learntCorrections()} as the app shows them (Settings → Learnt corrections). */
    default List<LearntPair> learntPairs() throws IOException {
        return learntCorrections().stream().map(LearntPair::of).toList();
    }

    /**
     * Writes every learnt correction to {@code file} (UTF-8, tab-separated, a header line first; written to a
     * temporary file beside it and moved into place).
     */
    default void exportLearnt(Path file) throws IOException {
        StringBuilder out = new StringBuilder("from\tto\tleft\tright\tauthor\twhen\tenabled\n");
        for (LearntPair p : learntPairs()) {
            out.append(p.tsv()).append('\n');
        }
        Path abs = file.toAbsolutePath();
        Path tmp = java.nio.file.Files.createTempFile(abs.getParent(), ".learnt", ".tmp");
        try {
            java.nio.file.Files.writeString(tmp, out, java.nio.charset.StandardCharsets.UTF_8);
            java.nio.file.Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            java.nio.file.Files.deleteIfExists(tmp);
        }
    }

    /** Forgets a learnt correction; the analysis stops flagging it at once. */
    default void removeLearnt(long id) throws IOException {
        throw new IOException("this library keeps no learnt corrections");
    }

    /** Enables or disables a learnt correction; the analysis follows at once. */
    default void setLearntEnabled(long id, boolean enabled) throws IOException {
        throw new IOException("this library keeps no learnt corrections");
    }

    /** Changes the role of a page version (the editor says what a file is). */
    default void setRole(long versionId, Role role) throws IOException {
        throw new IOException("roles cannot be changed in this library");
    }

    /** Imports one page file; returns its page id. */
    default long importPage(Path file) throws IOException {
        String[] error = {null};
        List<Long> ids = importPages(List.of(file), (d, t, f, e) -> error[0] = e, () -> false);
        if (ids.isEmpty()) {
            throw new IOException(error[0] != null ? error[0] : file + ": not imported");
        }
        return ids.get(0);
    }

    /** The articles of a page (for opening the first one after an import). */
    List<ArticleEntry> articles(long pageId) throws IOException;

    /** Totals for the status bar: {done, total, open flags}. */
    int[] progress() throws IOException;

    /** Saves a new revision of the article with the decisions in effect, the review status and open-flag count. */
    long saveRevision(long articleId, String text, String note, List<Decision> decisions, ReviewStatus status,
                      int openFlags) throws IOException;

    /**
     * As {@link #saveRevision(long, String, String, List, ReviewStatus, int)}, provided {@code baseRevisionId} (the
     * revision the text was made on; 0 when unknown) is still the article's current revision: else nothing is saved
     * and a {@link SaveConflictException} carries the current text (a shared library: another editor saved).
     */
    default long saveRevision(long articleId, long baseRevisionId, String text, String note, List<Decision> decisions,
                              ReviewStatus status, int openFlags) throws IOException {
        return saveRevision(articleId, text, note, decisions, status, openFlags);
    }

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

    // ---------------------------------------------------------------- versions (compare view)

    /** The versions of the page the article belongs to, oldest first. */
    List<PageVersion> versionsOfArticle(long articleId) throws IOException;

    /** Adds {@code text} as a new version of page {@code pageId}; returns the new version's id. */
    long addVersion(long pageId, String label, String fileName, String text, com.jiaodui.text.Format format)
            throws IOException;

    // ---------------------------------------------------------------- drafts

    /**
     * Notes that the article has unsaved edits (the app keeps the draft itself): importing a new version of its
     * page then keeps the article as the editor has it. A saved revision clears the mark.
     */
    void markDraft(long articleId, String text) throws IOException;

    /** The article's unsaved edits were discarded. */
    void clearDraft(long articleId) throws IOException;

    // ---------------------------------------------------------------- drafts in the library file

    /**
     * Keeps an article's unsaved review in the library file (replacing its earlier draft): text, base revision and
     * decisions (JSON). Also marks the article as edited, like {@link #markDraft}.
     */
    void writeDraft(DraftEntry draft) throws IOException;

    /** The article's draft, or null. */
    DraftEntry readDraft(long articleId) throws IOException;

    /** Every draft in the library, by article id. */
    List<DraftEntry> drafts() throws IOException;
}

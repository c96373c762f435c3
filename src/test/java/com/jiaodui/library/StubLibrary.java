package com.jiaodui.library;

import com.jiaodui.review.Decision;
import com.jiaodui.review.ReviewStatus;

import com.jiaodui.review.Decision;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** A library with nothing in it, for view-model tests that set their listing directly. */
public final class StubLibrary implements LibraryService {
    @Override
    public List<PageEntry> pages() {
        return List.of();
    }

    @Override
    public PageSource page(long sourceId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ArticleState article(long articleId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ImportReport importFiles(List<Path> files, Role role, ImportProgress progress,
                                    java.util.function.BooleanSupplier cancelled) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<ArticleEntry> articles(long pageId) {
        return List.of();
    }

    @Override
    public int[] progress() {
        return new int[3];
    }

    @Override
    public long saveRevision(long articleId, String text, String note, List<Decision> decisions, ReviewStatus status,
                             int openFlags) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<RevisionEntry> revisions(long articleId) {
        return List.of();
    }

    @Override
    public String revisionText(long revisionId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return List.of();
    }

    @Override
    public List<String> exportFormats() {
        return List.of("txt");
    }

    @Override
    public void export(String format, Path target, DoubleConsumer progress, BooleanSupplier cancelled) {
    }

    @Override
    public Path location() {
        return Path.of("stub.db");
    }

    @Override
    public void close() {
    }

    @Override
    public List<PageVersion> versionsOfArticle(long articleId) {
        return List.of();
    }

    @Override
    public long addVersion(long pageId, String label, String fileName, String text, com.jiaodui.text.Format format) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markDraft(long articleId, String text) {
    }

    @Override
    public void clearDraft(long articleId) {
        drafts.remove(articleId);
    }

    private final java.util.Map<Long, DraftEntry> drafts = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Override
    public void writeDraft(DraftEntry d) {
        drafts.put(d.articleId(), d);
    }

    @Override
    public DraftEntry readDraft(long articleId) {
        return drafts.get(articleId);
    }

    @Override
    public List<DraftEntry> drafts() {
        return List.copyOf(drafts.values());
    }
}

package com.jiaodui.library;

import com.jiaodui.store.ImportResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import did, counted honestly: files that made a new page, files that added a version to a page, files
 * already in the library (same bytes), files skipped as not pages, files refused (unreadable); and of the
 * articles: added, updated (only those whose text changed), kept as the editors left them, retired.
 */
public final class ImportReport {
    private final List<ImportResult> results = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean cancelled;

    void note(String line) {
        notes.add(line);
    }

    /** What the editor should know about pages imported ("issue.pdf#2: no text layer: OCR needed …"), in order. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    void add(ImportResult r) {
        results.add(r);
    }

    public void skip(String line) {
        skipped.add(line);
    }

    void refuse(String line) {
        refused.add(line);
    }

    void cancel() {
        cancelled = true;
    }

    /** The files stored or found unchanged, in order. */
    public List<ImportResult> results() {
        return List.copyOf(results);
    }

    /** Every file with its outcome: stored and unchanged files in import order, then skipped, then refused ones. */
    public List<FileOutcome> files() {
        List<FileOutcome> out = new ArrayList<>();
        for (ImportResult r : results) {
            FileOutcome.Kind k = switch (r.outcome()) {
                case NEW_PAGE -> FileOutcome.Kind.NEW_PAGE;
                case NEW_VERSION -> FileOutcome.Kind.NEW_VERSION;
                case UNCHANGED -> FileOutcome.Kind.UNCHANGED;
            };
            out.add(new FileOutcome(r.fileName(), k, r.pageName(), r.role(), r.versionNumber(), r.articlesAdded(),
                    r.articlesUpdated(), r.articlesKept(), r.articlesRetired(), r.flags(), null));
        }
        for (String line : skipped) {
            out.add(FileOutcome.left(line, FileOutcome.Kind.SKIPPED));
        }
        for (String line : refused) {
            out.add(FileOutcome.left(line, FileOutcome.Kind.REFUSED));
        }
        return out;
    }

    /** One line per skipped file ("FILE: skipped, why"). */
    public List<String> skippedFiles() {
        return List.copyOf(skipped);
    }

    /** One line per refused file ("FILE: why"). */
    public List<String> refusedFiles() {
        return List.copyOf(refused);
    }

    public int newPages() {
        return count(ImportResult.Outcome.NEW_PAGE);
    }

    public int newVersions() {
        return count(ImportResult.Outcome.NEW_VERSION);
    }

    public int unchanged() {
        return count(ImportResult.Outcome.UNCHANGED);
    }

    public int skipped() {
        return skipped.size();
    }

    public int refused() {
        return refused.size();
    }

    public boolean cancelled() {
        return cancelled;
    }

    public int articlesAdded() {
        return results.stream().mapToInt(ImportResult::articlesAdded).sum();
    }

    public int articlesUpdated() {
        return results.stream().mapToInt(ImportResult::articlesUpdated).sum();
    }

    public int articlesKept() {
        return results.stream().mapToInt(ImportResult::articlesKept).sum();
    }

    public int articlesRetired() {
        return results.stream().mapToInt(ImportResult::articlesRetired).sum();
    }

    /** The pages the stored or unchanged files belong to, in order, each once. */
    public List<Long> pageIds() {
        return results.stream().map(ImportResult::pageId).distinct().toList();
    }

    private int count(ImportResult.Outcome o) {
        return (int) results.stream().filter(r -> r.outcome() == o).count();
    }

    /**
     * "2 new pages, 1 new version, 4 unchanged, 1 skipped, 0 refused; articles: 13 added, 1 updated, 0 kept,
     * 0 retired".
     */
    public String summary() {
        return newPages() + " new page" + (newPages() == 1 ? "" : "s") + ", " + newVersions() + " new version"
                + (newVersions() == 1 ? "" : "s") + ", " + unchanged() + " unchanged, " + skipped() + " skipped, "
                + refused() + " refused; articles: " + articlesAdded() + " added, " + articlesUpdated()
                + " updated, " + articlesKept() + " kept, " + articlesRetired() + " retired"
                + (cancelled ? " (cancelled)" : "");
    }
}

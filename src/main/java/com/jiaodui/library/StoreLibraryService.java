package com.jiaodui.library;

import com.jiaodui.review.FlagState;
import com.jiaodui.review.Decision;
import com.jiaodui.store.ArticleRecord;
import com.jiaodui.store.ArticleSummary;
import com.jiaodui.store.ExportFormat;
import com.jiaodui.store.ExportScope;
import com.jiaodui.store.Exporter;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.store.Revision;
import com.jiaodui.store.SourceFile;
import com.jiaodui.store.StoreException;
import com.jiaodui.review.Decision;
import com.jiaodui.review.FlagState;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.store.VersionInfo;
import com.jiaodui.text.Analyzer;
import com.jiaodui.util.PageFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The library service on the SQLite store ({@link Library}), importing through the one {@link Importer}; store
 * failures become IOExceptions with its one-line message.
 */
public final class StoreLibraryService implements LibraryService {
    /** Author recorded with revisions saved in the app. */
    public static final String AUTHOR = "editor";
    private final Library lib;
    private volatile Analyzer analyzer;
    private final LearntFixes learnt;
    /** Drafts kept on this machine while a shared library's server cannot be reached (none for a file). */
    private final LocalDrafts local;

    public StoreLibraryService(Library lib, Analyzer analyzer) {
        this.lib = lib;
        this.learnt = new LearntFixes().reload(lib);
        this.local = LocalDrafts.forLibrary(lib.isShared() ? lib.location() : "file:" + lib.location());
        if (lib.isShared()) {
            lib.setClient(Library.defaultClient("jiaodui-app")); // (a name lookup: only where it is recorded for a team)
        }
        this.analyzer = learnt.addTo(analyzer);
    }

    public StoreLibraryService(Library lib) {
        this(lib, new Analyzer());
    }

    /** Opens (creating when missing) the library at {@code db}, seeding a new one with the sample pages. */
    public static StoreLibraryService open(Path db) throws IOException {
        return open(db, new Analyzer());
    }

    /** Opens the library at {@code db}; imports (and the seeding of a new library) analyse with {@code analyzer}. */
    public static StoreLibraryService open(Path db, Analyzer analyzer) throws IOException {
        return call(() -> new StoreLibraryService(Libraries.openSeeded(db, analyzer), analyzer));
    }

    @Override
    public void useAnalyzer(Analyzer analyzer) {
        this.analyzer = learnt.addTo(analyzer);
    }

    @Override
    public Analyzer withLearnt(Analyzer base) {
        return learnt.addTo(base);
    }

    /** The learnt corrections, oldest first (Settings → Learnt corrections, {@code jiaodui learnt}). */
    @Override
    public List<com.jiaodui.store.LearntCorrection> learntCorrections() throws IOException {
        return call(() -> lib.learntCorrections(false));
    }

    /** Forgets a learnt correction; the analysis stops flagging it at once. */
    @Override
    public void removeLearnt(long id) throws IOException {
        call(() -> {
            lib.removeCorrection(id);
            learnt.reload(lib);
            return null;
        });
    }

    /** Enables or disables a learnt correction; the analysis follows at once. */
    @Override
    public void setLearntEnabled(long id, boolean enabled) throws IOException {
        call(() -> {
            lib.setCorrectionEnabled(id, enabled);
            learnt.reload(lib);
            return null;
        });
    }

    /** The store underneath (the command line and tests). */
    public Library library() {
        return lib;
    }

    private Importer importer() {
        return new Importer(lib, analyzer);
    }

    private static <T> T call(Callable<T> c) throws IOException {
        try {
            return c.call();
        } catch (StoreException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static ArticleEntry entry(ArticleSummary a) {
        return new ArticleEntry(a.id(), a.pageId(), a.index(), a.title() == null ? "" : a.title(),
                ReviewStatus.valueOf(a.status().name()), a.openFlags());
    }

    private volatile List<PageEntry> prefetched;

    /** Reads the listing now (while the window is being built); the first {@link #pages()} returns it. */
    public void prefetch() throws IOException {
        prefetched = pages();
    }

    @Override
    public List<PageEntry> pages() throws IOException {
        List<PageEntry> ready = prefetched;
        if (ready != null) {
            prefetched = null;
            return ready;
        }
        return call(() -> {
            List<PageSummary> pages = lib.pages();
            Map<Long, List<ArticleEntry>> byPage = new LinkedHashMap<>();
            for (ArticleSummary a : lib.allArticles()) {
                byPage.computeIfAbsent(a.pageId(), k -> new ArrayList<>()).add(entry(a));
            }
            List<PageEntry> out = new ArrayList<>(pages.size());
            Map<Long, List<PageVersion>> versions = new LinkedHashMap<>();
            for (VersionInfo v : lib.allVersions()) {
                versions.computeIfAbsent(v.pageId(), k -> new ArrayList<>()).add(version(v));
            }
            for (PageSummary p : pages) {
                out.add(new PageEntry(p.id(), p.name(), versions.getOrDefault(p.id(), List.of()),
                        byPage.getOrDefault(p.id(), List.of())));
            }
            return out;
        });
    }

    @Override
    public List<ArticleEntry> articles(long pageId) throws IOException {
        return call(() -> lib.articles(pageId).stream().map(StoreLibraryService::entry).toList());
    }

    @Override
    public int[] progress() throws IOException {
        return call(() -> {
            Library.Stats s = lib.stats();
            return new int[] {s.done(), s.articles(), s.openFlags()};
        });
    }

    @Override
    public PageSource page(long sourceId) throws IOException {
        return call(() -> {
            SourceFile f = lib.source(sourceId);
            return new PageSource(sourceId, f.fileName(), f.raw(), f.format());
        });
    }

    @Override
    public java.util.Optional<java.nio.file.Path> sourcePath(long sourceId) throws IOException {
        return call(() -> java.util.Optional.ofNullable(lib.source(sourceId).path()).map(java.nio.file.Path::of));
    }

    @Override
    public java.util.Optional<com.jiaodui.text.source.SourceDocument> sourceDocument(long sourceId) throws IOException {
        return call(() -> lib.geometry(sourceId).map(g -> {
            SourceFile f = lib.source(sourceId);
            Path path = f.path() == null ? Path.of(f.fileName()) : Path.of(f.path());
            Path image = g.imagePath() == null ? null : Path.of(g.imagePath());
            if (image != null && !java.nio.file.Files.isRegularFile(image)) {
                image = null; // moved or deleted since the import: the boxes are drawn on a blank page
            }
            com.jiaodui.text.source.Geometry geometry = com.jiaodui.text.source.Geometry.decode(g.geometry());
            com.jiaodui.text.source.SourceFormat format;
            try {
                format = com.jiaodui.text.source.SourceFormat.valueOf(g.format());
            } catch (IllegalArgumentException e) {
                format = com.jiaodui.text.source.SourceFormat.PDF;
            }
            List<String> notes = geometry.pages().stream().anyMatch(com.jiaodui.text.source.SourcePage::imageOnly)
                    ? List.of(Importer.NO_TEXT_LAYER) : List.of();
            return new com.jiaodui.text.source.SourceDocument(new com.jiaodui.text.SourceText(path, f.raw(), f.encoding(),
                    f.bom(), f.sha256()), format, geometry, image, notes);
        }));
    }

    @Override
    public ArticleState article(long articleId) throws IOException {
        return call(() -> {
            ArticleRecord a = lib.article(articleId).orElseThrow(
                    () -> new IOException(lib.file() + ": there is no article " + articleId));
            Revision rev = lib.currentRevision(articleId);
            List<Decision> ds = new ArrayList<>();
            for (com.jiaodui.store.Decision d : lib.decisions(articleId)) {
                if (d.revisionId() != null && d.revisionId() == rev.id()) {
                    ds.add(new Decision(d.kind(), d.start(), d.end(), d.original(), d.replacement(),
                            d.accepted() ? FlagState.ACCEPTED : FlagState.REJECTED));
                }
            }
            return new ArticleState(a.id(), a.versionId(), a.index(), a.title() == null ? "" : a.title(), rev.text(),
                    rev.id(), ds);
        });
    }

    private static PageVersion version(VersionInfo v) {
        return new PageVersion(v.id(), v.pageId(), v.number(), v.label(), v.fileName(), v.format(),
                Role.fromId(v.role()), v.articles(), v.chars());
    }

    @Override
    public ImportReport importFiles(List<Path> paths, Role role, ImportProgress progress, BooleanSupplier cancelled)
            throws IOException {
        prefetched = null;
        return call(() -> {
            List<String> skipped = new ArrayList<>();
            List<String> unlisted = new ArrayList<>();
            List<PageFiles.PageFile> files = PageFiles.walk(paths, skipped::add, unlisted::add);
            ImportReport report = importer().importFiles(files, role,
                    (done, total, file, result, refused) -> progress.imported(done, total, file, refused), cancelled);
            skipped.forEach(report::skip);
            unlisted.forEach(report::refuse);
            return report;
        });
    }

    @Override
    public ReviewSource reviewSource(long articleId) throws IOException {
        return call(() -> {
            ArticleRecord a = lib.article(articleId).orElseThrow(
                    () -> new IOException(lib.file() + ": there is no article " + articleId));
            List<VersionInfo> vs = lib.versions(a.pageId());
            VersionInfo rawSide = Pages.rawSide(vs);
            PageSource raw = page(rawSide.id());
            if (rawSide.id() == a.versionId()) {
                return new ReviewSource(raw, null);
            }
            return new ReviewSource(raw, page(a.versionId()));
        });
    }

    @Override
    public ReviewSource reviewSource(long articleId, long versionId) throws IOException {
        return call(() -> {
            ArticleRecord a = lib.article(articleId).orElseThrow(
                    () -> new IOException(lib.file() + ": there is no article " + articleId));
            List<VersionInfo> vs = lib.versions(a.pageId());
            if (vs.stream().noneMatch(v -> v.id() == versionId)) {
                throw new IOException(lib.file() + ": version " + versionId + " is not a version of article "
                        + articleId + "'s page");
            }
            VersionInfo rawSide = Pages.rawSide(vs);
            PageSource raw = page(rawSide.id());
            return new ReviewSource(raw, rawSide.id() == versionId ? null : page(versionId));
        });
    }

    @Override
    public void setRole(long versionId, Role role) throws IOException {
        prefetched = null;
        call(() -> {
            lib.setRole(versionId, role.id());
            return null;
        });
    }

    @Override
    public long saveRevision(long articleId, String text, String note, List<Decision> decisions, ReviewStatus status,
                             int openFlags) throws IOException {
        return saveRevision(articleId, 0, text, note, decisions, status, openFlags);
    }

    @Override
    public long saveRevision(long articleId, long baseRevisionId, String text, String note, List<Decision> decisions,
                             ReviewStatus status, int openFlags) throws IOException {
        prefetched = null;
        try {
            return call(() -> {
                long[] id = new long[1];
                List<Revision> before = lib.revisions(articleId);
                String previous = before.isEmpty() ? null : before.get(before.size() - 1).text();
                int baseNumber = baseRevisionId <= 0 ? -1 : before.stream().filter(r -> r.id() == baseRevisionId)
                        .mapToInt(Revision::number).findFirst().orElse(-1);
                lib.batch(() -> {
                    Revision r = baseNumber < 0 ? lib.saveRevision(articleId, text, author(), note)
                            : lib.saveRevision(articleId, text, author(), note, baseNumber);
                if (previous != null) {
                    LearntFixes.record(lib, articleId, previous, text, editor());
                }
                id[0] = r.id();
                for (Decision d : decisions) {
                    lib.recordDecision(articleId, r.id(), d.kind(), d.start(), d.end(), d.original(), d.replacement(),
                            d.state() == FlagState.ACCEPTED ? com.jiaodui.store.Decision.Verdict.ACCEPTED
                                    : com.jiaodui.store.Decision.Verdict.REJECTED);
                }
                lib.setStatus(articleId, com.jiaodui.store.ReviewStatus.valueOf(status.name()));
                lib.setOpenFlags(articleId, openFlags);
            });
            learnt.reload(lib);
            local.delete(articleId);
            return id[0];
            });
        } catch (IOException e) {
            if (e.getCause() instanceof com.jiaodui.store.RevisionConflictException c) {
                throw new SaveConflictException(e.getMessage(), text, c.current().text(), c.current().id(),
                        c.current().author(), c);
            }
            throw e;
        }
    }

    /** The editor recorded with revisions: the app's author on a private library, the user on a shared one. */
    private String author() {
        return lib.isShared() ? editor() : AUTHOR;
    }

    /** Who is saving: the system user name (recorded with the corrections learnt from a save). */
    static String editor() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? AUTHOR : u;
    }

    @Override
    public List<RevisionEntry> revisions(long articleId) throws IOException {
        return call(() -> {
            List<RevisionEntry> out = new ArrayList<>();
            for (Revision r : lib.revisions(articleId)) {
                String note = r.note() == null || r.note().isBlank() ? r.author() : r.note();
                out.add(new RevisionEntry(r.id(), articleId, r.createdAt(), "#" + r.number() + "  " + note));
            }
            return out;
        });
    }

    @Override
    public String revisionText(long revisionId) throws IOException {
        return call(() -> lib.revision(revisionId).orElseThrow(
                () -> new IOException(lib.file() + ": there is no revision " + revisionId)).text());
    }

    @Override
    public List<SearchHit> search(String query, int limit) throws IOException {
        return call(() -> lib.search(query, limit).stream()
                .map(h -> new SearchHit(h.articleId(), h.pageId(), (h.title() == null ? "" : h.title())
                        + "  —  " + h.pageName(), h.snippet(), h.offset()))
                .toList());
    }

    @Override
    public List<String> exportFormats() {
        List<String> out = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            out.add(f.extension());
        }
        return out;
    }

    @Override
    public void export(String format, Path target, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        call(() -> Exporter.export(lib, ExportFormat.parse(format), target, ExportScope.all(),
                (d, t, f) -> progress.accept(t == 0 ? 1 : (double) d / t), cancelled));
    }

    @Override
    public Path location() {
        return lib.file();
    }

    @Override
    public void close() throws IOException {
        call(() -> {
            lib.close();
            return null;
        });
    }

    // ---------------------------------------------------------------- versions (compare view)

    @Override
    public List<PageVersion> versionsOfArticle(long articleId) throws IOException {
        return call(() -> {
            ArticleRecord a = lib.article(articleId).orElseThrow(
                    () -> new IOException(lib.file() + ": there is no article " + articleId));
            return lib.versions(a.pageId()).stream().map(StoreLibraryService::version).toList();
        });
    }

    @Override
    public long addVersion(long pageId, String label, String fileName, String text, com.jiaodui.text.Format format)
            throws IOException {
        prefetched = null;
        return call(() -> importer().addVersion(pageId, label, fileName, text, format, Role.CLEANED).versionId());
    }

    @Override
    public void markDraft(long articleId, String text) throws IOException {
        call(() -> lib.saveDraft(articleId, text));
    }

    @Override
    public void clearDraft(long articleId) throws IOException {
        call(() -> {
            lib.clearDraft(articleId);
            return null;
        });
    }

    /**
     * Keeps the draft in the library; a shared library whose server cannot be reached gets it on this machine
     * instead ({@link LocalDrafts}), so that the unsaved text survives until the server is back.
     */
    @Override
    public void writeDraft(DraftEntry d) throws IOException {
        try {
            call(() -> lib.saveDraft(d.articleId(), d.text(), d.baseRevision(), d.decisions()));
            local.delete(d.articleId());
        } catch (IOException e) {
            if (lib.isShared() && e.getCause() instanceof StoreException se
                    && se.reason() == StoreException.Reason.UNREACHABLE) {
                local.write(d);
                return;
            }
            throw e;
        }
    }

    @Override
    public DraftEntry readDraft(long articleId) throws IOException {
        DraftEntry mine = local.read(articleId);
        try {
            DraftEntry stored = call(() -> lib.draft(articleId).map(StoreLibraryService::entry).orElse(null));
            return mine != null && (stored == null || mine.savedAtMillis() >= stored.savedAtMillis()) ? mine : stored;
        } catch (IOException e) {
            if (mine != null) {
                return mine;
            }
            throw e;
        }
    }

    @Override
    public List<DraftEntry> drafts() throws IOException {
        java.util.Map<Long, DraftEntry> out = new java.util.TreeMap<>();
        for (DraftEntry d : call(() -> lib.drafts().stream().map(StoreLibraryService::entry).toList())) {
            out.put(d.articleId(), d);
        }
        for (DraftEntry d : local.all()) {
            out.merge(d.articleId(), d, (a, b) -> b.savedAtMillis() >= a.savedAtMillis() ? b : a);
        }
        return List.copyOf(out.values());
    }

    private static DraftEntry entry(com.jiaodui.store.Draft d) {
        return new DraftEntry(d.articleId(), d.baseRevision(), d.text(), d.decisions(), d.savedAt().toEpochMilli());
    }
}

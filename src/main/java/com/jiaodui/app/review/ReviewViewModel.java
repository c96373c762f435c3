package com.jiaodui.app.review;

import com.jiaodui.review.ReviewFlag;
import com.jiaodui.review.ReviewSession;
import com.jiaodui.app.AppContext;
import com.jiaodui.app.Drafts;
import com.jiaodui.library.ArticleState;
import com.jiaodui.review.Decision;
import com.jiaodui.review.FlagState;
import com.jiaodui.library.PageSource;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Article;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the review view: which article is open, its flags and decisions (through a {@link ReviewSession}),
 * dirty/saving state, and the background work: loading, re-analysis after typing pauses, drafts, saving.
 * Lives on the FX thread; everything slow runs in tasks on the context's executor.
 */
public final class ReviewViewModel {

    /** An article ready to show: the page, its analysis, the article and the text to start from. */
    public record Loaded(long articleId, String title, PageSource page, Analysis analysis, Article article,
                         List<ReviewFlag> placed, String text, List<Decision> decisions, long baseRevision,
                         boolean fromDraft, com.jiaodui.text.MappedText leftMap,
                         List<com.jiaodui.library.PageVersion> cleanedChoices, long cleanedId) {
        public String startText() {
            return text != null ? text : article.text().text();
        }
    }

    private final AppContext ctx;
    private final ObjectProperty<Loaded> loaded = new SimpleObjectProperty<>();
    private final ObservableList<ReviewFlag> flags = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewFlag> selected = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final IntegerProperty openCount = new SimpleIntegerProperty();
    private final IntegerProperty analysisRuns = new SimpleIntegerProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** The version the editor chose as the cleaned side of an article's review (article id → version id). */
    private final Map<Long, Long> chosenVersion = new java.util.concurrent.ConcurrentHashMap<>();
    /** A page's analysis and, for a cleaned version, its map onto the raw page (both costly: made once per page). */
    private record Analysed(Analysis analysis, com.jiaodui.text.MappedText leftMap) {}

    private final Map<Long, Analysed> pageCache = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Analysed> e) {
            return size() > 4;
        }
    };
    private ReviewSession session;
    private ReviewSession.TextBuffer buffer;
    private long pendingLoad;
    private long baseRevision;
    private long requested;
    private boolean typing;
    private long shownFlagChanges = -1;
    private final javafx.animation.PauseTransition lateSync = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(250));
    private Runnable onSaved = () -> { };

    public ReviewViewModel(AppContext ctx) {
        this.ctx = ctx;
        lateSync.setOnFinished(e -> sync());
    }

    public ObjectProperty<Loaded> loadedProperty() {
        return loaded;
    }

    public ObservableList<ReviewFlag> flags() {
        return flags;
    }

    public ObjectProperty<ReviewFlag> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public IntegerProperty openCountProperty() {
        return openCount;
    }

    /** Counts finished re-analyses (tests wait on it). */
    public IntegerProperty analysisRunsProperty() {
        return analysisRuns;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReviewSession session() {
        return session;
    }

    /** The text of the open article's editor ("" when none is attached). */
    public String currentText() {
        return buffer == null || session == null ? "" : buffer.text();
    }

    public void setOnSaved(Runnable r) {
        onSaved = r;
    }

    public long articleId() {
        Loaded l = loaded.get();
        return l == null ? 0 : l.articleId();
    }

    /** The article last asked for (it may still be loading): quick Ctrl+PageDown presses step from it. */
    public long requestedArticleId() {
        return requested != 0 ? requested : articleId();
    }

    // ---------------------------------------------------------------- background helper

    <T> void run(Callable<T> work, Consumer<T> done) {
        ctx.tasks().run(work, done, ex -> message.set(ctx.text("status.error",
                ex.getMessage() == null ? ex.toString() : ex.getMessage())));
    }

    // ---------------------------------------------------------------- loading

    /** Opens an article (off the FX thread); unsaved edits of the open one stay as a draft. */
    public void open(long articleId) {
        if (articleId == articleId() && loaded.get() != null) {
            return;
        }
        startLoading(articleId);
    }

    /**
     * Loads the open article again: a revision was saved elsewhere (the compare view). Unsaved edits are
     * kept as a draft and come back on top of the new revision.
     */
    public void reload() {
        if (loaded.get() != null) {
            startLoading(articleId());
        }
    }

    /**
     * Reopens the open article's review with another version of its page (role cleaned or ocr) as the cleaned
     * side; unsaved edits stay as a draft, as on any switch.
     */
    public void showVersion(long versionId) {
        Loaded l = loaded.get();
        if (l == null || l.cleanedId() == versionId) {
            return;
        }
        chosenVersion.put(l.articleId(), versionId);
        startLoading(l.articleId());
    }

    private void startLoading(long articleId) {
        keepDraftNow();
        requested = articleId;
        long token = ++pendingLoad;
        message.set(ctx.text("status.loading"));
        run(() -> load(articleId), l -> {
            if (token == pendingLoad) {
                message.set("");
                session = null;
                loaded.set(l);
            }
        });
    }

    private Loaded load(long articleId) throws Exception {
        ArticleState a = ctx.library().article(articleId);
        // the raw source on the left; the article starts from the cleaned version when the page has one
        Long chosen = chosenVersion.get(articleId);
        com.jiaodui.library.ReviewSource source = chosen == null ? ctx.library().reviewSource(articleId)
                : ctx.library().reviewSource(articleId, chosen);
        // the versions the header offers for the cleaned side: the page's cleaned versions and other OCR runs
        List<com.jiaodui.library.PageVersion> choices = ctx.library().versionsOfArticle(articleId).stream()
                .filter(v -> v.role() == com.jiaodui.library.Role.CLEANED || v.role() == com.jiaodui.library.Role.OCR)
                .toList();
        long cleanedId = source.cleaned() == null ? 0 : source.cleaned().id();
        PageSource page = new PageSource(source.raw().id(), source.title(), source.raw().raw(), source.raw().format());
        Analysed cached;
        synchronized (pageCache) {
            cached = pageCache.get(source.key());
        }
        if (cached == null) {
            // the review works on the text the article starts from (the cleaned version when there is one), so that
            // its fixes compose there; the left pane is reached through the cleaned-to-raw alignment (leftMap)
            cached = source.cleaned() == null ? new Analysed(analyseRaw(source.raw().id(), page), null)
                    : new Analysed(ctx.analyzer().analyze(source.cleaned().raw(), source.cleaned().format()),
                            com.jiaodui.library.ReviewPages.cleanedOnRaw(page.raw(), source.cleaned().raw()));
            synchronized (pageCache) {
                pageCache.put(source.key(), cached);
            }
        }
        Analysis analysis = cached.analysis();
        com.jiaodui.text.MappedText leftMap = cached.leftMap();
        Article article = analysis.articles().stream().filter(x -> x.index() == a.index()).findFirst()
                .orElseGet(() -> new Article(a.index(), null, a.title(), null, null, List.of(),
                        com.jiaodui.text.MappedText.builder().insert(a.text() == null ? "" : a.text(), 0).build(), 0, 0));
        List<ReviewFlag> placed = com.jiaodui.review.Fixes.place(analysis, article);
        Drafts.Draft d = ctx.drafts().read(articleId);
        if (d != null) {
            return new Loaded(articleId, a.title(), page, analysis, article, placed, d.text(), d.decisions(),
                    d.baseRevision(), true, leftMap, choices, cleanedId);
        }
        return new Loaded(articleId, a.title(), page, analysis, article, placed, a.text(), a.decisions(),
                a.revisionId(), false, leftMap, choices, cleanedId);
    }

    /**
     * The analysis of a page reviewed on its raw source. A page read from an ALTO or hOCR file (through
     * {@link com.jiaodui.text.source.Sources}) is analysed with the ocr-confidence detector too, from the word
     * confidences of its source file, as {@code check} does: the words the OCR engine doubted are flags to walk.
     * When the file is gone or no longer gives the stored text, the page is analysed without them.
     */
    Analysis analyseRaw(long sourceId, PageSource page) throws java.io.IOException {
        com.jiaodui.text.Analyzer analyzer = ctx.analyzer();
        // the confidences the library kept at import (migration 6); else, for an older library, the file again
        var kept = ctx.library().sourceDocument(sourceId);
        if (kept.isPresent()) {
            if (!kept.get().geometry().words().isEmpty() && kept.get().raw().equals(page.raw())) {
                analyzer = new com.jiaodui.text.Analyzer(com.jiaodui.text.source.Sources.detectors(kept.get(),
                        com.jiaodui.text.Analyzer.defaultDetectors(ctx.settings().houseStyle())));
            }
            return analyzer.analyze(page.raw(), page.format());
        }
        java.nio.file.Path path = ctx.library().sourcePath(sourceId).orElse(null);
        if (path != null && java.nio.file.Files.isRegularFile(path)) {
            var f = com.jiaodui.text.source.Sources.formatOf(path);
            if (f == com.jiaodui.text.source.SourceFormat.ALTO || f == com.jiaodui.text.source.SourceFormat.HOCR) {
                try {
                    var doc = com.jiaodui.text.source.Sources.read(path);
                    if (!doc.geometry().words().isEmpty() && doc.raw().equals(page.raw())) {
                        analyzer = new com.jiaodui.text.Analyzer(com.jiaodui.text.source.Sources.detectors(doc,
                                com.jiaodui.text.Analyzer.defaultDetectors(ctx.settings().houseStyle())));
                    }
                } catch (com.jiaodui.text.UnreadablePageException e) {
                    com.jiaodui.app.Diagnostics.info("no word confidences for the review: " + e.getMessage());
                }
            }
        }
        return analyzer.analyze(page.raw(), page.format());
    }

    /** A span of the text the review works on, in the raw pane (the same text unless the page has a cleaned version). */
    public int[] toLeft(int[] span) {
        Loaded l = loaded.get();
        if (l == null || l.leftMap() == null) {
            return span;
        }
        int n = l.leftMap().length();
        int s = Math.max(0, Math.min(span[0], n));
        return l.leftMap().toRaw(s, Math.max(s, Math.min(span[1], n)));
    }

    /** An article span in the raw pane. */
    public int[] articleToLeft(int start, int end) {
        return toLeft(session.link().toRaw(start, end));
    }

    /** A raw-pane span in the article. */
    public int[] leftToArticle(int start, int end) {
        Loaded l = loaded.get();
        int[] p = l == null || l.leftMap() == null ? new int[] {start, end} : l.leftMap().fromRaw(start, end);
        return session.link().fromRaw(p[0], p[1]);
    }

    /** The view calls this once it shows {@code l.startText()} in its editor. */
    public void attach(ReviewSession.TextBuffer buf) {
        Loaded l = loaded.get();
        this.buffer = buf;
        this.baseRevision = l.baseRevision();
        session = new ReviewSession(l.analysis().raw(), l.article(), l.placed(), l.text(), l.decisions(), buf,
                System::nanoTime);
        shownFlagChanges = -1;
        session.addListener(this::sync);
        sync();
        if (l.fromDraft()) {
            dirty.set(true);
        }
        reanalyse();
    }

    private void sync() {
        if (session == null) {
            return;
        }
        if (typing) {
            // typing only moves flags: the list (and the panel) catch up after a short pause, not per key
            openCount.set(session.openCount());
            dirty.set(true);
            lateSync.playFromStart();
            return;
        }
        lateSync.stop();
        if (session.flagChanges() != shownFlagChanges || flags.size() != session.flags().size()) {
            shownFlagChanges = session.flagChanges();
            flags.setAll(session.flags());
        }
        selected.set(session.selected());
        openCount.set(session.openCount());
        dirty.set(session.dirty() || (loaded.get() != null && loaded.get().fromDraft() && dirty.get()));
    }

    // ---------------------------------------------------------------- editing

    /** The editor reports every change it made on its own (typing, paste, replace). */
    public void textChanged(int pos, String removed, String inserted) {
        if (session != null) {
            typing = true;
            try {
                session.textChanged(pos, removed, inserted);
            } finally {
                typing = false;
            }
        }
    }

    /** Re-analyses the current text off the FX thread; the flags follow when the text has not changed since. */
    public void reanalyse() {
        if (session == null) {
            return;
        }
        ReviewSession s = session;
        long v = s.version();
        String text = buffer.text();
        run(() -> ctx.analyzer().analyze(text, Format.TEXT).flags(), (List<Flag> found) -> {
            if (s == session) {
                s.applyTextAnalysis(v, found);
            }
            analysisRuns.set(analysisRuns.get() + 1);
        });
    }

    /** Writes a draft of unsaved edits (off the FX thread: the state is read here, written by a worker). */
    public void keepDraft() {
        Drafts.Draft d = draft();
        if (d != null) {
            long generation = draftGeneration.get();
            run(() -> {
                // the workers are a pool: a draft write queued before a save may run after the save deleted the
                // draft; one that a save overtook is dropped (the save wrote the text, or its failure keeps a new draft)
                synchronized (draftLock) {
                    if (draftGeneration.get() == generation) {
                        ctx.drafts().write(d);
                    }
                }
                return d;
            }, x -> message.set(ctx.text("status.draft")));
        }
    }

    /** Raised on the FX thread when a save is decided: draft writes queued before it are stale. */
    private final java.util.concurrent.atomic.AtomicLong draftGeneration = new java.util.concurrent.atomic.AtomicLong();
    private final Object draftLock = new Object();

    /** Keeps the draft on a switch of article or window, or on close: the same background write. */
    public void keepDraftNow() {
        keepDraft();
    }

    /** Whether the open article has edits that are not saved. */
    public boolean hasUnsavedEdits() {
        return session != null && dirty.get();
    }

    /** Drops the open article's unsaved edits: the draft goes, the saved text comes back. */
    public void discardEdits() {
        Loaded l = loaded.get();
        if (l == null) {
            return;
        }
        long id = l.articleId();
        dirty.set(false);
        if (session != null) {
            session.markSaved();
        }
        run(() -> {
            ctx.drafts().delete(id);
            return id;
        }, x -> { });
    }

    private Drafts.Draft draft() {
        Loaded l = loaded.get();
        if (session == null || l == null || !dirty.get()) {
            return null;
        }
        return new Drafts.Draft(l.articleId(), baseRevision, buffer.text(), session.decisions(),
                System.currentTimeMillis());
    }

    // ---------------------------------------------------------------- commands

    public ReviewFlag next(int caret) {
        return session == null ? null : session.next(caret);
    }

    public ReviewFlag previous(int caret) {
        return session == null ? null : session.previous(caret);
    }

    public void select(ReviewFlag f) {
        if (session != null) {
            session.select(f);
        }
    }

    /** Accepts the selected flag and moves to the next open one. */
    public void acceptSelected() {
        decide(true);
    }

    public void rejectSelected() {
        decide(false);
    }

    private void decide(boolean accept) {
        ReviewFlag f = selected.get();
        if (session == null || f == null || !f.open()) {
            return;
        }
        if (accept) {
            session.accept(f);
        } else {
            session.reject(f);
        }
        ReviewFlag d = session.selected();
        if (session.openCount() > 0) {
            session.next(d.start());
        }
    }

    /**
     * A decision on every open flag of a kind taken across the page: the open article's part is one undo step
     * of its session (tagged with this), the other articles of the page get drafts. Undoing the step puts the
     * other articles' drafts back as they were (or deletes the ones the batch made).
     */
    public static final class PageBatch {
        /** article id, draft before (null: none), draft after. */
        record Change(long articleId, Drafts.Draft before, Drafts.Draft after, int decided) {}

        final com.jiaodui.text.FlagKind kind;
        final FlagState state;
        volatile List<Change> changes;
        volatile boolean undone;

        PageBatch(com.jiaodui.text.FlagKind kind, FlagState state) {
            this.kind = kind;
            this.state = state;
        }

        /** The other articles this batch changed (known once its background work is done). */
        public List<Long> articleIds() {
            List<Change> c = changes;
            return c == null ? List.of() : c.stream().map(Change::articleId).toList();
        }
    }

    private final IntegerProperty pageWork = new SimpleIntegerProperty();

    /** Counts finished background work of page-wide decisions, their undos and redos (tests wait on it). */
    public IntegerProperty pageWorkProperty() {
        return pageWork;
    }

    /** Accepts or rejects every open flag of {@code kind} in the open article: one undo step. */
    public int decideKind(com.jiaodui.text.FlagKind kind, boolean accept) {
        if (session == null) {
            return 0;
        }
        int n = session.decideAll(f -> f.kind() == kind, accept ? FlagState.ACCEPTED : FlagState.REJECTED, null);
        message.set(ctx.text(accept ? "flags.batch.accepted" : "flags.batch.rejected", n,
                ctx.text("kind." + kind.id())));
        return n;
    }

    /**
     * Accepts or rejects every open flag of {@code kind} in all the articles of the open article's page, as one
     * undo step: the open article at once, the others in the background (each gets a draft on top of its current
     * text or draft; save them from the library as usual).
     */
    public void decideKindOnPage(com.jiaodui.text.FlagKind kind, boolean accept) {
        Loaded l = loaded.get();
        if (session == null || l == null) {
            return;
        }
        FlagState state = accept ? FlagState.ACCEPTED : FlagState.REJECTED;
        PageBatch batch = new PageBatch(kind, state);
        int here = session.decideAll(f -> f.kind() == kind, state, batch);
        long openId = l.articleId();
        run(() -> {
            List<PageBatch.Change> out = new java.util.ArrayList<>();
            for (long id : pageArticles(openId)) {
                if (id == openId) {
                    continue;
                }
                Loaded other = load(id);
                StringBuilder sb = new StringBuilder(other.startText());
                ReviewSession s = new ReviewSession(other.analysis().raw(), other.article(), other.placed(),
                        other.text(), other.decisions(), builderBuffer(sb), System::nanoTime);
                int n = s.decideAll(f -> f.kind() == kind, state, null);
                if (n > 0) {
                    Drafts.Draft before = ctx.drafts().read(id);
                    Drafts.Draft after = new Drafts.Draft(id, other.baseRevision(), sb.toString(), s.decisions(),
                            System.currentTimeMillis());
                    ctx.drafts().write(after);
                    out.add(new PageBatch.Change(id, before, after, n));
                }
            }
            batch.changes = List.copyOf(out);
            if (batch.undone) {
                restoreDrafts(batch, true);
            }
            return out;
        }, out -> {
            int total = here + out.stream().mapToInt(PageBatch.Change::decided).sum();
            message.set(ctx.text(accept ? "flags.batch.pageAccepted" : "flags.batch.pageRejected", total,
                    ctx.text("kind." + kind.id()), out.size() + (here > 0 ? 1 : 0)));
            pageWork.set(pageWork.get() + 1);
            onSaved.run();
        });
    }

    /** The ids of the articles of the page the article belongs to (blocks: the library). */
    private List<Long> pageArticles(long articleId) throws java.io.IOException {
        for (com.jiaodui.library.PageEntry p : ctx.library().pages()) {
            for (com.jiaodui.library.ArticleEntry a : p.articles()) {
                if (a.id() == articleId) {
                    return p.articles().stream().map(com.jiaodui.library.ArticleEntry::id).toList();
                }
            }
        }
        return List.of(articleId);
    }

    /** Puts the drafts of a page batch's other articles back as before it (back) or as it left them. */
    private void restoreDrafts(PageBatch b, boolean back) throws java.io.IOException {
        List<PageBatch.Change> cs = b.changes;
        if (cs == null) {
            return;
        }
        for (PageBatch.Change c : cs) {
            Drafts.Draft d = back ? c.before() : c.after();
            if (d == null) {
                ctx.drafts().delete(c.articleId());
            } else {
                ctx.drafts().write(d);
            }
        }
    }

    private static ReviewSession.TextBuffer builderBuffer(StringBuilder sb) {
        return new ReviewSession.TextBuffer() {
            @Override
            public String text() {
                return sb.toString();
            }

            @Override
            public void replace(int start, int end, String t) {
                sb.replace(start, end, t);
            }
        };
    }

    public void undo() {
        if (session != null) {
            Object tag = session.undoTag();
            session.undo();
            if (tag instanceof PageBatch b) {
                b.undone = true;
                pageDrafts(b, true);
            }
        }
    }

    public void redo() {
        if (session != null) {
            Object tag = session.redoTag();
            session.redo();
            if (tag instanceof PageBatch b) {
                b.undone = false;
                pageDrafts(b, false);
            }
        }
    }

    private void pageDrafts(PageBatch b, boolean back) {
        run(() -> {
            restoreDrafts(b, back);
            return b;
        }, x -> {
            if (b.changes != null && !b.changes.isEmpty()) {
                message.set(ctx.text(back ? "flags.batch.undone" : "flags.batch.redone", b.changes.size()));
            }
            pageWork.set(pageWork.get() + 1);
            onSaved.run();
        });
    }

    /** Saves a new revision (note null: a summary of the decisions); the undo history stays. */
    public void save(String note) {
        Loaded l = loaded.get();
        if (session == null || l == null) {
            return;
        }
        ReviewSession s = session;
        String text = buffer.text();
        List<Decision> decisions = s.decisions();
        long accepted = decisions.stream().filter(d -> d.state() == FlagState.ACCEPTED).count();
        String n = note != null && !note.isBlank() ? note
                : ctx.i18n().english("note.save", accepted, decisions.size() - accepted, s.openCount());
        // the session belongs to the FX thread: read everything the save needs here, not in the worker
        ReviewStatus status = s.done() ? ReviewStatus.DONE : ReviewStatus.IN_PROGRESS;
        int open = s.openCount();
        long savedVersion = s.version();
        long base = baseRevision;
        draftGeneration.incrementAndGet();
        ctx.tasks().run(() -> {
            long r = ctx.library().saveRevision(l.articleId(), base, text, n, decisions, status, open);
            synchronized (draftLock) {
                ctx.drafts().delete(l.articleId());
            }
            return r;
        }, rev -> {
            if (s == session && s.version() == savedVersion) {
                s.markSaved();
                dirty.set(false);
                baseRevision = rev;
            }
            message.set(ctx.text("status.saved", l.title()));
            onSaved.run();
        }, ex -> {
            // another editor saved first (a shared library): nothing was saved, the text stays a draft and the
            // compare view shows it beside the current revision; any other failure is said in the status bar
            keepDraftNow();
            if (ex instanceof com.jiaodui.library.SaveConflictException c) {
                message.set(ctx.text("status.saveConflict", l.title(), c.currentEditor()));
                onConflict.accept(c);
            } else {
                message.set(ctx.text("status.error", ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            }
        });
    }

    private java.util.function.Consumer<com.jiaodui.library.SaveConflictException> onConflict = c -> { };

    /** Told (on the FX thread) when a save is refused because another editor saved first. */
    public void setOnConflict(java.util.function.Consumer<com.jiaodui.library.SaveConflictException> handler) {
        onConflict = handler == null ? c -> { } : handler;
    }

    /**
     * Restores a saved revision as a new revision (the caller asked first): its text is placed against the page
     * like any saved text, so every flag still open on it stays open; the new revision's note names the one it
     * came from. Then the article is opened again on it (and analysed again). Unsaved edits are dropped.
     */
    public void restore(long revisionId, String note) {
        Loaded l = loaded.get();
        if (l == null) {
            return;
        }
        long id = l.articleId();
        run(() -> {
            String text = ctx.library().revisionText(revisionId);
            StringBuilder sb = new StringBuilder(text);
            ReviewSession placed = new ReviewSession(l.analysis().raw(), l.article(), l.placed(), text, List.of(),
                    new ReviewSession.TextBuffer() {
                        @Override
                        public String text() {
                            return sb.toString();
                        }

                        @Override
                        public void replace(int start, int end, String t) {
                            sb.replace(start, end, t);
                        }
                    }, System::nanoTime);
            int open = placed.openCount();
            long rev = ctx.library().saveRevision(id, text, note, placed.decisions(),
                    open == 0 ? ReviewStatus.DONE : ReviewStatus.IN_PROGRESS, open);
            ctx.drafts().delete(id);
            return rev;
        }, rev -> {
            dirty.set(false);
            session = null;
            loaded.set(null);
            requested = id;
            long token = ++pendingLoad;
            run(() -> load(id), nl -> {
                if (token == pendingLoad) {
                    loaded.set(nl);
                }
            });
            message.set(ctx.text("status.saved", l.title()));
            onSaved.run();
        });
    }

    /**
     * Replaces the whole text: one ordinary, undoable edit. Only the part between the first and the last changed
     * character is replaced, so flags and decisions outside it stay where they are.
     */
    public void replaceAll(String text) {
        if (buffer != null) {
            String cur = buffer.text();
            int p = 0;
            int max = Math.min(cur.length(), text.length());
            while (p < max && cur.charAt(p) == text.charAt(p)) {
                p++;
            }
            int s = 0;
            while (s < max - p && cur.charAt(cur.length() - 1 - s) == text.charAt(text.length() - 1 - s)) {
                s++;
            }
            if (p == cur.length() && p == text.length()) {
                return;
            }
            buffer.replace(p, cur.length() - s, text.substring(p, text.length() - s));
        }
    }
}

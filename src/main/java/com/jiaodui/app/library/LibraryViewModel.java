package com.jiaodui.app.library;

import com.jiaodui.app.AppContext;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.review.ReviewStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The library listing: pages with their articles, a title/status filter, and the progress figure. */
public final class LibraryViewModel {
    private final AppContext ctx;
    private final ObservableList<PageEntry> pages = FXCollections.observableArrayList();
    private final ObservableList<PageEntry> visible = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ReviewStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty progress = new SimpleStringProperty("");
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private final StringProperty error = new SimpleStringProperty();

    public LibraryViewModel(AppContext ctx) {
        this.ctx = ctx;
        filter.addListener((o, a, b) -> applyFilter());
        statusFilter.addListener((o, a, b) -> applyFilter());
    }

    public ObservableList<PageEntry> visiblePages() {
        return visible;
    }

    public ObservableList<PageEntry> pages() {
        return pages;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ReviewStatus> statusFilterProperty() {
        return statusFilter;
    }

    private java.util.Map<Long, com.jiaodui.library.ReviewProgress> pageProgress = java.util.Map.of();

    /** A page's review progress, computed with the listing in the background (never per row on the FX thread). */
    public com.jiaodui.library.ReviewProgress progressOf(long pageId) {
        return pageProgress.getOrDefault(pageId, new com.jiaodui.library.ReviewProgress(0, 0, 0));
    }

    /** "3/7 done · 12 open": a page's row. */
    public String progressText(long pageId) {
        com.jiaodui.library.ReviewProgress r = progressOf(pageId);
        return ctx.text("library.pageProgress", r.done(), r.total(), r.open());
    }

    public StringProperty progressProperty() {
        return progress;
    }

    /** Counts completed loads (the start-up benchmark and tests wait on it). */
    public IntegerProperty loadsProperty() {
        return loads;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Counts refreshes (FX thread only), so that a listing that arrives late is not shown. */
    private long generation;

    /** Reloads the listing off the FX thread. */
    public void refresh() {
        refresh(() -> { });
    }

    /** Reloads the listing off the FX thread, then runs {@code after} on the FX thread. */
    public void refresh(Runnable after) {
        long gen = ++generation;
        ctx.tasks().run(() -> {
            long t0 = System.nanoTime();
            List<PageEntry> listed = ctx.library().pages();
            Object[] r = new Object[] {listed, ctx.library().progress(),
                    com.jiaodui.library.ReviewProgress.perPage(listed)};
            if (Boolean.getBoolean("jiaodui.timing")) {
                com.jiaodui.app.Diagnostics.info("listing read: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
            return r;
        }, r -> {
            @SuppressWarnings("unchecked")
            List<PageEntry> p = (List<PageEntry>) r[0];
            int[] pr = (int[]) r[1];
            @SuppressWarnings("unchecked")
            java.util.Map<Long, com.jiaodui.library.ReviewProgress> per =
                    (java.util.Map<Long, com.jiaodui.library.ReviewProgress>) r[2];
            long t1 = System.nanoTime();
            if (gen == generation) { // a later refresh's listing is newer: never show an older one over it
                pageProgress = per;
                pages.setAll(p);
                applyFilter();
                lastProgress = pr;
                progress.set(progressText(pr[0], pr[1], pr[2]));
            }
            if (Boolean.getBoolean("jiaodui.timing")) {
                com.jiaodui.app.Diagnostics.info("listing shown: " + (System.nanoTime() - t1) / 1_000_000 + " ms");
            }
            loads.set(loads.get() + 1);
            after.run();
        }, ex -> {
            error.set(String.valueOf(ex.getMessage()));
            loads.set(loads.get() + 1);
        });
    }

    /**
     * Gives a page version another role (off the FX thread), then reloads the listing and runs {@code after} on
     * the FX thread; a failure shows in {@link #errorProperty()}.
     */
    public void setRole(long versionId, com.jiaodui.library.Role role, Runnable after) {
        ctx.tasks().run(() -> {
            ctx.library().setRole(versionId, role);
            return role;
        }, r -> refresh(after), ex -> error.set(String.valueOf(ex.getMessage())));
    }

    private int[] lastProgress;

    /** Says the progress again in the current language (after a language switch). */
    public void relabel() {
        if (lastProgress != null) {
            progress.set(progressText(lastProgress[0], lastProgress[1], lastProgress[2]));
        }
    }

    String progressText(int done, int total, int open) {
        int pct = total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        return ctx.text("status.progress", done, total, pct, open);
    }

    void applyFilter() {
        String q = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        ReviewStatus st = statusFilter.get();
        List<PageEntry> out = new ArrayList<>();
        for (PageEntry p : pages) {
            boolean pageHit = !q.isEmpty() && p.name().toLowerCase(Locale.ROOT).contains(q);
            List<ArticleEntry> as = new ArrayList<>();
            for (ArticleEntry a : p.articles()) {
                boolean text = q.isEmpty() || pageHit || a.title().toLowerCase(Locale.ROOT).contains(q);
                if (text && (st == null || a.status() == st)) {
                    as.add(a);
                }
            }
            if (!as.isEmpty() || q.isEmpty() && st == null) {
                out.add(new PageEntry(p.id(), p.name(), p.versions(), as));
            }
        }
        visible.setAll(out);
    }

    /** Every listed article in order. */
    public List<ArticleEntry> ordered() {
        List<ArticleEntry> out = new ArrayList<>();
        for (PageEntry p : visible) {
            out.addAll(p.articles());
        }
        return out;
    }

    /** The article after (delta 1) or before (delta -1) the given one in the listing, or null. */
    public ArticleEntry neighbour(long articleId, int delta) {
        List<ArticleEntry> all = ordered();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == articleId) {
                int j = i + delta;
                return j >= 0 && j < all.size() ? all.get(j) : null;
            }
        }
        return all.isEmpty() ? null : all.get(0);
    }

    public ArticleEntry find(long articleId) {
        for (PageEntry p : pages) {
            for (ArticleEntry a : p.articles()) {
                if (a.id() == articleId) {
                    return a;
                }
            }
        }
        return null;
    }
}

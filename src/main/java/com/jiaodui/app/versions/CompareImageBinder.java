package com.jiaodui.app.versions;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.pageimage.PageImagePane;
import com.jiaodui.compare.Difference;
import com.jiaodui.library.PageVersion;
import com.jiaodui.text.source.SourceDocument;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The compare view's printed page: when version A (else version B) of the compared page was read from a PDF or
 * OCR file, its geometry comes from the library (off the FX thread) and the current difference is highlighted
 * where that version's text of it is printed. {@code available} is told, on the FX thread, whether there is a
 * page to show, so the view can show or hide the pane.
 */
final class CompareImageBinder {
    private final AppContext ctx;
    private final CompareViewModel vm;
    private final PageImagePane pane;
    private final Consumer<Boolean> available;
    private long shownA = -1;
    private long shownB = -1;
    /** Which side the pane shows: true for A. */
    private boolean sideA = true;
    private long loading;

    CompareImageBinder(AppContext ctx, CompareViewModel vm, PageImagePane pane, Consumer<Boolean> available) {
        this.ctx = ctx;
        this.vm = vm;
        this.pane = pane;
        this.available = available;
        vm.currentProperty().addListener((o, a, b) -> update());
    }

    private void update() {
        PageVersion a = vm.versionA();
        PageVersion b = vm.versionB();
        long ia = a == null ? -1 : a.id();
        long ib = b == null ? -1 : b.id();
        if (ia != shownA || ib != shownB) {
            shownA = ia;
            shownB = ib;
            load(ia, ib);
            return;
        }
        reveal();
    }

    private void load(long a, long b) {
        long ticket = ++loading;
        if (a < 0 && b < 0) {
            pane.dispose();
            available.accept(false);
            return;
        }
        ctx.run(() -> {
            Optional<SourceDocument> d = Optional.empty();
            boolean onA = true;
            try {
                d = a < 0 ? Optional.empty() : ctx.library().sourceDocument(a);
                if (d.isEmpty() && b >= 0) {
                    d = ctx.library().sourceDocument(b);
                    onA = false;
                }
            } catch (Exception e) {
                d = Optional.empty();
            }
            Optional<SourceDocument> doc = d;
            boolean side = onA;
            Platform.runLater(() -> {
                if (ticket != loading) {
                    return;
                }
                sideA = side;
                if (doc.isEmpty() || doc.get().geometry().isEmpty()) {
                    pane.dispose();
                    available.accept(false);
                    return;
                }
                available.accept(true);
                pane.show(doc.get(), doc.get().pdf() == null ? ctx.text("pageImage.noImage") : null);
                reveal();
            });
        });
    }

    /** Highlights the current difference's span on the side shown. */
    private void reveal() {
        Difference d = vm.currentDifference();
        if (d == null || pane.model().documentProperty().get() == null) {
            return;
        }
        var s = sideA ? d.a() : d.b();
        pane.reveal(s.start(), Math.max(s.end(), s.start() + 1));
    }

    /** The side whose page is shown: "A" or "B" (tests). */
    public String side() {
        return sideA ? "A" : "B";
    }
}

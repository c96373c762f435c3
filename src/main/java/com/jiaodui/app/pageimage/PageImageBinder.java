package com.jiaodui.app.pageimage;

import com.jiaodui.app.AppContext;
import com.jiaodui.review.ReviewFlag;
import com.jiaodui.app.review.ReviewViewModel;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.Sources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Joins the page-image pane to the review: the geometry of the page of the article opened comes from the
 * library (kept at import; read again from its source file for a library of an earlier release), off the FX
 * thread, and its image from the PDF; a selected flag, or the paragraph or line selected
 * in the raw text, is highlighted on the image; scrolling the raw text scrolls the image along; a click on
 * the image selects that line in the raw text (which the review links to the article). All the review
 * offers for this is public API: this class is the whole hook, so the review view needs no change.
 */
public final class PageImageBinder {
    private final AppContext ctx;
    private final ReviewViewModel vm;
    private final StyleClassedTextArea raw;
    private final PageImagePane pane;
    private final PauseTransition followLater = new PauseTransition(Duration.millis(60));
    private final PauseTransition scrollLater = new PauseTransition(Duration.millis(80));
    private long shownSource = -1;
    private long loading;
    private boolean active;
    private boolean selectingFromImage;

    public PageImageBinder(AppContext ctx, ReviewViewModel vm, StyleClassedTextArea raw, PageImagePane pane) {
        this.ctx = ctx;
        this.vm = vm;
        this.raw = raw;
        this.pane = pane;
        vm.loadedProperty().addListener((o, a, l) -> {
            if (active) {
                load(l);
            }
        });
        vm.selectedProperty().addListener((o, a, f) -> showFlag(f));
        followLater.setOnFinished(e -> {
            var sel = raw.getSelection();
            ReviewFlag f = vm.selectedProperty().get();
            if (selectingFromImage) {
                // the line clicked stays highlighted as it is
            } else if (f != null && f.rawStart() >= 0 && sel.getStart() <= f.rawEnd() + 1 && sel.getEnd() >= f.rawStart() - 1) {
                showFlag(f); // the review selected the flag's text (with a character of context): the flag's box
            } else {
                pane.reveal(sel.getStart(), sel.getEnd());
            }
            selectingFromImage = false;
        });
        raw.selectionProperty().addListener((o, a, b) -> followLater.playFromStart());
        scrollLater.setOnFinished(e -> scrollAlong());
        raw.estimatedScrollYProperty().addListener((o, a, b) -> scrollLater.playFromStart());
        pane.setOnLineClicked(line -> {
            selectingFromImage = true;
            raw.selectRange(line.start(), line.end());
            raw.requestFollowCaret();
        });
    }

    /** Turns the pane on (loads the open page) or off (lets its PDF go). */
    public void setActive(boolean on) {
        active = on;
        if (on) {
            load(vm.loadedProperty().get());
        } else {
            shownSource = -1;
            pane.dispose();
        }
    }

    private void showFlag(ReviewFlag f) {
        if (active && f != null && f.rawStart() >= 0) {
            pane.reveal(f.rawStart(), f.rawEnd());
        }
    }

    private void load(ReviewViewModel.Loaded l) {
        if (l == null) {
            shownSource = -1;
            pane.show(null, ctx.text("review.noArticle"));
            return;
        }
        long id = l.page().id();
        if (id == shownSource) {
            showFlag(vm.selectedProperty().get());
            return;
        }
        shownSource = id;
        long ticket = ++loading;
        String expected = l.page().raw();
        ctx.run(() -> {
            SourceDocument d = null;
            String note = null;
            try {
                // what the library kept at import (boxes, pages, the PDF's path); older libraries: the file again
                Optional<SourceDocument> kept = ctx.library().sourceDocument(id);
                Optional<Path> path = kept.isPresent() ? Optional.empty() : ctx.library().sourcePath(id);
                if (kept.isPresent()) {
                    d = kept.get();
                    if (d.geometry().pages().stream().anyMatch(com.jiaodui.text.source.SourcePage::imageOnly)) {
                        note = ctx.text("pageImage.noTextLayer");
                    } else if (d.pdf() == null && d.format().image()) {
                        note = ctx.text("pageImage.boxesOnly", ctx.library().sourcePath(id).map(Path::toString)
                                .orElse(l.page().name()));
                    }
                } else if (path.isEmpty() || !Files.isRegularFile(path.get())) {
                    note = ctx.text("pageImage.noFile", path.map(Path::toString).orElse(l.page().name()));
                } else {
                    d = Sources.read(path.get());
                    if (!d.raw().equals(expected)) {
                        note = ctx.text("pageImage.changed", path.get());
                        d = null;
                    }
                }
            } catch (Exception e) {
                note = e.getMessage();
            }
            SourceDocument doc = d;
            String n = note;
            Platform.runLater(() -> {
                if (ticket == loading && active) {
                    pane.show(doc, n);
                    ReviewFlag f = vm.selectedProperty().get();
                    if (f != null) {
                        showFlag(f);
                    } else {
                        Platform.runLater(this::scrollAlong);
                    }
                }
            });
        });
    }

    /** The image follows the raw text: the first line in view on the left is brought to the top on the right. */
    private void scrollAlong() {
        SourceDocument d = pane.model().documentProperty().get();
        if (!active || d == null || raw.getParagraphs().isEmpty()) {
            return;
        }
        int par;
        try {
            par = raw.firstVisibleParToAllParIndex();
        } catch (RuntimeException e) {
            return; // not laid out yet
        }
        int offset = raw.getAbsolutePosition(par, 0);
        d.geometry().boxOf(offset, offset + 1).ifPresent(b -> pane.scrollTo(b, true));
    }
}

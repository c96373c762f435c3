package com.jiaodui.app.pageimage;

import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.Span;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The page-image pane's state, without any scene graph: the source document of the page shown (its
 * geometry), the page on screen, the region highlighted, and a message when there is no image.
 * Raw-text spans go in (a selected flag, paragraph or line), boxes come out; a point on the image goes
 * in, the raw span of the line there comes out.
 */
public final class PageImageModel {
    private final ObjectProperty<SourceDocument> document = new SimpleObjectProperty<>();
    private final IntegerProperty page = new SimpleIntegerProperty(1);
    private final ObjectProperty<Box> highlight = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public ObjectProperty<SourceDocument> documentProperty() {
        return document;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ObjectProperty<Box> highlightProperty() {
        return highlight;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Highlights where the raw span {@code [start,end)} is printed, turning to its page; false when it has no place. */
    public boolean select(int start, int end) {
        SourceDocument d = document.get();
        if (d == null || start < 0) {
            highlight.set(null);
            return false;
        }
        Optional<Box> b = d.geometry().boxOf(start, Math.max(end, start));
        highlight.set(b.orElse(null));
        b.ifPresent(x -> page.set(x.page()));
        return b.isPresent();
    }

    /** The line printed at a point of the current page (points), within 3 pt; highlighted when found. */
    public Optional<Span> lineAt(double x, double y) {
        SourceDocument d = document.get();
        if (d == null) {
            return Optional.empty();
        }
        Optional<Span> s = d.geometry().lineAt(page.get(), x, y, 3);
        s.ifPresent(l -> highlight.set(l.box()));
        return s;
    }

    /** The size of page {@code n} in points, or a default A3 page when the file does not say. */
    public double[] pageSize(int n) {
        SourceDocument d = document.get();
        if (d != null) {
            for (var p : d.geometry().pages()) {
                if (p.number() == n && p.width() > 0 && p.height() > 0) {
                    return new double[] {p.width(), p.height()};
                }
            }
        }
        return new double[] {842, 1191};
    }

    /** The number in its file of the document's first page: a page of a PDF issue is that PDF's page n. */
    public int firstPage() {
        SourceDocument d = document.get();
        return d == null ? 1 : d.firstPage();
    }

    public int pageCount() {
        SourceDocument d = document.get();
        return d == null ? 0 : Math.max(1, d.geometry().pages().size());
    }
}

package com.jiaodui.app.pageimage;

import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.Span;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The printed page beside the text: the page rendered from its PDF (or, for hOCR/ALTO without one, the
 * page's line boxes on white), zoomable, with the region of the selected flag, paragraph or line
 * highlighted; a click on the image reports the line printed there. Rendering is done by
 * {@link PageRenderer} off the FX thread; this view only shows what comes back.
 */
public final class PageImagePane extends BorderPane {
    private final PageImageModel model = new PageImageModel();
    private final Function<String, String> text;
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final ImageView image = new ImageView();
    private final Pane outlines = new Pane();
    private final Rectangle highlight = new Rectangle();
    private final Pane content = new Pane();
    private final ScrollPane scroll = new ScrollPane();
    private final Label pageLabel = new Label();
    private final Label message = new Label();
    private PageRenderer renderer;
    private Consumer<Span> onLineClicked = s -> { };
    private long generation;

    /** @param text the app's messages by key */
    public PageImagePane(Function<String, String> text) {
        this.text = text;
        getStyleClass().add("page-image-pane");
        setId("pageImagePane");
        image.setId("pageImage");
        image.setPreserveRatio(false);
        highlight.setId("pageHighlight");
        highlight.setFill(Color.rgb(255, 200, 0, 0.30));
        highlight.setStroke(Color.rgb(220, 120, 0));
        highlight.setStrokeWidth(1);
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        highlight.setVisible(false);
        outlines.setMouseTransparent(true);
        content.getChildren().addAll(image, outlines, highlight);
        content.setStyle("-fx-background-color: white;");
        content.setId("pageImageContent");
        content.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                clickAt(e.getX() / zoom.get(), e.getY() / zoom.get());
            }
        });
        scroll.setContent(new StackPane(content));
        scroll.setPannable(true);
        scroll.setId("pageImageScroll");
        // a note over the image (no text layer, no PDF): on its own background, so it reads over a printed page
        message.getStyleClass().add("page-image-note");
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.setWrapText(true);
        message.setMouseTransparent(true);
        StackPane center = new StackPane(scroll, message);
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        StackPane.setMargin(message, new Insets(8));
        setCenter(center);
        setTop(toolbar());

        zoom.addListener((o, a, b) -> layoutPage(true));
        model.pageProperty().addListener((o, a, b) -> layoutPage(true));
        model.highlightProperty().addListener((o, a, b) -> placeHighlight());
        model.messageProperty().addListener((o, a, b) -> message.setText(b));
        model.documentProperty().addListener((o, a, b) -> layoutPage(true));
    }

    private HBox toolbar() {
        Button prev = button("‹", "pageImage.prevPage", e -> turn(-1));
        Button next = button("›", "pageImage.nextPage", e -> turn(1));
        Button out = button("−", "pageImage.zoomOut", e -> zoom.set(Math.max(0.25, zoom.get() / 1.25)));
        Button in = button("+", "pageImage.zoomIn", e -> zoom.set(Math.min(6, zoom.get() * 1.25)));
        Button fit = button("↔", "pageImage.fitWidth", e -> fitWidth());
        out.setId("pageZoomOut");
        in.setId("pageZoomIn");
        fit.setId("pageFitWidth");
        pageLabel.setId("pageImageLabel");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label(text.apply("pageImage.title"));
        title.getStyleClass().add("pane-title");
        HBox bar = new HBox(4, title, grow, prev, pageLabel, next, out, in, fit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 2, 4));
        return bar;
    }

    private Button button(String label, String tipKey, javafx.event.EventHandler<javafx.event.ActionEvent> h) {
        Button b = new Button(label);
        b.setTooltip(new javafx.scene.control.Tooltip(text.apply(tipKey)));
        b.setOnAction(h);
        b.setFocusTraversable(false);
        return b;
    }

    public PageImageModel model() {
        return model;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Told the raw span of the line the editor clicked on the image. */
    public void setOnLineClicked(Consumer<Span> c) {
        onLineClicked = c;
    }

    /** Shows a source document (FX thread); its PDF, if any, is opened for rendering. Null clears the pane. */
    public void show(SourceDocument d, String note) {
        closeRenderer();
        model.highlightProperty().set(null);
        model.messageProperty().set(note == null ? "" : note);
        if (d != null && d.pdf() != null) {
            try {
                renderer = new PageRenderer(d.pdf());
            } catch (IOException e) {
                model.messageProperty().set(text.apply("pageImage.cannotRender") + " " + d.pdf() + " (" + e.getMessage() + ")");
            }
        } else if (d != null && note == null) {
            model.messageProperty().set(text.apply(d.geometry().isEmpty() ? "pageImage.noPositions" : "pageImage.noImage"));
        }
        model.pageProperty().set(d == null ? 1 : d.firstPage());
        model.documentProperty().set(d);
        if (d != null) {
            fitWidthLater();
        }
    }

    /** Highlights the raw span's region and scrolls it into view; false when it has no known place. */
    public boolean reveal(int start, int end) {
        boolean ok = model.select(start, end);
        if (ok) {
            scrollTo(model.highlightProperty().get(), false);
        }
        return ok;
    }

    /** Scrolls so that the box is in view (centred vertically when {@code top} is false, at the top otherwise). */
    public void scrollTo(Box b, boolean top) {
        if (b == null) {
            return;
        }
        if (b.page() != model.pageProperty().get()) {
            model.pageProperty().set(b.page());
        }
        double[] size = model.pageSize(b.page());
        double contentH = size[1] * zoom.get();
        double viewH = scroll.getViewportBounds().getHeight();
        double contentW = size[0] * zoom.get();
        double viewW = scroll.getViewportBounds().getWidth();
        if (contentH > viewH) {
            double y = b.y() * zoom.get() - (top ? 8 : (viewH - b.h() * zoom.get()) / 2);
            scroll.setVvalue(Math.max(0, Math.min(1, y / (contentH - viewH))));
        }
        if (contentW > viewW) {
            double x = b.x() * zoom.get() - 8;
            double right = b.right() * zoom.get();
            double left = scroll.getHvalue() * (contentW - viewW);
            if (x < left || right > left + viewW) {
                scroll.setHvalue(Math.max(0, Math.min(1, x / (contentW - viewW))));
            }
        }
    }

    /** The highlight's rectangle, in page points (for tests and the status bar); null when none. */
    public Box highlightedBox() {
        if (!highlight.isVisible()) {
            return null;
        }
        double z = zoom.get();
        double pad = 1.5;
        return new Box(model.pageProperty().get(), highlight.getX() / z + pad, highlight.getY() / z + pad,
                highlight.getWidth() / z - 2 * pad, highlight.getHeight() / z - 2 * pad);
    }

    /** The node the page is drawn in; its coordinates are page points times {@link #zoomProperty()}. */
    public Pane content() {
        return content;
    }

    void clickAt(double x, double y) {
        model.lineAt(x, y).ifPresent(onLineClicked);
    }

    private void turn(int delta) {
        int n = model.pageProperty().get() + delta;
        if (n >= model.firstPage() && n < model.firstPage() + model.pageCount()) {
            model.pageProperty().set(n);
        }
    }

    private void fitWidth() {
        double w = scroll.getViewportBounds().getWidth();
        double pw = model.pageSize(model.pageProperty().get())[0];
        if (w > 20 && pw > 0) {
            zoom.set(Math.max(0.1, (w - 4) / pw));
        }
    }

    private void fitWidthLater() {
        Platform.runLater(() -> {
            if (scroll.getViewportBounds().getWidth() > 20) {
                fitWidth();
            }
        });
    }

    /** Sizes the page to the zoom, draws outlines when there is no PDF, and asks the renderer for the image. */
    private void layoutPage(boolean render) {
        SourceDocument d = model.documentProperty().get();
        int p = model.pageProperty().get();
        double[] size = model.pageSize(p);
        double z = zoom.get();
        content.setPrefSize(size[0] * z, size[1] * z);
        content.setMinSize(size[0] * z, size[1] * z);
        content.setMaxSize(size[0] * z, size[1] * z);
        image.setFitWidth(size[0] * z);
        image.setFitHeight(size[1] * z);
        pageLabel.setText(d == null ? "" : model.firstPage() == 1 ? p + " / " + model.pageCount()
                : String.valueOf(p)); // a page of an issue: its number in the PDF
        outlines.getChildren().clear();
        if (d != null && renderer == null) {
            image.setImage(null);
            for (Span s : d.geometry().lines().isEmpty() ? d.geometry().blocks() : d.geometry().lines()) {
                if (s.box().page() == p) {
                    Rectangle r = new Rectangle(s.box().x() * z, s.box().y() * z, s.box().w() * z, s.box().h() * z);
                    r.setFill(Color.rgb(0, 0, 0, 0.06));
                    r.setStroke(Color.rgb(0, 0, 0, 0.25));
                    outlines.getChildren().add(r);
                }
            }
        }
        placeHighlight();
        if (render && renderer != null) {
            long gen = ++generation;
            PageRenderer r = renderer;
            double scale = z * outputScale();
            r.render(p, scale).whenComplete((img, err) -> Platform.runLater(() -> {
                if (gen != generation || r != renderer) {
                    return; // a newer page or zoom was asked for meanwhile
                }
                if (err != null) {
                    model.messageProperty().set(text.apply("pageImage.cannotRender") + " (" + err.getMessage() + ")");
                } else {
                    image.setImage(img);
                }
            }));
        }
    }

    private double outputScale() {
        var w = getScene() == null ? null : getScene().getWindow();
        return w == null ? 1 : Math.max(1, w.getOutputScaleX());
    }

    private void placeHighlight() {
        Box b = model.highlightProperty().get();
        if (b == null || b.page() != model.pageProperty().get()) {
            highlight.setVisible(false);
            return;
        }
        double z = zoom.get();
        double pad = 1.5;
        highlight.setX((b.x() - pad) * z);
        highlight.setY((b.y() - pad) * z);
        highlight.setWidth((b.w() + 2 * pad) * z);
        highlight.setHeight((b.h() + 2 * pad) * z);
        highlight.setVisible(true);
    }

    private void closeRenderer() {
        generation++;
        if (renderer != null) {
            PageRenderer r = renderer;
            renderer = null;
            r.close();
        }
        image.setImage(null);
    }

    /** Lets the PDF go (the pane is hidden or the window closes). */
    public void dispose() {
        closeRenderer();
        model.documentProperty().set(null);
    }
}

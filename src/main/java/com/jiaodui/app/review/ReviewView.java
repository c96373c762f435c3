package com.jiaodui.app.review;

import com.jiaodui.review.ReviewFlag;
import com.jiaodui.review.ReviewSession;
import com.jiaodui.app.AppContext;
import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.EventStream;

/**
 * The review view: the raw OCR text on the left (read-only, line numbers), the article on the right (editable),
 * the flags panel beside them. Caret and selection on one side select the matching span on the other; scrolling
 * the article scrolls the raw text along. Highlights follow the flags a moment after they change.
 */
public final class ReviewView extends BorderPane {
    private final AppContext ctx;
    private final ReviewViewModel vm;
    private final StyleClassedTextArea raw = new StyleClassedTextArea();
    private final StyleClassedTextArea article = new StyleClassedTextArea();
    private final Label articleTitle = new Label();
    /** The header's choice of the cleaned side (the page's cleaned and OCR versions). */
    private final javafx.scene.control.ComboBox<com.jiaodui.library.PageVersion> cleanedPicker =
            new javafx.scene.control.ComboBox<>();
    private boolean fillingPicker;
    private final StackPane articleStack;
    private final Label placeholder;
    private final HBox findBar;
    private final HBox replaceRow;
    private final TextField findField = new TextField();
    private final TextField replaceField = new TextField();
    private final Label findStatus = new Label();
    private final PauseTransition highlightLater = new PauseTransition(javafx.util.Duration.millis(120));
    private final PauseTransition linkLater = new PauseTransition(javafx.util.Duration.millis(90));
    private final PauseTransition scrollLater = new PauseTransition(javafx.util.Duration.millis(40));
    private final PauseTransition rawScrollLater = new PauseTransition(javafx.util.Duration.millis(40));
    private boolean linking;

    public ReviewView(AppContext ctx, ReviewViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
        getStyleClass().add("review-view");
        raw.setId("rawArea");
        article.setId("articleArea");
        raw.setEditable(false);
        raw.setWrapText(true);
        article.setWrapText(true);
        raw.getStyleClass().addAll("editor", "raw-editor");
        article.getStyleClass().addAll("editor", "article-editor");
        raw.setParagraphGraphicFactory(LineNumberFactory.get(raw));
        raw.setUndoManager(UndoUtils.noOpUndoManager());
        article.setUndoManager(UndoUtils.noOpUndoManager()); // the session keeps the history (decisions included)
        String fontStyle = "-fx-font-size: " + ctx.settings().fontSize() + "px;";
        raw.setStyle(fontStyle);
        article.setStyle(fontStyle);

        Label rawTitle = ctx.i18n().label(new Label(), "review.raw");
        rawTitle.getStyleClass().add("pane-title");
        rawTitle.setMaxWidth(Double.MAX_VALUE);
        VirtualizedScrollPane<StyleClassedTextArea> rawScroll = new VirtualizedScrollPane<>(raw);
        VBox left = new VBox(rawTitle, rawScroll);
        VBox.setVgrow(rawScroll, Priority.ALWAYS);

        articleTitle.getStyleClass().add("pane-title");
        articleTitle.setMaxWidth(Double.MAX_VALUE);
        articleTitle.setId("articleTitle");
        findBar = buildFindBar();
        replaceRow = (HBox) findBar.getProperties().get("replaceRow");
        VirtualizedScrollPane<StyleClassedTextArea> articleScroll = new VirtualizedScrollPane<>(article);
        placeholder = ctx.i18n().label(new Label(), "review.noArticle");
        ctx.i18n().onChange(this::updateTitle);
        placeholder.getStyleClass().add("placeholder");
        articleStack = new StackPane(articleScroll, placeholder);
        StackPane.setAlignment(placeholder, Pos.TOP_LEFT);
        cleanedPicker.setId("cleanedVersion");
        javafx.scene.control.Tooltip pickerTip = new javafx.scene.control.Tooltip();
        pickerTip.textProperty().bind(ctx.i18n().bind("review.cleanedSide"));
        cleanedPicker.setTooltip(pickerTip);
        cleanedPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(com.jiaodui.library.PageVersion v) {
                return v == null ? "" : ctx.i18n().version(v);
            }

            @Override
            public com.jiaodui.library.PageVersion fromString(String s) {
                return null;
            }
        });
        cleanedPicker.managedProperty().bind(cleanedPicker.visibleProperty());
        cleanedPicker.setVisible(false);
        cleanedPicker.valueProperty().addListener((o, a, v) -> {
            if (!fillingPicker && v != null) {
                vm.showVersion(v.id());
            }
        });
        HBox header = new HBox(6, articleTitle, cleanedPicker);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(articleTitle, Priority.ALWAYS);
        VBox right = new VBox(header, findBar, articleStack);
        VBox.setVgrow(articleStack, Priority.ALWAYS);

        FlagsPanel flags = new FlagsPanel(ctx, vm, this::showSelectedFlag);
        SplitPane split = new SplitPane(left, right, flags);
        split.setId("reviewSplit");
        split.setDividerPositions(
                ctx.settings().getDouble("layout.review.d0", 0.36),
                ctx.settings().getDouble("layout.review.d1", 0.78));
        split.getDividers().get(0).positionProperty().addListener((o, a, b) -> ctx.settings().put("layout.review.d0", b));
        split.getDividers().get(1).positionProperty().addListener((o, a, b) -> ctx.settings().put("layout.review.d1", b));
        SplitPane.setResizableWithParent(flags, false);
        setCenter(split);

        wire();
    }

    public StyleClassedTextArea articleArea() {
        return article;
    }

    public StyleClassedTextArea rawArea() {
        return raw;
    }

    private boolean caretPicked;

    private void wire() {
        vm.loadedProperty().addListener((o, a, l) -> show(l));
        article.plainTextChanges().subscribe(ch -> vm.textChanged(ch.getPosition(), ch.getRemoved(), ch.getInserted()));
        // re-analysis after a pause in typing; a draft a little later. Loading an article is no edit: its
        // change (made while linking) is left out, the view model analyses a loaded text itself
        EventStream<?> edits = article.plainTextChanges().filter(ch -> !linking);
        edits.successionEnds(Duration.ofMillis(400)).subscribe(x -> vm.reanalyse());
        edits.successionEnds(Duration.ofMillis(1000)).subscribe(x -> vm.keepDraft());
        highlightLater.setOnFinished(e -> highlight());
        vm.flags().addListener((javafx.collections.ListChangeListener<ReviewFlag>) c -> highlightLater.playFromStart());
        vm.selectedProperty().addListener((o, a, f) -> {
            if (f != null) {
                showSelectedFlag();
            }
        });
        vm.dirtyProperty().addListener((o, a, b) -> updateTitle());

        // the other pane follows a moment after the caret stops (not on every key: the raw text can be huge too)
        linkLater.setOnFinished(e -> linkFromArticle());
        scrollLater.setOnFinished(e -> scrollRawAlong());
        article.selectionProperty().addListener((o, a, sel) -> linkLater.playFromStart());
        article.caretPositionProperty().addListener((o, a, c) -> linkLater.playFromStart());
        raw.selectionProperty().addListener((o, a, sel) -> linkFromRaw());
        raw.caretPositionProperty().addListener((o, a, c) -> linkFromRaw());
        article.estimatedScrollYProperty().addListener((o, a, b) -> {
            if (!raw.isHover()) {
                scrollLater.playFromStart();
            }
        });
        rawScrollLater.setOnFinished(e -> scrollArticleAlong());
        raw.estimatedScrollYProperty().addListener((o, a, b) -> {
            if (raw.isHover() && !raw.isFocused()) {
                rawScrollLater.playFromStart();
            }
        });
    }

    private void show(ReviewViewModel.Loaded l) {
        linking = true;
        try {
            placeholder.setVisible(l == null);
            if (l == null) {
                raw.clear();
                article.clear();
                return;
            }
            raw.replaceText(l.page().raw());
            raw.setStyleSpans(0, Highlights.forRaw(l.analysis().flags(), l.page().raw()));
            article.replaceText(l.startText());
            article.moveTo(0);
            raw.moveTo(0);
            article.requestFollowCaret();
            raw.showParagraphAtTop(0);
        } finally {
            linking = false;
        }
        // the change of the load is not an edit: attach the session after the editor holds the text
        vm.attach(new ReviewSession.TextBuffer() {
            @Override
            public String text() {
                return article.getText();
            }

            @Override
            public void replace(int start, int end, String text) {
                article.replaceText(start, end, text);
            }
        });
        highlight();
        updateTitle();
        article.requestFocus();
    }

    private void updateTitle() {
        ReviewViewModel.Loaded l = vm.loadedProperty().get();
        fillingPicker = true;
        try {
            var choices = l == null ? java.util.List.<com.jiaodui.library.PageVersion>of() : l.cleanedChoices();
            if (!cleanedPicker.getItems().equals(choices)) {
                cleanedPicker.getItems().setAll(choices);
            }
            cleanedPicker.setValue(choices.stream().filter(v -> v.id() == l.cleanedId()).findFirst().orElse(null));
            cleanedPicker.setVisible(!choices.isEmpty());
        } finally {
            fillingPicker = false;
        }
        if (l == null) {
            articleTitle.setText(ctx.text("review.article"));
            return;
        }
        String t = l.title().isBlank() ? "#" + (l.article().index() + 1) : l.title();
        articleTitle.setText((vm.dirtyProperty().get() ? "● " : "") + ctx.text("review.article") + " · " + t
                + "  —  " + l.page().name());
    }

    /** Applies the flag highlights to the article (whole text: the spans are few; cheap enough for 500k chars). */
    public void highlight() {
        if (vm.session() == null) {
            return;
        }
        int len = article.getLength();
        article.setStyleSpans(0, Highlights.forReview(vm.session().flags(), len));
    }

    private void showSelectedFlag() {
        ReviewFlag f = vm.selectedProperty().get();
        if (f == null || vm.session() == null) {
            return;
        }
        linking = true;
        try {
            int[] v = f.visibleSpan(article.getLength());
            if (!caretPicked) {
                article.selectRange(v[0], v[1]);
                article.requestFollowCaret();
            }
            int[] r = f.fromPage() && f.rawStart() >= 0 ? vm.toLeft(new int[] {f.rawStart(), Math.max(f.rawEnd(), f.rawStart())})
                    : vm.articleToLeft(v[0], v[1]);
            selectRaw(r);
        } finally {
            linking = false;
        }
    }

    private void selectRaw(int[] r) {
        int len = raw.getLength();
        int s = Math.max(0, Math.min(r[0], len));
        int e = Math.max(s, Math.min(r[1] > r[0] ? r[1] : r[0] + 1, len));
        raw.selectRange(s, e);
        int par = raw.offsetToPosition(s, TwoDimensional.Bias.Forward).getMajor();
        raw.showParagraphInViewport(par);
    }

    private void linkFromArticle() {
        if (linking || vm.session() == null || !article.isFocused()) {
            return;
        }
        linking = true;
        try {
            IndexRange sel = article.getSelection();
            int s = sel.getStart();
            int e = sel.getLength() > 0 ? sel.getEnd() : Math.min(s + 1, article.getLength());
            selectRaw(vm.articleToLeft(s, e));
            ReviewFlag at = vm.session().flagAt(s);
            if (at != null && at != vm.selectedProperty().get() && sel.getLength() == 0) {
                // the caret picks the flag it is in; the editor's caret and selection stay where the editor put
                // them (selecting the flag's span here would make the next key replace it)
                caretPicked = true;
                try {
                    vm.session().select(at);
                } finally {
                    caretPicked = false;
                }
            }
        } finally {
            linking = false;
        }
    }

    private void linkFromRaw() {
        if (linking || vm.session() == null || !raw.isFocused()) {
            return;
        }
        linking = true;
        try {
            IndexRange sel = raw.getSelection();
            int s = sel.getStart();
            int e = sel.getLength() > 0 ? sel.getEnd() : s + 1;
            int[] span = vm.leftToArticle(s, e);
            int len = article.getLength();
            int a = Math.min(span[0], len);
            int b = Math.min(Math.max(span[1], a), len);
            article.selectRange(a, b);
            article.requestFollowCaret();
        } finally {
            linking = false;
        }
    }

    private void scrollRawAlong() {
        if (linking || vm.session() == null || article.isFocused() && article.getSelection().getLength() > 0) {
            return;
        }
        try {
            int par = article.firstVisibleParToAllParIndex();
            int off = article.getAbsolutePosition(par, 0);
            int r = vm.articleToLeft(off, Math.min(off + 1, article.getLength()))[0];
            int rawPar = raw.offsetToPosition(Math.min(r, raw.getLength()), TwoDimensional.Bias.Forward).getMajor();
            linking = true;
            raw.showParagraphAtTop(Math.max(0, rawPar - 1));
        } catch (RuntimeException ignored) {
            // no visible paragraph yet (layout pending)
        } finally {
            linking = false;
        }
    }

    /** Scrolling the raw text with the mouse over it scrolls the article along. */
    private void scrollArticleAlong() {
        if (linking || vm.session() == null) {
            return;
        }
        try {
            int par = raw.firstVisibleParToAllParIndex();
            int off = raw.getAbsolutePosition(Math.min(par + 1, raw.getParagraphs().size() - 1), 0);
            int[] span = vm.leftToArticle(off, off + 1);
            int a = Math.min(span[0], article.getLength());
            int artPar = article.offsetToPosition(a, TwoDimensional.Bias.Forward).getMajor();
            linking = true;
            article.showParagraphAtTop(Math.max(0, artPar));
        } catch (RuntimeException ignored) {
            // layout pending
        } finally {
            linking = false;
        }
    }

    // ---------------------------------------------------------------- commands used by the menus

    public void nextFlag() {
        vm.next(article.getCaretPosition());
        article.requestFocus();
    }

    public void previousFlag() {
        vm.previous(article.getCaretPosition());
        article.requestFocus();
    }

    // ---------------------------------------------------------------- find / replace

    private HBox buildFindBar() {
        findField.setId("findField");
        replaceField.setId("replaceField");
        findField.promptTextProperty().bind(ctx.i18n().bind("find.find"));
        replaceField.promptTextProperty().bind(ctx.i18n().bind("find.replace"));
        Button next = ctx.i18n().label(new Button(), "find.next");
        next.setOnAction(e -> find(true));
        Button prev = ctx.i18n().label(new Button(), "find.prev");
        prev.setOnAction(e -> find(false));
        Button one = ctx.i18n().label(new Button(), "find.replaceOne");
        one.setOnAction(e -> replaceOne());
        Button all = ctx.i18n().label(new Button(), "find.replaceAll");
        all.setId("replaceAllButton");
        all.setOnAction(e -> replaceAll());
        Button close = new Button("✕");
        close.setOnAction(e -> hideFind());
        findField.setOnAction(e -> find(true));
        replaceField.setOnAction(e -> replaceOne());
        findField.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hideFind();
            }
        });
        replaceField.setOnKeyPressed(findField.getOnKeyPressed());
        HBox replaceRow = new HBox(6, replaceField, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(findField, Priority.ALWAYS);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        HBox bar = new HBox(6, findField, prev, next, replaceRow, findStatus, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("find-bar");
        bar.getProperties().put("replaceRow", replaceRow);
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    public void showFind(boolean withReplace) {
        findBar.setVisible(true);
        findBar.setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String sel = article.getSelectedText();
        if (!sel.isEmpty() && sel.indexOf('\n') < 0) {
            findField.setText(sel);
        }
        findField.requestFocus();
        findField.selectAll();
    }

    public void hideFind() {
        findBar.setVisible(false);
        findBar.setManaged(false);
        article.requestFocus();
    }

    public boolean find(boolean forward) {
        String q = findField.getText();
        if (q.isEmpty()) {
            return false;
        }
        String text = article.getText();
        IndexRange sel = article.getSelection();
        int at = forward ? text.indexOf(q, sel.getLength() > 0 ? sel.getEnd() : article.getCaretPosition())
                : text.lastIndexOf(q, Math.max(0, sel.getStart() - 1));
        if (at < 0) {
            at = forward ? text.indexOf(q) : text.lastIndexOf(q);
        }
        if (at < 0) {
            findStatus.setText(ctx.text("find.notFound"));
            return false;
        }
        findStatus.setText("");
        article.selectRange(at, at + q.length());
        article.requestFollowCaret();
        return true;
    }

    private void replaceOne() {
        String q = findField.getText();
        if (!q.isEmpty() && article.getSelectedText().equals(q)) {
            IndexRange sel = article.getSelection();
            article.replaceText(sel.getStart(), sel.getEnd(), replaceField.getText());
        }
        find(true);
    }

    /** Replaces every match in one edit (one undo step). */
    public int replaceAll() {
        String q = findField.getText();
        if (q.isEmpty()) {
            return 0;
        }
        String text = article.getText();
        int first = text.indexOf(q);
        if (first < 0) {
            findStatus.setText(ctx.text("find.notFound"));
            return 0;
        }
        int last = text.lastIndexOf(q) + q.length();
        String hull = text.substring(first, last);
        String with = hull.replace(q, replaceField.getText());
        int n = (hull.length() - hull.replace(q, "").length()) / q.length();
        article.replaceText(first, last, with);
        findStatus.setText(ctx.text("find.replaced", n));
        return n;
    }

    public void setFind(String find, String replace) {
        findField.setText(find);
        replaceField.setText(replace);
    }
}

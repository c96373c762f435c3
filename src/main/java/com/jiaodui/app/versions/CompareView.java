package com.jiaodui.app.versions;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.CjkFonts;
import com.jiaodui.library.PageVersion;
import com.jiaodui.compare.Choice;
import com.jiaodui.compare.Comparison;
import com.jiaodui.compare.DiffKind;
import com.jiaodui.compare.Difference;
import com.jiaodui.compare.Side;
import com.jiaodui.compare.Span;
import com.jiaodui.text.SourceText;
import com.jiaodui.text.TextDecoder;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The compare view: two versions of the article's page side by side (left A, right B), scrolled together through
 * the comparison's alignment, differences highlighted inside the lines by kind, moved blocks marked on both sides;
 * F7 / Shift+F7 walk the differences, Ctrl+1/2/3 take left/right/both, Ctrl+E edits; the merged text is saved as
 * a new version of the page (then reopened on the left) or as a new revision of the article.
 */
public final class CompareView {
    private static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.F7);
    private static final KeyCombination PREV = new KeyCodeCombination(KeyCode.F7, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination LEFT = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);
    /** Meld and WinMerge: Alt+Down / Alt+Up next / previous difference. */
    private static final KeyCombination NEXT_ALT = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);
    private static final KeyCombination PREV_ALT = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    /** WinMerge's "copy to right" (Alt+Right): the left side's text goes into the merge, i.e. take left. */
    private static final KeyCombination LEFT_ALT = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);
    private static final KeyCombination RIGHT = new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN);
    /** WinMerge's "copy to left" (Alt+Left): take right. */
    private static final KeyCombination RIGHT_ALT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination BOTH = new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination EDIT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination HIDE = new KeyCodeCombination(KeyCode.H, KeyCombination.ALT_DOWN);
    private static final KeyCombination PREVIEW = new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_ARTICLE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AppContext ctx;
    private final long articleId;
    private final CompareViewModel vm;
    private final Stage stage = new Stage();
    private final StyleClassedTextArea left = area("compareLeft");
    private final StyleClassedTextArea right = area("compareRight");
    private final StyleClassedTextArea merged = area("compareMerged");
    private final ComboBox<PageVersion> pickA = new ComboBox<>();
    private final ComboBox<PageVersion> pickB = new ComboBox<>();
    private final Label titleA = new Label();
    private final Label titleB = new Label();
    private final Label status = new Label();
    private final Label message = new Label();
    private final SplitPane vertical = new SplitPane();
    private final VBox mergedPane;
    private final ToggleButton previewToggle = new ToggleButton();
    /** Counts comparisons shown and saves finished (tests wait on it). */
    private final com.jiaodui.app.pageimage.PageImagePane pageImage;
    private final CompareImageBinder imageBinder;
    private final IntegerProperty loads = new SimpleIntegerProperty();
    private final IntegerProperty saves = new SimpleIntegerProperty();
    private DisplayText shownA = DisplayText.whole("");
    private DisplayText shownB = DisplayText.whole("");
    private boolean picking;
    private boolean syncing;
    private long lastSavedVersion;
    private Runnable onSaved = () -> { };
    private ArticleTarget target;

    /**
     * The open review of the article, which "Save into article" edits (one undoable edit there, saved with the review)
     * instead of writing a revision behind the editor's back.
     */
    public interface ArticleTarget {
        /** The article the review has open. */
        long articleId();

        /** The review's current text of it. */
        String text();

        /** Replaces the review's text by {@code text} as one undoable edit. */
        void replace(String text);
    }

    /** Opens the compare view; "Save into article" goes into {@code target} when it has the article open. */
    public static CompareView show(AppContext ctx, Window owner, long articleId, Runnable onSaved,
                                   ArticleTarget target) {
        CompareView v = new CompareView(ctx, owner, articleId);
        v.onSaved = onSaved;
        v.target = target;
        v.stage.show();
        v.loadVersions(null);
        return v;
    }

    /** Opens the compare view for the article's page (the hook of the main window's "Compare versions…"). */
    public static CompareView show(AppContext ctx, Window owner, long articleId) {
        return show(ctx, owner, articleId, () -> { });
    }

    /** Opens the compare view; {@code onSaved} runs on the FX thread after each save into the library. */
    public static CompareView show(AppContext ctx, Window owner, long articleId, Runnable onSaved) {
        CompareView v = new CompareView(ctx, owner, articleId);
        v.onSaved = onSaved;
        v.stage.show();
        v.loadVersions(null);
        return v;
    }

    /** A compare view not yet shown or loaded (tests drive {@link #viewModel()} and the controls directly). */
    public CompareView(AppContext ctx, Window owner, long articleId) {
        this.ctx = ctx;
        this.articleId = articleId;
        this.vm = new CompareViewModel(ctx);
        this.pageImage = new com.jiaodui.app.pageimage.PageImagePane(ctx::text);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(ctx.text("compare.title", ""));

        pickA.setId("compareVersionA");
        pickB.setId("compareVersionB");
        for (ComboBox<PageVersion> c : List.of(pickA, pickB)) {
            c.setButtonCell(versionCell());
            c.setCellFactory(l -> versionCell());
            c.setMaxWidth(360);
            c.valueProperty().addListener((o, a, b) -> {
                if (!picking && pickA.getValue() != null && pickB.getValue() != null) {
                    compareVersions(pickA.getValue(), pickB.getValue(), null);
                }
            });
        }
        Button files = button("compareFiles", "compare.files", null, this::compareFiles);
        HBox top = new HBox(8, ctx.i18n().label(new Label(), "compare.versionA"), pickA, ctx.i18n().label(new Label(), "compare.versionB"),
                pickB, files);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("compare-bar");

        Button prev = button("comparePrev", "compare.prev", "Shift+F7", this::previous);
        Button next = button("compareNext", "compare.next", "F7", this::next);
        Button takeL = button("compareTakeLeft", "compare.left", LEFT.getDisplayText() + " / Alt+←",
                () -> take(Choice.LEFT));
        Button takeR = button("compareTakeRight", "compare.right", RIGHT.getDisplayText() + " / Alt+→",
                () -> take(Choice.RIGHT));
        Button takeB = button("compareTakeBoth", "compare.both", BOTH.getDisplayText(), () -> take(Choice.BOTH));
        Button edit = button("compareEdit", "compare.edit", EDIT.getDisplayText(), this::editDialog);
        takeL.getStyleClass().add("take-left");
        takeR.getStyleClass().add("take-right");
        CheckBox hide = ctx.i18n().label(new CheckBox(), "compare.hide");
        hide.setId("compareHide");
        hide.setTooltip(new Tooltip("Alt+H"));
        hide.selectedProperty().bindBidirectional(vm.hideIdenticalProperty());
        ToggleButton preview = previewToggle;
        preview.setText(ctx.text("compare.preview"));
        preview.setId("comparePreview");
        preview.setTooltip(new Tooltip("Alt+M"));
        preview.setSelected(true);
        Button saveV = button("compareSaveVersion", "compare.saveVersion", SAVE.getDisplayText(), this::saveAsVersion);
        Button saveA = button("compareSaveArticle", "compare.saveArticle", SAVE_ARTICLE.getDisplayText(),
                this::saveIntoArticle);
        saveV.setDefaultButton(false);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox tools = new HBox(6, prev, next, new Separator(Orientation.VERTICAL), takeL, takeR, takeB, edit,
                new Separator(Orientation.VERTICAL), hide, preview, spring, saveV, saveA);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getStyleClass().add("compare-bar");

        titleA.getStyleClass().add("pane-title");
        titleB.getStyleClass().add("pane-title");
        titleA.setMaxWidth(Double.MAX_VALUE);
        titleB.setMaxWidth(Double.MAX_VALUE);
        SplitPane sides = new SplitPane(pane(titleA, left), pane(titleB, right));
        // the printed page of the compared version, the current difference highlighted (shown when there is one)
        imageBinder = new CompareImageBinder(ctx, vm, pageImage, on -> {
            if (on && !sides.getItems().contains(pageImage)) {
                sides.getItems().add(pageImage);
                sides.setDividerPositions(0.36, 0.72);
            } else if (!on) {
                sides.getItems().remove(pageImage);
            }
        });
        stage.setOnHidden(e -> pageImage.dispose());
        Label mergedTitle = ctx.i18n().label(new Label(), "compare.merged");
        mergedTitle.getStyleClass().add("pane-title");
        mergedTitle.setMaxWidth(Double.MAX_VALUE);
        mergedPane = pane(mergedTitle, merged);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.getItems().setAll(sides, mergedPane);
        vertical.setDividerPositions(0.68);
        preview.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                vertical.getItems().setAll(sides, mergedPane);
                vertical.setDividerPositions(0.68);
            } else {
                vertical.getItems().setAll(sides);
            }
        });

        status.setId("compareStatus");
        status.textProperty().bind(vm.statusProperty());
        message.setId("compareMessage");
        Label keys = ctx.i18n().label(new Label(), "compare.keys");
        keys.getStyleClass().add("compare-keys");
        Region spring2 = new Region();
        HBox.setHgrow(spring2, Priority.ALWAYS);
        HBox statusBar = new HBox(16, status, message, spring2, keys);
        statusBar.getStyleClass().add("status-bar");
        statusBar.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(vertical);
        root.setTop(new VBox(top, tools));
        root.setBottom(statusBar);
        root.getStyleClass().add("compare-view");
        String family = CjkFonts.pick(ctx.settings(), ctx.tasks());
        String style = "-fx-font-size: " + ctx.settings().fontSize() + "px;";
        for (StyleClassedTextArea a : List.of(left, right, merged)) {
            a.setStyle(style);
        }
        if (family != null) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1320, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(CompareView.class.getResource("/com/jiaodui/app/app.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        stage.setScene(scene);

        vm.changesProperty().addListener((o, a, b) -> redraw());
        vm.currentProperty().addListener((o, a, b) -> {
            restyle();
            reveal();
        });
        vm.mergedProperty().addListener((o, a, b) -> merged.replaceText(b == null ? "" : b));
        left.estimatedScrollYProperty().addListener((o, a, b) -> follow(left, Side.A));
        right.estimatedScrollYProperty().addListener((o, a, b) -> follow(right, Side.B));
        left.setOnMouseClicked(e -> clickSelect(left, Side.A));
        right.setOnMouseClicked(e -> clickSelect(right, Side.B));
    }

    public CompareViewModel viewModel() {
        return vm;
    }

    public Stage stage() {
        return stage;
    }

    public StyleClassedTextArea leftArea() {
        return left;
    }

    public StyleClassedTextArea rightArea() {
        return right;
    }

    /** The view's message line (progress, saved, errors). */
    /** The printed page of the compared version (shown beside the two sides when a version has one). */
    public com.jiaodui.app.pageimage.PageImagePane pageImagePane() {
        return pageImage;
    }

    public Label messageLabel() {
        return message;
    }

    public StyleClassedTextArea mergedArea() {
        return merged;
    }

    public ComboBox<PageVersion> versionPickerA() {
        return pickA;
    }

    public ComboBox<PageVersion> versionPickerB() {
        return pickB;
    }

    /** The number of comparisons shown so far. */
    public IntegerProperty loadsProperty() {
        return loads;
    }

    /** The number of saves finished so far. */
    public IntegerProperty savesProperty() {
        return saves;
    }

    /** The id of the version last saved with "Save as new version" (0 before). */
    public long lastSavedVersion() {
        return lastSavedVersion;
    }

    // ---------------------------------------------------------------- building

    private static StyleClassedTextArea area(String id) {
        StyleClassedTextArea a = new StyleClassedTextArea();
        a.setId(id);
        a.setEditable(false);
        a.setWrapText(true);
        a.getStyleClass().addAll("editor", "compare-area");
        return a;
    }

    private static VBox pane(Label title, StyleClassedTextArea area) {
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(title, scroll);
    }

    private Button button(String id, String textKey, String keys, Runnable run) {
        Button b = ctx.i18n().label(new Button(), textKey);
        b.setId(id);
        b.setFocusTraversable(false);
        if (keys != null) {
            b.setTooltip(new Tooltip(keys));
        }
        b.setOnAction(e -> run.run());
        return b;
    }

    private ListCell<PageVersion> versionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PageVersion v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : ctx.i18n().version(v));
            }
        };
    }

    /**
     * The compare window's keys as actions, for the key sheet (F1): the same key combinations {@link #keys} matches.
     * They run nothing from the main window (the compare window has its own key handling).
     */
    public static java.util.List<com.jiaodui.app.Action> keyActions() {
        Runnable none = () -> { };
        return java.util.List.of(
                new com.jiaodui.app.Action("compare.next", "action.compare.next", NEXT, none),
                new com.jiaodui.app.Action("compare.prev", "action.compare.prev", PREV, none),
                new com.jiaodui.app.Action("compare.nextAlt", "action.compare.next", NEXT_ALT, none),
                new com.jiaodui.app.Action("compare.prevAlt", "action.compare.prev", PREV_ALT, none),
                new com.jiaodui.app.Action("compare.left", "action.compare.left", LEFT, none),
                new com.jiaodui.app.Action("compare.leftAlt", "action.compare.left", LEFT_ALT, none),
                new com.jiaodui.app.Action("compare.right", "action.compare.right", RIGHT, none),
                new com.jiaodui.app.Action("compare.rightAlt", "action.compare.right", RIGHT_ALT, none),
                new com.jiaodui.app.Action("compare.both", "action.compare.both", BOTH, none),
                new com.jiaodui.app.Action("compare.edit", "action.compare.edit", EDIT, none),
                new com.jiaodui.app.Action("compare.hide", "action.compare.hide", HIDE, none),
                new com.jiaodui.app.Action("compare.preview", "action.compare.preview", PREVIEW, none),
                new com.jiaodui.app.Action("compare.saveVersion", "action.compare.saveVersion", SAVE, none),
                new com.jiaodui.app.Action("compare.saveArticle", "action.compare.saveArticle", SAVE_ARTICLE, none));
    }

    private void keys(KeyEvent e) {
        Runnable r = null;
        if (NEXT.match(e) || NEXT_ALT.match(e)) {
            r = this::next;
        } else if (PREV.match(e) || PREV_ALT.match(e)) {
            r = this::previous;
        } else if (LEFT.match(e) || LEFT_ALT.match(e)) {
            r = () -> take(Choice.LEFT);
        } else if (RIGHT.match(e) || RIGHT_ALT.match(e)) {
            r = () -> take(Choice.RIGHT);
        } else if (BOTH.match(e)) {
            r = () -> take(Choice.BOTH);
        } else if (EDIT.match(e)) {
            r = this::editDialog;
        } else if (HIDE.match(e)) {
            r = () -> vm.hideIdenticalProperty().set(!vm.hideIdenticalProperty().get());
        } else if (PREVIEW.match(e)) {
            r = () -> previewToggle.setSelected(!previewToggle.isSelected());
        } else if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !pickA.isShowing()
                && !pickB.isShowing()) {
            r = stage::close;
        } else if (SAVE_ARTICLE.match(e)) {
            r = this::saveIntoArticle;
        } else if (SAVE.match(e)) {
            r = this::saveAsVersion;
        }
        if (r != null) {
            e.consume();
            r.run();
        }
    }

    // ---------------------------------------------------------------- commands

    public void next() {
        vm.next();
    }

    public void previous() {
        vm.previous();
    }

    public void take(Choice c) {
        vm.take(c);
    }

    private void editDialog() {
        Difference d = vm.currentDifference();
        if (d == null) {
            return;
        }
        TextInputDialog dlg = new TextInputDialog(vm.currentResult());
        dlg.initOwner(stage);
        com.jiaodui.app.Dialogs.localize(dlg, ctx.i18n());
        dlg.setTitle(ctx.text("compare.edit"));
        dlg.setHeaderText(ctx.text("compare.editPrompt"));
        dlg.getEditor().setPrefColumnCount(40);
        dlg.showAndWait().ifPresent(vm::edit);
    }

    private <T> void background(Callable<T> work, Consumer<T> done) {
        message.setText(ctx.text("compare.computing"));
        ctx.tasks().run(work, v -> {
            message.setText("");
            done.accept(v);
        }, ex -> message.setText(ctx.text("compare.error", ex.getMessage())));
    }

    /** Lists the page's versions; compares the first two (or {@code selectA} against the current right one). */
    void loadVersions(Long selectA) {
        PageVersion oldB = pickB.getValue();
        background(() -> vm.versions(articleId), vs -> {
            picking = true;
            pickA.getItems().setAll(vs);
            pickB.getItems().setAll(vs);
            PageVersion a = null;
            PageVersion b = null;
            if (selectA != null) {
                a = vs.stream().filter(v -> v.id() == selectA).findFirst().orElse(null);
                b = oldB == null ? null : vs.stream().filter(v -> v.id() == oldB.id()).findFirst().orElse(null);
            }
            if (a == null && !vs.isEmpty()) {
                a = vs.get(0);
            }
            if (b == null && vs.size() > 1) {
                b = vs.get(a == vs.get(0) ? 1 : 0);
            }
            pickA.setValue(a);
            pickB.setValue(b);
            picking = false;
            if (a != null && b != null) {
                compareVersions(a, b, selectA != null ? ctx.text("compare.savedVersion", a.number()) : null);
            } else {
                message.setText(ctx.text("compare.noVersions"));
            }
        });
    }

    private void compareVersions(PageVersion a, PageVersion b, String after) {
        background(() -> {
            String ra = vm.text(a);
            String rb = vm.text(b);
            return vm.compute(ra, a.format(), rb, b.format());
        }, c -> {
            stage.setTitle(ctx.text("compare.title", ctx.i18n().version(a) + "  ⇄  " + ctx.i18n().version(b)));
            vm.show(c, a, b);
            if (after != null) {
                message.setText(after);
            }
            loads.set(loads.get() + 1);
        });
    }

    private void compareFiles() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Text, Markdown", "*.txt", "*.md"));
        fc.setTitle(ctx.text("compare.filesA"));
        File fa = fc.showOpenDialog(stage);
        if (fa == null) {
            return;
        }
        fc.setInitialDirectory(fa.getParentFile());
        fc.setTitle(ctx.text("compare.filesB"));
        File fb = fc.showOpenDialog(stage);
        if (fb == null) {
            return;
        }
        compareFiles(fa.toPath(), fb.toPath());
    }

    /** Compares two files (read like every page: encoding detected; unreadable files give one message). */
    public void compareFiles(java.nio.file.Path a, java.nio.file.Path b) {
        background(() -> {
            SourceText sa = TextDecoder.read(a);
            SourceText sb = TextDecoder.read(b);
            return new Object[] {vm.compute(sa.raw(), sa.format(), sb.raw(), sb.format()), sa.format()};
        }, r -> {
            stage.setTitle(ctx.text("compare.title", a.getFileName() + "  ⇄  " + b.getFileName()));
            picking = true;
            pickA.setValue(null);
            pickB.setValue(null);
            picking = false;
            vm.show((Comparison) r[0], a.getFileName().toString(), b.getFileName().toString(),
                    (com.jiaodui.text.Format) r[1]);
            loads.set(loads.get() + 1);
        });
    }

    /** Saves the merged text as a new version of the page, then reopens it on the left against the right version. */
    public void saveAsVersion() {
        if (vm.comparison() == null) {
            return;
        }
        String text = vm.mergedText();
        PageVersion base = vm.versionA() != null ? vm.versionA() : pickA.getItems().isEmpty() ? null
                : pickA.getItems().get(0);
        if (base == null) {
            message.setText(ctx.text("compare.noVersions"));
            return;
        }
        String name = base.fileName() == null || base.fileName().isBlank() ? "page"
                : base.fileName().contains(".") ? base.fileName().substring(0, base.fileName().indexOf('.'))
                : base.fileName();
        background(() -> vm.saveAsVersion(base.pageId(), vm.mergedFileName(name), text), id -> {
            lastSavedVersion = id;
            saves.set(saves.get() + 1);
            onSaved.run();
            loadVersions(id);
        });
    }

    /**
     * Takes the article's own part of the merged page (its span of version A with the choices made inside it), shows
     * the change it will make and asks; then puts it into the open review as one undoable edit (or, with no review of
     * the article open, saves it as a new revision). The whole merged page is "Save as new version of the page".
     */
    public void saveIntoArticle() {
        if (vm.comparison() == null) {
            return;
        }
        List<com.jiaodui.compare.Merge.Change> changes = vm.mergeChanges();
        boolean intoReview = target != null && target.articleId() == articleId;
        String before = intoReview ? target.text() : null;
        background(() -> vm.articlePart(articleId, changes,
                before != null ? before : ctx.library().article(articleId).text()), part -> {
            if (part.unchanged()) {
                message.setText(ctx.text("compare.articleUnchanged"));
                return;
            }
            if (!confirm(part)) {
                return;
            }
            if (intoReview) {
                target.replace(part.after());
                message.setText(ctx.text("compare.intoReview"));
                saves.set(saves.get() + 1);
            } else {
                background(() -> vm.saveIntoArticle(articleId, part.after()), id -> {
                    message.setText(ctx.text("compare.savedArticle"));
                    saves.set(saves.get() + 1);
                    onSaved.run();
                });
            }
        });
    }

    /** Asks before "Save into article": what changes (a count and the first few edits), OK or Cancel. */
    private boolean confirm(CompareViewModel.ArticlePart part) {
        javafx.scene.control.Alert a = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, "",
                javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        a.initOwner(stage);
        a.setTitle(ctx.text("compare.saveArticle"));
        com.jiaodui.app.Dialogs.localize(a, ctx.i18n());
        a.setTitle(ctx.text("compare.saveArticle"));
        a.setHeaderText(ctx.text("compare.confirmArticle", part.changes(), part.removed(), part.inserted()));
        javafx.scene.control.TextArea diff = new javafx.scene.control.TextArea(summary(part.before(), part.after()));
        diff.setId("compareArticleDiff");
        diff.setEditable(false);
        diff.setWrapText(true);
        diff.setPrefRowCount(8);
        a.getDialogPane().setContent(diff);
        a.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).setId("compareArticleOk");
        a.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL).setId("compareArticleCancel");
        return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    /** The first edits of {@code before} → {@code after}, each with a little context: "…前文[旧→新]后文…". */
    static String summary(String before, String after) {
        List<com.jiaodui.compare.CharDiff.Edit> edits = com.jiaodui.compare.CharDiff.edits(before, after);
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        for (com.jiaodui.compare.CharDiff.Edit e : edits) {
            if (shown++ == 8) {
                sb.append("… (").append(edits.size() - 8).append(" more)\n");
                break;
            }
            sb.append('…').append(before, Math.max(0, e.aStart() - 8), e.aStart()).append('[')
                    .append(cut(before.substring(e.aStart(), e.aEnd()))).append(" → ")
                    .append(cut(after.substring(e.bStart(), e.bEnd()))).append(']')
                    .append(before, e.aEnd(), Math.min(before.length(), e.aEnd() + 8)).append("…\n");
        }
        return sb.toString();
    }

    private static String cut(String s) {
        String t = s.replace("\n", "⏎");
        return t.length() <= 60 ? t : t.substring(0, 28) + "…" + t.substring(t.length() - 28);
    }

    // ---------------------------------------------------------------- drawing

    private void redraw() {
        syncing = true;
        shownA = vm.display(Side.A);
        shownB = vm.display(Side.B);
        // a library version is named in the UI language (its role); a file by its name
        titleA.setText("A  " + (vm.versionA() != null ? ctx.i18n().version(vm.versionA()) : vm.nameA()));
        titleB.setText("B  " + (vm.versionB() != null ? ctx.i18n().version(vm.versionB()) : vm.nameB()));
        if (!left.getText().equals(shownA.text())) {
            left.replaceText(shownA.text());
        }
        if (!right.getText().equals(shownB.text())) {
            right.replaceText(shownB.text());
        }
        restyle();
        reveal();
        Platform.runLater(() -> Platform.runLater(() -> syncing = false));
    }

    private void restyle() {
        left.setStyleSpans(0, spans(Side.A, shownA));
        right.setStyleSpans(0, spans(Side.B, shownB));
    }

    /** Classes per display character: kind of each difference, moves, the current one, the side taken. */
    StyleSpans<Collection<String>> spans(Side side, DisplayText shown) {
        int n = shown.text().length();
        List<List<String>> cls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cls.add(null);
        }
        Difference cur = vm.currentDifference();
        for (Difference d : vm.differences()) {
            Span s = d.span(side);
            if (!shown.shows(s.start())) {
                continue;
            }
            int from = shown.toDisplay(s.start());
            int to = shown.toDisplay(s.end());
            List<String> add = new ArrayList<>();
            if (d.kind() == DiffKind.MOVE) {
                add.add("cmp-move");
            } else {
                add.add("cmp-" + d.kind().id());
            }
            boolean isCur = d == cur || cur != null && d.index() == cur.index();
            if (isCur) {
                add.add("cmp-current");
            }
            Choice ch = vm.choice(d);
            boolean taken = ch == Choice.BOTH || ch == Choice.LEFT && side == Side.A || ch == Choice.RIGHT && side == Side.B;
            if (d.kind() != DiffKind.MOVE && taken && ch != Choice.LEFT) {
                add.add("cmp-taken");
            } else if (ch == Choice.CUSTOM) {
                add.add("cmp-edited");
            }
            if (from == to) {
                // an insertion point: mark the character before it (or after, at the start)
                from = Math.max(0, from - 1);
                to = Math.min(n, from + 1);
                add.set(0, "cmp-point");
            }
            for (int i = from; i < to; i++) {
                List<String> l = cls.get(i);
                if (l == null) {
                    l = new ArrayList<>(3);
                    cls.set(i, l);
                }
                for (String c : add) {
                    if (!l.contains(c)) {
                        l.add(c);
                    }
                }
            }
        }
        boolean[] text = shown.coverage();
        for (int i = 0; i < n; i++) {
            char ch = shown.text().charAt(i);
            if (!text[i] && ch != '\n') {
                List<String> l = cls.get(i) == null ? new ArrayList<>() : cls.get(i);
                l.add(0, "cmp-hidden");
                cls.set(i, l);
            }
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (n == 0) {
            b.add(List.of(), 0);
            return b.create();
        }
        int i = 0;
        while (i < n) {
            List<String> c = cls.get(i);
            int j = i + 1;
            while (j < n && java.util.Objects.equals(cls.get(j), c)) {
                j++;
            }
            b.add(c == null ? List.of() : List.copyOf(c), j - i);
            i = j;
        }
        return b.create();
    }

    /** Scrolls both sides to the current difference (for a move: each side to its copy of the block). */
    private void reveal() {
        Difference d = vm.currentDifference();
        if (d == null) {
            return;
        }
        syncing = true;
        show(left, shownA, d.a());
        show(right, shownB, d.b());
        int[] m = vm.mergedSpan();
        if (m != null && merged.getLength() > 0) {
            StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
            b.add(List.of(), m[0]);
            b.add(List.of("cmp-result"), m[1] - m[0]);
            b.add(List.of(), merged.getLength() - m[1]);
            merged.setStyleSpans(0, b.create());
            show(merged, DisplayText.whole(merged.getText()), new Span(m[0], m[1], ""));
        }
        Platform.runLater(() -> Platform.runLater(() -> syncing = false));
    }

    private static void show(StyleClassedTextArea area, DisplayText shown, Span s) {
        int len = area.getLength();
        int from = Math.min(shown.toDisplay(s.start()), len);
        area.moveTo(from);
        int par = area.offsetToPosition(from, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        try {
            area.showParagraphAtCenter(par);
        } catch (RuntimeException e) {
            area.requestFollowCaret();
        }
    }

    /** Scrolling one side scrolls the other to the text aligned with its top paragraph. */
    private void follow(StyleClassedTextArea from, Side side) {
        if (syncing || vm.comparison() == null || from.getLength() == 0) {
            return;
        }
        try {
            int par = from.firstVisibleParToAllParIndex();
            DisplayText shownFrom = side == Side.A ? shownA : shownB;
            DisplayText shownTo = side == Side.A ? shownB : shownA;
            StyleClassedTextArea to = side == Side.A ? right : left;
            if (par < 0 || par >= from.getParagraphs().size()) {
                return;
            }
            int raw = shownFrom.toRaw(from.getAbsolutePosition(par, 0));
            int other = vm.comparison().toOther(side, raw);
            int disp = Math.min(shownTo.toDisplay(other), to.getLength());
            int toPar = to.offsetToPosition(disp, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
            syncing = true;
            to.showParagraphAtTop(toPar);
        } catch (RuntimeException e) {
            return; // in the middle of a text change, or not laid out yet
        }
        Platform.runLater(() -> Platform.runLater(() -> syncing = false));
    }

    /** A click inside a difference makes it the current one. */
    private void clickSelect(StyleClassedTextArea area, Side side) {
        DisplayText shown = side == Side.A ? shownA : shownB;
        int i = vm.differenceAt(side, shown.toRaw(area.getCaretPosition()));
        if (i >= 0 && i != vm.current()) {
            vm.select(i);
        }
    }
}

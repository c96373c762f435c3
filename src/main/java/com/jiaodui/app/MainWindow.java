package com.jiaodui.app;

import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.SearchHit;
import com.jiaodui.library.ImportReport;
import com.jiaodui.app.help.HelpSheet;
import com.jiaodui.app.history.HistoryDialog;
import com.jiaodui.app.io.ExportDialog;
import com.jiaodui.app.library.LibraryView;
import com.jiaodui.app.library.LibraryViewModel;
import com.jiaodui.app.library.SearchDialog;
import com.jiaodui.app.review.ReviewView;
import com.jiaodui.app.review.ReviewViewModel;
import com.jiaodui.app.settings.SettingsDialog;
import com.jiaodui.app.versions.CompareView;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import com.jiaodui.app.task.Job;
import com.jiaodui.app.task.TaskRunner;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The window: menus (every command with its shortcut), the library on the left, the review view, a status bar with
 * the library's progress and a progress bar + cancel for long work. Files open from the menu, by drag and drop and
 * from the command line.
 */
public final class MainWindow {
    private final AppContext ctx;
    private final Stage stage;
    private final LibraryViewModel libraryVm;
    private final ReviewViewModel reviewVm;
    private final LibraryView libraryView;
    /** Built when the first article opens (or when something asks for it): RichTextFX is slow to load. */
    private ReviewView reviewView;
    private final javafx.scene.layout.StackPane reviewSlot = new javafx.scene.layout.StackPane();
    private SplitPane mainSplit;
    private com.jiaodui.app.pageimage.PageImagePane pageImage;
    private com.jiaodui.app.pageimage.PageImageBinder pageImageBinder;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final Label message = new Label();
    private final Label progress = new Label();
    private final ProgressBar taskProgress = new ProgressBar();
    private final Button taskCancel;
    private final BorderPane root = new BorderPane();
    private boolean firing;
    private Job running;
    private int[] pendingSelection;
    private final Recent recent;
    private com.jiaodui.app.io.RecentMenus recentMenus;
    private ImportReport lastReport;
    private com.jiaodui.app.io.ImportReportDialog reportDialog;

    public MainWindow(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.libraryVm = new LibraryViewModel(ctx);
        this.reviewVm = new ReviewViewModel(ctx);
        this.libraryView = new LibraryView(ctx, libraryVm, this::openArticle);
        reviewSlot.setId("reviewSlot");
        libraryView.setOnRoleChanged(reviewVm::reload); // the open review's sides may have changed
        taskCancel = ctx.i18n().label(new Button(), "button.cancel");
        taskCancel.setId("taskCancel");
        recent = new Recent(ctx.settings());
        if (ctx.library().location() != null) {
            recent.addLibrary(ctx.library().location());
        }
        buildActions();
        // the close button asks like Ctrl+Q; leaving the window keeps a draft of unsaved edits
        stage.setOnCloseRequest(e -> {
            if (reviewVm.hasUnsavedEdits()) {
                e.consume();
                requestQuit();
            }
        });
        stage.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                reviewVm.keepDraft();
            }
        });

        SplitPane main = new SplitPane(libraryView, reviewSlot);
        mainSplit = main;
        main.setId("mainSplit");
        main.setDividerPositions(ctx.settings().getDouble("layout.main.d0", 0.2));
        main.getDividers().get(0).positionProperty().addListener((o, a, b) -> ctx.settings().put("layout.main.d0", b));
        SplitPane.setResizableWithParent(libraryView, false);
        pageImage = new com.jiaodui.app.pageimage.PageImagePane(ctx::text);
        add("pageImage", k(KeyCode.I, KeyCombination.SHORTCUT_DOWN), () -> {
            showPageImage(main, !main.getItems().contains(pageImage));
            ctx.settings().put("layout.pageImage", Boolean.toString(main.getItems().contains(pageImage)));
        });
        showPageImage(main, Boolean.parseBoolean(ctx.settings().get("layout.pageImage", "false")));
        // until the editor chooses, a page read from a PDF or OCR file opens with its printed page beside it
        reviewVm.loadedProperty().addListener((o, a, l) -> {
            if (l != null && ctx.settings().get("layout.pageImage", null) == null
                    && com.jiaodui.text.source.Sources.formatOf(Path.of(l.page().name())).boxes()) {
                showPageImage(main, true);
            }
        });
        root.setTop(menuBar());
        root.setCenter(main);
        root.setBottom(statusBar());

        // the start-up frame (StartupShell) already made the scene: take it over, else make it
        Scene scene = stage.getScene() != null ? stage.getScene() : sceneFor(stage, ctx.settings(), root);
        scene.setRoot(root);
        String family = CjkFonts.pick(ctx.settings(), ctx.tasks());
        if (family != null) {
            root.setStyle("-fx-font-family: \"" + family + "\";");
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                dropFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.titleProperty().bind(javafx.beans.binding.Bindings.concat(ctx.i18n().bind("app.title"),
                " — " + ctx.library().location().getFileName()));
        ctx.i18n().onChange(libraryVm::relabel);

        reviewVm.messageProperty().addListener((o, a, b) -> say(b));
        reviewVm.setOnSaved(libraryVm::refresh);
        reviewVm.setOnConflict(this::showConflict);
        reviewVm.loadedProperty().addListener((o, a, l) -> {
            if (l != null) {
                libraryView.markSelected(l.articleId());
                ctx.settings().put("last.article", l.articleId());
                if (pendingSelection != null) {
                    int[] sel = pendingSelection;
                    pendingSelection = null;
                    Platform.runLater(() -> {
                        int len = reviewView().articleArea().getLength();
                        reviewView().articleArea().selectRange(Math.min(sel[0], len), Math.min(sel[0] + sel[1], len));
                        reviewView().articleArea().requestFollowCaret();
                    });
                }
            }
        });
        progress.textProperty().bind(libraryVm.progressProperty());
        libraryVm.errorProperty().addListener((o, a, b) -> say(ctx.text("status.error", b)));
    }

    /**
     * The window's scene at its remembered size and place, with the app's style sheet, set on {@code stage}: made
     * once, by the start-up frame or by the window itself.
     */
    static Scene sceneFor(Stage stage, Settings settings, javafx.scene.Parent root) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(settings.getDouble("window.w", 1360), screen.getWidth());
        double h = Math.min(settings.getDouble("window.h", 820), screen.getHeight());
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(MainWindow.class.getResource("/com/jiaodui/app/app.css").toExternalForm());
        stage.setScene(scene);
        double x = settings.getDouble("window.x", Double.NaN);
        double y = settings.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x + 20, y + 20)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        return scene;
    }

    /** A status message, unless a running task is showing its own. */
    private void say(String text) {
        if (!message.textProperty().isBound()) {
            message.setText(text);
        }
    }

    public LibraryViewModel libraryViewModel() {
        return libraryVm;
    }

    public ReviewViewModel reviewViewModel() {
        return reviewVm;
    }

    /** Shows or hides the printed page as a third pane of the window (the setting is kept). */
    private void showPageImage(SplitPane main, boolean on) {
        if (on && !main.getItems().contains(pageImage)) {
            main.getItems().add(pageImage);
            main.setDividerPosition(1, ctx.settings().getDouble("layout.main.d1", 0.66));
            main.getDividers().get(1).positionProperty().addListener((o, a, b) -> ctx.settings().put("layout.main.d1", b));
        } else if (!on) {
            main.getItems().remove(pageImage);
        }
        if (pageImageBinder != null) {
            pageImageBinder.setActive(on);
        }
    }

    public com.jiaodui.app.pageimage.PageImagePane pageImagePane() {
        return pageImage;
    }

    /**
     * The review's editors, built on first use: when the first article opens, or right after the first listing
     * when the library has none. Not before the window is on screen (class loading and CSS of two RichTextFX areas
     * took most of the time to the first frame).
     */
    public ReviewView reviewView() {
        if (reviewView == null) {
            long t0 = System.nanoTime();
            reviewView = new ReviewView(ctx, reviewVm);
            reviewSlot.getChildren().setAll(reviewView);
            // lay the editors out now: an article that arrived before their first layout pulse was shown with the
            // article's scroll bar over its text and the raw side not scrolled to the article
            reviewSlot.applyCss();
            reviewSlot.layout();
            pageImageBinder = new com.jiaodui.app.pageimage.PageImageBinder(ctx, reviewVm, reviewView.rawArea(), pageImage);
            pageImageBinder.setActive(mainSplit.getItems().contains(pageImage));
            if (Boolean.getBoolean("jiaodui.timing")) {
                Diagnostics.info("review view built: " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            }
        }
        return reviewView;
    }

    public LibraryView libraryView() {
        return libraryView;
    }

    /** Every action with its key: the window's, then the compare window's own (for the key sheet). */
    public List<Action> actions() {
        List<Action> all = new java.util.ArrayList<>(actions.values());
        all.addAll(com.jiaodui.app.versions.CompareView.keyActions());
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- actions, menus, keys

    private void add(String id, KeyCombination key, Runnable run) {
        actions.put(id, new Action(id, "action." + id, key, run));
    }

    private static KeyCombination k(KeyCode code, KeyCombination.Modifier... m) {
        return new KeyCodeCombination(code, m);
    }

    private void buildActions() {
        KeyCombination.Modifier c = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier s = KeyCombination.SHIFT_DOWN;
        add("open", k(KeyCode.O, c), this::openFileDialog);
        add("importFolder", k(KeyCode.O, c, s), this::importFolderDialog);
        add("openShared", null, this::openSharedDialog);
        add("export", k(KeyCode.E, c), this::exportDialog);
        add("settings", k(KeyCode.COMMA, c), this::settingsDialog);
        add("quit", k(KeyCode.Q, c), this::requestQuit);
        add("undo", k(KeyCode.Z, c), reviewVm::undo);
        add("redo", k(KeyCode.Z, c, s), reviewVm::redo);
        add("find", k(KeyCode.F, c), () -> reviewView().showFind(false));
        add("replace", k(KeyCode.H, c), () -> reviewView().showFind(true));
        add("nextFlag", k(KeyCode.F8), () -> reviewView().nextFlag());
        add("prevFlag", k(KeyCode.F8, s), () -> reviewView().previousFlag());
        add("accept", k(KeyCode.ENTER, c), reviewVm::acceptSelected);
        add("reject", k(KeyCode.BACK_SPACE, c), reviewVm::rejectSelected);
        add("save", k(KeyCode.S, c), () -> reviewVm.save(null));
        add("saveNote", k(KeyCode.S, c, KeyCombination.ALT_DOWN), this::saveWithNote);
        add("nextArticle", k(KeyCode.PAGE_DOWN, c), () -> neighbour(1));
        add("prevArticle", k(KeyCode.PAGE_UP, c), () -> neighbour(-1));
        add("history", k(KeyCode.H, c, s), this::historyDialog);
        add("compare", null, this::compare);
        add("search", k(KeyCode.F, c, s), this::searchDialog);
        add("refresh", k(KeyCode.F5), libraryVm::refresh);
        add("help", k(KeyCode.F1), () -> new HelpSheet(ctx, stage, actions()).show());
        add("about", null, () -> info(ctx.text("about.text")));
    }

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(
                menu("menu.file", "open", "importFolder", "openShared", "export", null, "settings", null, "quit"),
                menu("menu.edit", "undo", "redo", null, "find", "replace"),
                menu("menu.review", "nextFlag", "prevFlag", "accept", "reject", null, "save", "saveNote", null,
                        "nextArticle", "prevArticle", null, "history", "compare", null, "pageImage"),
                menu("menu.library", "search", "refresh"),
                menu("menu.help", "help", "about"));
        bar.setId("menuBar");
        // File → Recent files / Recent libraries / Import report, after the import commands
        recentMenus = new com.jiaodui.app.io.RecentMenus(ctx, recent, ps -> importFiles(ps, true),
                this::openLibraryWindow, this::say);
        Menu file = bar.getMenus().get(0);
        MenuItem report = new MenuItem();
        report.textProperty().bind(ctx.i18n().bind("action.importReport"));
        report.setId("menu-importReport");
        report.setOnAction(e -> showImportReport());
        file.getItems().addAll(2, List.of(recentMenus.filesMenu(), recentMenus.librariesMenu(), report));
        return bar;
    }

    private Menu menu(String textKey, String... ids) {
        Menu m = new Menu();
        m.textProperty().bind(ctx.i18n().bind(textKey));
        for (String id : ids) {
            if (id == null) {
                m.getItems().add(new SeparatorMenuItem());
                continue;
            }
            Action a = actions.get(id);
            MenuItem it = new MenuItem();
            it.textProperty().bind(ctx.i18n().bind(a.textKey()));
            it.setId("menu-" + id);
            it.setAccelerator(a.key());
            it.setOnAction(e -> fire(a));
            m.getItems().add(it);
        }
        return m;
    }

    /** Runs an action once per key press, whether the menu accelerator or the key filter sees it first. */
    private void fire(Action a) {
        if (firing) {
            return;
        }
        firing = true;
        Platform.runLater(() -> firing = false);
        a.run().run();
    }

    public void run(String actionId) {
        actions.get(actionId).run().run();
    }

    /** The editor keeps keys like Ctrl+Z and Ctrl+Backspace for itself: the window's commands win. */
    private void keys(KeyEvent e) {
        boolean inField = e.getTarget() instanceof TextInputControl;
        for (Action a : actions.values()) {
            if (a.key() != null && a.key().match(e)) {
                boolean textKey = a.id().equals("undo") || a.id().equals("redo") || a.id().equals("reject");
                if (inField && textKey) {
                    return;
                }
                e.consume();
                fire(a);
                return;
            }
        }
        if (!inField && new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
            e.consume();
            fire(actions.get("redo"));
        }
    }

    private HBox statusBar() {
        message.setId("statusMessage");
        progress.setId("libraryProgress");
        taskProgress.setPrefWidth(160);
        taskProgress.setVisible(false);
        taskCancel.setVisible(false);
        taskCancel.setOnAction(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(message, spring, taskProgress, taskCancel, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    // ---------------------------------------------------------------- start

    /** Loads the library; then opens the files given, or offers drafts back, or reopens the last article. */
    public void start(List<String> args) {
        // the listing is drawn first; opening an article (and building the editors) waits for that frame
        libraryVm.refresh(() -> afterNextFrame(() -> afterFirstLoad(args)));
    }

    /** Runs {@code r} once the next frame has been laid out and rendered. */
    private void afterNextFrame(Runnable r) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(r);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void afterFirstLoad(List<String> args) {
        if (libraryVm.ordered().isEmpty()) {
            Platform.runLater(this::reviewView); // nothing to open: the empty review after the listing is shown
        }
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("-")) {
                files.add(Path.of(a));
            }
        }
        if (!files.isEmpty()) {
            importFiles(files, true);
            return;
        }
        // the drafts and their titles are read in the background; the window shows the library meanwhile
        ctx.tasks().run(() -> {
            List<String[]> found = new ArrayList<>();
            for (long id : ctx.drafts().list()) {
                String title;
                try {
                    title = ctx.library().article(id).title();
                } catch (java.io.IOException | RuntimeException e) {
                    continue; // a draft of an article no longer in the library
                }
                found.add(new String[] {Long.toString(id), title == null || title.isBlank() ? "#" + id : title});
            }
            return found;
        }, this::offerDrafts, e -> openLast());
    }

    /** The recovery dialog: which articles have unsaved edits; Restore opens them, Discard deletes the drafts. */
    private void offerDrafts(List<String[]> drafts) {
        if (drafts.isEmpty()) {
            openLast();
            return;
        }
        StringBuilder names = new StringBuilder();
        for (String[] d : drafts) {
            names.append("• ").append(d[1]).append('\n');
        }
        Alert ask = Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION), ctx.i18n());
        ask.initOwner(stage);
        ask.setTitle(ctx.text("draft.title"));
        ask.setHeaderText(ctx.text("draft.header", drafts.size()));
        ask.setContentText(names + "\n" + ctx.text("draft.content"));
        ButtonType restore = new ButtonType(ctx.text("draft.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(ctx.text("draft.discard"), ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(restore, discard);
        ask.getDialogPane().lookupButton(restore).setId("draftRestore");
        ask.getDialogPane().lookupButton(discard).setId("draftDiscard");
        ask.getDialogPane().setId("draftDialog");
        ask.setOnHidden(e -> {
            if (ask.getResult() == restore) {
                // the first opens now; the others open with their edits whenever the editor goes to them
                openArticle(Long.parseLong(drafts.get(0)[0]));
            } else {
                ctx.tasks().run(() -> {
                    drafts.forEach(d -> ctx.drafts().delete(Long.parseLong(d[0])));
                    return null;
                }, x -> { }, x -> { });
                openLast();
            }
        });
        ask.show();
    }

    // ---------------------------------------------------------------- quit

    /**
     * Ctrl+Q and the window's close button: with unsaved edits, asks whether to save them, keep them as a draft
     * or discard them (or not to quit after all).
     */
    public void requestQuit() {
        if (!reviewVm.hasUnsavedEdits()) {
            stage.close();
            return;
        }
        Alert ask = Dialogs.localize(new Alert(Alert.AlertType.CONFIRMATION), ctx.i18n());
        ask.initOwner(stage);
        ask.setTitle(ctx.text("quit.title"));
        String title = reviewVm.loadedProperty().get() == null ? "" : reviewVm.loadedProperty().get().title();
        ask.setHeaderText(ctx.text("quit.header", title));
        ask.setContentText(ctx.text("quit.content"));
        ButtonType save = new ButtonType(ctx.text("quit.save"), ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType(ctx.text("quit.keep"), ButtonBar.ButtonData.OTHER);
        ButtonType discard = new ButtonType(ctx.text("quit.discard"), ButtonBar.ButtonData.NO);
        ask.getButtonTypes().setAll(save, keep, discard, ButtonType.CANCEL);
        ask.getDialogPane().lookupButton(save).setId("quitSave");
        ask.getDialogPane().lookupButton(keep).setId("quitKeep");
        ask.getDialogPane().lookupButton(discard).setId("quitDiscard");
        ask.getDialogPane().lookupButton(ButtonType.CANCEL).setId("quitCancel");
        ask.setOnHidden(e -> {
            ButtonType r = ask.getResult();
            if (r == save) {
                reviewVm.dirtyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (!now) {
                            reviewVm.dirtyProperty().removeListener(this);
                            stage.close();
                        }
                    }
                });
                reviewVm.save(null);
            } else if (r == keep) {
                stage.close(); // shutdown keeps the draft
            } else if (r == discard) {
                reviewVm.discardEdits();
                stage.close();
            }
        });
        ask.show();
    }

    private void openLast() {
        long last = (long) ctx.settings().getDouble("last.article", 0);
        if (last > 0 && libraryVm.find(last) != null) {
            openArticle(last);
        } else if (!libraryVm.ordered().isEmpty()) {
            openArticle(libraryVm.ordered().get(0).id());
        }
    }

    public void openArticle(long articleId) {
        reviewView(); // the editors exist before the article arrives
        reviewVm.open(articleId);
        trimMemoryOnce();
    }

    private boolean trimmed;

    /**
     * Once the window is up and the first article is open, a full collection lets the JVM give back the memory the
     * start-up touched (the default heap on a big machine is large; this keeps the resident size small).
     */
    private void trimMemoryOnce() {
        if (trimmed) {
            return;
        }
        trimmed = true;
        ctx.tasks().later(2500, System::gc);
    }

    private void neighbour(int delta) {
        ArticleEntry n = libraryVm.neighbour(reviewVm.requestedArticleId(), delta);
        if (n != null) {
            openArticle(n.id());
        }
    }

    // ---------------------------------------------------------------- long work with progress and cancel

    /** Long work with the status bar's progress bar and cancel button, through the app's task runner. */
    private <T> Job runJob(TaskRunner.ProgressWork<T> work, java.util.function.Consumer<T> done) {
        Runnable[] end = new Runnable[1];
        Job job = ctx.tasks().run(work, v -> {
            end[0].run();
            done.accept(v);
        }, ex -> {
            end[0].run();
            message.setText(ctx.text("status.error", ex.getMessage()));
            libraryVm.refresh();
        }, () -> {
            end[0].run();
            message.setText(ctx.text("status.cancelled"));
            libraryVm.refresh();
        });
        end[0] = () -> {
            message.textProperty().unbind();
            taskProgress.progressProperty().unbind();
            taskProgress.setVisible(false);
            taskCancel.setVisible(false);
            if (running == job) {
                running = null;
            }
        };
        if (job.runningProperty().get()) { // a runner that runs at once (tests) has finished already
            running = job;
            taskProgress.progressProperty().bind(job.progressProperty());
            message.textProperty().bind(job.messageProperty());
            taskProgress.setVisible(true);
            taskCancel.setVisible(true);
        }
        return job;
    }

    /**
     * Files and folders dropped onto the window: imported as File → Open / Import folder does (in the background,
     * into the recent files, the report shown for many files), the first page opened.
     */
    public Job dropFiles(List<Path> paths) {
        return importFiles(paths, true);
    }

    /** Opens another library (a recent one) in a new window; this one keeps its library. */
    private void openLibraryWindow(Path db) {
        if (db.toAbsolutePath().normalize().equals(ctx.library().location().toAbsolutePath().normalize())) {
            say(ctx.text("recent.sameLibrary", db));
            return;
        }
        ctx.tasks().run(() -> {
            com.jiaodui.app.io.RecentMenus.launchOn(db);
            return db;
        }, x -> say(ctx.text("recent.libraryOpened", db)), ex -> say(ctx.text("status.error", ex.getMessage())));
    }

    /** The report of the last import: every file with its outcome (File → Import report). */
    public com.jiaodui.app.io.ImportReportDialog showImportReport() {
        return showImportReport(true);
    }

    /**
     * @param focus whether the report takes the keyboard: not when it opens by itself at the end of a background
     *              import (the editor may be typing in the article)
     */
    private com.jiaodui.app.io.ImportReportDialog showImportReport(boolean focus) {
        if (lastReport == null) {
            say(ctx.text("importReport.none"));
            return null;
        }
        if (reportDialog != null) {
            reportDialog.close();
        }
        reportDialog = new com.jiaodui.app.io.ImportReportDialog(ctx, stage, lastReport);
        reportDialog.show();
        if (!focus) {
            stage.requestFocus();
        }
        return reportDialog;
    }

    public ImportReport lastImportReport() {
        return lastReport;
    }

    public Job importFiles(List<Path> paths, boolean openFirst) {
        recent.addFiles(paths);
        if (recentMenus != null) {
            recentMenus.fill();
        }
        return runJob(p -> {
            p.update(0, 1, null);
            return ctx.library().importFiles(paths, null, (done, total, file, error) ->
                    p.update(done, total, ctx.text("status.importing", file.getFileName())), p::cancelled);
        }, report -> {
            lastReport = report;
            // an import of many files, or one with a file left out, shows every file with its outcome
            if (report.results().size() + report.skipped() + report.refused() > 1 || report.refused() > 0) {
                showImportReport(false);
            }
            List<Long> pages = report.pageIds();
            List<String> errors = new ArrayList<>(report.refusedFiles());
            String counts = ctx.text("status.imported", report.newPages(), report.newVersions(), report.unchanged(),
                    report.skipped(), report.refused(), report.articlesAdded(), report.articlesUpdated());
            long imageOnly = report.notes().stream().filter(n -> n.endsWith(com.jiaodui.library.Importer.NO_TEXT_LAYER))
                    .count();
            if (imageOnly > 0) {
                counts += " · " + ctx.text("status.imageOnly", imageOnly);
            }
            message.setText(errors.isEmpty() ? counts : counts + " · " + String.join(" · ", errors));
            if (!errors.isEmpty()) {
                com.jiaodui.app.Diagnostics.warn(String.join("\n", errors));
            }
            libraryVm.refresh(() -> {
                if (openFirst && !pages.isEmpty()) {
                    long page = pages.get(0);
                    for (PageEntry pe : libraryVm.pages()) {
                        if (pe.id() == page && !pe.articles().isEmpty()) {
                            openArticle(pe.articles().get(0).id());
                        }
                    }
                }
            });
        });
    }

    private void openFileDialog() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("OCR text / Markdown", "*.txt", "*.md", "*.markdown"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF, MinerU, hOCR, ALTO", "*.pdf", "*.json", "*.hocr", "*.html", "*.xml"));
        List<File> fs = fc.showOpenMultipleDialog(stage);
        if (fs != null && !fs.isEmpty()) {
            importFiles(fs.stream().map(File::toPath).toList(), true);
        }
    }

    private void importFolderDialog() {
        File d = new DirectoryChooser().showDialog(stage);
        if (d != null) {
            importFiles(List.of(d.toPath()), false);
        }
    }

    private void exportDialog() {
        new ExportDialog(ctx, stage).showAndWait().ifPresent(this::export);
    }

    public Job export(ExportDialog.Choice c) {
        return runJob(p -> {
            p.update(0, 1, ctx.text("status.exporting"));
            ctx.library().export(c.format(), c.target(), x -> p.update(x, 1, null), p::cancelled);
            return null;
        }, x -> message.setText(ctx.text("status.exported", c.target())));
    }

    /**
     * File → Open shared library…: the URL of a library on a PostgreSQL server (postgresql://host:port/name?user=U;
     * the password comes from PGPASSWORD or ~/.pgpass, a URL with one is refused), kept in the settings and opened
     * at the next start; an empty URL goes back to the private library.
     */
    private void openSharedDialog() {
        TextInputDialog d = new TextInputDialog(ctx.settings().get(JiaoduiApp.SHARED_LIBRARY_KEY, ""));
        d.initOwner(stage);
        d.setTitle(ctx.text("action.openShared"));
        d.setHeaderText(ctx.text("shared.prompt"));
        d.getEditor().setId("sharedUrl");
        d.getEditor().setPrefColumnCount(40);
        d.showAndWait().ifPresent(url -> {
            String u = url.strip();
            if (u.isEmpty()) {
                ctx.settings().put(JiaoduiApp.SHARED_LIBRARY_KEY, "");
                ctx.settings().save();
                info(ctx.text("shared.private"));
                return;
            }
            String shown;
            try {
                shown = com.jiaodui.library.Libraries.sharedUrl(u);
            } catch (java.io.IOException e) {
                info(e.getMessage());
                return;
            }
            ctx.tasks().run(() -> com.jiaodui.library.Libraries.probeShared(u), n -> {
                ctx.settings().put(JiaoduiApp.SHARED_LIBRARY_KEY, shown);
                ctx.settings().save();
                info(ctx.text("shared.saved", shown, n));
            }, ex -> info(ctx.text("shared.unreachable", ex.getMessage())));
        });
    }

    /** A save refused because another editor saved first: the editor's text beside the current one, to merge. */
    private void showConflict(com.jiaodui.library.SaveConflictException c) {
        CompareView v = compare();
        if (v != null) {
            v.viewModel().compareNow(ctx.text("conflict.mine"), c.mine(), ctx.text("conflict.theirs", c.currentEditor()),
                    c.current(), com.jiaodui.text.Format.TEXT);
        }
    }

    private void saveWithNote() {
        TextInputDialog d = Dialogs.localize(new TextInputDialog(), ctx.i18n());
        d.setTitle(ctx.text("action.saveNote"));
        d.initOwner(stage);
        d.setHeaderText(ctx.text("note.prompt"));
        d.showAndWait().ifPresent(reviewVm::save);
    }

    private void historyDialog() {
        ReviewViewModel.Loaded l = reviewVm.loadedProperty().get();
        if (l == null) {
            return;
        }
        new HistoryDialog(ctx, stage, l.articleId(), l.title(), () -> reviewView().articleArea().getText(),
                (r, label) -> reviewVm.restore(r.id(), ctx.i18n().english("note.restore", label))).show();
    }

    private void searchDialog() {
        new SearchDialog(ctx, stage, this::openHit).show();
    }

    private void openHit(SearchHit h) {
        if (h.offset() >= 0) {
            pendingSelection = new int[] {h.offset(), 1};
        }
        if (h.articleId() == reviewVm.articleId()) {
            int len = reviewView().articleArea().getLength();
            pendingSelection = null;
            reviewView().articleArea().selectRange(Math.min(Math.max(h.offset(), 0), len), Math.min(Math.max(h.offset(), 0) + 1, len));
            reviewView().articleArea().requestFollowCaret();
        } else {
            openArticle(h.articleId());
        }
    }

    private void settingsDialog() {
        new SettingsDialog(ctx, stage).showAndWait().ifPresent(ok -> {
            if (ok) {
                ctx.i18n().setLocale(ctx.settings().locale()); // relabels the open window
                String st = "-fx-font-size: " + ctx.settings().fontSize() + "px;";
                reviewView().articleArea().setStyle(st);
                reviewView().rawArea().setStyle(st);
            }
        });
    }

    /** The compare view for the open article's page; what it saves shows up in the library and the review. */
    public CompareView compare() {
        return CompareView.show(ctx, stage, reviewVm.articleId(), () -> {
            libraryVm.refresh();
            reviewVm.reload();
        }, new CompareView.ArticleTarget() {
            @Override
            public long articleId() {
                return reviewVm.articleId();
            }

            @Override
            public String text() {
                return reviewView().articleArea().getText();
            }

            @Override
            public void replace(String text) {
                reviewVm.replaceAll(text); // one undoable edit of the review, saved with it
            }
        });
    }

    private void info(String text) {
        Alert a = Dialogs.localize(new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK), ctx.i18n());
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }

    /** Keeps the window layout and any unsaved edits (as a draft) when the window closes. */
    public void shutdown() {
        reviewVm.keepDraftNow();
        if (!stage.isMaximized() && stage.getWidth() > 0) {
            ctx.settings().put("window.x", stage.getX());
            ctx.settings().put("window.y", stage.getY());
            ctx.settings().put("window.w", stage.getScene().getWidth());
            ctx.settings().put("window.h", stage.getScene().getHeight());
        }
        ctx.settings().put("window.maximized", stage.isMaximized());
        ctx.run(ctx.settings()::save); // written off the FX thread; the app's close waits for it
    }
}

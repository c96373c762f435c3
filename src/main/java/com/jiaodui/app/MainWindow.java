package com.jiaodui.app;

import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.ImportReport;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.SearchHit;
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
import javafx.concurrent.Task;
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
    private final ReviewView reviewView;
    private com.jiaodui.app.pageimage.PageImagePane pageImage;
    private com.jiaodui.app.pageimage.PageImageBinder pageImageBinder;
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final Label message = new Label();
    private final Label progress = new Label();
    private final ProgressBar taskProgress = new ProgressBar();
    private final Button taskCancel;
    private final BorderPane root = new BorderPane();
    private boolean firing;
    private Task<?> running;
    private int[] pendingSelection;

    public MainWindow(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
        this.libraryVm = new LibraryViewModel(ctx);
        this.reviewVm = new ReviewViewModel(ctx);
        this.libraryView = new LibraryView(ctx, libraryVm, this::openArticle);
        this.reviewView = new ReviewView(ctx, reviewVm);
        libraryView.setOnRoleChanged(reviewVm::reload); // the open review's sides may have changed
        taskCancel = new Button(ctx.text("button.cancel"));
        taskCancel.setId("taskCancel");
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

        SplitPane main = new SplitPane(libraryView, reviewView);
        main.setId("mainSplit");
        main.setDividerPositions(ctx.settings().getDouble("layout.main.d0", 0.2));
        main.getDividers().get(0).positionProperty().addListener((o, a, b) -> ctx.settings().put("layout.main.d0", b));
        SplitPane.setResizableWithParent(libraryView, false);
        pageImage = new com.jiaodui.app.pageimage.PageImagePane(ctx::text);
        pageImageBinder = new com.jiaodui.app.pageimage.PageImageBinder(ctx, reviewVm, reviewView.rawArea(), pageImage);
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

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double w = Math.min(ctx.settings().getDouble("window.w", 1360), screen.getWidth());
        double h = Math.min(ctx.settings().getDouble("window.h", 820), screen.getHeight());
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(MainWindow.class.getResource("/com/jiaodui/app/app.css").toExternalForm());
        String family = CjkFonts.pick(ctx.settings());
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
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList(), true);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setScene(scene);
        stage.setTitle(ctx.text("app.title") + " — " + ctx.library().location().getFileName());
        double x = ctx.settings().getDouble("window.x", Double.NaN);
        double y = ctx.settings().getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.contains(x + 20, y + 20)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(ctx.settings().get("window.maximized", "false")));

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
                        int len = reviewView.articleArea().getLength();
                        reviewView.articleArea().selectRange(Math.min(sel[0], len), Math.min(sel[0] + sel[1], len));
                        reviewView.articleArea().requestFollowCaret();
                    });
                }
            }
        });
        progress.textProperty().bind(libraryVm.progressProperty());
        libraryVm.errorProperty().addListener((o, a, b) -> say(ctx.text("status.error", b)));
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
        pageImageBinder.setActive(on);
    }

    public com.jiaodui.app.pageimage.PageImagePane pageImagePane() {
        return pageImage;
    }

    public ReviewView reviewView() {
        return reviewView;
    }

    public LibraryView libraryView() {
        return libraryView;
    }

    public List<Action> actions() {
        return List.copyOf(actions.values());
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
        add("find", k(KeyCode.F, c), () -> reviewView.showFind(false));
        add("replace", k(KeyCode.H, c), () -> reviewView.showFind(true));
        add("nextFlag", k(KeyCode.F8), reviewView::nextFlag);
        add("prevFlag", k(KeyCode.F8, s), reviewView::previousFlag);
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
        return bar;
    }

    private Menu menu(String textKey, String... ids) {
        Menu m = new Menu(ctx.text(textKey));
        for (String id : ids) {
            if (id == null) {
                m.getItems().add(new SeparatorMenuItem());
                continue;
            }
            Action a = actions.get(id);
            MenuItem it = new MenuItem(ctx.text(a.textKey()));
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
        libraryVm.refresh(() -> afterFirstLoad(args));
    }

    private void afterFirstLoad(List<String> args) {
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
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
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
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
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
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(2500);
            } catch (InterruptedException e) {
                return;
            }
            System.gc();
        }, "jiaodui-trim");
        t.setDaemon(true);
        t.start();
    }

    private void neighbour(int delta) {
        ArticleEntry n = libraryVm.neighbour(reviewVm.requestedArticleId(), delta);
        if (n != null) {
            openArticle(n.id());
        }
    }

    // ---------------------------------------------------------------- long work with progress and cancel

    private <T> void runTask(Task<T> t, Runnable done) {
        running = t;
        taskProgress.progressProperty().bind(t.progressProperty());
        message.textProperty().bind(t.messageProperty());
        taskProgress.setVisible(true);
        taskCancel.setVisible(true);
        Runnable end = () -> {
            message.textProperty().unbind();
            taskProgress.progressProperty().unbind();
            taskProgress.setVisible(false);
            taskCancel.setVisible(false);
            running = null;
        };
        t.setOnSucceeded(e -> {
            end.run();
            done.run();
        });
        t.setOnCancelled(e -> {
            end.run();
            message.setText(ctx.text("status.cancelled"));
            libraryVm.refresh();
        });
        t.setOnFailed(e -> {
            end.run();
            message.setText(ctx.text("status.error", t.getException().getMessage()));
            libraryVm.refresh();
        });
        ctx.run(t);
    }

    public Task<ImportReport> importFiles(List<Path> paths, boolean openFirst) {
        List<String> errors = new ArrayList<>();
        Task<ImportReport> t = new Task<>() {
            @Override
            protected ImportReport call() throws Exception {
                updateProgress(0, 1);
                return ctx.library().importFiles(paths, null, (done, total, file, error) -> {
                    updateMessage(ctx.text("status.importing", file.getFileName()));
                    updateProgress(done, total);
                }, this::isCancelled);
            }
        };
        runTask(t, () -> {
            ImportReport report = t.getValue();
            List<Long> pages = report.pageIds();
            errors.addAll(report.refusedFiles());
            String counts = ctx.text("status.imported", report.newPages(), report.newVersions(), report.unchanged(),
                    report.skipped(), report.refused(), report.articlesAdded(), report.articlesUpdated());
            message.setText(errors.isEmpty() ? counts : counts + " · " + String.join(" · ", errors));
            if (!errors.isEmpty()) {
                com.jiaodui.app.Diagnostics.warn(String.join("\n", errors));
            }
            libraryVm.refresh(() -> {
                if (openFirst && !pages.isEmpty()) {
                    long page = pages.get(0);
                    for (PageEntry p : libraryVm.pages()) {
                        if (p.id() == page && !p.articles().isEmpty()) {
                            openArticle(p.articles().get(0).id());
                        }
                    }
                }
            });
        });
        return t;
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

    public Task<Void> export(ExportDialog.Choice c) {
        Task<Void> t = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage(ctx.text("status.exporting"));
                ctx.library().export(c.format(), c.target(), p -> updateProgress(p, 1), this::isCancelled);
                return null;
            }
        };
        runTask(t, () -> message.setText(ctx.text("status.exported", c.target())));
        return t;
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
        TextInputDialog d = new TextInputDialog();
        d.initOwner(stage);
        d.setHeaderText(ctx.text("note.prompt"));
        d.showAndWait().ifPresent(reviewVm::save);
    }

    private void historyDialog() {
        ReviewViewModel.Loaded l = reviewVm.loadedProperty().get();
        if (l == null) {
            return;
        }
        new HistoryDialog(ctx, stage, l.articleId(), l.title(), () -> reviewView.articleArea().getText(),
                (r, label) -> reviewVm.restore(r.id(), ctx.text("note.restore", label))).show();
    }

    private void searchDialog() {
        new SearchDialog(ctx, stage, this::openHit).show();
    }

    private void openHit(SearchHit h) {
        if (h.offset() >= 0) {
            pendingSelection = new int[] {h.offset(), 1};
        }
        if (h.articleId() == reviewVm.articleId()) {
            int len = reviewView.articleArea().getLength();
            pendingSelection = null;
            reviewView.articleArea().selectRange(Math.min(Math.max(h.offset(), 0), len), Math.min(Math.max(h.offset(), 0) + 1, len));
            reviewView.articleArea().requestFollowCaret();
        } else {
            openArticle(h.articleId());
        }
    }

    private void settingsDialog() {
        new SettingsDialog(ctx, stage).showAndWait().ifPresent(ok -> {
            if (ok) {
                String st = "-fx-font-size: " + ctx.settings().fontSize() + "px;";
                reviewView.articleArea().setStyle(st);
                reviewView.rawArea().setStyle(st);
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
                return reviewView.articleArea().getText();
            }

            @Override
            public void replace(String text) {
                reviewVm.replaceAll(text); // one undoable edit of the review, saved with it
            }
        });
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
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
        ctx.settings().save();
    }
}

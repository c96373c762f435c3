package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.io.ExportDialog;
import com.jiaodui.app.review.ReviewViewModel;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.LibraryService;
import com.jiaodui.library.PageEntry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 8: no database write on the FX thread. The app's library is wrapped in a recorder of the thread of every
 * writing call; an editor's session (type, wait for the draft, switch article, save, accept, import, export, quit)
 * must make them all off the FX thread, and must make them (the test would pass vacuously otherwise).
 */
class NoWritesOnFxThreadTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        NoWritesOnFxThreadTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    static final Set<String> WRITES = Set.of("addVersion", "clearDraft", "close", "export", "importFiles", "importPage",
            "importPages", "markDraft", "removeLearnt", "saveRevision", "setLearntEnabled", "setRole", "writeDraft");

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    JiaoduiApp app;
    final List<String> calls = new CopyOnWriteArrayList<>();
    final List<String> onFx = new CopyOnWriteArrayList<>();

    LibraryService recording(LibraryService real) {
        return (LibraryService) Proxy.newProxyInstance(LibraryService.class.getClassLoader(),
                new Class<?>[] {LibraryService.class}, (proxy, m, args) -> {
                    if (WRITES.contains(m.getName())) {
                        calls.add(m.getName());
                        if (Platform.isFxApplicationThread()) {
                            onFx.add(m.getName());
                        }
                    }
                    try {
                        return m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("jiaodui.db");
        System.clearProperty("jiaodui.home");
    }

    static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEditorsSessionWritesNothingOnTheFxThread() throws Exception {
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of(), this::recording));
        waitFor(() -> app.window() != null && app.window().libraryViewModel().loadsProperty().get() > 0);
        MainWindow w = app.window();
        ReviewViewModel review = w.reviewViewModel();
        List<ArticleEntry> articles = w.libraryViewModel().pages().stream().map(PageEntry::articles)
                .flatMap(List::stream).toList();
        assertTrue(articles.size() >= 2, "the sample library has articles");

        long first = articles.get(0).id();
        robot.interact(() -> w.openArticle(first));
        waitFor(() -> review.session() != null && review.articleId() == first && review.analysisRunsProperty().get() > 0);
        robot.interact(() -> {
            var area = w.reviewView().articleArea();
            area.requestFocus();
            area.moveTo(0);
        });
        robot.write("校对");
        // the draft is written a second after typing stops
        waitFor(() -> calls.contains("writeDraft"));
        // a switch of article keeps the draft again; come back and save
        long second = articles.get(1).id();
        robot.interact(() -> w.openArticle(second));
        waitFor(() -> review.session() != null && review.articleId() == second);
        robot.interact(() -> w.openArticle(first));
        waitFor(() -> review.session() != null && review.articleId() == first && review.hasUnsavedEdits());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> calls.contains("saveRevision") && !review.hasUnsavedEdits());

        // import and export
        Path page = dir.resolve("2022-02-01-p1.txt");
        // a page of its own (the same text as a sample would be an unchanged copy)
        Files.writeString(page, Files.readString(Path.of("assets/samples/page-c.raw.txt")).replace("03", "07"));
        int pages = w.libraryViewModel().pages().size();
        robot.interact(() -> w.importFiles(List.of(page), false));
        waitFor(() -> w.libraryViewModel().pages().size() == pages + 1);
        Path out = dir.resolve("out");
        robot.interact(() -> w.export(new ExportDialog.Choice("md", out)));
        waitFor(() -> Files.isDirectory(out) && robot.lookup("#statusMessage").queryLabeled().getText()
                .contains(out.toString()));

        // quit: the window keeps a draft of new edits and the library closes
        robot.interact(() -> w.reviewView().articleArea().moveTo(0));
        robot.write("再");
        FxToolkit.cleanupApplication(app);
        app = null;
        assertTrue(calls.containsAll(List.of("writeDraft", "saveRevision", "importFiles", "export", "close")), "" + calls);
        assertEquals(List.of(), onFx, "database writes on the FX thread");
        assertTrue(Files.exists(dir.resolve("home").resolve("settings.properties")), "settings saved on quit");
    }
}

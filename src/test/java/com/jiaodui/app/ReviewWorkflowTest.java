package com.jiaodui.app;

import com.jiaodui.review.ReviewFlag;
import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.library.ArticleEntry;
import com.jiaodui.review.FlagState;
import com.jiaodui.library.PageEntry;
import com.jiaodui.review.ReviewFlag;
import com.jiaodui.app.review.ReviewViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's day, headless: open a sample page from the library, walk the flags, accept one, reject one, edit,
 * save, undo after the save, restart and find the saved text and decisions; then a crash with unsaved edits and
 * the draft offered back on the next start.
 */
class ReviewWorkflowTest {
    static {
        // Flowless has internal asserts that trip on layouts of detached editors; production runs without -ea
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        ReviewWorkflowTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    JiaoduiApp app;

    JiaoduiApp launch() throws Exception {
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of()));
        waitFor(() -> app.window() != null && app.window().libraryViewModel().loadsProperty().get() > 0);
        assertNotNull(stage);
        return app;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
        System.clearProperty("jiaodui.db");
        System.clearProperty("jiaodui.home");
    }

    static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    ReviewViewModel review() {
        return app.window().reviewViewModel();
    }

    StyleClassedTextArea area() {
        return app.window().reviewView().articleArea();
    }

    String text() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area().getText()).get();
    }

    /** The sample article with the most open flags. */
    ArticleEntry busiest() {
        ArticleEntry best = null;
        for (PageEntry p : app.window().libraryViewModel().pages()) {
            for (ArticleEntry a : p.articles()) {
                if (best == null || a.openFlags() > best.openFlags()) {
                    best = a;
                }
            }
        }
        return best;
    }

    void open(long id) throws Exception {
        robot.interact(() -> app.window().openArticle(id));
        waitFor(() -> review().session() != null && review().articleId() == id
                && review().analysisRunsProperty().get() > 0);
    }

    void keys(KeyCode... codes) {
        robot.push(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void walkDecideEditSaveUndoRestartAndRecoverADraft() throws Exception {
        launch();
        ArticleEntry article = busiest();
        assertTrue(article.openFlags() >= 2, "a sample article with two flags: " + article);
        open(article.id());
        int open = review().openCountProperty().get();
        assertTrue(open >= 2);

        // walk: F8 selects a flag, F8 again the next one, Shift+F8 back
        keys(KeyCode.F8);
        ReviewFlag first = review().selectedProperty().get();
        assertNotNull(first);
        keys(KeyCode.F8);
        ReviewFlag second = review().selectedProperty().get();
        assertNotNull(second);
        assertNotEquals(first, second);
        keys(KeyCode.SHIFT, KeyCode.F8);
        assertEquals(first, review().selectedProperty().get());
        // the selection shows the flag in the article and its raw span on the left
        assertFalse(WaitForAsyncUtils.asyncFx(() -> app.window().reviewView().rawArea().getSelectedText()).get().isEmpty());

        // accept one, reject the next
        keys(KeyCode.CONTROL, KeyCode.ENTER);
        assertEquals(open - 1, review().openCountProperty().get());
        ReviewFlag next = review().selectedProperty().get();
        assertNotNull(next);
        keys(KeyCode.CONTROL, KeyCode.BACK_SPACE);
        assertEquals(open - 2, review().openCountProperty().get());

        // edit: type at the start of the article
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
        robot.write("NOTE ");
        waitFor(() -> text().startsWith("NOTE "));
        assertTrue(review().dirtyProperty().get());

        // save: a new revision; the library shows the article in progress or done
        keys(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !review().dirtyProperty().get());
        String saved = text();
        waitFor(() -> app.context().library().revisions(article.id()).size() >= 2);

        // undo after save: the typing goes, redo brings it back
        keys(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> !text().startsWith("NOTE "));
        keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> text().equals(saved));
        keys(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !review().dirtyProperty().get());

        // restart cleanly: the saved text and the decisions come back
        FxToolkit.cleanupApplication(app);
        launch();
        waitFor(() -> review().session() != null && review().articleId() == article.id());
        assertEquals(saved, text());
        List<ReviewFlag> flags = review().session().flags();
        assertEquals(1, flags.stream().filter(f -> f.state() == FlagState.ACCEPTED).count(), flags.toString());
        assertEquals(1, flags.stream().filter(f -> f.state() == FlagState.REJECTED).count(), flags.toString());
        assertEquals(open - 2, review().openCountProperty().get());
        assertTrue(app.window().libraryViewModel().find(article.id()).status() != com.jiaodui.review.ReviewStatus.UNREVIEWED);

        // unsaved edits, kept as a draft a moment after typing stops, then a crash (no orderly stop)
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(area().getLength());
        });
        robot.write(" DRAFT");
        // within a second of the last keystroke the draft holds everything typed (in the library file)
        long typedAt = System.nanoTime();
        waitFor(() -> {
            Drafts.Draft d = app.context().drafts().read(article.id());
            return d != null && d.text().endsWith(" DRAFT");
        });
        assertTrue(System.nanoTime() - typedAt < 5_000_000_000L, "the draft follows the typing closely");
        assertTrue(app.context().library().location() != null
                && !java.nio.file.Files.exists(java.nio.file.Path.of(app.context().library().location() + ".drafts")),
                "no draft files beside the library");
        JiaoduiApp crashed = app;
        app = null;
        crashed.context().close();
        FxToolkit.cleanupStages();

        launch();
        waitFor(() -> robot.lookup("#draftRestore").tryQuery().isPresent());
        robot.clickOn("#draftRestore");
        waitFor(() -> review().session() != null && review().articleId() == article.id());
        assertTrue(text().endsWith(" DRAFT"), text());
        assertTrue(review().dirtyProperty().get());
    }
}

package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.io.ExportDialog;
import com.jiaodui.app.review.ReviewViewModel;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Import of a folder, export, find/replace in the article (one undo step), library search. Headless. */
class ToolsWorkflowTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        ToolsWorkflowTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    JiaoduiApp app;

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
    void importExportFindReplaceSearch() throws Exception {
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of()));
        waitFor(() -> app.window() != null && app.window().libraryViewModel().loadsProperty().get() > 0);
        MainWindow w = app.window();
        ReviewViewModel review = w.reviewViewModel();
        int pagesBefore = w.libraryViewModel().pages().size();

        // import a folder: every page file in it, a binary file refused with a message, the rest imported
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        try (InputStream in = getClass().getResourceAsStream("/samples/page-c.raw.txt")) {
            String page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("2022-01-05-p1.txt"), page.replace("03", "01"));
            Files.writeString(folder.resolve("2022-01-05-p2.txt"), page.replace("03", "02"));
        }
        Files.write(folder.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 7});
        robot.interact(() -> w.importFiles(List.of(folder), false));
        waitFor(() -> w.libraryViewModel().pages().size() == pagesBefore + 2);
        waitFor(() -> robot.lookup("#statusMessage").queryLabeled().getText().contains("broken.txt"));

        // a long import can be cancelled from the status bar; what was imported stays
        Path many = Files.createDirectories(dir.resolve("many"));
        String base = Files.readString(folder.resolve("2022-01-05-p1.txt"));
        int total = 600; // many: on a quiet machine 150 pages were all imported before the click arrived
        for (int i = 0; i < total; i++) {
            Files.writeString(many.resolve(String.format("2022-02-%03d.txt", i)), base + "\n第" + i + "版\n");
        }
        int pagesMid = w.libraryViewModel().pages().size();
        robot.interact(() -> w.importFiles(List.of(many), false));
        waitFor(() -> robot.lookup("#taskCancel").queryButton().isVisible());
        robot.clickOn("#taskCancel");
        waitFor(() -> !robot.lookup("#taskCancel").queryButton().isVisible());
        waitFor(() -> w.libraryViewModel().loadsProperty().get() > 0
                && robot.lookup("#statusMessage").queryLabeled().getText().equals(app.context().text("status.cancelled")));
        int imported = app.context().library().pages().size() - pagesMid;
        assertTrue(imported < total, "cancelled after " + imported + " pages");

        // export the library as Markdown
        Path out = dir.resolve("export");
        robot.interact(() -> w.export(new ExportDialog.Choice("md", out)));
        waitFor(() -> Files.isDirectory(out) && countFiles(out) >= w.libraryViewModel().ordered().size());

        // find/replace in the article: replace all is one undoable edit
        long id = w.libraryViewModel().ordered().get(0).id();
        robot.interact(() -> w.openArticle(id));
        waitFor(() -> review.session() != null && review.articleId() == id);
        StyleClassedTextArea area = w.reviewView().articleArea();
        String before = WaitForAsyncUtils.asyncFx(() -> area.getText()).get();
        assertTrue(before.contains("的"));
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(() -> robot.lookup("#replaceField").queryAs(TextField.class).isVisible());
        robot.interact(() -> w.reviewView().setFind("的", "之"));
        robot.clickOn("#replaceAllButton");
        waitFor(() -> !area.getText().contains("的"));
        assertEquals(before.replace("的", "之"), WaitForAsyncUtils.asyncFx(() -> area.getText()).get());
        robot.interact(review::undo);
        assertEquals(before, WaitForAsyncUtils.asyncFx(() -> area.getText()).get());

        // library search: Ctrl+Shift+F, a word, Enter opens the article that has it
        robot.interact(area::requestFocus);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        waitFor(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText("统战"));
        waitFor(() -> !robot.lookup("#searchHits").queryAs(ListView.class).getItems().isEmpty());
        robot.clickOn("#searchField").push(KeyCode.ENTER);
        waitFor(() -> review.session() != null && area.getText().contains("统战"));
    }

    static long countFiles(Path p) throws Exception {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(f -> !f.getFileName().toString().startsWith(".")).filter(Files::isRegularFile).count();
        } catch (java.io.UncheckedIOException e) {
            return -1; // a temporary file went away while walking
        }
    }
}

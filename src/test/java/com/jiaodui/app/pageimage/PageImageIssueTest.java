package com.jiaodui.app.pageimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.jiaodui.app.JiaoduiApp;
import com.jiaodui.app.review.ReviewViewModel;
import com.jiaodui.library.StoreLibraryService;
import com.jiaodui.review.ReviewFlag;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Page 2 of a two-page PDF issue, reopened from the library after the PDF was deleted: the pane shows that
 * page's boxes from what the library kept (no PDF to read), a flag on it is highlighted on its line's box within
 * 2 pt, and a click on a line of page 2 selects that line's text.
 */
class PageImageIssueTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        PageImageIssueTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    JiaoduiApp app;

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

    @Test
    void aPageOfAnIssueShowsItsKeptBoxesWithoutItsPdf() throws Exception {
        List<TestPdfs.Drawn> drawn = new ArrayList<>();
        Path pdf = dir.resolve("issue.pdf");
        Files.write(pdf, TestPdfs.pages(TestPdfs.twoPages(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt"))), 2, drawn));
        Path db = dir.resolve("library.db");
        long article;
        try (StoreLibraryService s = new StoreLibraryService(Library.open(db))) {
            s.importFiles(List.of(pdf), null, (d, t, f, e) -> { }, () -> false);
            PageSummary p2 = s.library().pages().stream().filter(p -> p.name().equals("issue/p2")).findFirst().orElseThrow();
            article = s.library().articles(p2.id()).get(0).id();
        }
        Files.delete(pdf);
        System.setProperty("jiaodui.db", db.toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of()));
        PageImagePaneTest.waitFor(() -> app.window() != null);
        robot.interact(() -> app.window().openArticle(article));
        PageImagePaneTest.waitFor(() -> app.window().reviewViewModel().session() != null
                && app.window().reviewViewModel().loadedProperty().get() != null
                && app.window().reviewViewModel().loadedProperty().get().page().name().equals("issue.pdf#2"));
        PageImagePane pane = app.window().pageImagePane();
        PageImagePaneTest.waitFor(() -> pane.getScene() != null && pane.model().documentProperty().get() != null);
        assertNull(pane.model().documentProperty().get().pdf(), "the PDF is gone");
        assertEquals(2, pane.model().pageProperty().get(), "page 2 of the PDF");

        ReviewViewModel review = app.window().reviewViewModel();
        StyleClassedTextArea raw = app.window().reviewView().rawArea();
        String rawText = WaitForAsyncUtils.asyncFx(() -> raw.getText()).get();
        ReviewFlag flag = review.flags().stream().filter(f -> f.rawStart() >= 0).findFirst().orElseThrow();
        robot.interact(() -> review.select(flag));
        PageImagePaneTest.waitFor(() -> pane.highlightedBox() != null);
        int lineStart = rawText.lastIndexOf('\n', Math.max(0, flag.rawStart() - 1)) + 1;
        int lineEnd = rawText.indexOf('\n', lineStart);
        String line = rawText.substring(lineStart, lineEnd < 0 ? rawText.length() : lineEnd).strip();
        TestPdfs.Drawn want = drawn.stream().filter(d -> d.page() == 2 && d.text().strip().equals(line)).findFirst()
                .orElseThrow(() -> new AssertionError("no line printed on page 2: " + line));
        Box got = pane.highlightedBox();
        assertEquals(2, got.page());
        assertEquals(want.x(), got.x(), 2.0, "x");
        assertEquals(want.top(), got.y(), 2.0, "y");
        assertEquals(want.w(), got.w(), 2.0, "w");
        assertEquals(want.h(), got.h(), 2.0, "h");

        List<TestPdfs.Drawn> page2 = drawn.stream().filter(d -> d.page() == 2 && !d.text().isBlank()).toList();
        TestPdfs.Drawn target = page2.get(page2.size() * 2 / 3);
        Box tb = new Box(2, target.x(), target.top(), target.w(), target.h());
        robot.interact(() -> pane.scrollTo(tb, false));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = WaitForAsyncUtils.asyncFx(() -> pane.content().localToScreen(
                (tb.x() + Math.min(20, tb.w() / 2)) * pane.zoomProperty().get(),
                (tb.y() + tb.h() / 2) * pane.zoomProperty().get())).get();
        assertNotNull(at);
        robot.clickOn(at);
        PageImagePaneTest.waitFor(() -> target.text().strip().equals(raw.getSelectedText().strip()));
        assertEquals(target.top(), pane.highlightedBox().y(), 2.0);
    }
}

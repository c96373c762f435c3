package com.jiaodui.app.pageimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.app.JiaoduiApp;
import com.jiaodui.review.ReviewFlag;
import com.jiaodui.app.review.ReviewViewModel;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The printed page in the review, headless: import a generated 4-column PDF of page-c, select a flag and
 * find its line highlighted on the image where the line was printed; click a line on the image and find
 * its text selected.
 */
class PageImagePaneTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        PageImagePaneTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
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

    static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFlagIsHighlightedWhereItsLineIsPrintedAndAClickSelectsTheLine() throws Exception {
        List<TestPdfs.Drawn> drawn = new ArrayList<>();
        Path pdf = dir.resolve("page-c.pdf");
        Files.write(pdf, TestPdfs.newspaper(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")), 4, drawn));
        System.setProperty("jiaodui.db", dir.resolve("library.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        app = (JiaoduiApp) FxToolkit.setupApplication(() -> new JiaoduiApp(List.of(pdf.toString())));
        waitFor(() -> app.window() != null && app.window().reviewViewModel().session() != null);
        PageImagePane pane = app.window().pageImagePane();
        waitFor(() -> pane.getScene() != null && pane.model().documentProperty().get() != null);
        ReviewViewModel review = app.window().reviewViewModel();
        StyleClassedTextArea raw = app.window().reviewView().rawArea();
        String rawText = WaitForAsyncUtils.asyncFx(() -> raw.getText()).get();

        // select a flag: its line's box is highlighted
        ReviewFlag flag = review.flags().stream()
                .filter(f -> f.rawStart() >= 0 && f.kind() == FlagKind.BROKEN_JOIN).findFirst()
                .orElseGet(() -> review.flags().stream().filter(f -> f.rawStart() >= 0).findFirst().orElseThrow());
        robot.interact(() -> review.select(flag));
        waitFor(() -> pane.highlightedBox() != null);
        int lineStart = rawText.lastIndexOf('\n', Math.max(0, flag.rawStart() - 1)) + 1;
        int lineEnd = rawText.indexOf('\n', lineStart);
        String line = rawText.substring(lineStart, lineEnd < 0 ? rawText.length() : lineEnd).strip();
        TestPdfs.Drawn want = drawn.stream().filter(d -> d.text().strip().equals(line)).findFirst()
                .orElseThrow(() -> new AssertionError("no printed line " + line));
        Box got = pane.highlightedBox();
        assertEquals(1, got.page());
        assertEquals(want.x(), got.x(), 2.0, "x");
        assertEquals(want.top(), got.y(), 2.0, "y");
        assertEquals(want.w(), got.w(), 2.0, "w");
        assertEquals(want.h(), got.h(), 2.0, "h");

        // click on another printed line (in the third column): that line's text is selected
        TestPdfs.Drawn target = drawn.get(drawn.size() * 2 / 3);
        Box tb = new Box(1, target.x(), target.top(), target.w(), target.h());
        robot.interact(() -> pane.scrollTo(tb, false));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = WaitForAsyncUtils.asyncFx(() -> pane.content().localToScreen(
                (tb.x() + Math.min(20, tb.w() / 2)) * pane.zoomProperty().get(),
                (tb.y() + tb.h() / 2) * pane.zoomProperty().get())).get();
        assertNotNull(at);
        robot.clickOn(at);
        waitFor(() -> target.text().strip().equals(raw.getSelectedText().strip()));
        assertEquals(target.top(), pane.highlightedBox().y(), 2.0);
        assertTrue(review.session() != null);
    }
}

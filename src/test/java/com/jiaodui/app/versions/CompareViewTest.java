package com.jiaodui.app.versions;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Drafts;
import com.jiaodui.app.Settings;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.PageVersion;
import com.jiaodui.library.StoreLibraryService;
import com.jiaodui.compare.Choice;
import com.jiaodui.compare.Comparison;
import com.jiaodui.compare.Difference;
import com.jiaodui.compare.Merge;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The compare view on page A (raw vs clean): navigate with F7, take left/right by keys, save, reopen. Headless. */
class CompareViewTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        CompareViewTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    AppContext ctx;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (ctx != null) {
            ctx.close();
        }
    }

    static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return c.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void navigateTakeLeftAndRightSaveReopen() throws Exception {
        FxToolkit.registerPrimaryStage();
        StoreLibraryService lib = StoreLibraryService.open(dir.resolve("library.db"));
        ctx = new AppContext(lib, new Drafts(), new Settings(dir.resolve("s.properties")));
        PageEntry page = lib.pages().stream().filter(p -> p.name().equals("page-a")).findFirst().orElseThrow();
        long article = page.articles().get(0).id();

        CompareView view = fx(() -> CompareView.show(ctx, null, article));
        waitFor(() -> view.loadsProperty().get() == 1);
        CompareViewModel vm = view.viewModel();
        assertEquals("raw", view.versionPickerA().getValue().label());
        assertEquals("clean", view.versionPickerB().getValue().label());
        Comparison c = vm.comparison();
        assertEquals(c.rawA(), fx(() -> view.leftArea().getText()));
        assertEquals(c.rawB(), fx(() -> view.rightArea().getText()));
        assertEquals(0, vm.current());

        // scrolling the left side scrolls the right side to the aligned paragraph
        int middle = fx(() -> view.leftArea().getParagraphs().size() / 2);
        robot.interact(() -> view.leftArea().showParagraphAtTop(middle));
        WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> {
            int top = view.leftArea().firstVisibleParToAllParIndex();
            int b = c.toB(view.leftArea().getAbsolutePosition(top, 0));
            int expected = view.rightArea().offsetToPosition(b,
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
            int got = view.rightArea().firstVisibleParToAllParIndex();
            return top > 0 && Math.abs(got - expected) <= 1;
        });

        robot.interact(() -> view.stage().requestFocus());
        robot.clickOn("#compareLeft");
        robot.push(KeyCode.F7);
        robot.push(KeyCode.F7);
        waitFor(() -> vm.current() == 2);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);              // take left
        robot.push(KeyCode.F7);
        waitFor(() -> vm.current() == 3);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);              // take right
        Difference left = c.differences().get(2);
        Difference right = c.differences().get(3);
        waitFor(() -> vm.choice(right) == Choice.RIGHT);
        assertEquals(Choice.LEFT, vm.choice(left));
        robot.push(KeyCode.SHIFT, KeyCode.F7);
        waitFor(() -> vm.current() == 2);
        robot.push(KeyCode.F7);
        waitFor(() -> vm.current() == 3);
        assertTrue(fx(() -> view.stage().getScene().lookup("#compareStatus").toString()).contains("4"));

        // Meld / WinMerge keys: Alt+Down moves to the next difference, Alt+Up back; Alt+Left takes right
        // (WinMerge's copy to left), Alt+Right takes left (copy to right)
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        waitFor(() -> vm.current() == 4);
        robot.push(KeyCode.ALT, KeyCode.UP);
        waitFor(() -> vm.current() == 3);
        robot.push(KeyCode.ALT, KeyCode.DOWN);
        waitFor(() -> vm.current() == 4);
        Difference fifth = c.differences().get(4);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitFor(() -> vm.choice(fifth) == Choice.RIGHT);
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        waitFor(() -> vm.choice(fifth) == Choice.LEFT);
        robot.push(KeyCode.ALT, KeyCode.UP);
        waitFor(() -> vm.current() == 3);

        // the same choices on a fresh merge give the text the view shows in its merged pane
        Merge expected = c.merge().choose(left, Choice.LEFT).choose(right, Choice.RIGHT).choose(fifth, Choice.LEFT);
        String mergedText = expected.text();
        assertNotEquals(c.rawA(), mergedText);
        assertEquals(mergedText, fx(() -> view.mergedArea().getText()));
        assertTrue(mergedText.contains(right.b().text()));

        // hide identical paragraphs: the left pane gets shorter, the current difference stays
        robot.clickOn("#compareHide");
        waitFor(() -> view.leftArea().getLength() < c.rawA().length());
        assertEquals(3, vm.current());
        robot.clickOn("#compareHide");
        waitFor(() -> view.leftArea().getLength() == c.rawA().length());

        // save as a new version: it is reopened on the left against the clean version
        robot.clickOn("#compareSaveVersion");
        waitFor(() -> view.savesProperty().get() == 1 && view.loadsProperty().get() == 2);
        long saved = view.lastSavedVersion();
        assertTrue(saved > 0);
        assertEquals(mergedText, lib.page(saved).raw());
        assertEquals("merged", view.versionPickerA().getValue().label());
        assertEquals(mergedText, fx(() -> view.leftArea().getText()));
        assertTrue(vm.differences().size() < c.differences().size());
        robot.interact(() -> view.stage().close());

        // reopen the view: the page now has three versions; pick the merged one on the left
        CompareView again = fx(() -> CompareView.show(ctx, null, article));
        waitFor(() -> again.loadsProperty().get() == 1);
        List<PageVersion> versions = again.versionPickerA().getItems();
        assertEquals(List.of("raw", "clean", "merged"), versions.stream().map(PageVersion::label).toList());
        robot.interact(() -> again.versionPickerA().setValue(versions.get(2)));
        waitFor(() -> again.loadsProperty().get() == 2);
        String shown = fx(() -> again.leftArea().getText());
        assertEquals(mergedText, shown);
        assertTrue(shown.contains(right.b().text()), "the right side's text was taken");
        assertTrue(shown.contains(c.rawA().substring(left.a().start(), left.a().end())), "the left side's text kept");
    }

    @Test
    void theMainWindowsMenuOpensIt() throws Exception {
        System.setProperty("jiaodui.db", dir.resolve("app.db").toString());
        System.setProperty("jiaodui.home", dir.resolve("home").toString());
        FxToolkit.registerPrimaryStage();
        com.jiaodui.app.JiaoduiApp app = (com.jiaodui.app.JiaoduiApp) FxToolkit.setupApplication(
                () -> new com.jiaodui.app.JiaoduiApp(List.of()));
        try {
            waitFor(() -> app.window() != null && app.window().reviewViewModel().session() != null);
            robot.interact(() -> app.window().run("compare"));
            waitFor(() -> robot.lookup("#compareLeft").tryQuery().isPresent()
                    && !((org.fxmisc.richtext.StyleClassedTextArea) robot.lookup("#compareLeft").query()).getText().isEmpty());
            waitFor(() -> !robot.lookup("#compareStatus").queryLabeled().getText().isEmpty());
        } finally {
            FxToolkit.cleanupApplication(app);
            System.clearProperty("jiaodui.db");
            System.clearProperty("jiaodui.home");
        }
    }

    @Test
    void comparesTwoFilesAndNamesAnUnreadableOne() throws Exception {
        FxToolkit.registerPrimaryStage();
        StoreLibraryService lib = StoreLibraryService.open(dir.resolve("library.db"));
        ctx = new AppContext(lib, new Drafts(), new Settings(dir.resolve("s.properties")));
        long article = lib.pages().get(0).articles().get(0).id();
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        java.nio.file.Files.writeString(a, "第一段文字。\n\n第二段说明精神风采。\n");
        java.nio.file.Files.writeString(b, "第一段文字。\n\n第二段说明精神风貌。\n");
        CompareView view = fx(() -> new CompareView(ctx, null, article));
        robot.interact(() -> {
            view.stage().show();
            view.compareFiles(a, b);
        });
        waitFor(() -> view.loadsProperty().get() == 1);
        assertEquals(1, view.viewModel().differences().size());
        assertEquals("采", view.viewModel().currentDifference().a().text());
        assertEquals("貌", view.viewModel().currentDifference().b().text());
        robot.interact(() -> view.take(Choice.RIGHT));
        assertEquals(java.nio.file.Files.readString(b), fx(() -> view.mergedArea().getText()));

        Path binary = dir.resolve("broken.txt");
        java.nio.file.Files.write(binary, new byte[] {0, 1, 2, 3, 0, 0, 0, 7});
        robot.interact(() -> view.compareFiles(a, binary));
        waitFor(() -> view.messageLabel().getText().contains("broken.txt"));
        assertEquals(1, view.loadsProperty().get(), "nothing replaced the comparison shown");
    }
}

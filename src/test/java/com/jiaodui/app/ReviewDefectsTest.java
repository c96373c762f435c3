package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.review.ReviewFlag;
import com.jiaodui.text.FlagKind;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review defects of issue 8, each as the editor meets it in the app on the sample library: accept duplicating
 * a sentence across a caption, accept deleting a headline's paragraph break, a click after a headline selecting a
 * flag, page furniture that accept did not remove.
 */
class ReviewDefectsTest extends ReviewWorkflowTest {

    ArticleEntry article(String page, String title) {
        for (PageEntry p : app.window().libraryViewModel().pages()) {
            if (p.name().contains(page)) {
                for (ArticleEntry a : p.articles()) {
                    if (a.title().equals(title)) {
                        return a;
                    }
                }
            }
        }
        StringBuilder all = new StringBuilder();
        for (PageEntry p : app.window().libraryViewModel().pages()) {
            all.append(p.name()).append(": ");
            p.articles().forEach(a -> all.append(a.title()).append(" | "));
            all.append('\n');
        }
        throw new AssertionError("no article " + title + " on " + page + "\n" + all);
    }

    /** An article of page-a.raw.txt, imported as a page of its own. */
    ArticleEntry rawArticle(String title) throws Exception {
        java.nio.file.Path copy = dir.resolve("raw-a.txt");
        // one more line end: another file to the library (the sample itself is already page-a's first version)
        java.nio.file.Files.writeString(copy, java.nio.file.Files.readString(
                java.nio.file.Path.of("assets/samples/page-a.raw.txt")) + "\n");
        robot.interact(() -> app.window().importFiles(java.util.List.of(copy), false));
        waitFor(() -> app.window().libraryViewModel().pages().stream().anyMatch(p -> p.name().contains("raw-a")));
        return article("raw-a", title);
    }

    ReviewFlag flag(Predicate<ReviewFlag> p) {
        return review().session().flags().stream().filter(p).findFirst().orElseThrow();
    }

    void acceptFlag(ReviewFlag f) throws Exception {
        robot.interact(() -> {
            area().requestFocus();
            review().select(f);
        });
        keys(KeyCode.CONTROL, KeyCode.ENTER);
    }

    static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void acceptingAJoinTheCleanerAlreadyMadeDuplicatesNothing() throws Exception {
        launch();
        open(article("page-a", "“学习强国”在周口：线上出众 线下出彩").id());
        ReviewFlag join = flag(f -> f.kind() == FlagKind.BROKEN_JOIN && f.message().contains("APP端主标志"));
        assertTrue(join.applied(), "the cleaner made the join: the flag shows as applied");
        String before = text();
        acceptFlag(join);
        assertEquals(before, text(), "accepting an applied fix changes nothing");
        assertEquals(1, count(text(), "造，在全市范围内持续掀起学习热潮"));
    }

    @Test
    void acceptingUnreadableGlyphsKeepsTheHeadlinesParagraphBreak() throws Exception {
        launch();
        open(rawArticle("截至1月2日24时新型冠状病毒肺炎疫情最新情况").id());
        assertTrue(text().contains("最新情况\n\n1月2日"), text().substring(0, 60));
        ReviewFlag garbled = flag(f -> f.kind() == FlagKind.GARBLED_CHAR);
        assertTrue(garbled.applied());
        acceptFlag(garbled);
        assertTrue(text().contains("最新情况\n\n1月2日"), "the paragraph break stays: " + text().substring(0, 60));
    }

    @Test
    void aClickAfterTheEndOfAHeadlineTypesIntoTheHeadline() throws Exception {
        launch();
        open(rawArticle("截至1月2日24时新型冠状病毒肺炎疫情最新情况").id());
        int end = text().indexOf("最新情况") + 4;
        Bounds b = WaitForAsyncUtils.asyncFx(() -> area().getCharacterBoundsOnScreen(end - 1, end).orElseThrow()).get();
        robot.clickOn(b.getMaxX() + 60, b.getCenterY());
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(end, (int) WaitForAsyncUtils.asyncFx(() -> area().getCaretPosition()).get(), "the caret is at the headline's end");
        assertEquals("", WaitForAsyncUtils.asyncFx(() -> area().getSelectedText()).get(), "no flag span is selected");
        robot.write("Y");
        waitFor(() -> text().contains("最新情况Y\n\n1月2日"));
        keys(KeyCode.END);
        robot.write("Z");
        waitFor(() -> text().contains("最新情况YZ\n\n1月2日"));
    }

    @Test
    void acceptingPageFurnitureRemovesIt() throws Exception {
        launch();
        open(article("page-a", "“学习强国”在周口：线上出众 线下出彩").id());
        assertTrue(text().contains("③9"));
        ReviewFlag code = flag(f -> f.kind() == FlagKind.PAGE_FURNITURE && f.message().contains("③9"));
        assertFalse(code.applied(), "page furniture is not applied by default");
        acceptFlag(code);
        assertFalse(text().contains("③9"), "accepted, the editor code leaves the article");
        keys(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !review().dirtyProperty().get());
        long id = review().articleId();
        assertNotNull(app.context().library().article(id).text());
        assertFalse(app.context().library().article(id).text().contains("③9"), "and the saved text");
    }

    @Test
    void restoreAsksMakesANewRevisionAndKeepsTheOpenFlagsOpen() throws Exception {
        launch();
        ArticleEntry a = busiest();
        open(a.id());
        int open = review().openCountProperty().get();
        assertTrue(open > 2);
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
        robot.write("X");
        keys(KeyCode.CONTROL, KeyCode.S);
        waitFor(() -> !review().dirtyProperty().get());
        int revisions = app.context().library().revisions(a.id()).size();
        assertTrue(revisions >= 2, "the import and the save");

        robot.interact(() -> app.window().run("history"));
        waitFor(() -> robot.lookup("#historyList").tryQuery().isPresent());
        javafx.scene.control.ListView<?> list = robot.lookup("#historyList").queryAs(javafx.scene.control.ListView.class);
        waitFor(() -> list.getItems().size() == revisions);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().size() - 1)); // the first revision
        waitFor(() -> !robot.lookup("#restoreRevision").queryButton().isDisabled());
        robot.clickOn("#restoreRevision");
        waitFor(() -> robot.lookup("#restoreConfirm").tryQuery().isPresent());
        assertEquals(revisions, app.context().library().revisions(a.id()).size(), "nothing is saved before the answer");
        robot.clickOn("#restoreConfirm");
        waitFor(() -> app.context().library().revisions(a.id()).size() == revisions + 1);
        waitFor(() -> review().session() != null && review().articleId() == a.id() && !text().startsWith("X"));
        assertEquals(open, review().openCountProperty().get(), "the open flags stay open");
        assertTrue(app.window().libraryViewModel().find(a.id()).status() != com.jiaodui.review.ReviewStatus.DONE);
        var revs = app.context().library().revisions(a.id());
        String note = revs.get(revs.size() - 1).note();
        assertTrue(note.contains("#1"), "the new revision names the one it came from: " + note);

        java.io.StringWriter out = new java.io.StringWriter();
        com.jiaodui.cli.Cli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
                "history", "--db", dir.resolve("library.db").toString(), Long.toString(a.id()));
        assertTrue(out.toString().contains("Restored revision #1"), "history shows where it came from: " + out);
    }

    @Test
    void compareSaveIntoArticleTakesOnlyTheArticlesPartAsksAndIsOneUndoableEdit() throws Exception {
        launch();
        open(article("page-a", "“学习强国”在周口：线上出众 线下出彩").id());
        String before = text();
        int openBefore = review().openCountProperty().get();
        com.jiaodui.app.versions.CompareView[] cv = new com.jiaodui.app.versions.CompareView[1];
        robot.interact(() -> cv[0] = app.window().compare());
        waitFor(() -> cv[0].loadsProperty().get() == 1);
        String page = WaitForAsyncUtils.asyncFx(() -> cv[0].mergedArea().getText()).get();
        assertTrue(page.contains("新型冠状病毒肺炎疫情最新情况") && page.contains("\uFFFD"), "the merged page holds both");
        robot.interact(() -> cv[0].viewModel().takeAll(com.jiaodui.compare.Choice.RIGHT));

        // asks first, with the change it will make; Cancel changes nothing
        robot.clickOn("#compareSaveArticle");
        waitFor(() -> robot.lookup("#compareArticleDiff").tryQuery().isPresent());
        String diff = robot.lookup("#compareArticleDiff").queryAs(javafx.scene.control.TextArea.class).getText();
        robot.clickOn("#compareArticleCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, text(), "cancelled: the article is as it was");
        assertFalse(diff.contains("新型冠状病毒肺炎疫情最新情况"), diff);

        robot.clickOn("#compareSaveArticle");
        waitFor(() -> robot.lookup("#compareArticleOk").tryQuery().isPresent());
        robot.clickOn("#compareArticleOk");
        waitFor(() -> cv[0].savesProperty().get() == 1);
        String after = text();
        assertFalse(after.contains("新型冠状病毒肺炎疫情最新情况"), "another article's headline stays out");
        assertFalse(after.contains("\uFFFD"), "the page's unreadable glyphs stay out");
        assertTrue(after.length() < before.length() * 11 / 10 && after.length() < page.length() * 2 / 3,
                after.length() + " of " + page.length() + ", was " + before.length());
        assertTrue(after.contains("造，在全市范围内持续掀起学习热潮"), after);
        assertTrue(review().dirtyProperty().get(), "an edit of the review, not a revision written behind it");
        assertTrue(review().openCountProperty().get() > 0 || openBefore == 0);
        robot.interact(() -> cv[0].stage().close());
        robot.interact(() -> review().undo());
        waitFor(() -> text().equals(before));
    }

    /** Types "X" at the start of the busiest article: unsaved edits. */
    ArticleEntry typeIntoBusiest() throws Exception {
        ArticleEntry a = busiest();
        open(a.id());
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
        robot.write("X");
        waitFor(() -> review().dirtyProperty().get() && text().startsWith("X"));
        return a;
    }

    boolean windowShowing() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> area().getScene().getWindow().isShowing()).get();
    }

    @Test
    void quitWithUnsavedEditsAsksAndCancelKeepsWorking() throws Exception {
        launch();
        ArticleEntry a = typeIntoBusiest();
        keys(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> robot.lookup("#quitCancel").tryQuery().isPresent());
        assertTrue(robot.lookup("#quitSave").tryQuery().isPresent() && robot.lookup("#quitKeep").tryQuery().isPresent()
                && robot.lookup("#quitDiscard").tryQuery().isPresent(), "Save, Keep as draft, Discard, Cancel");
        robot.clickOn("#quitCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(windowShowing(), "Cancel: not quitting");
        assertTrue(text().startsWith("X") && review().dirtyProperty().get() && review().articleId() == a.id());
    }

    @Test
    void quitAndSaveSavesTheEdits() throws Exception {
        launch();
        ArticleEntry a = typeIntoBusiest();
        keys(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> robot.lookup("#quitSave").tryQuery().isPresent());
        robot.clickOn("#quitSave");
        waitFor(() -> !windowShowing());
        assertTrue(app.context().library().article(a.id()).text().startsWith("X"), "saved as a revision");
        assertEquals(null, app.context().drafts().read(a.id()), "no draft left");
    }

    @Test
    void quitAndKeepAsDraftKeepsADraftAndNoRevision() throws Exception {
        launch();
        ArticleEntry a = typeIntoBusiest();
        String saved = app.context().library().article(a.id()).text();
        keys(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> robot.lookup("#quitKeep").tryQuery().isPresent());
        robot.clickOn("#quitKeep");
        waitFor(() -> !windowShowing());
        waitFor(() -> app.context().drafts().read(a.id()) != null
                && app.context().drafts().read(a.id()).text().startsWith("X"));
        assertEquals(saved, app.context().library().article(a.id()).text(), "no revision written");
    }

    @Test
    void quitAndDiscardDropsTheEdits() throws Exception {
        launch();
        ArticleEntry a = typeIntoBusiest();
        String saved = app.context().library().article(a.id()).text();
        keys(KeyCode.CONTROL, KeyCode.Q);
        waitFor(() -> robot.lookup("#quitDiscard").tryQuery().isPresent());
        robot.clickOn("#quitDiscard");
        waitFor(() -> !windowShowing());
        WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(null, app.context().drafts().read(a.id()), "no draft");
        assertEquals(saved, app.context().library().article(a.id()).text(), "no revision");
    }

    @Test
    void recoveryNamesTheArticlesWithDraftsAndRestoreOpensThem() throws Exception {
        launch();
        ArticleEntry first = typeIntoBusiest();
        ArticleEntry second = article("page-a", "“学习强国”在周口：线上出众 线下出彩");
        if (second.id() == first.id()) {
            second = rawArticle("截至1月2日24时新型冠状病毒肺炎疫情最新情况");
        }
        long secondId = second.id();
        open(secondId); // switching keeps the first article's edits as a draft
        robot.interact(() -> {
            area().requestFocus();
            area().moveTo(0);
        });
        robot.write("Y");
        waitFor(() -> app.context().drafts().read(first.id()) != null && app.context().drafts().read(secondId) != null
                && app.context().drafts().read(secondId).text().startsWith("Y"));
        JiaoduiApp crashed = app;
        app = null;
        crashed.context().close();
        org.testfx.api.FxToolkit.cleanupStages();

        launch();
        waitFor(() -> robot.lookup("#draftRestore").tryQuery().isPresent());
        String shown = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#draftDialog")
                .queryAs(javafx.scene.control.DialogPane.class).getContentText()).get();
        assertTrue(shown.contains(first.title()) && shown.contains(second.title()), shown);
        robot.clickOn("#draftRestore");
        waitFor(() -> review().session() != null
                && (review().articleId() == first.id() || review().articleId() == secondId));
        long opened = review().articleId();
        assertTrue(text().startsWith(opened == secondId ? "Y" : "X"), "opened with its edits");
        assertTrue(review().dirtyProperty().get());
        long other = opened == secondId ? first.id() : secondId;
        open(other);
        assertTrue(text().startsWith(other == secondId ? "Y" : "X"), "the other opens with its edits too");
    }
}

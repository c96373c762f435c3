package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.review.ReviewViewModel;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.review.ReviewFlag;
import com.jiaodui.text.FlagKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Review at page scale on the seeded page-a.raw.txt: a kind accepted across the whole page (all its articles) is
 * one undo step, Ctrl+Z brings every flag back (the open article's text, the other articles' drafts); the flags
 * panel groups by kind, shows each flag in its context and filters to warnings.
 */
class ReviewAtPageScaleTest extends AppTestBase {

    ReviewViewModel review() {
        return app.window().reviewViewModel();
    }

    String text() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> app.window().reviewView().articleArea().getText()).get();
    }

    @Test
    void acceptingAKindAcrossThePageIsOneUndoStep() throws Exception {
        launch();
        PageEntry pageA = app.window().libraryViewModel().pages().stream()
                .filter(p -> p.name().contains("page-a")).findFirst().orElseThrow();
        assertTrue(pageA.articles().size() > 2, "page-a has several articles");
        ArticleEntry busiest = pageA.articles().stream()
                .max(java.util.Comparator.comparingInt(ArticleEntry::openFlags)).orElseThrow();
        robot.interact(() -> app.window().openArticle(busiest.id()));
        waitFor(() -> review().session() != null && review().articleId() == busiest.id()
                && review().analysisRunsProperty().get() > 0);

        // the most frequent open kind of the article
        Map<FlagKind, Integer> counts = new EnumMap<>(FlagKind.class);
        for (ReviewFlag f : review().session().openFlags()) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        FlagKind kind = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int ofKind = counts.get(kind);
        int open = review().openCountProperty().get();
        String before = text();

        // the panel: one group row per kind with its counts, flag rows with their context 【…】 and a tooltip
        TreeView<?> tree = robot.lookup("#flagTree").queryAs(TreeView.class);
        assertEquals(review().flags().stream().map(ReviewFlag::kind).distinct().count(),
                WaitForAsyncUtils.asyncFx(() -> tree.getRoot().getChildren().size()).get().longValue());
        String firstRow = WaitForAsyncUtils.asyncFx(() -> {
            for (var g : tree.getRoot().getChildren()) {
                if (!g.getChildren().isEmpty()) {
                    return g.getChildren().get(0).getValue().toString();
                }
            }
            return "";
        }).get();
        assertFalse(firstRow.isEmpty());
        assertTrue(robot.lookup(".tree-cell").queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .anyMatch(t -> t != null && t.contains("【")), "flag rows show their context");

        // accept the kind across the whole page
        int pageWork = review().pageWorkProperty().get();
        robot.interact(() -> review().decideKindOnPage(kind, true));
        waitFor(() -> review().pageWorkProperty().get() > pageWork);
        assertEquals(open - ofKind, review().openCountProperty().get());
        assertTrue(review().session().openFlags().stream().noneMatch(f -> f.kind() == kind));
        String after = text();
        List<Long> others = pageA.articles().stream().map(ArticleEntry::id).filter(id -> id != busiest.id())
                .filter(id -> app.context().drafts().read(id) != null).toList();
        assertFalse(others.isEmpty(), "other articles of page-a had " + kind + " flags and got drafts");

        // one Ctrl+Z brings all of them back: the open article and the other articles' drafts
        robot.interact(() -> app.window().reviewView().articleArea().requestFocus());
        int undoWork = review().pageWorkProperty().get();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> review().pageWorkProperty().get() > undoWork);
        assertEquals(before, text());
        assertEquals(open, review().openCountProperty().get());
        for (long id : others) {
            assertNull(app.context().drafts().read(id), "draft of article " + id + " undone");
        }
        // and Ctrl+Shift+Z takes them again
        int redoWork = review().pageWorkProperty().get();
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitFor(() -> review().pageWorkProperty().get() > redoWork);
        assertEquals(after, text());
        for (long id : others) {
            assertNotNull(app.context().drafts().read(id));
        }
        // the fixes of the kind were applied by the cleaner already (accepting keeps the text); rejecting them in
        // the article puts the raw text back in every place, and one Ctrl+Z takes that back too
        assertEquals(before, after);
        robot.interact(() -> app.window().reviewView().articleArea().requestFocus());
        int again = review().pageWorkProperty().get();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitFor(() -> review().pageWorkProperty().get() > again);
        assertEquals(open, review().openCountProperty().get());
        boolean changes = review().session().openFlags().stream().anyMatch(f -> f.kind() == kind && f.changesText());
        robot.interact(() -> review().decideKind(kind, false));
        assertEquals(open - ofKind, review().openCountProperty().get());
        if (changes) {
            assertNotEquals(before, text());
        }
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, text());
        assertEquals(open, review().openCountProperty().get());
    }

    @Test
    void warningsOnlyHidesFlagsThatChangeNothing() throws Exception {
        launch();
        PageEntry pageA = app.window().libraryViewModel().pages().stream()
                .filter(p -> p.name().contains("page-a")).findFirst().orElseThrow();
        ArticleEntry busiest = pageA.articles().stream()
                .max(java.util.Comparator.comparingInt(ArticleEntry::openFlags)).orElseThrow();
        robot.interact(() -> app.window().openArticle(busiest.id()));
        waitFor(() -> review().session() != null && review().analysisRunsProperty().get() > 0);
        TreeView<?> tree = robot.lookup("#flagTree").queryAs(TreeView.class);
        CheckBox warnings = robot.lookup("#warningsOnly").queryAs(CheckBox.class);
        long changing = review().flags().stream().filter(ReviewFlag::changesText).count();
        robot.interact(() -> warnings.setSelected(true));
        long shown = WaitForAsyncUtils.asyncFx(() -> tree.getRoot().getChildren().stream()
                .mapToLong(g -> g.getChildren().size()).sum()).get();
        assertEquals(changing, shown);
        robot.interact(() -> warnings.setSelected(false));
        long all = WaitForAsyncUtils.asyncFx(() -> tree.getRoot().getChildren().stream()
                .mapToLong(g -> g.getChildren().size()).sum()).get();
        assertEquals(review().flags().size(), all);
    }
}

package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.PageVersion;
import com.jiaodui.library.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 10, versions in the app: the review header's choice of the cleaned side, and a version's role set from the
 * library tree's context menu, on the default sample library (page-a: page-a.raw.txt and page-a.clean.txt).
 */
class VersionsInReviewTest extends ReviewWorkflowTest {

    /** Not run again here (it is ReviewWorkflowTest's). */
    @Override
    void walkDecideEditSaveUndoRestartAndRecoverADraft() {
    }

    PageEntry pageA() {
        return app.window().libraryViewModel().pages().stream().filter(p -> p.name().contains("page-a"))
                .findFirst().orElseThrow();
    }

    @Test
    void theHeaderSwitchesTheCleanedSide() throws Exception {
        launch();
        PageEntry page = pageA();
        ArticleEntry first = page.articles().get(0);
        PageVersion clean = page.versions().stream().filter(v -> v.fileName().equals("page-a.clean.txt"))
                .findFirst().orElseThrow();
        // a second cleaned version of page-a (an editor's own cleaning): the review now starts from it
        String text = Files.readString(Path.of("assets/samples/page-a.clean.txt")).replace("精神风貌", "精神面貌");
        long other = app.context().library().addVersion(page.id(), "cleaned", "page-a.mine.txt", text,
                com.jiaodui.text.Format.TEXT);
        open(first.id());
        robot.interact(() -> review().reload()); // the app may have opened it before the new version came
        waitFor(() -> review().loadedProperty().get() != null && review().session() != null
                && review().loadedProperty().get().cleanedChoices().size() == 2);
        ComboBox<?> picker = robot.lookup("#cleanedVersion").queryAs(ComboBox.class);
        try {
            waitFor(() -> picker.isVisible() && picker.getItems().size() >= 2);
        } catch (Exception e) {
            throw new AssertionError("picker " + picker.isVisible() + " " + picker.getItems() + " versions "
                    + app.context().library().versionsOfArticle(first.id()) + " loaded "
                    + review().loadedProperty().get().cleanedChoices(), e);
        }
        long shown = review().loadedProperty().get().cleanedId();
        assertTrue(shown == other || shown == clean.id(), "the review shows a cleaned version: " + shown);

        long target = shown == clean.id() ? other : clean.id();
        String name = target == other ? "page-a.mine.txt" : "page-a.clean.txt";
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<PageVersion> p = (ComboBox<PageVersion>) picker;
            p.getItems().stream().filter(v -> v.id() == target).findFirst().ifPresent(p::setValue);
        });
        waitFor(() -> review().loadedProperty().get() != null && review().loadedProperty().get().cleanedId() == target
                && review().session() != null);
        assertEquals(first.id(), review().articleId(), "the same article, reopened");
        String header = robot.lookup("#articleTitle").queryLabeled().getText();
        assertTrue(header.contains("page-a.raw.txt ⇄ " + name), header);
        assertEquals(target, ((PageVersion) picker.getValue()).id(), "the header names the version it shows");
        String analysed = review().loadedProperty().get().analysis().cleaned().text();
        assertTrue(analysed.contains(target == other ? "精神面貌" : "精神风貌"),
                "the review works on the chosen version's text");
    }

    /** Issue 12: a page imported from an ALTO file shows the words the OCR engine doubted in the flags panel. */
    @Test
    void anAltoPagesDoubtfulWordsAreFlagsOfTheReview() throws Exception {
        launch();
        Path alto = dir.resolve("confidence-test.alto.xml");
        Files.copy(Path.of("src/test/resources/sources/page-c.alto.xml"), alto);
        robot.interact(() -> app.window().importFiles(java.util.List.of(alto), false));
        waitFor(() -> app.window().libraryViewModel().pages().stream()
                .anyMatch(p -> p.name().contains("confidence-test") && !p.articles().isEmpty()));
        PageEntry page = app.window().libraryViewModel().pages().stream()
                .filter(p -> p.name().contains("confidence-test")).findFirst().orElseThrow();
        Files.delete(alto); // the confidences were kept in the library at import
        java.util.List<String> doubtful = new java.util.ArrayList<>();
        for (ArticleEntry a : page.articles()) {
            open(a.id());
            String t = text();
            review().flags().stream().filter(f -> f.kind() == com.jiaodui.text.FlagKind.OCR_CONFIDENCE)
                    .forEach(f -> doubtful.add(t.substring(f.start(), f.end()) + " " + f.message()));
        }
        assertEquals(2, doubtful.size(), "在省工作組 (42%) and test (65%): " + doubtful);
        assertTrue(doubtful.get(0).startsWith("在省工作") && doubtful.get(0).contains("42%"), doubtful.toString());
        assertTrue(doubtful.get(1).startsWith("test") && doubtful.get(1).contains("65%"), doubtful.toString());

        // a text page has none
        PageEntry pageA = pageA();
        open(pageA.articles().get(0).id());
        assertTrue(review().flags().stream().noneMatch(f -> f.kind() == com.jiaodui.text.FlagKind.OCR_CONFIDENCE));
    }

    @Test
    void aVersionRowsContextMenuSetsItsRole() throws Exception {
        launch();
        PageVersion clean = pageA().versions().stream().filter(v -> v.fileName().equals("page-a.clean.txt"))
                .findFirst().orElseThrow();
        assertEquals(Role.CLEANED, clean.role());
        var tree = app.window().libraryView().tree();
        TreeItem<Object>[] row = new TreeItem[1];
        robot.interact(() -> {
            for (TreeItem<Object> pi : tree.getRoot().getChildren()) {
                for (TreeItem<Object> it : pi.getChildren()) {
                    if (it.getValue() instanceof PageVersion v && v.id() == clean.id()) {
                        pi.setExpanded(true);
                        row[0] = it;
                    }
                }
            }
            assertNotNull(row[0], "page-a's clean version has a row in the tree");
            tree.scrollTo(tree.getRow(row[0]));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> cell = robot.lookup(".page-version").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof PageVersion v && v.id() == clean.id()).findFirst().orElseThrow();
        assertTrue(cell.getText().contains("cleaned"), cell.getText());
        robot.rightClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        MenuItem ocr = cell.getContextMenu().getItems().stream().filter(i -> "role-ocr".equals(i.getId()))
                .findFirst().orElseThrow();
        assertTrue(((CheckMenuItem) cell.getContextMenu().getItems().stream()
                .filter(i -> "role-cleaned".equals(i.getId())).findFirst().orElseThrow()).isSelected());
        robot.interact(() -> {
            cell.getContextMenu().hide();
            ocr.fire();
        });
        waitFor(() -> pageA().versions().stream().anyMatch(v -> v.id() == clean.id() && v.role() == Role.OCR));
        assertTrue(app.context().library().versionsOfArticle(pageA().articles().get(0).id()).stream()
                .anyMatch(v -> v.id() == clean.id() && v.role() == Role.OCR), "the library keeps the new role");
    }
}

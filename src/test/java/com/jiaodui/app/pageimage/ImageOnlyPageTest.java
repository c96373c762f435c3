package com.jiaodui.app.pageimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.app.AppTestBase;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.StoreLibraryService;
import com.jiaodui.store.Library;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A scan imported without text (an image-only page) can be opened from the library tree: its one row says that
 * OCR is needed, and opening it shows the page image with the note; the app's import status line says it too.
 */
class ImageOnlyPageTest extends AppTestBase {
    @Test
    void anImageOnlyPageOpensFromTheTreeWithItsImageAndTheOcrNote() throws Exception {
        Path pdf = Files.write(dir.resolve("scan.pdf"), TestPdfs.imageOnly());
        Path db = dir.resolve("library.db");
        try (StoreLibraryService s = new StoreLibraryService(Library.open(db))) {
            s.importFiles(List.of(pdf), null, (d, t, f, e) -> { }, () -> false);
            List<ArticleEntry> articles = s.articles(s.library().pages().get(0).id());
            assertEquals(1, articles.size(), "one article to open");
            assertEquals("", s.article(articles.get(0).id()).text());
        }
        launch(); // on the library just made (the base class's library.db in the same folder)
        // the tree's row under page "scan" says what it is
        waitFor(() -> robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .anyMatch(c -> c.getItem() instanceof ArticleEntry && c.getText() != null && c.getText().contains("OCR")));
        TreeCell<?> row = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof ArticleEntry).findFirst().orElseThrow();
        String label = row.getText();
        assertTrue(label.contains("OCR") && !label.contains("#1"), label);
        robot.clickOn(row);
        waitFor(() -> app.window().reviewViewModel().loadedProperty().get() != null);
        assertEquals("scan.pdf", app.window().reviewViewModel().loadedProperty().get().page().name());
        // the page image opens by itself, rendered from the PDF, with the note that OCR is needed
        PageImagePane pane = app.window().pageImagePane();
        waitFor(() -> pane.getScene() != null && pane.model().documentProperty().get() != null);
        SourceDocument d = pane.model().documentProperty().get();
        assertTrue(d.imageOnly());
        assertEquals(pdf.toAbsolutePath(), d.pdf().toAbsolutePath());
        String note = WaitForAsyncUtils.asyncFx(() -> pane.model().messageProperty().get()).get();
        assertTrue(note.contains("OCR"), note);
        List<String> either = List.of(java.util.ResourceBundle.getBundle("com.jiaodui.app.messages", java.util.Locale.ROOT)
                .getString("pageImage.noTextLayer"), java.util.ResourceBundle.getBundle("com.jiaodui.app.messages",
                java.util.Locale.SIMPLIFIED_CHINESE).getString("pageImage.noTextLayer"));
        assertTrue(either.contains(note), note);

        // imported in the app, the status line says so too
        Path again = Files.write(dir.resolve("scan2.pdf"), TestPdfs.imageOnly());
        robot.interact(() -> app.window().importFiles(List.of(again), false));
        javafx.scene.control.Label status = robot.lookup("#statusMessage").queryAs(javafx.scene.control.Label.class);
        waitFor(() -> status.getText() != null && status.getText().contains("OCR"));
        assertTrue(status.getText().contains("1"), status.getText());
    }
}

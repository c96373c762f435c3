package com.jiaodui.app;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.io.ImportReportDialog;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.ReviewProgress;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, the library side: files and folders dropped onto the window are imported (the import report lists
 * every file with its outcome), they become recent files (kept with the settings across a restart; a missing one
 * is removed with a message when chosen), and the library tree shows each page's progress.
 */
class LibraryFeaturesTest extends AppTestBase {

    static String sample(String name) throws Exception {
        try (InputStream in = LibraryFeaturesTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    Menu recentFiles() {
        MenuBar bar = (MenuBar) robot.lookup("#menuBar").query();
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "menu-recentFiles".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void droppedFolderIsImportedReportedAndRecent() throws Exception {
        launch();
        // the tree: each page's row says how far its review is; the header the library's
        TreeView<?> tree = robot.lookup("#libraryTree").queryAs(TreeView.class);
        PageEntry pageA = app.window().libraryViewModel().pages().stream().filter(p -> p.name().contains("page-a"))
                .findFirst().orElseThrow();
        ReviewProgress pa = ReviewProgress.of(pageA);
        assertTrue(pa.open() > 0 && pa.total() > 2, pa.toString());
        String row = app.context().text("library.pageProgress", pa.done(), pa.total(), pa.open());
        assertTrue(robot.lookup(".tree-cell").queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                .anyMatch(t -> t != null && t.startsWith(pageA.name()) && t.contains(row)), row);
        assertEquals(app.window().libraryViewModel().progressProperty().get(),
                robot.lookup("#libraryHeader").queryAs(Label.class).getText());
        assertNotNull(tree);

        // a folder of three files: a new page, a page already in the library, an empty file that is refused
        Path folder = Files.createDirectories(dir.resolve("drop"));
        Files.writeString(folder.resolve("page-z.raw.txt"), sample("page-c.raw.txt") + "\n本报讯 拖放导入的测试页面多了这一段。\n");
        Files.writeString(folder.resolve("page-b.md"), sample("page-b.md"));
        Files.writeString(folder.resolve("empty.txt"), "");
        int pages = app.window().libraryViewModel().pages().size();
        robot.interact(() -> app.window().dropFiles(List.of(folder)));
        waitFor(() -> app.window().lastImportReport() != null);
        assertEquals(1, app.window().lastImportReport().newPages(), app.window().lastImportReport().summary());
        waitFor(() -> app.window().libraryViewModel().pages().size() == pages + 1);

        // the report lists every file with its outcome
        List<ImportReportDialog.Row> rows = ImportReportDialog.rows(app.context(), app.window().lastImportReport());
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.file().contains("page-z") && r.outcome().equals("new")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.file().contains("page-b") && r.outcome().equals("unchanged")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.file().contains("empty.txt") && r.outcome().equals("refused")
                && !r.detail().isBlank()), rows.toString());
        javafx.scene.control.TableView<?> table = robot.lookup("#importReportTable").queryAs(
                javafx.scene.control.TableView.class);
        assertEquals(3, table.getItems().size());

        // the folder is the first recent file
        robot.interact(() -> recentFiles().getOnShowing().handle(null));
        List<MenuItem> items = recentFiles().getItems();
        assertTrue(items.get(0).getText().contains("drop"), items.get(0).getText());

        // kept with the settings across a restart; a recent file that is gone is removed with a message
        stop();
        launch();
        Recent recent = new Recent(app.context().settings());
        assertEquals(folder.toAbsolutePath().normalize(), recent.files().get(0));
        Path gone = dir.resolve("gone.txt");
        Files.writeString(gone, sample("page-b.md"));
        robot.interact(() -> {
            recent.addFiles(List.of(gone));
            recentFiles().getOnShowing().handle(null);
        });
        Files.delete(gone);
        MenuItem first = recentFiles().getItems().get(0);
        assertTrue(first.getText().contains("gone.txt"));
        robot.interact(first::fire);
        waitFor(() -> !recent.files().contains(gone.toAbsolutePath().normalize()));
        assertEquals(app.context().text("recent.missing", gone.toAbsolutePath().normalize()),
                robot.lookup("#statusMessage").queryAs(Label.class).getText());
        assertEquals(folder.toAbsolutePath().normalize(), recent.files().get(0));
        assertTrue(recent.libraries().contains(dir.resolve("library.db").toAbsolutePath().normalize()));
    }
}

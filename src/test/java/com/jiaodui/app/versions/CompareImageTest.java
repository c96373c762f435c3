package com.jiaodui.app.versions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Drafts;
import com.jiaodui.app.Settings;
import com.jiaodui.compare.Difference;
import com.jiaodui.library.PageEntry;
import com.jiaodui.library.StoreLibraryService;
import com.jiaodui.store.Library;
import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.Sources;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The compare view of a PDF page against a cleaned text: the current difference is highlighted on the printed page. */
class CompareImageTest {
    static {
        ClassLoader.getSystemClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
        CompareImageTest.class.getClassLoader().setPackageAssertionStatus("org.fxmisc.flowless", false);
    }

    @TempDir
    Path dir;
    AppContext ctx;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void theCurrentDifferenceIsHighlightedWhereVersionAPrintsIt() throws Exception {
        List<TestPdfs.Drawn> drawn = new ArrayList<>();
        Path pdf = Files.write(dir.resolve("page-c.pdf"),
                TestPdfs.newspaper(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")), 4, drawn));
        String raw = Sources.read(pdf).raw();
        int at = raw.indexOf('的', raw.length() / 2);
        String cleaned = raw.substring(0, at) + "地" + raw.substring(at + 1);
        Path clean = Files.writeString(dir.resolve("page-c.clean.txt"), cleaned);
        FxToolkit.registerPrimaryStage();
        StoreLibraryService lib = new StoreLibraryService(Library.open(dir.resolve("library.db")));
        lib.importFiles(List.of(pdf, clean), null, (d, t, f, e) -> { }, () -> false);
        ctx = new AppContext(lib, new Drafts(), new Settings(dir.resolve("s.properties")));
        PageEntry page = lib.pages().stream().filter(p -> p.name().equals("page-c")).findFirst().orElseThrow();
        long article = page.articles().get(0).id();

        CompareView view = CompareViewTest.fx(() -> CompareView.show(ctx, null, article));
        CompareViewTest.waitFor(() -> view.loadsProperty().get() == 1);
        CompareViewModel vm = view.viewModel();
        assertEquals("page-c.pdf", view.versionPickerA().getValue().fileName());
        int index = -1;
        for (Difference d : vm.differences()) {
            if (d.a().start() <= at && d.a().end() > at) {
                index = d.index();
            }
        }
        assertTrue(index >= 0, "the changed character is a difference: " + vm.differences());
        int i = index;
        view.stage().getScene(); // shown
        CompareViewTest.waitFor(() -> view.pageImagePane().getScene() != null
                && view.pageImagePane().model().documentProperty().get() != null);
        CompareViewTest.fx(() -> {
            vm.select(i);
            return null;
        });
        CompareViewTest.waitFor(() -> view.pageImagePane().highlightedBox() != null);
        int lineStart = raw.lastIndexOf('\n', at) + 1;
        int lineEnd = raw.indexOf('\n', at);
        String line = raw.substring(lineStart, lineEnd).strip();
        TestPdfs.Drawn want = drawn.stream().filter(d -> d.text().strip().equals(line)).findFirst()
                .orElseThrow(() -> new AssertionError("not printed: " + line));
        Box got = view.pageImagePane().highlightedBox();
        assertNotNull(got);
        assertEquals(want.top(), got.y(), 2.0, "y");
        assertEquals(want.h(), got.h(), 2.0, "h");
        assertTrue(got.x() >= want.x() - 2 && got.right() <= want.x() + want.w() + 2, got + " inside " + want);
        CompareViewTest.fx(() -> {
            view.stage().close();
            return null;
        });
    }
}

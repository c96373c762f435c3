package com.jiaodui.app.library;

import static org.junit.jupiter.api.Assertions.*;

import com.jiaodui.app.AppContext;
import com.jiaodui.app.Drafts;
import com.jiaodui.app.Settings;
import com.jiaodui.library.ArticleEntry;
import com.jiaodui.library.PageEntry;
import com.jiaodui.review.ReviewStatus;
import com.jiaodui.library.StubLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;
    LibraryViewModel vm;

    @BeforeEach
    void setUp() {
        Settings s = new Settings(dir.resolve("settings.properties"));
        s.put(Settings.LANGUAGE, "en");
        ctx = new AppContext(new StubLibrary(), new Drafts(), s);
        vm = new LibraryViewModel(ctx);
        vm.pages().setAll(
                new PageEntry(1, "page-a", List.of(
                        new ArticleEntry(11, 1, 0, "截至1月2日24时疫情最新情况", ReviewStatus.DONE, 0),
                        new ArticleEntry(12, 1, 1, "画中有话", ReviewStatus.UNREVIEWED, 2))),
                new PageEntry(2, "page-b", List.of(
                        new ArticleEntry(21, 2, 0, "推动全市统战工作高质量发展", ReviewStatus.IN_PROGRESS, 1))));
        vm.applyFilter();
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    @Test
    void filtersByTitleAndStatus() {
        assertEquals(3, vm.ordered().size());
        vm.filterProperty().set("疫情");
        assertEquals(List.of(11L), vm.ordered().stream().map(ArticleEntry::id).toList());
        vm.filterProperty().set("page-b");
        assertEquals(List.of(21L), vm.ordered().stream().map(ArticleEntry::id).toList(), "a page name matches its articles");
        vm.filterProperty().set("");
        vm.statusFilterProperty().set(ReviewStatus.UNREVIEWED);
        assertEquals(List.of(12L), vm.ordered().stream().map(ArticleEntry::id).toList());
        assertEquals(1, vm.visiblePages().size(), "pages without a match are hidden while filtering");
    }

    @Test
    void nextAndPreviousArticleFollowTheListing() {
        assertEquals(12, vm.neighbour(11, 1).id());
        assertEquals(21, vm.neighbour(12, 1).id());
        assertNull(vm.neighbour(21, 1));
        assertEquals(11, vm.neighbour(12, -1).id());
    }

    @Test
    void progressFigure() {
        assertEquals("1 of 3 articles done (33%) · 3 open flags", vm.progressText(1, 3, 3));
        assertEquals("0 of 0 articles done (0%) · 0 open flags", vm.progressText(0, 0, 0));
    }
}

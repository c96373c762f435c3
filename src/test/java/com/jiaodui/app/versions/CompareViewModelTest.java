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
import com.jiaodui.compare.DiffKind;
import com.jiaodui.compare.Difference;
import com.jiaodui.compare.Side;
import com.jiaodui.text.Format;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare view's state on the two versions of sample page A, without a stage. */
class CompareViewModelTest {
    @TempDir
    Path dir;
    AppContext ctx;

    static String sample(String name) throws Exception {
        try (InputStream in = CompareViewModelTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    AppContext context() throws Exception {
        StoreLibraryService lib = StoreLibraryService.open(dir.resolve("library.db"));
        ctx = new AppContext(lib, new Drafts(), new Settings(dir.resolve("s.properties")));
        return ctx;
    }

    @AfterEach
    void close() {
        if (ctx != null) {
            ctx.close();
        }
    }

    CompareViewModel pageA() throws Exception {
        CompareViewModel vm = new CompareViewModel(context());
        vm.compareNow("raw", sample("page-a.raw.txt"), "clean", sample("page-a.clean.txt"), Format.TEXT);
        return vm;
    }

    @Test
    void walksTheDifferencesForwardAndBack() throws Exception {
        CompareViewModel vm = pageA();
        int n = vm.differences().size();
        assertTrue(n >= 10, "page A has many differences: " + n);
        assertEquals(0, vm.current());
        assertTrue(vm.statusProperty().get().contains("1") && vm.statusProperty().get().contains(String.valueOf(n)),
                vm.statusProperty().get());
        int steps = 0;
        while (vm.next()) {
            steps++;
        }
        assertEquals(n - 1, steps);
        assertEquals(n - 1, vm.current());
        assertFalse(vm.next(), "stays at the last");
        assertTrue(vm.previous());
        assertEquals(n - 2, vm.current());
        while (vm.previous()) {
            steps--;
        }
        assertEquals(0, vm.current());
        assertTrue(vm.differences().stream().anyMatch(d -> d.kind() == DiffKind.MOVE), "page A has moves");
    }

    @Test
    void takingLeftOrRightChangesTheMergedText() throws Exception {
        CompareViewModel vm = pageA();
        String rawA = vm.comparison().rawA();
        assertEquals(rawA, vm.mergedText(), "everything starts as left");
        // 精神风采 -> 精神风貌: a replace outside any move
        Difference d = vm.differences().stream()
                .filter(x -> x.kind() == DiffKind.REPLACE && x.move() == null && x.a().text().equals("采"))
                .findFirst().orElseThrow();
        vm.select(d.index());
        vm.take(Choice.RIGHT);
        assertEquals(Choice.RIGHT, vm.choice(d));
        String expected = rawA.substring(0, d.a().start()) + "貌" + rawA.substring(d.a().end());
        assertEquals(expected, vm.mergedText());
        assertTrue(vm.statusProperty().get().contains("right"), vm.statusProperty().get());
        int[] span = vm.mergedSpan();
        assertEquals("貌", vm.mergedText().substring(span[0], span[1]));
        for (Difference e : vm.differences()) {
            if (e.move() == null && !e.isMove() && !e.a().isEmpty()) {
                vm.select(e.index());
                span = vm.mergedSpan();
                assertEquals(e.index() == d.index() ? "貌" : e.a().text(),
                        vm.mergedText().substring(span[0], span[1]), "merged span of " + e);
            }
        }
        vm.select(d.index());
        vm.take(Choice.BOTH);
        assertEquals(rawA.substring(0, d.a().start()) + "采貌" + rawA.substring(d.a().end()), vm.mergedText());
        vm.edit("彩");
        assertEquals(rawA.substring(0, d.a().start()) + "彩" + rawA.substring(d.a().end()), vm.mergedText());
        vm.take(Choice.LEFT);
        assertEquals(rawA, vm.mergedText());

        // a moved block taken right goes where B prints it: the merged text compares equal-er to B
        Difference move = vm.differences().stream().filter(Difference::isMove).findFirst().orElseThrow();
        vm.select(move.index());
        vm.take(Choice.RIGHT);
        assertNotEquals(rawA, vm.mergedText());
        Comparison again = vm.compute(vm.mergedText(), Format.TEXT, vm.comparison().rawB(), Format.TEXT);
        assertTrue(again.moves().size() < vm.comparison().moves().size(),
                again.moves().size() + " moves left of " + vm.comparison().moves().size());
    }

    @Test
    void hidingIdenticalParagraphsKeepsEveryDifferenceInPlace() throws Exception {
        CompareViewModel vm = pageA();
        DisplayText all = vm.display(Side.A);
        assertEquals(vm.comparison().rawA(), all.text());
        vm.hideIdenticalProperty().set(true);
        assertTrue(vm.visibleRows().size() < vm.rows().size(),
                vm.visibleRows().size() + " of " + vm.rows().size() + " rows shown");
        for (Side side : Side.values()) {
            DisplayText shown = vm.display(side);
            String raw = side == Side.A ? vm.comparison().rawA() : vm.comparison().rawB();
            assertTrue(shown.text().length() < raw.length(), side + " is shorter");
            assertTrue(shown.text().contains("⋯"), "hidden runs are marked");
            for (Difference d : vm.differences()) {
                var s = d.span(side);
                assertTrue(shown.shows(s.start()), side + " shows " + d);
                assertEquals(s.text(), shown.text().substring(shown.toDisplay(s.start()), shown.toDisplay(s.end())),
                        side + " " + d);
                assertEquals(s.start(), shown.toRaw(shown.toDisplay(s.start())));
            }
        }
        vm.hideIdenticalProperty().set(false);
        assertEquals(vm.comparison().rawB(), vm.display(Side.B).text());
    }

    @Test
    void savesTheMergeAsANewVersionAndReopensIt() throws Exception {
        CompareViewModel vm = new CompareViewModel(context());
        PageEntry page = ctx.library().pages().stream().filter(p -> p.name().equals("page-a")).findFirst().orElseThrow();
        long article = page.articles().get(0).id();
        List<PageVersion> vs = vm.versions(article);
        assertEquals(List.of("raw", "clean"), vs.stream().map(PageVersion::label).toList());
        PageVersion a = vs.get(0);
        PageVersion b = vs.get(1);
        vm.show(vm.compute(vm.text(a), a.format(), vm.text(b), b.format()), a, b);
        int before = vm.differences().size();
        List<Difference> original = vm.differences();
        vm.next();
        vm.next();
        vm.take(Choice.RIGHT);
        Difference taken = vm.currentDifference();
        String merged = vm.mergedText();
        assertNotEquals(vm.comparison().rawA(), merged);

        long id = vm.saveAsVersion(a.pageId(), vm.mergedFileName("page-a"), merged);
        List<PageVersion> after = vm.versions(article);
        assertEquals(3, after.size());
        PageVersion saved = after.get(2);
        assertEquals(id, saved.id());
        assertEquals("merged", saved.label());
        assertEquals("page-a.merged.txt", saved.fileName());

        // reopen: the saved text comes back exactly; compared with B it differs less than A did
        assertEquals(merged, vm.reopen(id).raw());
        long sameBefore = same(original, taken);
        vm.show(vm.compute(vm.text(saved), saved.format(), vm.text(b), b.format()), saved, b);
        assertTrue(vm.differences().size() < before, vm.differences().size() + " < " + before);
        assertEquals(sameBefore - 1, same(vm.differences(), taken),
                "the taken difference is gone");

        // into the article: a new revision with the merged text
        int revisions = ctx.library().revisions(article).size();
        vm.saveIntoArticle(article, merged);
        assertEquals(revisions + 1, ctx.library().revisions(article).size());
        assertEquals(merged, ctx.library().article(article).text());
    }

    /** How many differences have the kind and texts of {@code d} (OCR confusions repeat). */
    static long same(List<Difference> ds, Difference d) {
        return ds.stream().filter(x -> x.kind() == d.kind() && x.a().text().equals(d.a().text())
                && x.b().text().equals(d.b().text())).count();
    }
}

package com.jiaodui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.store.ImportResult;
import com.jiaodui.store.Library;
import com.jiaodui.store.PageSummary;
import com.jiaodui.store.VersionInfo;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.source.Box;
import com.jiaodui.text.source.Geometry;
import com.jiaodui.text.source.SourceDocument;
import com.jiaodui.text.source.Span;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF of several pages is an issue of pages (one library page per PDF page); a PDF without a text layer is an
 * image-only page with its note; the boxes are kept in the library and come back without the PDF.
 */
class PdfIssueImportTest {
    @TempDir
    Path dir;

    private ImportReport importPaths(StoreLibraryService s, Path... paths) throws Exception {
        return s.importFiles(List.of(paths), null, (d, t, f, e) -> { }, () -> false);
    }

    @Test
    void aTwoPagePdfIsAnIssueOfTwoPagesWithTheirBoxesKeptInTheLibrary() throws Exception {
        List<TestPdfs.Drawn> drawn = new ArrayList<>();
        List<List<String>> pages = TestPdfs.twoPages(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")));
        Path pdf = Files.write(dir.resolve("issue.pdf"), TestPdfs.pages(pages, 2, drawn));
        Path db = dir.resolve("lib.db");
        try (StoreLibraryService s = new StoreLibraryService(Library.open(db))) {
            ImportReport r = importPaths(s, pdf);
            assertEquals(2, r.newPages(), r.summary());
            assertEquals(List.of("issue.pdf#1", "issue.pdf#2"), r.results().stream().map(ImportResult::fileName).toList());
            assertEquals(List.of("issue/p1", "issue/p2"), s.library().pages().stream().map(PageSummary::name).toList());
            // again: both pages are known
            ImportReport again = importPaths(s, pdf);
            assertEquals(2, again.unchanged(), again.summary());
            assertEquals(0, again.newPages());
        }
        Files.delete(pdf); // the library alone places the text now
        try (StoreLibraryService s = new StoreLibraryService(Library.open(db))) {
            PageSummary p2 = s.library().pages().get(1);
            VersionInfo v = s.library().versions(p2.id()).get(0);
            String raw = s.library().sourceText(v.id());
            assertTrue(raw.startsWith(pages.get(1).get(0).strip()), raw.substring(0, 40));
            SourceDocument d = s.sourceDocument(v.id()).orElseThrow();
            assertEquals(null, d.pdf(), "the PDF is gone: no image, the boxes stay");
            assertEquals(2, d.firstPage());
            Geometry g = d.geometry();
            assertEquals(pages.get(1).stream().filter(l -> !l.isBlank()).count(), g.lines().size());
            // every stored line box is where its line was drawn on page 2
            for (Span line : g.lines()) {
                String text = raw.substring(line.start(), line.end()).strip();
                TestPdfs.Drawn want = drawn.stream().filter(x -> x.page() == 2 && x.text().strip().equals(text))
                        .findFirst().orElseThrow(() -> new AssertionError("not drawn on page 2: " + text));
                Box b = line.box();
                assertEquals(2, b.page());
                assertEquals(want.x(), b.x(), 2.0);
                assertEquals(want.top(), b.y(), 2.0);
            }
        }
    }

    @Test
    void anArticleThatJumpsPagesIsNamedOnBothPagesWithItsJumpLinesFlagged() throws Exception {
        List<List<String>> pages = TestPdfs.jumpPages(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")));
        Path pdf = Files.write(dir.resolve("issue.pdf"), TestPdfs.pages(pages, 2, null));
        // the jump line is page furniture on both pages (what each page's analysis flags)
        List<SourceDocument> read = com.jiaodui.text.source.Sources.read(pdf).pages();
        assertEquals(2, read.size());
        Analyzer analyzer = new Analyzer();
        assertTrue(jumpMarkerFlagged(analyzer, read.get(0), "（下转第二版）"));
        assertTrue(jumpMarkerFlagged(analyzer, read.get(1), "（上接第1版）"));
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("lib.db")))) {
            importPaths(s, pdf);
            List<PageSummary> ps = s.library().pages();
            List<ArticleEntry> p1 = s.articles(ps.get(0).id());
            List<ArticleEntry> p2 = s.articles(ps.get(1).id());
            // page 1's last article (the commentary cut after 事关全年目标) continues on p2 ...
            ArticleEntry out = p1.get(p1.size() - 1);
            assertTrue(s.article(out.id()).text().strip().endsWith("事关全年目标（下转第二版）"), s.article(out.id()).text());
            // ... under the headline printed with its continuation (this page prints headlines after their body)
            assertEquals("统筹好疫情防控经济发展 → p2", out.title());
            ArticleEntry in = p2.get(0);
            assertTrue(s.article(in.id()).text().contains("（上接第1版）\n\n任务的实现。"), s.article(in.id()).text());
            assertEquals("统筹好疫情防控经济发展 ← p1", in.title());
            // the other articles keep their own titles, and searching the library finds both parts
            assertEquals("咬牙坚持较真较劲 清存量控增量防变量", p1.get(0).title());
            assertEquals(1, p1.stream().filter(a -> a.title().contains("→")).count());
            assertEquals(1, p2.stream().filter(a -> a.title().contains("←")).count());
        }
    }

    private static boolean jumpMarkerFlagged(Analyzer analyzer, SourceDocument page, String marker) {
        String raw = page.source().raw();
        return analyzer.analyze(page.source()).flags().stream().anyMatch(f -> f.kind() == FlagKind.PAGE_FURNITURE
                && raw.substring(f.start(), f.end()).replaceAll("\\s", "").equals(marker));
    }

    @Test
    void aPdfWithoutTextLayerIsAnImageOnlyPageThatSaysOcrIsNeeded() throws Exception {
        Path pdf = Files.write(dir.resolve("scan.pdf"), TestPdfs.imageOnly());
        try (StoreLibraryService s = new StoreLibraryService(Library.open(dir.resolve("lib.db")))) {
            ImportReport r = importPaths(s, pdf);
            assertEquals(0, r.refused(), r.refusedFiles().toString());
            assertEquals(1, r.newPages());
            assertEquals(List.of("scan.pdf: " + Importer.NO_TEXT_LAYER), r.notes());
            assertTrue(r.notes().get(0).contains("no text layer: OCR needed"));
            PageSummary p = s.library().pages().get(0);
            assertEquals("scan", p.name());
            VersionInfo v = s.library().versions(p.id()).get(0);
            assertEquals("", s.library().sourceText(v.id()));
            SourceDocument d = s.sourceDocument(v.id()).orElseThrow();
            assertTrue(d.imageOnly());
            assertFalse(d.notes().isEmpty());
            assertEquals(pdf.toAbsolutePath(), d.pdf().toAbsolutePath(), "the image is rendered from the PDF");
        }
    }

    @Test
    void geometryReadsBackAsItWasWritten() throws Exception {
        Path pdf = Files.write(dir.resolve("page-c.pdf"),
                TestPdfs.newspaper(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")), 4, new ArrayList<>()));
        SourceDocument d = com.jiaodui.text.source.Sources.read(pdf);
        Geometry back = Geometry.decode(d.geometry().encode());
        assertEquals(d.geometry().lines().size(), back.lines().size());
        assertEquals(d.geometry().blocks().size(), back.blocks().size());
        assertEquals(d.geometry().pages(), back.pages());
        for (int i = 0; i < back.lines().size(); i++) {
            Span a = d.geometry().lines().get(i);
            Span b = back.lines().get(i);
            assertEquals(a.start(), b.start());
            assertEquals(a.end(), b.end());
            assertEquals(a.box().x(), b.box().x(), 0.01);
            assertEquals(a.box().h(), b.box().h(), 0.01);
        }
        assertEquals(Geometry.none(), Geometry.decode("not geometry"));
    }
}

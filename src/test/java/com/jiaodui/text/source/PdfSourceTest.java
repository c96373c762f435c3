package com.jiaodui.text.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSourceTest {
    @TempDir
    Path dir;

    private SourceDocument read(String name, byte[] pdf) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, pdf);
        return Sources.read(p);
    }

    /** The raw page as the PDF can carry it: trailing spaces dropped, runs of blank lines one blank line. */
    static String printable(String raw) {
        return raw.replaceAll("[ \\t]+(?=\\r?\\n|$)", "").replaceAll("\\r\\n?", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    @Test
    void fourColumnPageCReadsBackEveryCharacterInOrder() throws Exception {
        String raw = TestPdfs.sample("page-c.raw.txt");
        SourceDocument d = read("page-c.pdf", TestPdfs.newspaper(TestPdfs.lines(raw), 4, null));
        assertEquals(SourceFormat.PDF, d.format());
        assertEquals(printable(raw), d.raw().strip());
        assertEquals(raw.replaceAll("\\s", ""), d.raw().replaceAll("\\s", ""));
        assertEquals(List.of(), d.notes());
    }

    @Test
    void fourColumnPageCHasTheSameBrokenJoinsAsItsRawText() throws Exception {
        String raw = TestPdfs.sample("page-c.raw.txt");
        SourceDocument d = read("page-c.pdf", TestPdfs.newspaper(TestPdfs.lines(raw), 4, null));
        Analyzer an = new Analyzer();
        List<String> fromText = joins(an.analyze(raw, Format.TEXT));
        List<String> fromPdf = joins(an.analyze(d.source()));
        assertFalse(fromText.isEmpty());
        assertEquals(fromText, fromPdf);
    }

    private static List<String> joins(Analysis a) {
        List<String> out = new ArrayList<>();
        for (Flag f : a.flags()) {
            if (f.kind() == FlagKind.BROKEN_JOIN) {
                int s = Math.max(0, f.start() - 6);
                int e = Math.min(a.raw().length(), f.end() + 6);
                out.add(a.raw().substring(s, e).replaceAll("\\s+", "⏎") + " → " + f.replacement());
            }
        }
        return out;
    }

    @Test
    void everyLineKeepsTheBoxItWasPrintedIn() throws Exception {
        List<TestPdfs.Drawn> drawn = new ArrayList<>();
        SourceDocument d = read("page-c.pdf", TestPdfs.newspaper(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")), 4, drawn));
        List<Span> lines = d.geometry().lines();
        assertEquals(drawn.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TestPdfs.Drawn want = drawn.get(i);
            Span got = lines.get(i);
            assertEquals(want.text().strip(), d.raw().substring(got.start(), got.end()).strip());
            Box b = got.box();
            assertEquals(want.x(), b.x(), 0.5, () -> "x of " + want);
            assertEquals(want.top(), b.y(), 0.5, () -> "y of " + want);
            assertEquals(want.w(), b.w(), 0.5, () -> "w of " + want);
            assertEquals(want.h(), b.h(), 0.5, () -> "h of " + want);
        }
        Span fourth = lines.stream().filter(s -> s.box().x() > 3 * 150).findFirst().orElseThrow();
        assertTrue(fourth.start() > lines.get(lines.size() / 2).start(), "the fourth column comes last");
    }

    @Test
    void noSpacesGuessedBetweenSpacedChineseButBetweenLatinWords() throws Exception {
        byte[] pdf = TestPdfs.spaced();
        String plain;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            plain = new PDFTextStripper().getText(doc);
        }
        assertTrue(plain.contains("本 报") || plain.contains("讯 记"), "PDFBox on its own pads: " + plain);
        SourceDocument d = read("spaced.pdf", pdf);
        assertEquals("本报讯记者李丹\nHello World", d.raw().strip());
    }

    @Test
    void anArticleJumpingPagesIsTwoPagesOfOneText() throws Exception {
        List<String> c = TestPdfs.lines(TestPdfs.sample("page-c.raw.txt"));
        List<List<String>> two = TestPdfs.twoPages(c);
        SourceDocument d = read("two.pdf", TestPdfs.pages(two, 4, null));
        assertEquals(2, d.geometry().pages().size());
        SourcePage p2 = d.geometry().pages().get(1);
        String firstOnTwo = two.get(1).get(0).strip();
        assertTrue(d.raw().substring(p2.start()).startsWith(firstOnTwo), d.raw().substring(p2.start(), p2.start() + 40));
        assertEquals(2, d.geometry().lineOf(p2.start()).orElseThrow().box().page());
        assertEquals(1, d.geometry().lineOf(p2.start() - 3).orElseThrow().box().page());
        // the sentence cut by the page break is a broken join, boxed on page 1 where it starts
        Analysis a = new Analyzer().analyze(d.source());
        Flag join = a.flags().stream().filter(f -> f.kind() == FlagKind.BROKEN_JOIN
                && f.start() < p2.start() && f.end() >= p2.start()).findFirst().orElseThrow(
                () -> new AssertionError("no join at the page break: " + a.flags()));
        assertEquals(1, d.geometry().boxOf(join.start(), join.end()).orElseThrow().page());
    }

    @Test
    void aPdfWithoutTextLayerIsAnImageOnlyPageThatNeedsOcr() throws Exception {
        SourceDocument d = read("scan.pdf", TestPdfs.imageOnly());
        assertTrue(d.imageOnly());
        assertEquals("", d.raw());
        assertEquals(1, d.geometry().pages().size());
        assertTrue(d.notes().get(0).contains("OCR is needed"), d.notes().toString());
        assertTrue(d.notes().get(0).contains("scan.pdf"), d.notes().toString());
    }

    @Test
    void aBrokenPdfIsRefusedWithItsReason() throws Exception {
        Path p = dir.resolve("broken.pdf");
        Files.writeString(p, "%PDF-1.7\nnot really");
        var e = org.junit.jupiter.api.Assertions.assertThrows(com.jiaodui.text.UnreadablePageException.class, () -> Sources.read(p));
        assertTrue(e.getMessage().contains("broken.pdf") && e.getMessage().contains("PDF"), e.getMessage());
    }
}

package com.jiaodui.text.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import com.jiaodui.text.Severity;
import com.jiaodui.text.UnreadablePageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MinerU content_list.json, hOCR and ALTO, each a small hand-written file in the format's real schema. */
class PipelineFormatsTest {
    static final Path DIR = Path.of("src/test/resources/sources");

    @TempDir
    Path tmp;

    @Test
    void mineruBlocksBecomeParagraphsWithTheirBoxes() throws Exception {
        SourceDocument d = Sources.read(DIR.resolve("page-c-columns_content_list.json"));
        assertEquals(SourceFormat.MINERU, d.format());
        assertTrue(d.raw().startsWith("# 市疫情防控指挥部召开工作会议\n\n本报讯（记者 李 丹 王建军） 3月28日晚"), d.raw());
        assertTrue(d.raw().contains("\n\n临颍县核酸检测现场\n"), "an image caption is text of the page");
        assertEquals(7, d.geometry().blocks().size());
        int at = d.raw().indexOf("情。要像医生");
        Box b = d.geometry().boxOf(at, at + 3).orElseThrow();
        assertEquals(520, b.x(), 0.01);
        assertEquals(90, b.y(), 0.01);
        assertEquals(420, b.w(), 0.01);
        assertNull(d.pdf());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("0–1000")), d.notes().toString());
        // the second column's blocks came in the wrong order: told, naming the blocks
        assertTrue(d.notes().contains("page 1: MinerU reads block 5 (top 90) after block 4 (top 380) of the same column:"
                + " its reading order looks wrong here"), d.notes().toString());
    }

    @Test
    void mineruBoxesBecomePointsWithThePdfBesideIt() throws Exception {
        Files.copy(DIR.resolve("page-c-columns_content_list.json"), tmp.resolve("x_content_list.json"));
        Files.write(tmp.resolve("x_origin.pdf"), TestPdfs.imageOnly()); // 300 × 400 pt
        SourceDocument d = Sources.read(tmp.resolve("x_content_list.json"));
        assertEquals(tmp.resolve("x_origin.pdf").toAbsolutePath(), d.pdf());
        Box title = d.geometry().blocks().get(0).box();
        assertEquals(60 * 0.3, title.x(), 1e-6);
        assertEquals(40 * 0.4, title.y(), 1e-6);
        assertEquals(1, d.notes().size(), d.notes().toString()); // only the reading-order note
        // in a folder, the PDF and the Markdown beside a content list are not pages of their own
        Files.writeString(tmp.resolve("x.md"), "# x");
        assertFalse(Sources.isPageFile(tmp.resolve("x.md")));
        assertFalse(Sources.isPageFile(tmp.resolve("x_origin.pdf")));
        assertTrue(Sources.isPageFile(tmp.resolve("x_content_list.json")));
        assertFalse(Sources.isPageFile(tmp.resolve("x_middle.json")));
    }

    /**
     * MinerU read the second column's blocks in the wrong order: the paragraph cut at the foot of the first
     * column ("…战胜疫") is followed by a block from lower in the second column ("进一步…"), and its real
     * continuation ("情。要像医生…") comes after that. The continuation search must join "战胜疫" to "情。"
     * and flag it, not glue on the block that happens to follow.
     *
     * <p>NOTE for the lead: this needs the continuation search of the accuracy issue (issue 9). On this
     * branch the broken-join detector only looks at the next block.
     */
    @Test
    void continuationSearchRepairsMineruColumnOrder() throws Exception {
        SourceDocument d = Sources.read(DIR.resolve("page-c-columns_content_list.json"));
        Analysis a = new Analyzer().analyze(d.source());
        String cleaned = a.cleaned().text();
        assertTrue(cleaned.contains("战胜疫情。要像医生"), "the continuation search repairs the column order: " + cleaned);
        assertFalse(cleaned.contains("战胜疫进一步"));
        int cut = d.raw().indexOf("战胜疫") + 3;
        assertTrue(a.flags().stream().anyMatch(f -> f.kind() == FlagKind.BROKEN_JOIN && f.start() <= cut && f.end() >= cut),
                a.flags().toString());
    }

    @Test
    void hocrLinesWordsAndConfidences() throws Exception {
        SourceDocument d = Sources.read(DIR.resolve("page-c.hocr"));
        assertEquals(SourceFormat.HOCR, d.format());
        // Chinese "words" set solid again; between a digit or Latin word and Chinese the space stays, for
        // the spurious-space detector to judge
        assertEquals("本报讯（记者李丹）\n3 月28 日晚，市疫情防控\n\n指挥部工作会议以 Dingtalk", d.raw().strip());
        assertEquals(3, d.geometry().lines().size());
        Box line2 = d.geometry().lines().get(1).box();
        assertEquals(100 * 72 / 300.0, line2.x(), 1e-6); // scan_res 300: pixels to points
        assertEquals(150 * 72 / 300.0, line2.y(), 1e-6);
        assertEquals(10, d.geometry().words().size());
        List<WordConfidence> low = d.geometry().doubtful(OcrConfidenceDetector.DEFAULT_THRESHOLD);
        assertEquals(List.of("日晚，市", "会议以"), low.stream().map(w -> d.raw().substring(w.start(), w.end())).toList());
        assertEquals(0.41, low.get(0).confidence(), 1e-9);
    }

    @Test
    void altoLinesWordsSpacesHyphensAndConfidences() throws Exception {
        SourceDocument d = Sources.read(DIR.resolve("page-c.alto.xml"));
        assertEquals(SourceFormat.ALTO, d.format());
        assertEquals("刘尚进强调，在省工作組\n的指导帮助 COVID-\n19 test", d.raw().strip());
        Box first = d.geometry().lines().get(0).box();
        assertEquals(254 * 72 / 254.0, first.x(), 1e-6); // mm10: 25.4 mm is 72 pt
        assertEquals(1016 * 72 / 254.0, first.w(), 1e-6);
        assertEquals(List.of(), d.notes());
    }

    @Test
    void lowConfidenceWordsAreInfoFlagsYouCanWalk() throws Exception {
        SourceDocument d = Sources.read(DIR.resolve("page-c.alto.xml"));
        Analysis a = new Analyzer(Sources.detectors(d, Analyzer.defaultDetectors())).analyze(d.source());
        List<Flag> ocr = a.flags().stream().filter(f -> f.kind() == FlagKind.OCR_CONFIDENCE).toList();
        assertEquals(List.of("在省工作組", "test"), ocr.stream().map(f -> d.raw().substring(f.start(), f.end())).toList());
        assertTrue(ocr.stream().allMatch(f -> f.severity() == Severity.INFO && !f.hasFix()));
        assertTrue(ocr.get(0).message().contains("42%"), ocr.get(0).message());
        // the other detectors still see the page: 組 is a traditional character
        assertTrue(a.flags().stream().anyMatch(f -> f.kind() == FlagKind.TRADITIONAL_CHAR), a.flags().toString());
        assertEquals(ocr.get(0).start(), d.raw().indexOf("在省"));
        Box box = d.geometry().boxOf(ocr.get(0).start(), ocr.get(0).end()).orElseThrow();
        assertEquals(1, box.page());
    }

    @Test
    void badPipelineFilesAreRefusedWithAReason() throws Exception {
        Path json = Files.writeString(tmp.resolve("a_content_list.json"), "{\"not\": \"a list\"}");
        Path xml = Files.writeString(tmp.resolve("b.xml"), "<root/>");
        Path html = Files.writeString(tmp.resolve("c.html"), "<html><body><p>hi</p></body></html>");
        Path bad = Files.writeString(tmp.resolve("d.hocr"), "<div class='ocr_page'>");
        for (Path p : List.of(json, xml, html, bad)) {
            UnreadablePageException e = assertThrows(UnreadablePageException.class, () -> Sources.read(p));
            assertTrue(e.getMessage().contains(p.getFileName().toString()), e.getMessage());
        }
    }
}

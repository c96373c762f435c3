package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.text.source.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check, clean, articles and import on PDFs and OCR pipeline files. */
class SourceCommandsTest {
    @TempDir
    Path dir;

    private Path pageC(List<TestPdfs.Drawn> drawn) throws Exception {
        Path pdf = dir.resolve("page-c.pdf");
        Files.write(pdf, TestPdfs.newspaper(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")), 4, drawn));
        return pdf;
    }

    @Test
    void checkJsonOnAPdfHasSpansIntoTheExtractedTextAndTheLineBoxOfEachFlag() throws Exception {
        List<TestPdfs.Drawn> drawn = new ArrayList<>();
        Path pdf = pageC(drawn);
        EngineCommandsTest.Run r = EngineCommandsTest.run("check", "--json", pdf.toString());
        assertEquals(0, r.rc(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("pdf", doc.get("format").asText());
        assertEquals(1, doc.get("pages").asInt());
        String raw = com.jiaodui.text.source.Sources.read(pdf).raw();
        int joins = 0;
        for (JsonNode f : doc.get("flags")) {
            int s = f.get("start").asInt();
            int e = f.get("end").asInt();
            assertEquals(f.get("excerpt").asText(), CheckCommand.excerpt(raw, new com.jiaodui.text.Flag(
                    com.jiaodui.text.FlagKind.fromId(f.get("kind").asText()), s, e, "m", null)));
            JsonNode box = f.get("box");
            assertTrue(box != null && box.get("page").asInt() == 1, f.toString());
            if (f.get("kind").asText().equals("broken-join")) {
                joins++;
                // the line the break follows: its box is the box that line was printed in
                int lineStart = raw.lastIndexOf('\n', s - 1) + 1;
                String line = raw.substring(lineStart, s).strip();
                TestPdfs.Drawn d = drawn.stream().filter(x -> x.text().strip().equals(line)).findFirst().orElseThrow();
                assertEquals(d.x(), box.get("x").asDouble(), 0.5, f.toString());
                assertEquals(d.top(), box.get("y").asDouble(), 0.5, f.toString());
            }
        }
        assertTrue(joins >= 10, "broken joins: " + joins);
    }

    @Test
    void cleanAndArticlesReadPdfsAndOcrFiles() throws Exception {
        Path pdf = pageC(null);
        Path outDir = dir.resolve("out");
        EngineCommandsTest.Run r = EngineCommandsTest.run("clean", "--out", outDir.toString(),
                "src/test/resources/sources/page-c.alto.xml", pdf.toString());
        assertEquals(0, r.rc(), r.err());
        String cleaned = Files.readString(outDir.resolve("page-c.txt"));
        assertTrue(cleaned.contains("战胜疫情。要像医生"), cleaned);
        assertTrue(Files.exists(outDir.resolve("page-c.alto.txt")));
        EngineCommandsTest.Run a = EngineCommandsTest.run("articles", pdf.toString());
        assertEquals(0, a.rc(), a.err());
        assertTrue(a.out().lines().count() >= 3, a.out());
    }

    @Test
    void checkShowsLowConfidenceWordsOfAnAltoFile() {
        EngineCommandsTest.Run r = EngineCommandsTest.run("check", "src/test/resources/sources/page-c.alto.xml");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("ocr-confidence: ") && r.out().contains("【在省工作組】"), r.out());
    }

    @Test
    void aPdfWithoutTextIsOneClearMessageThatOcrIsNeeded() throws Exception {
        Path scan = Files.write(dir.resolve("scan.pdf"), TestPdfs.imageOnly());
        EngineCommandsTest.Run r = EngineCommandsTest.run("check", scan.toString());
        assertEquals(Cli.EXIT_USAGE, r.rc());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(scan + ": has no text layer") && r.err().contains("OCR is needed"), r.err());
    }

    @Test
    void importTakesAPdfAsAPageAndAFolderWalkFindsIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.write(folder.resolve("page-c.pdf"), TestPdfs.newspaper(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt")), 4, null));
        Files.write(folder.resolve("scan.pdf"), TestPdfs.imageOnly());
        Path db = dir.resolve("lib.db");
        EngineCommandsTest.Run r = EngineCommandsTest.run("import", "--db", db.toString(), folder.toString());
        assertTrue(r.out().contains("page-c.pdf: new page \"page-c\""), r.out() + r.err());
        // a scan is an image-only page, imported with a note that OCR is needed
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("scan.pdf: new page \"scan\""), r.out());
        assertTrue(r.out().contains("scan.pdf: no text layer: OCR needed"), r.out());
    }

    @Test
    void importSplitsAMultiPagePdfIntoAnIssueOfPages() throws Exception {
        Path pdf = Files.write(dir.resolve("issue.pdf"), TestPdfs.pages(
                TestPdfs.twoPages(TestPdfs.lines(TestPdfs.sample("page-c.raw.txt"))), 2, null));
        Path db = dir.resolve("lib.db");
        EngineCommandsTest.Run r = EngineCommandsTest.run("import", "--db", db.toString(), pdf.toString());
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("issue.pdf#1: new page \"issue/p1\""), r.out());
        assertTrue(r.out().contains("issue.pdf#2: new page \"issue/p2\""), r.out());
        assertTrue(r.out().contains("2 new pages"), r.out());
    }
}

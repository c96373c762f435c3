package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @TempDir
    Path dir;
    Path raw;
    Path clean;
    String rawText;
    String cleanText;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void samples() throws IOException {
        rawText = resource("/samples/page-a.raw.txt");
        cleanText = resource("/samples/page-a.clean.txt");
        raw = Files.writeString(dir.resolve("page-a.raw.txt"), rawText);
        clean = Files.writeString(dir.resolve("page-a.clean.txt"), cleanText);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = DiffCommandTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonHasTheDocumentedShapeAndRawOffsets() throws IOException {
        Run r = run("diff", "--json", raw.toString(), clean.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("differences"), names(root));
        JsonNode list = root.get("differences");
        assertTrue(list.size() >= 10 && list.size() <= 16, () -> list.size() + " differences");
        int moves = 0;
        for (JsonNode d : list) {
            assertEquals(List.of("kind", "a", "b"), names(d));
            String kind = d.get("kind").asText();
            assertTrue(Set.of("insert", "delete", "replace", "move").contains(kind), kind);
            assertEquals(kind.equals("insert"), d.get("a").isNull(), d::toString);
            assertEquals(kind.equals("delete"), d.get("b").isNull(), d::toString);
            checkSpan(d.get("a"), rawText);
            checkSpan(d.get("b"), cleanText);
            if (kind.equals("move")) {
                moves++;
            }
        }
        assertEquals(2, moves);
        JsonNode report = list.get(0);
        assertEquals("move", report.get("kind").asText());
        assertTrue(report.get("a").get("text").asText().contains("新型冠状病毒肺炎疫情最新情况"));
        assertTrue(r.out().contains("\"kind\":\"replace\",\"a\":{\"start\":"), r.out());
    }

    private static void checkSpan(JsonNode span, String text) {
        if (span.isNull()) {
            return;
        }
        assertEquals(List.of("start", "end", "text"), names(span));
        int s = span.get("start").asInt();
        int e = span.get("end").asInt();
        assertTrue(0 <= s && s < e && e <= text.length(), span::toString);
        assertEquals(text.substring(s, e), span.get("text").asText());
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext();) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void offsetsAreIntoTheDecodedTextWhateverTheEncoding() throws IOException {
        Path gb = dir.resolve("page-a.clean.gb.txt");
        Files.write(gb, cleanText.getBytes(Charset.forName("GB18030")));
        Run utf8 = run("diff", "--json", raw.toString(), clean.toString());
        Run gbk = run("diff", "--json", raw.toString(), gb.toString());
        assertEquals(0, gbk.code(), gbk.err());
        assertEquals(utf8.out(), gbk.out());
    }

    @Test
    void keepWidthReportsPunctuationWidth() throws IOException {
        Run folded = run("diff", "--json", raw.toString(), clean.toString());
        Run kept = run("diff", "--json", "--keep-width", raw.toString(), clean.toString());
        int n = new ObjectMapper().readTree(folded.out()).get("differences").size();
        int k = new ObjectMapper().readTree(kept.out()).get("differences").size();
        assertTrue(k > n + 20, () -> n + " vs " + k);
        assertTrue(kept.out().contains("\"text\":\"（\""));
    }

    @Test
    void textOutputListsDifferencesWithLines() {
        Run r = run("diff", raw.toString(), clean.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("--- A page-a.raw.txt"));
        assertTrue(r.out().contains("replace A line 202  \"采\"  ->  B line 41   \"貌\""), r.out());
        assertTrue(r.out().strip().endsWith("differences (2 moves)"), r.out());
    }

    @Test
    void identicalVersionsHaveNoDifferences() throws IOException {
        Run r = run("diff", "--json", clean.toString(), clean.toString());
        assertEquals(0, r.code());
        assertEquals("{\"differences\":[]}", r.out().strip());
    }

    @Test
    void unreadableFilesGiveOneLineAndExitTwo() throws IOException {
        Path missing = dir.resolve("nope.txt");
        Run r = run("diff", "--json", raw.toString(), missing.toString());
        assertEquals(Cli.EXIT_USAGE, r.code());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nope.txt") && r.err().contains("no such file"), r.err());

        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        r = run("diff", empty.toString(), raw.toString());
        assertEquals(Cli.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("empty.txt") && r.err().contains("empty"), r.err());

        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 % 256);
        }
        Path binary = Files.write(dir.resolve("x.bin"), bytes);
        r = run("diff", raw.toString(), binary.toString());
        assertEquals(Cli.EXIT_USAGE, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingArgumentIsAUsageError() {
        Run r = run("diff", raw.toString());
        assertEquals(Cli.EXIT_USAGE, r.code());
        assertTrue(r.err().contains("Missing required parameter"), r.err());
    }
}

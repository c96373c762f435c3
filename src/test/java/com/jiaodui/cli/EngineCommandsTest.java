package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineCommandsTest {
    @TempDir
    Path dir;

    record Run(int rc, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(rc, out.toString(), err.toString());
    }

    @Test
    void checkJsonOffsetsIndexTheDecodedTextWithItsLineEnds() throws Exception {
        String raw = Files.readString(Path.of("assets/samples/page-b.md")).replace("\n", "\r\n");
        Path gbk = dir.resolve("page-b-gbk.md");
        Files.write(gbk, raw.getBytes(Charset.forName("GB18030")));
        Run r = run("check", "--json", gbk.toString());
        assertEquals(0, r.rc(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(gbk.toString(), doc.get("file").asText());
        JsonNode flags = doc.get("flags");
        assertTrue(flags.size() > 20);
        boolean sawTraditional = false;
        for (JsonNode f : flags) {
            int s = f.get("start").asInt();
            int e = f.get("end").asInt();
            assertTrue(f.has("kind") && f.has("line") && f.has("excerpt") && f.has("message") && f.has("replacement"));
            if (f.get("kind").asText().equals("traditional-char")) {
                sawTraditional = true;
                assertTrue(raw.substring(s, e).equals("級") || raw.substring(s, e).equals("屆"), raw.substring(s, e));
                assertFalse(f.get("replacement").isNull());
            }
            if (f.get("kind").asText().equals("page-furniture")) {
                assertTrue(f.get("replacement").isNull(), "furniture has no fix");
            }
        }
        assertTrue(sawTraditional);
    }

    @Test
    void aBatchGoesOnPastBadFilesAndExitsTwo() throws Exception {
        Path folder = dir.resolve("batch");
        Files.createDirectories(folder);
        Files.copy(Path.of("assets/samples/page-c.raw.txt"), folder.resolve("a.txt"));
        Files.write(folder.resolve("b.txt"), new byte[0]);
        Files.write(folder.resolve("c.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7, 8, 0, 0});
        Files.copy(Path.of("assets/samples/page-b.md"), folder.resolve("d.md"));
        Run r = run("check", "--json", folder.toString());
        assertEquals(2, r.rc());
        JsonNode docs = new ObjectMapper().readTree(r.out());
        assertTrue(docs.isArray());
        assertEquals(2, docs.size(), "the two good pages are checked");
        String[] errLines = r.err().strip().split("\n");
        assertEquals(2, errLines.length, r.err());
        assertTrue(r.err().contains("b.txt: is empty"), r.err());
        assertTrue(r.err().contains("c.txt: is binary"), r.err());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("check").rc());
        assertEquals(2, run("frobnicate").rc());
        assertEquals(2, run("clean", "assets/samples/page-b.md", "assets/samples/page-c.raw.txt").rc(), "several pages need --out");
    }

    @Test
    void cleanWritesReflowedTextWithoutHardWraps() throws Exception {
        Run r = run("clean", "assets/samples/page-c.raw.txt");
        assertEquals(0, r.rc(), r.err());
        assertTrue(r.out().contains("早日打败病毒、战胜疫情。要像医生每天查病房一样"));
        for (String para : r.out().split("\n\n")) {
            assertFalse(para.strip().contains("\n"), "one line per paragraph: " + para);
        }
        Run md = run("clean", "assets/samples/page-b.md");
        assertTrue(md.out().startsWith("## 时刻绷紧疫情防控弦 筑牢疫情防控网\n\n本报讯（记者 高洪驰）1月21日，"), md.out().substring(0, 60));
        Path out = dir.resolve("out");
        Run many = run("clean", "--out", out.toString(), "assets/samples/page-b.md", "assets/samples/page-a.raw.txt");
        assertEquals(0, many.rc(), many.err());
        assertTrue(Files.readString(out.resolve("page-b.md"), StandardCharsets.UTF_8).contains("各级各部门"));
        assertTrue(Files.exists(out.resolve("page-a.raw.txt")));
    }

    @Test
    void articlesJson() throws Exception {
        Run r = run("articles", "--json", "assets/samples/page-b.md");
        assertEquals(0, r.rc(), r.err());
        JsonNode arts = new ObjectMapper().readTree(r.out()).get("articles");
        assertEquals("时刻绷紧疫情防控弦 筑牢疫情防控网", arts.get(0).get("title").asText());
        assertTrue(arts.get(0).get("paragraphs").size() >= 3);
        assertTrue(arts.get(0).get("end").asInt() > arts.get(0).get("start").asInt());
    }
}

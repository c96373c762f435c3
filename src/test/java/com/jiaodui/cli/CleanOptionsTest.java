package com.jiaodui.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jiaodui.review.ReviewSession;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.TextDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clean --fix} and {@code clean --decisions}: the review model's text from the command line. */
class CleanOptionsTest {
    static final String PAGE_A = "assets/samples/page-a.clean.txt";

    @TempDir
    Path dir;

    @Test
    void defaultFixIsTodaysClean() {
        EngineCommandsTest.Run plain = EngineCommandsTest.run("clean", PAGE_A);
        EngineCommandsTest.Run listed = EngineCommandsTest.run("clean", "--fix",
                "broken-join,duplicate-paragraph,duplicate-fragment,spurious-space,punctuation-width,traditional-char,garbled-char",
                PAGE_A);
        assertEquals(0, plain.rc(), plain.err());
        assertEquals(plain.out(), listed.out());
        assertTrue(plain.out().contains("③9"), "clean keeps page furniture");
    }

    @Test
    void fixAllRemovesPageFurnitureAndOneKindAppliesOnlyIt() {
        EngineCommandsTest.Run all = EngineCommandsTest.run("clean", "--fix", "all", PAGE_A);
        assertEquals(0, all.rc(), all.err());
        assertFalse(all.out().contains("③9"), "accepted page furniture is removed");
        EngineCommandsTest.Run joins = EngineCommandsTest.run("clean", "--fix", "broken-join", PAGE_A);
        assertTrue(joins.out().contains("之一，引发强烈反响。之一，引发强烈反响。")
                || joins.out().split("之一，引发强烈反响。", -1).length > 2, "the duplicate fragment stays");
        assertTrue(joins.out().contains("线下空间的打造，在全市范围内"), "the join across the caption is made");
        EngineCommandsTest.Run bad = EngineCommandsTest.run("clean", "--fix", "broken-joins", PAGE_A);
        assertEquals(Cli.EXIT_USAGE, bad.rc());
        assertTrue(bad.err().contains("broken-joins"), bad.err());
    }

    @Test
    void decisionsFromCheckJsonGiveTheReviewText() throws Exception {
        JsonNode flags = new ObjectMapper().readTree(EngineCommandsTest.run("check", "--json", PAGE_A).out()).get("flags");
        JsonNode join = null;
        for (JsonNode f : flags) {
            if (f.get("kind").asText().equals("broken-join") && f.get("excerpt").asText().contains("APP端主标志")) {
                join = f;
            }
        }
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{\"decisions\":[{\"start\":" + join.get("start") + ",\"end\":" + join.get("end")
                + ",\"kind\":\"broken-join\",\"verdict\":\"reject\"}]}");
        EngineCommandsTest.Run r = EngineCommandsTest.run("clean", "--decisions", file.toString(), PAGE_A);
        assertEquals(0, r.rc(), r.err());
        assertFalse(r.out().contains("线下空间的打造"), "the rejected join stays broken");
        assertEquals(1, r.out().split("造，在全市范围内持续掀起学习热潮", -1).length - 1, "and nothing is duplicated");

        // the app's review gives the same article text for the same decision
        Analysis a = new Analyzer().analyze(TextDecoder.read(Path.of(PAGE_A)));
        var article = a.articles().get(0);
        StringBuilder sb = new StringBuilder(article.text().text());
        ReviewSession s = new ReviewSession(a, article, null, java.util.List.of(), new ReviewSession.TextBuffer() {
            public String text() {
                return sb.toString();
            }

            public void replace(int st, int en, String t) {
                sb.replace(st, en, t);
            }
        }, System::nanoTime);
        s.reject(s.flags().stream().filter(f -> f.kind().id().equals("broken-join") && f.pieces().size() == 2)
                .findFirst().orElseThrow());
        assertTrue(r.out().contains(sb.toString().strip()), "the command's page holds the review's article");

        Files.writeString(file, "{\"decisions\":[{\"start\":1,\"end\":2,\"kind\":\"broken-join\",\"verdict\":\"accept\"}]}");
        EngineCommandsTest.Run none = EngineCommandsTest.run("clean", "--decisions", file.toString(), PAGE_A);
        assertNotEquals(0, none.rc());
        assertTrue(none.err().contains("broken-join 1..2") && none.err().contains("matches no flag"), none.err());
    }
}

package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation's generator makes pages that a real OCR tool or text layer could give, and the text clean
 * should give for them: what it gets wrong, the evaluation measures wrongly.
 */
class PageDamagerTest {

    private static String paragraphs(String name) throws IOException {
        try (InputStream in = PageDamagerTest.class.getResourceAsStream("/unseen/" + name)) {
            String t = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // one paragraph per line there; the generator reads paragraphs set apart by blank lines
            return String.join("\n\n", t.strip().split("\n"));
        }
    }

    @Test
    void aHardWrappedLineIsNoWiderThanTheColumnAndNeverOpensWithASpace() throws IOException {
        // a paragraph with Latin text and a space after a full stop, as the Taiwan papers print them
        String page = paragraphs("page-1.txt") + "\n\n從尼泊爾首都加德滿都(Kathmandu)搭機飛往波卡拉(Pokhara)，航程僅半小時。 "
                + "屁股還沒坐熱就已抵達，造訪這兒的遊客，目的大部分與我相同。 周刊指，梁與辣妹是自酒店一起離開。";
        for (long seed = 0; seed < 60; seed++) {
            PageDamager.Damaged d = PageDamager.damage(page, List.of(), seed, false, true);
            for (String line : d.raw().split("\n")) {
                assertFalse(line.startsWith(" "), "seed " + seed + ": a wrapped line opens with a space: " + line);
                // the column is at most 25 characters wide; Latin letters and digits take half a character
                assertTrue(Chars.width(line.strip(), 0, line.strip().length()) <= 25, "seed " + seed + ": " + line);
            }
        }
    }

    @Test
    void theExpectedTextIsTheUndamagedPageWithForeignBlocksAfterTheirParagraph() throws IOException {
        String page = paragraphs("page-1.txt");
        List<String> original = Arrays.asList(page.split("\n\n"));
        List<String> foreign = Arrays.stream(paragraphs("page-2.txt").split("\n\n")).filter(f -> !original.contains(f)).toList();
        for (long seed = 0; seed < 200; seed++) {
            PageDamager.Damaged d = PageDamager.damage(page, foreign, seed, true, seed % 3 == 0);
            List<String> kept = new ArrayList<>();
            List<String> expected = Arrays.asList(d.expected().strip().split("\n\n"));
            assertFalse(foreign.contains(expected.get(0)), "seed " + seed + ": a foreign block opens the expected page");
            for (String p : expected) {
                if (!foreign.contains(p) && original.stream().noneMatch(o -> o.equals(p.replaceFirst("^（上接第.版）", "")))
                        && !original.contains(p)) {
                    continue; // a credit line the generator sets after a paragraph
                }
                if (!foreign.contains(p)) {
                    kept.add(p.replaceFirst("^（上接第.版）", ""));
                }
            }
            assertEquals(original, kept, "seed " + seed);
        }
    }

    @Test
    void aJoinAcrossOneWrappedLineIsNoFalseJoinButOneAcrossABlankLineIs() {
        String raw = "忙到都不知道今天\n是幾號\n\n就是那個";
        Flag line = new Flag(FlagKind.BROKEN_JOIN, 8, 9, Msg.of("flag.broken-join", "", ""), "", Severity.WARNING);
        Flag blank = new Flag(FlagKind.BROKEN_JOIN, 12, 14, Msg.of("flag.broken-join", "", ""), "", Severity.WARNING);
        assertFalse(Evaluation.spansBlankLine(raw, line));
        assertTrue(Evaluation.spansBlankLine(raw, blank));
    }
}

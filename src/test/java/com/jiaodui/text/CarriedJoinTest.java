package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A block broken in two ("…携手前" / "行，…") standing between the two halves of another sentence ("…摆脱贫困。世"
 * / "界银行…"): the carried block's own join is made after the paragraph, and accepting the raw flags (what
 * the review applies, in one pass of the raw page's cleaner) gives clean's text.
 */
class CarriedJoinTest {
    @Test
    void aCarriedBlockKeepsItsOwnJoinAndTheReviewReachesCleansText() throws IOException {
        String raw = BrokenJoinLayoutTest.page("broken-block-between-halves.txt");
        Analysis a = new Analyzer().analyze(raw, Format.TEXT);
        String clean = a.cleaned().text();
        assertTrue(clean.contains("摆脱贫困。世界银行研究报告"), clean);
        assertTrue(clean.contains("携手前行，用发展"), clean);
        String review = Cleaner.join(Cleaner.cleanBlocks(a.page(), a.flags()), raw.length()).text();
        assertEquals(clean, review);
    }
}

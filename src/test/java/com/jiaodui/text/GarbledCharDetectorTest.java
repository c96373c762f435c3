package com.jiaodui.text;

import static com.jiaodui.text.DetectorTestSupport.applyFixes;
import static com.jiaodui.text.DetectorTestSupport.blocksText;
import static com.jiaodui.text.DetectorTestSupport.run;
import static com.jiaodui.text.DetectorTestSupport.sample;
import static com.jiaodui.text.DetectorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GarbledCharDetectorTest {
    private final Detector detector = new GarbledCharDetector();

    @Test
    void replacementCharacterRunsOfPageA() {
        Page a = sample("page-a.raw.txt");
        List<Flag> flags = run(detector, a);
        assertEquals(2, flags.size());
        for (Flag f : flags) {
            assertEquals("\uFFFD".repeat(6), a.raw().substring(f.start(), f.end()));
            assertEquals("", f.replacement());
            assertEquals(Severity.WARNING, f.severity());
            assertEquals(FlagKind.GARBLED_CHAR, f.kind());
            assertEquals("6 unreadable glyphs (U+FFFD)", f.message());
        }
        assertEquals(a.raw().indexOf("\uFFFD1 月 2 日") - 5, flags.get(0).start());
        String fixed = blocksText(text(applyFixes(a.raw(), flags)));
        assertFalse(fixed.contains("\uFFFD"));
        assertTrue(fixed.contains("重庆市人力社保局近日"));
    }

    @Test
    void controlPrivateUseAndLoneSurrogates() {
        String raw = "正常\u0007文字\u0001\u0002，私\uE123用\u0085字，孤\uD800单\uDC00字，𠮷字\t制表\r\n换行\u000C。\n";
        Page p = text(raw);
        List<Flag> flags = run(detector, p);
        assertEquals(List.of("control character U+0007", "2 garbled characters", "private-use character U+E123",
                "control character U+0085", "unpaired surrogate U+D800", "unpaired surrogate U+DC00",
                "control character U+000C"), flags.stream().map(Flag::message).toList());
        assertEquals("正常文字，私用字，孤单字，𠮷字\t制表\r\n换行。\n", applyFixes(raw, flags));
    }

    @Test
    void cleanPagesHaveNoFlags() {
        for (String name : List.of("page-a.clean.txt", "page-b.md", "page-c.raw.txt")) {
            assertEquals(List.of(), run(detector, sample(name)), name);
        }
    }
}

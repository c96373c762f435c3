package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What every flag of the five detectors promises: a span inside the raw text and a fix that only touches its target. */
class DetectorsContractTest {
    static final List<Detector> DETECTORS = List.of(new SpuriousSpaceDetector(), new PunctuationWidthDetector(),
            new TraditionalCharDetector(), new GarbledCharDetector(), new PageFurnitureDetector(),
            new SuspectCharDetector());

    @Test
    void samplePagesKeepTheContract() {
        for (String name : List.of("page-a.raw.txt", "page-a.clean.txt", "page-b.md", "page-c.raw.txt")) {
            Page page = DetectorTestSupport.sample(name);
            check(page);
        }
    }

    @Property(tries = 300)
    void randomPagesKeepTheContract(@ForAll("pages") String raw) {
        check(PageReader.read(raw, Format.TEXT));
        check(PageReader.read(raw, Format.MARKDOWN));
    }

    /** Applying the fixes gives a fixed point: a second check of the fixed line finds nothing more to fix. */
    @Property(tries = 1000)
    void fixesAreIdempotent(@ForAll("lines") String raw) {
        Page page = PageReader.read(raw, Format.TEXT);
        List<Flag> flags = new ArrayList<>();
        DETECTORS.forEach(d -> d.detect(page, flags));
        String fixed = DetectorTestSupport.applyFixes(raw, flags);
        Page again = PageReader.read(fixed, Format.TEXT);
        List<Flag> second = new ArrayList<>();
        DETECTORS.forEach(d -> d.detect(again, second));
        List<Flag> fixes = second.stream().filter(Flag::hasFix).toList();
        assertEquals(List.of(), fixes, () -> "on " + escape(raw) + " fixed to " + escape(fixed));
    }

    /** One line of text (a single block, so re-reading cannot change the block structure). */
    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> token = Arbitraries.of("的", "是", "在", "中", "国", "市", "年", "记", "者", "李", "丹", "級", "屆",
                "，", "。", "、", "：", "“", "”", "（", "）", "《", "》", "！", ",", ".", ";", ":", "?", "!", "(", ")", "-",
                "%", " ", " ", " ", "\u3000", "0", "1", "2", "17:34", "1,000", "28.24", "COVID-19", "New", "York", "APP",
                "http://a.cn/x?y=1,2", "\uFFFD", "\u0001", "\uE000", "③9", "（下转02版）", "新华社发 王鹏 作", "□", "■");
        return token.list().ofMaxSize(40).map(l -> String.join("", l).strip());
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c == 0x3000 || c >= 0xE000 && c < 0xF900 || c == 0xFFFD
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<Character> chars = Arbitraries.of(
                '全', '市', '级', '級', '屆', '後', '乾', '记', '者', '摄', '版', '下', '转', '还', '有', '天', '李', '丹',
                '，', '。', '、', '“', '”', '（', '）', '《', '》', '！', '：', ',', '.', ';', ':', '?', '!', '(', ')',
                '[', ']', '#', '-', '@', '/', '0', '1', '2', '3', '9', 'a', 'B', 'x', ' ', ' ', ' ', '\u3000', '\t', '\n',
                '\n', '\r', '\uFFFD', '\u0007', '\uE000', '\uD800', '\uDC00', '②', '③', '□', '■');
        return chars.list().ofMaxSize(300).map(l -> {
            StringBuilder b = new StringBuilder(l.size());
            l.forEach(b::append);
            return b.toString();
        });
    }

    private static void check(Page page) {
        String raw = page.raw();
        for (Detector d : DETECTORS) {
            List<Flag> flags = new ArrayList<>();
            d.detect(page, flags);
            for (Flag f : flags) {
                assertTrue(f.start() >= 0 && f.start() <= f.end() && f.end() <= raw.length(), f::toString);
                String target = raw.substring(f.start(), f.end());
                switch (f.kind()) {
                    case SPURIOUS_SPACE -> {
                        assertEquals("", f.replacement());
                        assertTrue(!target.isEmpty() && target.chars().allMatch(c -> " \t\u3000\u00A0\r\n".indexOf(c) >= 0),
                                () -> "only white space is deleted: " + f);
                    }
                    case PUNCTUATION_WIDTH -> {
                        assertEquals(1, target.length());
                        String half = ",;:?!()";
                        String full = "，；：？！（）";
                        char c = target.charAt(0);
                        char r = f.replacement().charAt(0);
                        assertTrue(half.indexOf(c) >= 0 && full.indexOf(r) == half.indexOf(c)
                                || full.indexOf(c) >= 0 && half.indexOf(r) == full.indexOf(c), f::toString);
                    }
                    case TRADITIONAL_CHAR -> {
                        assertEquals(1, target.length());
                        assertEquals(1, f.replacement().length());
                    }
                    case GARBLED_CHAR -> {
                        assertEquals("", f.replacement());
                        for (int i = f.start(); i < f.end(); i++) {
                            assertTrue(GarbledCharDetector.isGarbled(raw, i), f::toString);
                        }
                    }
                    case SUSPECT_CHAR -> {
                        assertEquals(1, target.length());
                        assertEquals(1, f.replacement().length());
                        assertEquals(Severity.INFO, f.severity());
                        assertTrue(com.jiaodui.text.lm.VisualConfusions.get().alike(target.charAt(0), f.replacement().charAt(0)), f::toString);
                    }
                    case PAGE_FURNITURE -> {
                        assertEquals(null, f.replacement());
                        assertEquals(Severity.INFO, f.severity());
                    }
                    default -> throw new AssertionError("unexpected kind " + f);
                }
            }
        }
    }
}

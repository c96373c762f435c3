package com.jiaodui.text;

import static com.jiaodui.text.DetectorTestSupport.applyFixes;
import static com.jiaodui.text.DetectorTestSupport.flagAt;
import static com.jiaodui.text.DetectorTestSupport.flagged;
import static com.jiaodui.text.DetectorTestSupport.markdown;
import static com.jiaodui.text.DetectorTestSupport.run;
import static com.jiaodui.text.DetectorTestSupport.sample;
import static com.jiaodui.text.DetectorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PunctuationWidthDetectorTest {
    private final Detector detector = new PunctuationWidthDetector();
    private final Page pageB = sample("page-b.md");
    private final List<Flag> flagsB = run(detector, pageB);

    @Test
    void halfWidthMarksInChineseTextOfPageB() {
        String byline = "本报讯(记者 高洪驰)1月21日,市委";
        Flag open = flagAt(pageB, flagsB, byline, "(");
        assertEquals("（", open.replacement());
        assertEquals("half-width '(' in Chinese text → '（'", open.message());
        assertEquals(Severity.WARNING, open.severity());
        assertEquals(FlagKind.PUNCTUATION_WIDTH, open.kind());
        assertEquals("）", flagAt(pageB, flagsB, byline, ")").replacement());
        Flag comma = flagAt(pageB, flagsB, byline, ",");
        assertEquals("，", comma.replacement());
        assertEquals("half-width ',' in Chinese text → '，'", comma.message());
        assertEquals("；", flagAt(pageB, flagsB, "提高生产效率;发挥", ";").replacement());
        assertEquals("：", flagAt(pageB, flagsB, "庄严宣告:我国", ":").replacement());
        assertEquals("！", flagAt(pageB, flagsB, "“中原巨变”!(李潇琪", "!").replacement());
        assertEquals("：", flagAt(pageB, flagsB, "市人社局:扎实", ":").replacement(), "in a heading too");
        assertEquals("（", flagAt(pageB, flagsB, "(上接第一版)", "(").replacement());
    }

    @Test
    void pageBReadsCleanlyAfterTheFixes() {
        String fixed = applyFixes(pageB.raw(), flagsB);
        assertTrue(fixed.contains("本报讯（记者 高洪驰）1月21日，市委常委、统战部长赵锡昌"));
        assertTrue(fixed.contains("292.14万人，其中，省内就业116.58万人"));
        assertTrue(fixed.contains("实施“5G+工业互联网”行动，"));
        assertFalse(fixed.matches("(?s).*[\\p{IsHan}][,;:?!()].*"), "no half-width mark after a Han character left");
    }

    @Test
    void decimalsRangesTimesUrlsAndLatinAreLeftAlone() {
        String raw = "截至2月21日17:34,全市采集1,000条数据,比分3:1,详见https://example.com/a?b=1,c或mail@example.cn联系,"
                + "COVID-19, SARS等病毒(COVID-19)及第(1)条,0-24时共28.24万人。";
        Page p = text(raw);
        List<Flag> flags = run(detector, p);
        assertFalse(flagged(p, flags, "17:34", ":"));
        assertFalse(flagged(p, flags, "1,000", ","));
        assertFalse(flagged(p, flags, "3:1", ":"));
        assertFalse(flagged(p, flags, "https://example.com/a?b=1,c", "https://example.com/a?b=1,c"));
        assertFalse(flagged(p, flags, "mail@example.cn", "mail@example.cn"));
        assertFalse(flagged(p, flags, "COVID-19, SARS", ","));
        assertFalse(flagged(p, flags, "(COVID-19)", "(COVID-19)"));
        assertFalse(flagged(p, flags, "(1)", "(1)"));
        assertEquals("截至2月21日17:34，全市采集1,000条数据，比分3:1，详见https://example.com/a?b=1,c或mail@example.cn联系，"
                + "COVID-19, SARS等病毒(COVID-19)及第(1)条，0-24时共28.24万人。", applyFixes(raw, flags));
    }

    @Test
    void markdownSyntaxIsLeftAlone() {
        Page p = markdown("## 通知\n\n详见[通知全文](http://x.cn/a)和![现场图片](p.png),请查阅。\n");
        List<Flag> flags = run(detector, p);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals("，", flagAt(p, flags, "),请", ",").replacement());
    }

    @Test
    void consistentHalfWidthBracketsAreTheHouseStyle() {
        // page-a.clean.txt writes "(自治区、直辖市)" throughout but full-width commas: a deliberate style
        Page clean = sample("page-a.clean.txt");
        assertTrue(clean.raw().contains("31个省(自治区、直辖市)"));
        assertEquals(List.of(), run(detector, clean));
        // a stray full-width bracket on such a page follows the house style
        String raw = clean.raw().replaceFirst("\\(上海26例", "（上海26例");
        Page stray = text(raw);
        Flag f = flagAt(stray, run(detector, stray), "（上海26例", "（");
        assertEquals("(", f.replacement());
        assertEquals("full-width '（' on a page that writes half-width brackets → '('", f.message());
    }

    @Test
    void aPageThatLostAllWidthsGetsFullWidthBrackets() {
        // page-b writes every comma half-width as well: OCR lost the widths, brackets are not a style
        assertTrue(flagged(pageB, flagsB, "覆盖89个社区(村)", "("));
    }

    @Test
    void houseStyleFromSettings() {
        Page clean = sample("page-a.clean.txt");
        List<Flag> full = run(new PunctuationWidthDetector(HouseStyle.FULL_WIDTH), clean);
        assertEquals("（", flagAt(clean, full, "31个省(自治区", "(").replacement());
        List<Flag> half = run(new PunctuationWidthDetector(HouseStyle.HALF_WIDTH_BRACKETS), pageB);
        assertFalse(flagged(pageB, half, "本报讯(记者", "("));
        assertTrue(flagged(pageB, half, "1月21日,市委", ","), "commas are never a house style");
    }

    @Test
    void houseStyleDecision() {
        assertTrue(HouseStyle.FOLLOW_PAGE.halfWidthBrackets(21, 0, 0, 124));
        assertFalse(HouseStyle.FOLLOW_PAGE.halfWidthBrackets(10, 0, 263, 0), "lost widths");
        assertFalse(HouseStyle.FOLLOW_PAGE.halfWidthBrackets(8, 2, 0, 100), "not consistent");
        assertFalse(HouseStyle.FOLLOW_PAGE.halfWidthBrackets(2, 0, 0, 100), "too few to tell");
        assertTrue(HouseStyle.HALF_WIDTH_BRACKETS.halfWidthBrackets(0, 10, 0, 100));
        assertFalse(HouseStyle.FULL_WIDTH.halfWidthBrackets(21, 0, 0, 124));
    }

    @Test
    void fullWidthPagesHaveNoFlags() {
        assertEquals(List.of(), run(detector, sample("page-a.raw.txt")));
        assertEquals(List.of(), run(detector, sample("page-c.raw.txt")));
    }

    @Test
    void mixedPairFromAWrappedJumpMarker() {
        Page p = text("我市疫情防控形势严峻，（下转03版)\n");
        List<Flag> flags = run(detector, p);
        assertEquals(1, flags.size());
        assertEquals("）", flags.get(0).replacement());
    }

    @Test
    void aJumpMarkerFollowsThePagesBracketStyleWithoutMakingIt() {
        // a page that writes half-width brackets around Chinese text; the layout set its jump marker full-width
        String raw = "簽證費為25美元(約765元台幣)，票價約113美元(約3458元台幣)。\n\n"
                + "（上接第一版）入園費每人1500盧比(約436元台幣)，划船每小時500盧比(約145元台幣)。\n";
        List<Flag> flags = run(new PunctuationWidthDetector(), text(raw));
        assertEquals(2, flags.size(), flags.toString()); // the marker's two brackets, nothing else
        assertEquals("(", flags.get(0).replacement());
        assertEquals(")", flags.get(1).replacement());
    }
}

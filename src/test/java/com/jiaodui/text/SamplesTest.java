package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every defect named in assets/samples/README.md is flagged on the sample pages, and fixed by clean. */
class SamplesTest {
    static final Analyzer ANALYZER = new Analyzer();

    static Analysis analyse(String name) throws Exception {
        return ANALYZER.analyze(TextDecoder.read(Path.of("assets/samples", name)));
    }

    /** Whether a flag of the kind covers the first occurrence of {@code needle} (or the part {@code part} of it). */
    static boolean flagged(Analysis a, FlagKind kind, String needle, String part) {
        int at = a.raw().indexOf(needle);
        assertTrue(at >= 0, "sample text not found: " + needle);
        int s = at + needle.indexOf(part);
        int e = s + part.length();
        return a.flags().stream().anyMatch(f -> f.kind() == kind && f.start() < Math.max(e, s + 1) && s <= f.end()
                && (f.end() > s || f.start() == s));
    }

    static String kinds(Analysis a) {
        return a.flags().stream().map(f -> f.kind().id() + "@" + a.page().lineOf(f.start()) + ":" + f.message())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void duplicatedFragment() throws Exception {
        Analysis a = analyse("page-a.clean.txt");
        int second = a.raw().indexOf("\n之一，引发强烈反响。") + 1;
        assertTrue(a.flags().stream().anyMatch(f -> f.kind() == FlagKind.DUPLICATE_FRAGMENT && f.start() == second), kinds(a));
        String clean = a.cleaned().text();
        assertEquals(1, clean.split("之一，引发强烈反响。", -1).length - 1, "clean keeps one copy");
    }

    @Test
    void brokenJoins() throws Exception {
        Analysis b = analyse("page-b.md");
        assertTrue(flagged(b, FlagKind.BROKEN_JOIN, "巡查,切\n\n实解决", "\n\n"), kinds(b));
        assertTrue(b.cleaned().text().contains("巡查，切实解决"), "rejoined (and the comma made full-width)");
        Analysis c = analyse("page-c.raw.txt");
        assertTrue(flagged(c, FlagKind.BROKEN_JOIN, "战胜疫\n\n情。", "\n\n"), kinds(c));
        assertTrue(c.cleaned().text().contains("早日打败病毒、战胜疫情。要像医生"));
        Analysis a = analyse("page-a.clean.txt");
        assertTrue(flagged(a, FlagKind.BROKEN_JOIN, "线下空间的打\n", "\n"), kinds(a));
        String clean = a.cleaned().text();
        int joined = clean.indexOf("线下活动的举办、线下空间的打造，在全市范围内持续掀起学习热潮");
        int caption = clean.indexOf("“学习强国”周口学习平台APP端主标志");
        assertTrue(joined >= 0 && caption > joined, "halves rejoined, the interposed caption kept after the paragraph");
    }

    @Test
    void headlinesBylinesAndListsAreNotBrokenJoins() throws Exception {
        for (String name : List.of("page-a.raw.txt", "page-a.clean.txt", "page-b.md", "page-c.raw.txt")) {
            Analysis a = analyse(name);
            for (Flag f : a.flags()) {
                if (f.kind() == FlagKind.BROKEN_JOIN) {
                    String before = a.raw().substring(Math.max(0, f.start() - 12), f.start());
                    assertFalse(before.endsWith("。") || before.endsWith("线上唱响") || before.endsWith("乔小纳")
                            || before.endsWith("强调") || before.endsWith("更高效"), name + ": " + f);
                }
            }
        }
    }

    @Test
    void spuriousSpaces() throws Exception {
        Analysis a = analyse("page-a.raw.txt");
        assertTrue(flagged(a, FlagKind.SPURIOUS_SPACE, "截至 1月 2日 24时", " 1"), kinds(a));
        assertTrue(flagged(a, FlagKind.SPURIOUS_SPACE, "“学习强国 ”学", " ”"), kinds(a));
        assertTrue(flagged(a, FlagKind.SPURIOUS_SPACE, "市） 和新疆", " "), kinds(a));
        String clean = a.cleaned().text();
        assertTrue(clean.contains("截至1月2日24时"), clean.substring(0, 80));
        assertTrue(clean.contains("“学习强国”学习平台"));
    }

    @Test
    void paddedNamesInBylinesAreNewspaperStyle() throws Exception {
        Analysis c = analyse("page-c.raw.txt");
        assertTrue(c.cleaned().text().contains("本报讯（记者 李 丹 王建军）"), "never removed by default");
        for (Flag f : c.flags()) {
            if (f.kind() == FlagKind.SPURIOUS_SPACE && c.raw().substring(f.start(), Math.min(c.raw().length(), f.end() + 2)).startsWith(" 丹")) {
                assertEquals(Severity.INFO, f.severity());
            }
        }
        assertTrue(analyse("page-a.raw.txt").cleaned().text().contains("□记者 乔小纳"), "the box bullet is kept");
    }

    @Test
    void punctuationWidth() throws Exception {
        Analysis b = analyse("page-b.md");
        assertTrue(flagged(b, FlagKind.PUNCTUATION_WIDTH, "本报讯(记者 高洪驰)1月21日,市委", ","), kinds(b));
        assertTrue(b.cleaned().text().contains("1月21日，市委常委"));
        Analysis c = analyse("page-c.raw.txt");
        assertTrue(c.cleaned().text().contains("28.24万"), "decimals untouched");
        assertTrue(c.cleaned().text().contains("0时~24时"), "ranges untouched");
    }

    @Test
    void traditionalCharacters() throws Exception {
        Analysis b = analyse("page-b.md");
        assertTrue(flagged(b, FlagKind.TRADITIONAL_CHAR, "各級各部门", "級"), kinds(b));
        assertTrue(flagged(b, FlagKind.TRADITIONAL_CHAR, "十九屆六中全会", "屆"), kinds(b));
        assertTrue(b.cleaned().text().contains("各级各部门") && b.cleaned().text().contains("十九届六中全会"));
    }

    @Test
    void garbledGlyphs() throws Exception {
        Analysis a = analyse("page-a.raw.txt");
        assertTrue(flagged(a, FlagKind.GARBLED_CHAR, "\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD1 月 2 日", "\uFFFD"), kinds(a));
        assertFalse(a.cleaned().text().contains("\uFFFD"));
    }

    @Test
    void pageFurnitureIsFlaggedAndKept() throws Exception {
        Analysis c = analyse("page-c.raw.txt");
        assertTrue(flagged(c, FlagKind.PAGE_FURNITURE, "（下\n转02版）", "（下"), kinds(c));
        assertTrue(flagged(c, FlagKind.PAGE_FURNITURE, "还有47天", "还有47天"), kinds(c));
        assertTrue(flagged(c, FlagKind.PAGE_FURNITURE, "03 综合新闻", "03 综合新闻"), kinds(c));
        Analysis a = analyse("page-a.raw.txt");
        assertTrue(flagged(a, FlagKind.PAGE_FURNITURE, "彩！ ③9", "③9"), kinds(a));
        assertTrue(a.cleaned().text().contains("③9"), "clean keeps furniture");
        Analysis b = analyse("page-b.md");
        assertTrue(flagged(b, FlagKind.PAGE_FURNITURE, "(上接第一版)", "(上接第一版)"), kinds(b));
        assertTrue(flagged(b, FlagKind.PAGE_FURNITURE, "新春佳节。②8", "②8"), kinds(b));
    }

    @Test
    void articlesOfTheRawFrontPageGetTheirHeadlinesPrintedAfterTheBody() throws Exception {
        Analysis c = analyse("page-c.raw.txt");
        Article first = c.articles().get(0);
        assertEquals("本报讯（记者 李 丹 王建军）", first.byline());
        assertTrue((first.kicker() + first.title() + first.subtitle()).contains("咬牙坚持较真较劲"), first.toString());
        assertTrue(first.text().text().startsWith(first.kicker() == null ? first.title() : first.kicker()), "title first in the article text");
        Article conference = c.articles().stream().filter(x -> x.title().contains("第三场新闻发布会")).findFirst().orElseThrow();
        assertEquals("本报讯（记者 张晨阳）", conference.byline());
        assertTrue(c.articles().stream().noneMatch(x -> (x.title() + x.subtitle()).contains("综合新闻")), "page index is not an article");
    }

    @Test
    void articlesOfTheMarkdownPageFollowItsHeadings() throws Exception {
        Analysis b = analyse("page-b.md");
        assertEquals("时刻绷紧疫情防控弦 筑牢疫情防控网", b.articles().get(0).title());
        assertEquals("本报讯（记者 高洪驰）", b.articles().get(0).byline(), "bylines are read from the cleaned text");
        Article kicked = b.articles().stream().filter(x -> x.title().startsWith("市人社局")).findFirst().orElseThrow();
        assertEquals("学习贯彻省第十一届党代会精神系列微宣讲（八）", kicked.kicker());
        Article winter = b.articles().stream().filter(x -> x.title().equals("让全市群众温暖亮堂过新年")).findFirst().orElseThrow();
        assertEquals("记者 窦娜", winter.byline());
        assertNotNull(winter.text());
        Analysis a = analyse("page-a.raw.txt");
        Article study = a.articles().stream().filter(x -> x.title().contains("线上出众")).findFirst().orElseThrow();
        assertEquals("□记者 乔小纳", study.byline());
        assertTrue(study.body().contains("周口声音 线上唱响"), "subheads stay in the body");
        assertTrue(study.body().endsWith("③9"));
    }
}

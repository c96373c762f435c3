package com.jiaodui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** page-a.raw.txt (hard-wrapped PDF text) against page-a.clean.txt (another tool's cleaned version). */
class PageAComparisonTest {
    static String raw;
    static String clean;
    static Comparison c;

    @BeforeAll
    static void compare() {
        raw = Samples.pageARaw();
        clean = Samples.pageAClean();
        c = new Comparer().compare(raw, clean);
    }

    @Test
    void atMostSixteenDifferences() {
        assertTrue(c.differences().size() <= 16, () -> c.differences().size() + " differences: " + c.differences());
    }

    @Test
    void theEpidemicReportIsOneMove() {
        List<Difference> epidemic = c.moves().stream()
                .filter(d -> d.a().text().contains("新型冠状病毒肺炎疫情最新情况")).toList();
        assertEquals(1, epidemic.size(), () -> c.moves().toString());
        Difference m = epidemic.get(0);
        // raw prints the report first, clean prints it after the 学习强国 article
        assertTrue(m.a().start() < raw.indexOf("“学习强国”在周口"));
        assertTrue(m.b().start() > clean.indexOf("线上更出众，线下更出彩"));
        for (String s : List.of("截至", "1月2日0时~24时", "累计收到港澳台地区通报确诊病例", "河南省新型冠状病毒肺炎疫情最新情况",
                "据河南省卫生健康委员会")) {
            assertTrue(Samples.squeeze(m.a().text()).contains(s), s);
            assertTrue(Samples.squeeze(m.b().text()).contains(s), s);
        }
        // nothing of the article is inside the move
        assertFalse(m.a().text().contains("学习强国"));
        assertFalse(m.b().text().contains("学习强国"));
        // the report is not also reported as deleted and inserted text
        for (Difference d : c.differences()) {
            if (!d.isMove()) {
                assertTrue(d.a().length() < 40 && d.b().length() < 40, d::toString);
            }
        }
    }

    @Test
    void eachWordingDifferenceIsItsOwnSmallDifference() {
        expect(DiffKind.REPLACE, "采", "貌", "精神风采", "精神风貌");
        expect(DiffKind.INSERT, "", "量", "更有力", "更有力量");
        expect(DiffKind.DELETE, "们", "", "强国书友们", "强国书友");
        expect(DiffKind.DELETE, "重点", "", "等重点工作", "等工作");
        expect(DiffKind.INSERT, "", "学习", "丰富多彩的线下活动", "丰富多彩的学习线下活动");
        expect(DiffKind.INSERT, "", "之一，引发强烈反响。", null, null);
        expect(DiffKind.INSERT, "", "“学习强国”周口学习平台APP端主标志", null, null);
    }

    private static void expect(DiffKind kind, String aText, String bText, String aContext, String bContext) {
        Difference d = c.differences().stream()
                .filter(x -> x.kind() == kind && Samples.squeeze(x.a().text()).equals(aText)
                        && Samples.squeeze(x.b().text()).equals(bText))
                .findFirst().orElse(null);
        assertNotNull(d, () -> kind + " " + aText + "→" + bText + " not in " + c.differences());
        if (aContext != null) {
            int ctxA = Samples.squeeze(raw.substring(Math.max(0, d.a().start() - 12), Math.min(raw.length(), d.a().end() + 12)))
                    .indexOf(aContext);
            assertTrue(ctxA >= 0, () -> "A context of " + d);
            int ctxB = clean.substring(Math.max(0, d.b().start() - 12), Math.min(clean.length(), d.b().end() + 12))
                    .indexOf(bContext);
            assertTrue(ctxB >= 0, () -> "B context of " + d);
        }
    }

    @Test
    void layoutNoiseIsNotADifference() {
        for (Difference d : c.differences()) {
            if (d.isMove()) {
                continue;
            }
            String a = Samples.squeeze(d.a().text()).replace('(', '（').replace(')', '）').replace(",", "，");
            String b = Samples.squeeze(d.b().text()).replace('(', '（').replace(')', '）').replace(",", "，");
            assertFalse(a.equals(b), () -> "noise reported: " + d);
            assertFalse(a.replace("\uFFFD", "").isEmpty() && b.isEmpty(), () -> "garble reported: " + d);
            assertFalse(a.contains("—") || b.contains("—"), () -> "dash run reported: " + d);
        }
        // the "平台推广工作 / 格局" column break and "王鹏 作" / "公 布" spacing give nothing
        assertTrue(c.differencesIn(Side.A, raw.indexOf("平台推广工作"), raw.indexOf("格局，通过") + 2).isEmpty());
        assertTrue(c.differencesIn(Side.B, clean.indexOf("王鹏作") - 10, clean.indexOf("王鹏作") + 3).isEmpty());
    }

    @Test
    void spansAreRawOffsetsIntoEachFile() {
        for (Difference d : c.differences()) {
            assertEquals(raw.substring(d.a().start(), d.a().end()), d.a().text());
            assertEquals(clean.substring(d.b().start(), d.b().end()), d.b().text());
            if (d.move() != null) {
                assertTrue(d.a().start() >= d.move().a().start() && d.a().end() <= d.move().a().end(), d::toString);
                assertTrue(d.b().start() >= d.move().b().start() && d.b().end() <= d.move().b().end(), d::toString);
            }
        }
    }

    @Test
    void differencesAreInReadingOrderOfA() {
        List<Difference> ds = c.differences();
        for (int i = 1; i < ds.size(); i++) {
            assertTrue(ds.get(i - 1).a().start() <= ds.get(i).a().start());
            assertEquals(i, ds.get(i).index());
        }
    }

    @Test
    void widthIsNoiseUnlessKept() {
        // clean prints the report's brackets half width: with --keep-width they become differences
        Comparison kept = new Comparer(new CompareOptions(true)).compare(raw, clean);
        assertTrue(kept.differences().stream().anyMatch(d -> d.a().text().equals("（") && d.b().text().equals("(")),
                kept.differences()::toString);
        assertTrue(c.differences().stream().noneMatch(d -> !d.isMove() && d.a().text().contains("（")));
    }
}

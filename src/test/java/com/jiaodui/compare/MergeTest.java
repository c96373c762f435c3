package com.jiaodui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MergeTest {
    String raw;
    String clean;
    Comparison c;

    @BeforeEach
    void compare() {
        raw = Samples.pageARaw();
        clean = Samples.pageAClean();
        c = new Comparer().compare(raw, clean);
    }

    private Difference find(Predicate<Difference> p) {
        return c.differences().stream().filter(p).findFirst().orElseThrow();
    }

    @Test
    void takingLeftEverywhereGivesAExactly() {
        assertEquals(raw, c.merge().text());
        assertEquals(raw, c.merge().chooseAll(Choice.LEFT).text());
    }

    @Test
    void takingRightEverywhereGivesBsText() {
        String merged = c.merge().chooseAll(Choice.RIGHT).text();
        Comparison again = new Comparer().compare(merged, clean);
        assertTrue(again.differences().isEmpty(), again.differences()::toString);
        // the report now follows the article, as in B
        assertTrue(merged.indexOf("新型冠状病毒肺炎疫情最新情况") > merged.indexOf("线上更出众"));
        assertTrue(merged.contains("③9\n\n疫情通报\n\n"), merged);
    }

    @Test
    void oneDifferenceTakenRight() {
        Difference d = find(x -> x.b().text().equals("貌"));
        String merged = c.merge().choose(d, Choice.RIGHT).text();
        assertEquals(raw.substring(0, d.a().start()) + "貌" + raw.substring(d.a().end()), merged);
        assertTrue(Samples.squeeze(merged).contains("展现周口精神风貌"));
    }

    @Test
    void bothAndCustom() {
        Difference ins = find(x -> x.b().text().equals("量"));
        Difference rep = find(x -> x.b().text().equals("貌"));
        Difference del = find(x -> x.a().text().equals("们"));
        Merge m = c.merge().choose(ins, Choice.BOTH).edit(rep, "姿").choose(del, Choice.BOTH);
        assertEquals(Choice.CUSTOM, m.choice(rep));
        assertEquals("姿", m.customText(rep));
        String merged = Samples.squeeze(m.text());
        assertTrue(merged.contains("更有力量、应用"));
        assertTrue(merged.contains("精神风姿"));
        assertTrue(merged.contains("强国书友们"));
        assertEquals("量", m.resultFor(ins));
    }

    @Test
    void movesGoWhereTheChosenSidePrintsThem() {
        Difference move = find(x -> x.isMove() && x.a().text().contains("新型冠状病毒"));
        String right = c.merge().choose(move, Choice.RIGHT).text();
        assertEquals(1, count(right, "累计收到港澳台地区通报确诊病例"));
        assertTrue(right.indexOf("累计收到港澳台地区通报确诊病例") > right.indexOf("线上更出众"));
        // inner differences keep their own choice: left by default
        assertTrue(Samples.squeeze(right).contains("咸阳市1例、延安市"));
        String both = c.merge().choose(move, Choice.BOTH).text();
        assertEquals(2, count(both, "累计收到港澳台地区通报确诊病例"));
        Difference inner = find(x -> x.move() == move && x.b().text().equals("，"));
        String innerRight = c.merge().choose(move, Choice.RIGHT).choose(inner, Choice.RIGHT).text();
        assertEquals(Samples.squeeze(right).length(), Samples.squeeze(innerRight).length());
        assertTrue(!Samples.squeeze(innerRight).equals(Samples.squeeze(right)));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}

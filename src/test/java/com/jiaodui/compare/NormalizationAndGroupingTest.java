package com.jiaodui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizationAndGroupingTest {
    static final String P1 = "全市广大党员干部和群众利用平台学习的热情点滴汇聚，成果丰硕。";
    static final String P2 = "站在新的时间节点，往回看，是平台推广应用成绩斐然的花开遍地，向前走，是宣传思想工作再上层楼的星辰大海。";

    private static List<Difference> diff(String a, String b) {
        return new Comparer().compare(a, b).differences();
    }

    @Test
    void reflowWhiteSpaceAndParagraphBreaksAreNoise() {
        String wrapped = "全市广大党员干部和群众利\n用平台学习的热情点滴汇聚， 成果丰\n硕。\n\n站在新的时间节点 ，往回看 ，是平台推\n"
                + "广应用成绩斐然的花开遍地 ， 向前\n\n走 ，是宣传思想工作再上层楼的星辰\n大海。\n";
        assertEquals(List.of(), diff(wrapped, P1 + "\n\n" + P2 + "\n"));
        assertEquals(List.of(), diff("　　" + P1 + "\r\n\r\n" + P2, P1 + "\n" + P2));
    }

    @Test
    void punctuationWidthIsNoiseUnlessKept() {
        String half = "截至1月2日24时,31个省(自治区、直辖市)报告新增确诊病例161例;其中境外输入病例60例!";
        String full = "截至1月2日24时，31个省（自治区、直辖市）报告新增确诊病例161例；其中境外输入病例60例！";
        assertEquals(List.of(), diff(half, full));
        List<Difference> kept = new Comparer(new CompareOptions(true)).compare(half, full).differences();
        assertEquals(5, kept.size(), kept::toString);
        assertTrue(kept.stream().allMatch(d -> d.kind() == DiffKind.REPLACE && d.a().length() == 1));
    }

    @Test
    void dashRunsGarblePaddingAndHeadingMarkersAreNoise() {
        assertEquals(List.of(), diff("其中一大亮点———在中心城区", "其中一大亮点——在中心城区"));
        assertEquals(List.of(), diff("\uFFFD\uFFFD\uFFFD\uFFFD重庆市人力社保局近日对外公布了违法案件。", "重庆市人力社保局近日对外公布了违法案件。"));
        assertEquals(List.of(), diff("## 时刻绷紧疫情防控弦\n\n" + P1 + "\n", "时刻绷紧疫情防控弦\n\n" + P1 + "\n"));
        assertEquals(List.of(), diff("**时刻绷紧疫情防控弦**\n\n" + P1, "时刻绷紧疫情防控弦\n\n" + P1));
    }

    @Test
    void aGarbledGlyphThatStandsForACharacterIsADifference() {
        List<Difference> d = diff("全市广大党员干部和群众利用平台学习的热\uFFFD\uFFFD点滴汇聚，成果丰硕。", P1);
        assertEquals(1, d.size(), d::toString);
        assertEquals("\uFFFD\uFFFD", d.get(0).a().text());
        assertEquals("情", d.get(0).b().text());
    }

    @Test
    void oneCharacterWordingChangeIsOneSmallReplace() {
        List<Difference> d = diff("传播周口人文历史，展现周口精神风采。", "传播周口人文历史，展现周口精神风貌。");
        assertEquals(1, d.size());
        assertEquals(DiffKind.REPLACE, d.get(0).kind());
        assertEquals("采", d.get(0).a().text());
        assertEquals("貌", d.get(0).b().text());
    }

    @Test
    void twoDistantChangesInOneSentenceAreTwoDifferences() {
        String a = "围绕市委、市政府重点工作，围绕群众关心关注的热点话题，围绕周口大地改革发展的生动实践，健全工作机制。";
        String b = "围绕市委、市政府中心工作，围绕群众关心关注的热点话题，围绕周口大地改革发展的生动实践，健全工作制度。";
        List<Difference> d = diff(a, b);
        assertEquals(2, d.size(), d::toString);
        assertEquals("重点", d.get(0).a().text());
        assertEquals("中心", d.get(0).b().text());
        assertEquals("机制", d.get(1).a().text());
        assertEquals("制度", d.get(1).b().text());
    }

    @Test
    void changesCloseTogetherAreOneDifference() {
        List<Difference> d = diff("《听党史悟初心》《〈诗经〉里的周口》音频类系列作品。", "《听党史悟初心》《诗经里的周口》音频类系列作品。");
        assertEquals(1, d.size(), d::toString);
        assertEquals("〈诗经〉", d.get(0).a().text());
        assertEquals("诗经", d.get(0).b().text());
    }

    @Test
    void latinWordsAndNumbersAreComparedAsTokens() {
        List<Difference> d = diff("累计追踪到密切接触者1431026人，尚在医学观察的密切接触者42313人。",
                "累计追踪到密切接触者1431028人，尚在医学观察的密切接触者42313人。");
        assertEquals(1, d.size());
        assertEquals("1431026", d.get(0).a().text());
        assertEquals("1431028", d.get(0).b().text());
        d = diff("他们在 the quick brown fox 的例子里测试了版本 1.2.3 的程序。", "他们在 the quick brawn fox 的例子里测试了版本 1.2.4 的程序。");
        assertEquals(2, d.size(), d::toString);
        assertEquals("brown", d.get(0).a().text());
        assertEquals("brawn", d.get(0).b().text());
        assertEquals("1.2.3", d.get(1).a().text());
        assertEquals("1.2.4", d.get(1).b().text());
        // a space between two Latin words is not noise
        assertEquals(1, diff("来自 New York 的代表团访问了周口市。", "来自 NewYork 的代表团访问了周口市。").size());
    }

    @Test
    void aMovedParagraphIsOneMove() {
        String p3 = "2019年9月30日，全市350名干部群众齐聚和谐广场，共同参与“我和我的祖国”主题快闪活动。";
        List<Difference> d = diff(P1 + "\n\n" + P2 + "\n\n" + p3, P2 + "\n\n" + p3 + "\n\n" + P1);
        assertEquals(1, d.size(), d::toString);
        assertEquals(DiffKind.MOVE, d.get(0).kind());
        assertEquals(P1, d.get(0).a().text());
        assertEquals(P1, d.get(0).b().text());
    }

    @Test
    void identicalAndEmptyTexts() {
        assertEquals(List.of(), diff(P1, P1));
        List<Difference> d = diff(P1, "  \n");
        assertEquals(1, d.size());
        assertEquals(DiffKind.DELETE, d.get(0).kind());
        d = diff("", P2);
        assertEquals(1, d.size());
        assertEquals(DiffKind.INSERT, d.get(0).kind());
        assertEquals(P2, d.get(0).b().text());
    }
}

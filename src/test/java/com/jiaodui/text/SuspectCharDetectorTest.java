package com.jiaodui.text;

import static com.jiaodui.text.DetectorTestSupport.run;
import static com.jiaodui.text.DetectorTestSupport.sample;
import static com.jiaodui.text.DetectorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.jiaodui.text.lm.VisualConfusions;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuspectCharDetectorTest {
    private final Detector detector = new SuspectCharDetector();

    private static Flag only(List<Flag> flags) {
        assertEquals(1, flags.size(), flags.toString());
        return flags.get(0);
    }

    @Test
    void lookAlikeMisreadingsAreFlaggedWithTheCharacterTheyStandFor() {
        String raw = "周口市已经完成了全年任务，我们的未来充满希望。";
        String damaged = raw.replace("已经", "己经");
        Flag f = only(run(detector, text(damaged)));
        assertEquals(FlagKind.SUSPECT_CHAR, f.kind());
        assertEquals(Severity.INFO, f.severity());
        // 末来 is flagged too once 己经 is there: both in one page
        List<Flag> both = run(detector, text("我们已经看到，这座城市的末来充满希望。他己经走了。"));
        assertEquals(2, both.size(), both.toString());
        assertEquals("未", both.get(0).replacement());
        assertEquals("已", both.get(1).replacement());
        assertTrue(both.get(1).message().contains("己 → 已"), both.get(1).message());
        assertEquals("已", f.replacement());
        assertEquals(damaged.indexOf("己经"), f.start());
        assertEquals(f.start() + 1, f.end());
    }

    @Test
    void infoFlagsAreNeverAppliedByClean() {
        Analysis a = new Analyzer().analyze("他己经走了，带着对末来的希望。", Format.TEXT);
        assertTrue(a.flags().stream().anyMatch(f -> f.kind() == FlagKind.SUSPECT_CHAR), a.flags().toString());
        assertTrue(a.cleaned().text().contains("己经"), a.cleaned().text());
        assertTrue(a.flags().stream().filter(f -> f.kind() == FlagKind.SUSPECT_CHAR).noneMatch(Flag::hasFix));
    }

    @Test
    void theSamplesDrawAtMostOneFlagPer2000Characters() {
        // the samples hold no look-alike misreading that we know of; page-b draws two false flags
        // (沈丘嘉事 → 事, 勇担重任 → 重): names and set phrases that jieba does not hold
        for (String name : List.of("page-a.raw.txt", "page-a.clean.txt", "page-c.raw.txt")) {
            assertEquals(List.of(), run(detector, sample(name)), name);
        }
        Page b = sample("page-b.md");
        assertTrue(run(detector, b).size() <= b.raw().length() / 2000, run(detector, b).toString());
    }

    @Test
    void wordsThatAreRightEitherWayAreLeftAlone() {
        // 人口 / 入口, 自己 / 自已: the character already stands in a word
        assertEquals(List.of(), run(detector, text("全市人口有九百万，入口处排起长队。他对自己经常这样说。")));
    }

    @Test
    void numbersLatinTitlesQuotationsAndBylinesAreLeftAlone() {
        assertEquals(List.of(), run(detector, text("记者 己经报道。")));
        assertEquals(List.of(), run(detector, text("他读了《己经》一书。")));
        assertEquals(List.of(), run(detector, text("他提出“己经”一词。")));
        assertEquals(List.of(), run(detector, text("GDP 2021 年增长 8%，ABC 公司 2022 年。")));
    }

    @Test
    void pagesWrittenInTraditionalCharactersAreLeftAlone() {
        assertEquals(List.of(), run(detector, text("這個三角形區域中還沒有拆除的房屋，他己經離開了。")));
    }

    @Test
    void theConfusionSetIsVisualNotPhonetic() {
        VisualConfusions c = VisualConfusions.get();
        assertTrue(c.alike('己', '已') && c.alike('已', '巳') && c.alike('末', '未') && c.alike('土', '士')
                && c.alike('人', '入') && c.alike('日', '曰'));
        // sound alike, look nothing alike
        assertTrue(!c.alike('在', '再') && !c.alike('的', '地') && !c.alike('以', '已'));
    }

    @Test
    void theIndexWrittenAtBuildTimeIsTheOneTheModelGives() {
        assertTrue(SuspectCharDetector.class.getResource(SuspectCharDetector.Index.TABLE) != null, "written at process-classes");
        SuspectCharDetector.Index stored = SuspectCharDetector.Index.standard();
        SuspectCharDetector.Index built = SuspectCharDetector.Index.build(com.jiaodui.text.lm.CharContext.standard(), VisualConfusions.get());
        assertEquals(built.pairs(), stored.pairs());
        assertEquals(built.entries(), stored.entries());
        for (String pair : List.of("己经", "末来", "士地")) {
            int a = stored.first(pair.charAt(0), pair.charAt(1));
            int b = built.first(pair.charAt(0), pair.charAt(1));
            assertTrue(a >= 0, pair);
            assertEquals(built.to[b], stored.to[a], pair);
        }
    }
}

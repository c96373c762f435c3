package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A hard-wrapped copy of a paragraph's second half that the reader splits where a line ends short
 * ("…回升至两成三。目" / "前撒哈拉…"), standing between the two halves of a broken sentence: the whole
 * copy is one duplicate, and clean run on its own output changes nothing (pd-20190220-16-01, seed 6w,
 * of the evaluation left its first part behind). A copy that starts inside an earlier block is one too.
 */
class DuplicateSplitCopyTest {
    static int count(String text, String what) {
        return text.split(what, -1).length - 1;
    }

    @Test
    void theWholeCopyIsFlaggedAndCleanIsIdempotent() throws IOException {
        String raw = BrokenJoinLayoutTest.page("copy-split-at-a-short-line.txt");
        Analyzer analyzer = new Analyzer();
        Analysis a = analyzer.analyze(raw, Format.TEXT);
        Flag dup = a.flags().stream().filter(f -> f.kind() == FlagKind.DUPLICATE_PARAGRAPH).findFirst().orElseThrow();
        String copied = raw.substring(dup.start(), dup.end());
        assertTrue(copied.startsWith("洲地区持续") && copied.endsWith("其次是中\n非。"), copied);
        String clean = a.cleaned().text();
        assertEquals(1, count(clean, "洲地区持续"), clean);
        assertTrue(clean.contains("只有少数国家走在正轨上。联合国"), clean);
        assertEquals(clean, analyzer.analyze(clean, Format.TEXT).cleaned().text());
    }

    @Test
    void aCopyThatStartsInsideAnEarlierBlockIsNotJoinedToTheParagraphAfterIt() throws IOException {
        // the copy's first block "洲地区…目" ends the earlier block "从联合国…非⏎洲地区…目"; its second is a whole earlier block
        String raw = BrokenJoinLayoutTest.page("copy-from-inside-a-block.txt");
        Analysis a = BrokenJoinLayoutTest.analyze(raw);
        String clean = a.cleaned().text();
        assertEquals(1, count(clean, "洲地区持续"), clean);
        assertTrue(clean.contains("走在正轨上。\n\n联合国粮农组织副总干事"), clean);
        assertEquals(0, a.flags().stream().filter(f -> f.kind() == FlagKind.BROKEN_JOIN && f.replacement().contains("\n\n")).count(),
                a.flags()::toString);
    }

    @Test
    void aLeadParagraphPrintedAgainBrokenInTwoBetweenTheHalvesOfASentenceIsRemoved() throws IOException {
        // a repeat of the lead far below is deliberate (info) only when it does not stand inside a broken sentence
        String clean = BrokenJoinLayoutTest.cleaned("broken-copy-between-halves.txt");
        assertEquals(1, count(clean, "本报带读者"), clean);
        assertTrue(clean.contains("绕行台中一圈了"), clean);
        assertTrue(clean.contains("未来营运可望突破"), clean);
    }

    @Test
    void aNearCopyBetweenTheHalvesOfASentenceIsPassedOverAndRemoved() throws IOException {
        // the first copy has a traditional glyph (齣 for 出): the copy differs in one character
        String clean = BrokenJoinLayoutTest.cleaned("near-copy-between-halves.txt");
        assertTrue(clean.contains("机关干部来自陆军、海军"), clean);
        assertEquals(1, count(clean, "主动来一场"), clean);
    }

    @Test
    void aCopyCarryingAJumpMarkerIsTheSameParagraphAndTheLaterOneGoes() throws IOException {
        // "（上接第二版）党的十八大后…" repeats the paragraph printed above it: the first copy stays where it was
        String clean = BrokenJoinLayoutTest.cleaned("copy-with-jump-marker.txt");
        assertEquals(1, count(clean, "党的十八大后"), clean);
        assertTrue(clean.contains("艺术形象。\n\n党的十八大后"), clean);
        assertTrue(clean.contains("符合时代要求的"), clean);
    }

    @Test
    void removingACopyRejoinedAcrossAnotherArticlesParagraphKeepsThatParagraph() throws IOException {
        // "……徵召参" / another article's paragraph / "选立委……": the rejoined copy goes, the paragraph between stays
        // (apple-37698733, seed 4, of the evaluation lost it), with the join as with the copy's flag alone
        String raw = BrokenJoinLayoutTest.page("copy-rejoined-across-another-paragraph.txt");
        Analysis a = BrokenJoinLayoutTest.analyze(raw);
        String clean = a.cleaned().text();
        assertEquals(1, count(clean, "同僚指被跟拍不意外"), clean);
        assertEquals(1, count(clean, "萧新晟展示志工团队"), clean);
        assertEquals(1, count(clean, "选立委"), clean);
        Flag dup = a.flags().stream().filter(f -> f.kind() == FlagKind.DUPLICATE_PARAGRAPH).findFirst().orElseThrow();
        assertTrue(dup.replacement().startsWith("萧新晟展示") && dup.replacement().endsWith("宣导海报。"), dup::toString);
        Page page = PageReader.read(raw, Format.TEXT);
        String alone = Cleaner.join(Cleaner.cleanBlocks(page, java.util.List.of(dup)), raw.length()).text();
        assertEquals(1, count(alone, "萧新晟展示志工团队"), alone);
        assertEquals(1, count(alone, "同僚指被跟拍不意外"), alone);
        assertEquals(clean, new Analyzer().analyze(clean, Format.TEXT).cleaned().text());
    }

    @Test
    void aParagraphPrintedWholeLaterTellsWhereItsTwoHalvesAreAcrossAnotherArticlesParagraph() {
        String first = "离开加德满都盆地，离开满眼寺庙和传说的领域后，尼泊尔仿佛成了另一个国度。造访这儿的游客，目的大部分与我相同，都是";
        String second = "为了绝美的湖光山色而来。在费娃湖周边，多的是饭店林立，依湖而生的游船选择也不少。";
        String clean = BrokenJoinLayoutTest.cleanedParagraphs("尼泊尔 波卡拉看雪山", first,
                "台中一名廖先生投诉，住了五十多年的房子被告知侵占了国有地，他赶紧花钱拆除，再重新盖房。",
                second,
                "如果想换个角度俯瞰费娃湖景，则可登上南方丘陵，往日本宗教团体在此地修建",
                first + second, // the whole paragraph printed again inside the next broken sentence
                "的妙法寺方向前进。山上高耸的白色佛塔名为世界和平塔。");
        assertTrue(clean.contains(first + second), clean);
        assertEquals(1, count(clean, "离开加德满都盆地"), clean);
        assertEquals(1, count(clean, "为了绝美的湖光山色"), clean);
        assertTrue(clean.contains("在此地修建的妙法寺"), clean);
        assertTrue(clean.indexOf("台中一名廖先生") > clean.indexOf("游船选择也不少"), clean);
    }

    @Test
    void aShortSecondHalfPrintedAgainFourBlocksLaterIsACopy() {
        String clean = BrokenJoinLayoutTest.cleanedParagraphs("我国风电建设提速",
                "本报北京8月13日电 今年以来，各地风电项目加快建设，在推动能源结构调整的同时，为经济发展",
                "提供更多绿色动能。",
                "今年以来，从蔚蓝大海到雪域高原再到乡村田园，一台台大型风机拔地而起。",
                "在福建海域，全球已建成的最大风机成功并网发电；",
                "在青藏高原，海拔最高的风机克服空气稀薄的困难，开始送电；",
                "提供更多绿色动能。", // the column's tail printed again
                "在中原大地，一座座分散式风机矗立在田间地头，为乡村提供清洁电能。");
        assertEquals(1, count(clean, "提供更多绿色动能"), clean);
        assertTrue(clean.contains("为经济发展提供更多绿色动能。"), clean);
        assertTrue(clean.contains("开始送电；\n\n在中原大地"), clean);
    }

    @Test
    void theTailOfAParagraphPrintedAgainUnderASubHeadingIsNoContinuationOfTheSubHeading() {
        // as printed, and with a traditional leak in the copy ("企業")
        for (String copy : new String[] {"支撑不足仍困扰着企业的转型升级。", "支撑不足仍困扰着企業的转型升级。"}) {
            String clean = BrokenJoinLayoutTest.cleanedParagraphs("民营企业转型升级观察",
                    "一些企业在一线城市设立子公司、成立研究院培养人才，但人才支撑不足仍困扰着企业的转型升级。",
                    "投资策略、核心竞争力至关重要，提高智能化水平和人才待遇",
                    copy, // the paragraph's tail printed again below the sub-heading
                    "当前，我国经济发展的不确定性明显上升，企业经营困难增多。");
            assertEquals(1, count(clean, "仍困扰着企业的转型升级"), clean);
            assertEquals(0, count(clean, "企業"), clean);
            assertTrue(clean.contains("提高智能化水平和人才待遇\n\n当前，我国经济"), clean);
        }
    }

    @Test
    void aCopyOfASecondHalfWithoutAFullStopIsACopy() {
        String clean = BrokenJoinLayoutTest.cleanedParagraphs("尼泊尔旅游资讯",
                "•波卡拉至沙朗阔观日出 含来回交通每人约2",
                "500卢比（约727元台币）；波卡拉玩飞行伞，每人约8500卢比（约2470元台币）",
                "•奇旺国家公园外国人入园费每人1500卢比（约436元台币）",
                "500卢比（约727元台币）；波卡拉玩飞行伞，每人约8500卢比（约2470元台币）", // printed again
                "★汇率 1元台币约3.44元尼泊尔卢比");
        assertEquals(1, count(clean, "玩飞行伞"), clean);
        assertTrue(clean.contains("每人约2500卢比"), clean);
    }
}

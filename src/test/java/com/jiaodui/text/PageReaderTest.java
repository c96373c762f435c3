package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageReaderTest {

    static Page sample(String name) throws Exception {
        return PageReader.read(TextDecoder.read(Path.of("assets/samples", name)));
    }

    static List<String> texts(Page p) {
        return p.blocks().stream().map(Block::string).toList();
    }

    @Test
    void decidesHardWrapByContentNotExtension() throws Exception {
        assertTrue(sample("page-a.raw.txt").hardWrapped());
        assertTrue(sample("page-c.raw.txt").hardWrapped());
        assertFalse(sample("page-a.clean.txt").hardWrapped());
        assertFalse(sample("page-b.md").hardWrapped());
        assertEquals(Format.MARKDOWN, sample("page-b.md").format());
    }

    @Test
    void joinsWrappedLinesWithoutSpacesBetweenCjkAndWithOneBetweenLatinWords() {
        String raw = "市疫情防控指挥部工作会议以钉钉视频形式\n召开，通报当前全市疫情防控工作总体情况\n，会议还听取了来自美国的代表 New\nYork 代表团的汇报并讨论了下一步工作。\n";
        Page p = PageReader.read(raw + "\n" + raw.replace("市疫情", "县疫情"), Format.TEXT);
        assertEquals("市疫情防控指挥部工作会议以钉钉视频形式召开，通报当前全市疫情防控工作总体情况，会议还听取了来自美国的代表 New York 代表团的汇报并讨论了下一步工作。",
                p.blocks().get(0).string());
    }

    @Test
    void joinsNumbersSplitAcrossAWrap() {
        String raw = "全市新增农村劳动力转移就业人员共计21\n2人，完成年度目标任务的百分之九十五点\n六，各项指标均位居全省前列。\n下一步将继续做好稳就业工作。\n";
        Page p = PageReader.read(raw, Format.TEXT);
        assertTrue(p.blocks().get(0).string().contains("共计212人"), p.blocks().get(0).string());
    }

    @Test
    void findsParagraphEndsFromShortLinesIndentationAndBlankLines() throws Exception {
        Page p = sample("page-a.raw.txt");
        List<String> t = texts(p);
        assertTrue(t.contains("之一，引发强烈反响。"), "a short line closing a sentence ends a paragraph");
        assertTrue(t.stream().anyMatch(s -> s.startsWith("自平台上线以来，周口始终把“学")));
        assertTrue(t.contains("“学习强国”在周口：线上出众 线下出彩"), "a headline line is its own block");
        assertTrue(t.contains("□记者 乔小纳"));
        assertTrue(t.contains("截至 1月 2日 24时新型冠状病毒肺炎疫情最新情况"), "a headline above a garbled drop cap");
        Page c = sample("page-c.raw.txt");
        List<String> tc = texts(c);
        assertTrue(tc.stream().anyMatch(s -> s.startsWith("本报讯（记者 张晨阳） 3月 29日，我市召开新冠肺炎疫情防控工作第三场新闻发布会，")),
                "an indented line starts a paragraph; a narrower column does not break it");
        assertTrue(tc.stream().anyMatch(s -> s.contains("对已来 （返） 漯人员实行点对点闭环转运集中隔离。要加快隔离专用房间规划建设")),
                "a column that widens mid-paragraph does not break it");
    }

    @Test
    void offsetMapPointsIntoTheRawText() throws Exception {
        String raw = Files.readString(Path.of("assets/samples/page-c.raw.txt"));
        Page p = PageReader.read(raw, Format.TEXT);
        for (Block b : p.blocks()) {
            MappedText t = b.text();
            for (int i = 0; i < t.length(); i++) {
                if (t.rawEnd(i) > t.rawStart(i)) {
                    assertEquals(raw.charAt(t.rawStart(i)), t.charAt(i));
                }
            }
        }
    }

    @Test
    void markdownHeadingsAreBlocksWithLevels() throws Exception {
        Page p = sample("page-b.md");
        Block first = p.blocks().get(0);
        assertTrue(first.isHeading());
        assertEquals(2, first.level());
        assertEquals("时刻绷紧疫情防控弦 筑牢疫情防控网", first.string());
    }

    @Test
    void aTitleWrappedAtTheColumnEdgeIsOneBlock() {
        String raw = "尼泊尔 波卡拉看雪山 奇旺国家公园丛林探\n险\n\n离开加德满都盆地，离开满眼宗教寺庙、神\n怪传说的领域后，霎时间，尼泊尔仿佛成了\n另个国度。往西飞，去坐拥大山大水的波卡\n拉。\n";
        Page p = PageReader.read(raw, Format.TEXT);
        assertTrue(p.hardWrapped());
        assertEquals("尼泊尔 波卡拉看雪山 奇旺国家公园丛林探险", p.blocks().get(0).string());
        assertEquals(2, p.blocks().size());
        // a title of two lines of their own stays two blocks
        Page two = PageReader.read(raw.replace("丛林探\n险", "丛林探险\n由乱到治"), Format.TEXT);
        assertEquals("由乱到治", two.blocks().get(1).string());
    }
}

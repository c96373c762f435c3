package com.jiaodui.text;

import static com.jiaodui.text.DetectorTestSupport.applyFixes;
import static com.jiaodui.text.DetectorTestSupport.blocksText;
import static com.jiaodui.text.DetectorTestSupport.flagAt;
import static com.jiaodui.text.DetectorTestSupport.flagged;
import static com.jiaodui.text.DetectorTestSupport.run;
import static com.jiaodui.text.DetectorTestSupport.sample;
import static com.jiaodui.text.DetectorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpuriousSpaceDetectorTest {
    private final Detector detector = new SpuriousSpaceDetector();
    private final Page pageA = sample("page-a.raw.txt");
    private final List<Flag> flagsA = run(detector, pageA);

    @ParameterizedTest(name = "page-a: ''{0}''")
    @CsvSource(delimiter = '|', value = {
        "截至 1月 2日 24时|截至|space between a number and a Chinese character",
        "“学习强国 ”学|国|space before '”'",
        "直辖\\n市） 和新疆|）|space after '）'",
        "规范管理 、|理|space before '、'",
        "1431026 人 ， 尚在|人|space before '，'",
        "1431026 人 ， 尚在|，|space after '，'",
        "《〈诗经 〉 里的|经|space before '〉'",
        "《〈诗经 〉 里的|〉|space after '〉'",
        "“80 后”|80|space between a number and a Chinese character",
        "2019 年 1 月 1 日|年|space between a number and a Chinese character",
        "近 35 万|近|space between a number and a Chinese character",
        "161\\n例。 其中|。|space after '。'",
        "下活动， 全市|，|space after '，'",
    })
    void flagsSpuriousSpaces(String wrapped, String before, String message) {
        // the target is the space right after {@code before} in the context; "\\n" stands for a hard wrap
        String context = wrapped.replace("\\n", "\n");
        int c = pageA.raw().indexOf(context);
        int t = pageA.raw().indexOf(before, c) + before.length();
        assertTrue(c >= 0 && pageA.raw().charAt(t) == ' ', context);
        Flag f = flagsA.stream().filter(x -> x.start() == t && x.end() == t + 1).findFirst()
                .orElseThrow(() -> new AssertionError("no flag at " + t + " in " + context));
        assertEquals(FlagKind.SPURIOUS_SPACE, f.kind());
        assertEquals("", f.replacement());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals(message, f.message());
    }

    @Test
    void oneFlagPerRunOfSpaces() {
        Page p = text("全市共有  \u3000 35家企业参加。");
        List<Flag> flags = run(detector, p);
        assertEquals(1, flags.size(), flags.toString());
        assertEquals(4, flags.get(0).end() - flags.get(0).start());
        assertEquals("全市共有35家企业参加。", applyFixes(p.raw(), flags));
    }

    @Test
    void ideographicSpaceBetweenChineseCharacters() {
        Page p = text("全市\u3000共有企业三十五家，均已参加。");
        Flag f = run(detector, p).get(0);
        assertEquals("ideographic space between Chinese characters", f.message());
    }

    @Test
    void fixedPageAReadsCleanly() {
        String fixed = blocksText(text(applyFixes(pageA.raw(), flagsA)));
        for (String s : List.of("截至1月2日24时", "“学习强国”学习平台", "市）和新疆", "规范管理、运营", "1431026人，尚在",
                "《〈诗经〉里的周口》", "“80后”", "2019年1月1日", "近35万人", "例。其中境外输入")) {
            assertTrue(fixed.contains(s), s);
        }
        // kept: title separators and the byline
        assertTrue(fixed.contains("“学习强国”在周口：线上出众 线下出彩"));
        assertTrue(fixed.contains("周口声音 线上唱响"));
        assertTrue(fixed.contains("□记者 乔小纳"));
        assertTrue(fixed.contains("新华社发 王鹏 作"));
    }

    @Test
    void headingSeparatorsAreNotFlagged() {
        assertFalse(flagged(pageA, flagsA, "线上出众 线下出彩", " "));
        assertFalse(flagged(pageA, flagsA, "周口声音 线上唱响", " "));
        assertFalse(flagged(pageA, flagsA, "学习热潮 线下传递", " "));
        Page c = sample("page-c.raw.txt");
        List<Flag> flagsC = run(detector, c);
        assertFalse(flagged(c, flagsC, "较真较劲 清存量", " "));
        assertFalse(flagged(c, flagsC, "深情触摸生活 努力创作精品", " "));
        assertFalse(flagged(c, flagsC, "03 综合新闻", " "), "page index number");
        Page b = sample("page-b.md");
        List<Flag> flagsB = run(detector, b);
        assertFalse(flagged(b, flagsB, "时刻绷紧疫情防控弦 筑牢疫情防控网", " "));
        assertFalse(flagged(b, flagsB, "拥抱数字技术 城市治理更高效", " "));
    }

    @Test
    void bylinesAreNewspaperStyle() {
        Page c = sample("page-c.raw.txt");
        List<Flag> flags = run(detector, c);
        assertFalse(flagged(c, flags, "记者 李 丹", "者 李"), "role and name");
        assertFalse(flagged(c, flags, "丹 王建军", " "), "two names");
        Flag padded = flagAt(c, flags, "李 丹", " ");
        assertEquals(Severity.INFO, padded.severity());
        assertFalse(padded.hasFix());
        assertEquals(Severity.INFO, flagAt(c, flags, "■罗 平", " ").severity());
        assertEquals(Severity.INFO, flagAt(c, flags, "郭 嘉", " ").severity());
        assertEquals(Severity.INFO, flagAt(c, flags, "张 乐", " ").severity());
        assertFalse(flagged(c, flags, "（记者 谢晓龙）", " "));
        // the space after the byline bracket is spurious
        assertEquals(Severity.WARNING, flagAt(c, flags, "王建军） 3月", " ").severity());
        assertEquals("space before '（'", flagAt(c, flags, "本报讯 （记者", " ").message());
        assertFalse(flagged(pageA, flagsA, "□记者 乔小纳", " "));
        assertFalse(flagged(pageA, flagsA, "新华社发 王鹏 作", "新华社发 王鹏 作"), "photo credit");
        Page b = sample("page-b.md");
        List<Flag> flagsB = run(detector, b);
        assertFalse(flagged(b, flagsB, "记者 窦娜", " "));
        assertFalse(flagged(b, flagsB, "(记者 高洪驰)", " "));
        assertFalse(flagged(b, flagsB, "(李潇琪 乔小纳)", " "));
        assertFalse(flagged(b, flagsB, "记者田青叶 摄", " "));
    }

    @Test
    void markdownHardBreaksAreNotInBlockText() {
        Page b = sample("page-b.md");
        assertTrue(b.raw().contains("(上接第一版)  \n"));
        assertEquals(List.of(), run(detector, b));
    }

    @Test
    void latinAndNumbersKeepTheirSpaces() {
        Page p = text("受New York疫情影响，COVID 19病例增加，Omicron BA.2毒株占比为80 %。");
        List<Flag> flags = run(detector, p);
        assertFalse(flagged(p, flags, "New York", " "));
        assertFalse(flagged(p, flags, "COVID 19", " "));
        assertFalse(flagged(p, flags, "Omicron BA", " "));
        assertFalse(flagged(p, flags, "80 %", " "));
    }

    @Test
    void mixedChineseAndLatinIsOnlyInfo() {
        Flag f = flagAt(pageA, flagsA, "APP 和", " ");
        assertEquals(Severity.INFO, f.severity());
        assertEquals("space between Chinese and Latin text", f.message());
    }

    @Test
    void latinTokenWithDigitsNextToChineseIsOnlyInfo() {
        Page p = text("全市COVID-19 疫情防控形势严峻，共有 5G 基站 300 个。");
        List<Flag> flags = run(detector, p);
        assertEquals(Severity.INFO, flagAt(p, flags, "COVID-19 疫情", " ").severity());
        assertEquals(Severity.INFO, flagAt(p, flags, "5G 基站", " ").severity());
        assertEquals(Severity.INFO, flagAt(p, flags, "共有 5G", " ").severity());
        assertEquals(Severity.WARNING, flagAt(p, flags, "基站 300", " ").severity(), "a number, not Latin text");
        assertEquals(Severity.WARNING, flagAt(p, flags, "300 个", " ").severity());
    }

    @Test
    void spaceInsideAQuotedHeadlineIsOnlyInfo() {
        Flag f = flagAt(pageA, flagsA, "白发校长 用爱", " ");
        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void justifiedLettersAreFlaggedOneByOne() {
        Page c = sample("page-c.raw.txt");
        List<Flag> flags = run(detector, c);
        String fixed = blocksText(text(applyFixes(c.raw(), flags)));
        assertTrue(fixed.contains("渠道，对中高风险地区来"));
        assertTrue(fixed.contains("对已来（返）漯人员"));
    }

    @Test
    void bracketsAroundChinese() {
        Page p = text("人员( 返 )漯，共计“ 三个一批 ”项目。");
        String fixed = applyFixes(p.raw(), run(detector, p));
        assertEquals("人员(返)漯，共计“三个一批”项目。", fixed);
    }

    @Test
    void aLoneSpaceBetweenRunsOfTextIsShownNotRemovedButLetterSpacingIsRemoved() {
        // web text flattens a sub-heading into its paragraph with one space; OCR letter-spacing spaces every character
        List<Flag> web = run(detector, text("梁文傑否認酒店傳聞，稱是朋友女友會檢討 反「波卡」挨轟假道學，梁問政犀利。"));
        assertEquals(1, web.size(), web.toString());
        assertEquals(Severity.INFO, web.get(0).severity());
        List<Flag> spaced = run(detector, text("对来自中 高 风 险地区的人员，要严格落实隔离措施。"));
        assertEquals(3, spaced.size(), spaced.toString());
        assertTrue(spaced.stream().allMatch(f -> f.severity() == Severity.WARNING), spaced.toString());
    }
}

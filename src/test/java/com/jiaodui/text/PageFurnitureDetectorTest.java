package com.jiaodui.text;

import static com.jiaodui.text.DetectorTestSupport.flagAt;
import static com.jiaodui.text.DetectorTestSupport.flagged;
import static com.jiaodui.text.DetectorTestSupport.run;
import static com.jiaodui.text.DetectorTestSupport.sample;
import static com.jiaodui.text.DetectorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureDetectorTest {
    private final Detector detector = new PageFurnitureDetector();
    private final Page pageA = sample("page-a.raw.txt");
    private final Page pageB = sample("page-b.md");
    private final Page pageC = sample("page-c.raw.txt");
    private final List<Flag> flagsA = run(detector, pageA);
    private final List<Flag> flagsB = run(detector, pageB);
    private final List<Flag> flagsC = run(detector, pageC);

    private static void assertFurniture(Flag f, String message) {
        assertEquals(FlagKind.PAGE_FURNITURE, f.kind());
        assertEquals(message, f.message());
        assertNull(f.replacement(), "kept by clean");
        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void jumpMarkers() {
        assertFurniture(flagAt(pageC, flagsC, "措施，（下\n转02版）", "（下\n转02版）"), "jump marker: （下转02版）");
        assertFurniture(flagAt(pageC, flagsC, "严峻，（下转03\n版）", "（下转03\n版）"), "jump marker: （下转03版）");
        assertFurniture(flagAt(pageB, flagsB, "(上接第一版)", "(上接第一版)"), "jump marker: (上接第一版)");
        Page p = text("全市共有三个项目开工建设，（上接第1版）详情转第3版。\n");
        List<Flag> flags = run(detector, p);
        assertFurniture(flagAt(p, flags, "（上接第1版）", "（上接第1版）"), "jump marker: （上接第1版）");
        assertFurniture(flagAt(p, flags, "转第3版", "转第3版"), "jump marker: 转第3版");
        assertEquals(2, flags.size());
    }

    @Test
    void editorCodes() {
        assertFurniture(flagAt(pageA, flagsA, "彩！ ③9", "③9"), "editor code: ③9");
        assertFurniture(flagAt(pageB, flagsB, "新春佳节。②8", "②8"), "editor code: ②8");
        assertFurniture(flagAt(pageB, flagsB, "胜利召开。①7", "①7"), "editor code: ①7");
        assertFurniture(flagAt(pageB, flagsB, "乔小纳)②11", "②11"), "editor code: ②11");
        assertFurniture(flagAt(pageB, flagsB, "负责人说。③5", "③5"), "editor code: ③5");
        // a circled number inside a sentence is not a code
        Page p = text("会议部署了①12项任务和②3个专班。\n");
        assertEquals(List.of(), run(detector, p));
    }

    @Test
    void photoCredits() {
        assertFurniture(flagAt(pageA, flagsA, "违法行为。 新华社发 王鹏 作", "新华社发 王鹏 作"), "photo credit: 新华社发 王鹏 作");
        assertFurniture(flagAt(pageB, flagsB, "(村)。记者田青叶 摄", "记者田青叶 摄"), "photo credit: 记者田青叶 摄");
        Page p = text("市民在广场参加健身活动。本报记者 张三 摄\n");
        assertFurniture(flagAt(p, run(detector, p), "本报记者 张三 摄", "本报记者 张三 摄"), "photo credit: 本报记者 张三 摄");
        Page q = text("游客们纷纷拿出手机拍摄\n");
        assertEquals(List.of(), run(detector, q));
    }

    @Test
    void countdownBox() {
        assertFurniture(flagAt(pageC, flagsC, "还有47天", "还有47天"), "countdown: 还有47天");
        assertFurniture(flagAt(pageC, flagsC, "距第二十届中国（漯河）食品博览会开幕", "距第二十届中国（漯河）食品博览会开幕"),
                "countdown: 距第二十届中国（漯河）食品博览会开幕");
        assertFurniture(flagAt(pageC, flagsC, "\n44\n", "44"), "countdown: 44");
        // alone, such a line is a headline
        Page p = text("距市区30公里的乡村音乐节举行\n\n本报讯（记者 张三）昨日，音乐节在乡村举行，吸引游客2000余人。\n");
        assertEquals(List.of(), run(detector, p));
    }

    @Test
    void pageIndex() {
        assertFurniture(flagAt(pageC, flagsC, "03 综合新闻", "03 综合新闻"), "page index: 03 综合新闻");
        assertFurniture(flagAt(pageC, flagsC, "05 民生·社会", "05 民生·社会"), "page index: 05 民生·社会");
        assertFurniture(flagAt(pageC, flagsC, "网上“零工超市”开业", "网上“零工超市”开业"), "page index: teaser 网上“零工超市”开业");
    }

    @Test
    void columnLabels() {
        assertFurniture(flagAt(pageA, flagsA, "画中有话", "画中有话"), "column label: 画中有话");
        assertFurniture(flagAt(pageB, flagsB, "## 新春走基层", "新春走基层"), "column label: 新春走基层");
    }

    @Test
    void headlinesAndBodyTextAreNotFurniture() {
        assertFalse(flagged(pageA, flagsA, "“学习强国”在周口：线上出众 线下出彩", "“学习强国”在周口：线上出众 线下出彩"));
        assertFalse(flagged(pageA, flagsA, "周口声音 线上唱响", "周口声音 线上唱响"));
        assertFalse(flagged(pageC, flagsC, "刘尚进在市疫情防控指挥部工作会议上强调", "刘尚进在市疫情防控指挥部工作会议上强调"));
        assertFalse(flagged(pageC, flagsC, "我市召开新冠肺炎疫情防控第三场新闻发布会", "我市召开新冠肺炎疫情防控第三场新闻发布会"));
        assertFalse(flagged(pageC, flagsC, "去年全市人社工作实现满堂红", "去年全市人社工作实现满堂红"));
        assertFalse(flagged(pageC, flagsC, "统筹好疫情防控经济发展", "统筹好疫情防控经济发展"));
        assertFalse(flagged(pageB, flagsB, "## 时刻绷紧疫情防控弦 筑牢疫情防控网", "时刻绷紧疫情防控弦 筑牢疫情防控网"));
        assertFalse(flagged(pageA, flagsA, "截至 1月 2日 24时", "截至 1月 2日 24时"));
        // furniture only: every flag of the samples carries a sub-kind prefix
        for (List<Flag> flags : List.of(flagsA, flagsB, flagsC)) {
            for (Flag f : flags) {
                assertEquals(FlagKind.PAGE_FURNITURE, f.kind());
                assertEquals(true, f.message().matches(
                        "^(jump marker|editor code|photo credit|countdown|page index|column label): .+"), f.message());
            }
        }
    }
}

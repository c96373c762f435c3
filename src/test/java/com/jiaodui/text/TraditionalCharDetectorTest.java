package com.jiaodui.text;

import static com.jiaodui.text.DetectorTestSupport.applyFixes;
import static com.jiaodui.text.DetectorTestSupport.flagAt;
import static com.jiaodui.text.DetectorTestSupport.run;
import static com.jiaodui.text.DetectorTestSupport.sample;
import static com.jiaodui.text.DetectorTestSupport.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalCharDetectorTest {
    private final Detector detector = new TraditionalCharDetector();

    @Test
    void traditionalCharactersLeakedIntoPageB() {
        Page b = sample("page-b.md");
        List<Flag> flags = run(detector, b);
        assertEquals(2, flags.size(), flags.toString());
        Flag ji = flagAt(b, flags, "各級各部门", "級");
        assertEquals("级", ji.replacement());
        assertEquals("traditional character 級 → 级", ji.message());
        assertEquals(Severity.WARNING, ji.severity());
        assertEquals(FlagKind.TRADITIONAL_CHAR, ji.kind());
        assertEquals("届", flagAt(b, flags, "十九屆六中全会", "屆").replacement());
        String fixed = applyFixes(b.raw(), flags);
        assertTrue(fixed.contains("各级各部门") && fixed.contains("十九届六中全会"));
    }

    @Test
    void simplifiedPagesHaveNoFlags() {
        for (String name : List.of("page-a.raw.txt", "page-a.clean.txt", "page-c.raw.txt")) {
            assertEquals(List.of(), run(detector, sample(name)), name);
        }
    }

    @Test
    void charactersValidInSimplifiedTextAreNotFlagged() {
        // all of these are changed by ICU's Traditional-Simplified conversion, yet are correct simplified text
        Page p = text("乾隆年间，著名学者慰藉了他们；于是姊妹俩参加摔跤比赛，俱乐部伙计在夥颐声中赶来。");
        assertEquals(List.of(), run(detector, p));
    }

    @Test
    void wordsChooseTheirSimplifiedForm() {
        Page p = text("我们这个计划还有一项計畫需要讨论，她戴着項鍊，这里的发展经济很好。");
        List<Flag> flags = run(detector, p);
        assertEquals("划", flagAt(p, flags, "計畫", "畫").replacement(), "計畫 → 计划, not 计画");
        assertEquals("链", flagAt(p, flags, "項鍊", "鍊").replacement(), "項鍊 → 项链, not 项炼");
        assertEquals("计", flagAt(p, flags, "計畫", "計").replacement());
    }

    @Test
    void aPageWrittenInTraditionalIsNotFlagged() {
        String simplified = sample("page-b.md").raw();
        String traditional = Transliterator.getInstance("Simplified-Traditional").transliterate(simplified);
        Page t = PageReader.read(traditional, Format.MARKDOWN);
        assertTrue(traditional.contains("各級各部門"));
        assertEquals(List.of(), run(detector, t));
    }

    @Test
    void aFewTraditionalCharactersInALongerSimplifiedTextAreFlagged() {
        Page p = text("這個會議在市政府召开，会议强调要加强对外来人员的排查，确保各项措施落实到位。");
        List<Flag> flags = run(detector, p);
        assertEquals(List.of("这", "个", "会", "议"), flags.stream().map(Flag::replacement).toList());
    }
}

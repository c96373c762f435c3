package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A paragraph a newspaper repeats on purpose (a standfirst printed again as the closing paragraph) is info
 * and stays; the article's lead with its dateline printed again far below, or a third copy of a paragraph,
 * is damage and goes (cctv-20260404 and pd-20190201-17-02 of the evaluation kept both).
 */
class DeliberateRepeatTest {
    private static List<Flag> duplicates(Analysis a) {
        return a.flags().stream().filter(f -> f.kind() == FlagKind.DUPLICATE_PARAGRAPH).toList();
    }

    @Test
    void theLeadWithItsDatelinePrintedAgainIsNoDeliberateRepeat() throws IOException {
        Analysis a = BrokenJoinLayoutTest.analyzePage("lead-repeated-far-below.txt");
        List<Flag> dups = duplicates(a);
        assertEquals(1, dups.size(), dups::toString);
        assertEquals(Severity.WARNING, dups.get(0).severity());
        String clean = a.cleaned().text();
        assertEquals(1, DuplicateSplitCopyTest.count(clean, "央视网消息"), clean);
        assertEquals(true, clean.contains("玩得好。\n\n据统计"), clean);
    }

    @Test
    void aStandfirstRepeatedOnceIsInfoAndAThirdCopyIsRemoved() throws IOException {
        Analysis a = BrokenJoinLayoutTest.analyzePage("standfirst-repeated-twice.txt");
        List<Flag> dups = duplicates(a);
        assertEquals(2, dups.size(), dups::toString);
        assertEquals(Severity.INFO, dups.get(0).severity());
        assertEquals(Severity.WARNING, dups.get(1).severity());
        String clean = a.cleaned().text();
        assertEquals(2, DuplicateSplitCopyTest.count(clean, "守护传统手艺"), clean);
        assertEquals(0, DuplicateSplitCopyTest.count(clean, "另有重要意义"), clean);
    }

    @Test
    void aColumnsStandfirstRepeatedStaysInfoBelowAnotherArticle() throws IOException {
        // the same column printed under the end of another article: its title "……（观点）" still opens an article
        String other = "文章强调，各级领导干部要切实加强科技前沿知识学习，提高专业化能力。\n\n"
                + "文章指出，要坚持以科技创新引领产业创新，推动产业链和创新链深度融合。\n\n";
        Analysis a = BrokenJoinLayoutTest.analyze(other + BrokenJoinLayoutTest.page("standfirst-repeated-twice.txt"));
        List<Flag> dups = duplicates(a);
        assertEquals(2, dups.size(), dups::toString);
        assertEquals(Severity.INFO, dups.get(0).severity());
        assertEquals(2, DuplicateSplitCopyTest.count(a.cleaned().text(), "守护传统手艺"), a.cleaned().text());
    }
}

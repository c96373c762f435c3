package com.jiaodui.text.lm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The join language model on the word splits of issue 9 and on breaks between whole words. */
class LanguageModelTest {
    private final LanguageModel lm = LanguageModel.get();

    @Test
    void tableIsBuiltWithCorpusCounts() {
        assertTrue(lm.size() > 300_000, "jieba's words");
        assertTrue(lm.hasCorpusStatistics(), "HanLP's bigram counts built into the table");
        assertTrue(lm.isWord("遵守", 0, 2));
    }

    @Test
    void aWordSplitAtTheBreakReadsAcrossIt() {
        assertTrue(lm.straddleGain("严格遵", "守隔离规定") > 5, "遵|守");
        assertTrue(lm.straddleGain("港澳台地区通", "报确诊病例") > 2, "通|报");
        assertTrue(lm.straddleGain("全力推动企业复", "工复产") > 2, "复|工");
        assertEquals(0, lm.straddleGain("修复一村，建强一村", "山西万荣县"), 0.5, "a heading and the paragraph under it");
    }

    @Test
    void sentenceStartsAreMoreLikelyForSentenceOpeners() {
        assertTrue(lm.sentenceStartLogOdds("当前", 0, 2) > lm.sentenceStartLogOdds("形象", 0, 2));
        assertTrue(lm.bigram("发挥", 0, 2, "作用", 0, 2) > 0);
    }
}

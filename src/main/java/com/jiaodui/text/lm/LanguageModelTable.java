package com.jiaodui.text.lm;

import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step (Maven, process-classes; argument: the classes directory): parses jieba's {@code dict.txt}
 * and reads HanLP portable's core dictionary and word-bigram table (counted on People's Daily 1998),
 * and writes the compact table {@link LanguageModel} loads at run time. HanLP is needed only here
 * (scope provided): loading it at run time would cost about 0.3 s.
 */
public final class LanguageModelTable {
    private LanguageModelTable() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0], "com", "jiaodui", "text", "lm");
        Files.createDirectories(dir);
        LanguageModel m;
        try (InputStream in = LanguageModel.class.getResourceAsStream("/dict.txt")) {
            if (in == null) {
                throw new IllegalStateException("jieba's dict.txt is not on the class path");
            }
            m = LanguageModel.fromDictionary(in.readAllBytes());
        }
        m = withBigrams(m);
        try (OutputStream out = Files.newOutputStream(dir.resolve(LanguageModel.TABLE))) {
            m.write(out);
        }
    }

    private static LanguageModel withBigrams(LanguageModel m) throws ReflectiveOperationException {
        // id → word for words of at most four chars
        int n = CoreDictionary.trie.size() + 16;
        String[] word = new String[n + 1];
        // HanLP's words looked up by jieba's (HanLP's trie does not list its keys), plus its class tokens
        List<String> candidates = new ArrayList<>(List.of("未##数", "未##人", "未##地", "未##团", "未##时", "未##串"));
        for (int i = 0; i < m.size(); i++) {
            candidates.add(m.wordAt(i));
        }
        for (String w : candidates) {
            int id = CoreDictionary.getWordID(w);
            if (id >= 0 && id < word.length) {
                word[id] = w;
            }
        }
        Field fs = CoreBiGramTableDictionary.class.getDeclaredField("start");
        Field fp = CoreBiGramTableDictionary.class.getDeclaredField("pair");
        CoreBiGramTableDictionary.getBiFrequency("的", "人"); // loads the table
        fs.setAccessible(true);
        fp.setAccessible(true);
        int[] start = (int[]) fs.get(null);
        int[] pair = (int[]) fp.get(null);
        List<long[]> words = new ArrayList<>();
        for (int id = 0; id < word.length; id++) {
            String w = word[id];
            if (w == null) {
                continue;
            }
            CoreDictionary.Attribute at = CoreDictionary.get(id);
            int f = at == null ? 0 : at.totalFrequency;
            int sentenceStart = bi("始##始", w) + bi("。", w) + bi("！", w) + bi("？", w) + bi("：", w);
            int clauseStart = bi("，", w) + bi("；", w);
            int sentenceEnd = bi(w, "。") + bi(w, "！") + bi(w, "？") + bi(w, "末##末");
            int clauseEnd = bi(w, "，") + bi(w, "；") + bi(w, "、");
            words.add(new long[] {LanguageModel.pack(w, 0, w.length()), f, sentenceStart, clauseStart, sentenceEnd, clauseEnd});
        }
        List<long[]> pairs = new ArrayList<>();
        for (int a = 0; a + 1 < start.length && a < word.length; a++) {
            if (word[a] == null) {
                continue;
            }
            long ka = LanguageModel.pack(word[a], 0, word[a].length());
            for (int k = start[a]; k < start[a + 1]; k++) {
                int b = pair[2 * k];
                int f = pair[2 * k + 1];
                if (b >= 0 && b < word.length && word[b] != null && f > 0) {
                    pairs.add(new long[] {LanguageModel.pairKey(ka, LanguageModel.pack(word[b], 0, word[b].length())), f});
                }
            }
        }
        return m.withCorpusStatistics(words, pairs);
    }

    private static int bi(String a, String b) {
        return Math.max(0, CoreBiGramTableDictionary.getBiFrequency(a, b));
    }
}

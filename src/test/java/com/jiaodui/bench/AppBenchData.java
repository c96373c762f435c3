package com.jiaodui.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Test data for the app benchmarks: a page holding one huge article, and many realistic pages. */
public final class AppBenchData {
    private AppBenchData() {}

    static String sample(String name) throws IOException {
        try (InputStream in = AppBenchData.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * A Markdown page with one article of about {@code chars} characters: sentences of characters drawn from the
     * sample pages (so no paragraph repeats), a few hundred characters per paragraph.
     */
    public static String hugeArticlePage(int chars, long seed) throws IOException {
        String pool = (sample("page-b.md") + sample("page-c.raw.txt")).codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(chars + 1000);
        sb.append("# 超长稿件测试\n\n");
        int para = 0;
        while (sb.length() < chars) {
            para++;
            int sentences = 3 + r.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                int len = 8 + r.nextInt(30);
                for (int i = 0; i < len; i++) {
                    sb.append(pool.charAt(r.nextInt(pool.length())));
                    if (i > 4 && i < len - 3 && r.nextInt(12) == 0) {
                        sb.append('，');
                    }
                }
                sb.append('。');
                if (para % 20 == 0 && s == 1) {
                    // an OCR paragraph break inside a sentence: a broken-join flag
                    sb.append("其中");
                    sb.append("\n\n");
                    sb.append("重点");
                }
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** Writes {@code n} page files made from the sample pages (each varied so none is a re-import). */
    public static void manyPages(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        String[] names = {"page-a.raw.txt", "page-b.md", "page-c.raw.txt"};
        String[] texts = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            texts[i] = sample(names[i]);
        }
        for (int i = 0; i < n; i++) {
            int k = i % names.length;
            String ext = names[k].endsWith(".md") ? ".md" : ".txt";
            Path f = dir.resolve(String.format("p%04d-%s%s", i, names[k].substring(0, 6), ext));
            if (!Files.exists(f)) {
                Files.writeString(f, texts[k] + "\n（第" + (i + 1) + "版）\n", StandardCharsets.UTF_8);
            }
        }
    }
}

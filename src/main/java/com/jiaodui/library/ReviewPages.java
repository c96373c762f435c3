package com.jiaodui.library;

import com.jiaodui.compare.Comparer;
import com.jiaodui.compare.Comparison;
import com.jiaodui.compare.DiffKind;
import com.jiaodui.compare.Difference;
import com.jiaodui.text.Analysis;
import com.jiaodui.text.Analyzer;
import com.jiaodui.text.Article;
import com.jiaodui.text.Flag;
import com.jiaodui.text.Format;
import com.jiaodui.text.MappedText;
import com.jiaodui.text.Page;
import com.jiaodui.text.PageReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the review shows of a page: the raw source on the left, the article on the right, linked span by span.
 * When the article comes from a cleaned version, the cleaned text is mapped to the raw source through the
 * compare engine's alignment ({@link #cleanedOnRaw}) and the analysis of the cleaned text (its articles, its
 * flags) is carried over onto the raw page, so that the review's link (article → original text → raw) works
 * as it does for Jiaodui's own cleaning.
 */
public final class ReviewPages {
    /** How far (in raw characters) a copy of inserted text is looked for. */
    private static final int NEAR = 400;

    private ReviewPages() {}

    /**
     * The analysis the review works on.
     *
     * @param cleaned the text of the version the articles come from, or null when they come from the raw source
     */
    public static Analysis analyse(Analyzer analyzer, String raw, Format rawFormat, String cleaned,
                                   Format cleanedFormat) {
        if (cleaned == null || cleaned.equals(raw)) {
            return analyzer.analyze(raw, rawFormat);
        }
        Analysis onCleaned = analyzer.analyze(cleaned, cleanedFormat);
        Page rawPage = PageReader.read(raw, rawFormat);
        return onRaw(onCleaned, rawPage, cleanedOnRaw(raw, cleaned));
    }

    /**
     * The cleaned text mapped to the raw text: each cleaned character maps to the raw characters the alignment pairs
     * it with (with the line breaks and spaces the cleaning removed after it), text only the cleaned version has to
     * an empty span where it was inserted, replaced text to the raw text it replaced.
     */
    public static MappedText cleanedOnRaw(String raw, String cleaned) {
        Comparison c = new Comparer().compare(raw, cleaned);
        int n = cleaned.length();
        int[] kind = new int[n]; // 0 aligned, 1 inserted, 2 replaced
        int[][] replacedBy = new int[n][];
        for (Difference d : c.differences()) {
            if (d.kind() == DiffKind.MOVE || d.b() == null) {
                continue;
            }
            int from = Math.max(0, d.b().start());
            int to = Math.min(n, d.b().end());
            for (int j = from; j < to; j++) {
                kind[j] = d.kind() == DiffKind.INSERT ? 1 : d.kind() == DiffKind.REPLACE ? 2 : 0;
                if (d.kind() == DiffKind.REPLACE && d.a() != null) {
                    replacedBy[j] = new int[] {d.a().start(), d.a().end()};
                }
            }
        }
        int[] at = new int[n + 1];
        // text only the cleaned version has that the raw page prints close by (a fragment the cleaning kept twice)
        // maps to that print, so that a flag on the copy has a place on both sides
        int[] copyOf = new int[n];
        java.util.Arrays.fill(copyOf, -1);
        for (Difference d : c.differences()) {
            if (d.kind() != DiffKind.INSERT || d.b() == null || d.b().end() - d.b().start() < 2) {
                continue;
            }
            int from = Math.max(0, d.b().start());
            int to = Math.min(n, d.b().end());
            String t = cleaned.substring(from, to).strip();
            if (t.length() < 2) {
                continue;
            }
            int off = cleaned.indexOf(t, from);
            int p = Math.max(0, Math.min(raw.length(), c.toA(from)));
            int q = raw.lastIndexOf(t, Math.min(raw.length(), p + NEAR));
            if (q < 0 || Math.abs(q - p) > NEAR) {
                q = raw.indexOf(t, Math.max(0, p - NEAR));
            }
            if (q >= 0 && Math.abs(q - p) <= NEAR) {
                for (int k = 0; k < t.length(); k++) {
                    copyOf[off + k] = q + k;
                }
            }
        }
        for (int j = 0; j <= n; j++) {
            at[j] = Math.max(0, Math.min(raw.length(), c.toA(j)));
        }
        MappedText.Builder b = MappedText.builder(n);
        for (int j = 0; j < n; j++) {
            int s = at[j];
            if (kind[j] == 1 && copyOf[j] >= 0) {
                b.append(cleaned.charAt(j), copyOf[j], copyOf[j] + 1);
            } else if (kind[j] == 1) {
                b.append(cleaned.charAt(j), s, s);
            } else if (kind[j] == 2 && replacedBy[j] != null) {
                b.append(cleaned.charAt(j), replacedBy[j][0], replacedBy[j][1]);
            } else {
                int e = at[j + 1] > s && at[j + 1] - s <= 8 && !Character.isHighSurrogate(cleaned.charAt(j))
                        ? at[j + 1] : Math.min(raw.length(), s + 1);
                b.append(cleaned.charAt(j), s, Math.max(s, e));
            }
        }
        return b.build();
    }

    /** The analysis of the cleaned text moved onto the raw page through {@code map} (cleaned → raw). */
    static Analysis onRaw(Analysis onCleaned, Page rawPage, MappedText map) {
        List<Flag> flags = new ArrayList<>();
        for (Flag f : onCleaned.flags()) {
            int[] r = span(map, f.start(), f.end());
            flags.add(f.at(r[0], r[1]));
        }
        flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
        List<Article> articles = new ArrayList<>();
        for (Article a : onCleaned.articles()) {
            int[] hull = span(map, a.rawStart(), a.rawEnd());
            articles.add(new Article(a.index(), a.kicker(), a.title(), a.subtitle(), a.byline(), a.paragraphs(),
                    compose(a.text(), map), hull[0], hull[1]));
        }
        return new Analysis(rawPage, flags, compose(onCleaned.cleaned(), map), articles);
    }

    /** {@code x} (mapped to the cleaned text) mapped to the raw text. */
    static MappedText compose(MappedText x, MappedText map) {
        MappedText.Builder b = MappedText.builder(x.length());
        for (int i = 0; i < x.length(); i++) {
            int[] r = span(map, x.rawStart(i), x.rawEnd(i));
            b.append(x.charAt(i), r[0], r[1]);
        }
        return b.build();
    }

    private static int[] span(MappedText map, int from, int to) {
        int n = map.length();
        from = Math.max(0, Math.min(from, n));
        to = Math.max(from, Math.min(to, n));
        return map.toRaw(from, to);
    }
}

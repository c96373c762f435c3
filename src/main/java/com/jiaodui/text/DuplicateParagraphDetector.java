package com.jiaodui.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a paragraph printed twice on a page, adjacent or not, compared on folded text (no spaces,
 * punctuation width folded, garbled glyphs ignored); near-duplicates that differ in one or two
 * characters too. The later copy is flagged for removal.
 */
public final class DuplicateParagraphDetector implements Detector {
    /** Shorter paragraphs (headlines, labels) may repeat legitimately. */
    static final int MIN_CHARS = 12;
    static final int MAX_EDITS = 2;

    @Override
    public void detect(Page page, List<Flag> out) {
        Map<String, List<Block>> seen = new HashMap<>();
        List<List<Block>> kept = new ArrayList<>();
        List<String> keptFolded = new ArrayList<>();
        for (List<Block> b : LogicalParagraphs.of(page, out).chains()) {
            if (b.get(0).isHeading()) {
                continue;
            }
            String f = LogicalParagraphs.folded(b);
            if (f.length() < MIN_CHARS) {
                continue;
            }
            List<Block> first = seen.get(f);
            int edits = 0;
            if (first == null) {
                for (int k = 0; k < kept.size() && first == null; k++) {
                    String g = keptFolded.get(k);
                    if (Math.abs(g.length() - f.length()) <= MAX_EDITS && f.length() >= 2 * MIN_CHARS) {
                        int d = boundedDistance(g, f, MAX_EDITS);
                        if (d <= MAX_EDITS) {
                            first = kept.get(k);
                            edits = d;
                        }
                    }
                }
            }
            if (first != null) {
                out.add(new Flag(FlagKind.DUPLICATE_PARAGRAPH, LogicalParagraphs.start(b), LogicalParagraphs.end(b),
                        (edits == 0 ? "paragraph printed twice" : "paragraph printed twice (differs in " + edits
                                + (edits == 1 ? " character" : " characters") + ")")
                                + "; first copy at line " + page.lineOf(LogicalParagraphs.start(first)) + ": \""
                                + BrokenJoinDetector.head(LogicalParagraphs.text(first)) + "\"",
                        "", Severity.WARNING));
                continue;
            }
            seen.put(f, b);
            kept.add(b);
            keptFolded.add(f);
        }
    }

    /** Levenshtein distance if at most {@code max}, else {@code max + 1}; banded, O(n·max). */
    static int boundedDistance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int inf = max + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= max ? j : inf;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[0] = i <= max ? i : inf;
            if (lo > 1) {
                cur[lo - 1] = inf;
            }
            int rowMin = cur[0];
            for (int j = lo; j <= hi; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
                cur[j] = Math.min(v, inf);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (hi < m) {
                cur[hi + 1] = inf;
            }
            if (rowMin > max) {
                return inf;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], inf);
    }
}

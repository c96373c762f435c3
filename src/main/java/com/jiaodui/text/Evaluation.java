package com.jiaodui.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the engine on real published text and on pages damaged from it ({@link PageDamager}): per
 * kind, precision and recall; false broken joins per article or page; and {@code clean}'s character
 * error rate against the text it should give back. Run by the {@code eval} command, never in the build.
 *
 * <p>On published text every broken-join and duplicate flag that clean would apply is false (a repeat
 * printed on purpose must be an {@code info} flag). Character error rate: edit distance (Myers diff
 * from java-diff-utils, a replaced run counted as its longer side) over the expected length, with
 * paragraph breaks counted as one character and other white space ignored.
 */
public final class Evaluation {
    private final Analyzer analyzer;

    public Evaluation(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Results on published pages. */
    public static final class Published {
        public int articles;
        public long chars;
        public int falseJoins;
        public int maxFalseJoins;
        public String worst = "";
        public int falseDuplicates;
        public int infoDuplicates;
        public int unchanged;
        public long changedChars;
        public final Map<String, Integer> flagsByKind = new LinkedHashMap<>();
        public final List<String> falseFlags = new ArrayList<>();
    }

    /** Results on damaged pages. */
    public static final class DamagedResult {
        public int pages;
        public long chars;
        public final Map<PageDamager.Defect, int[]> found = new EnumMap<>(PageDamager.Defect.class); // {found, total}
        public int falseJoins;
        public int maxFalseJoins;
        public int falseDuplicates;
        public int falseTraditional;
        public double cerSum;
        public double cerMax;
        public String cerWorst = "";
        public long errors;
        public long expectedChars;
        /** Pages on which clean run again changes the text (clean must be idempotent). */
        public int notIdempotent;
        /** Pages on which the raw page's cleaner over clean's flags (what the review applies) misses clean's text. */
        public int reviewDiffers;
        /** Joins of wrapped lines of one printed paragraph that the reader split (right, not counted as false). */
        public int lineJoins;
        public final List<String> misses = new ArrayList<>();
    }

    public void published(String name, String text, Published r) {
        Analysis a = analyzer.analyze(text, Format.TEXT);
        r.articles++;
        r.chars += text.length();
        int joins = 0;
        for (Flag f : a.flags()) {
            r.flagsByKind.merge(f.kind().id() + (f.severity() == Severity.INFO ? " (info)" : ""), 1, Integer::sum);
            if (!f.hasFix()) {
                if (f.kind() == FlagKind.DUPLICATE_PARAGRAPH || f.kind() == FlagKind.DUPLICATE_FRAGMENT) {
                    r.infoDuplicates++;
                }
                continue;
            }
            if (f.kind() == FlagKind.BROKEN_JOIN) {
                joins++;
                r.falseFlags.add(name + ": " + f.message());
            } else if (f.kind() == FlagKind.DUPLICATE_PARAGRAPH || f.kind() == FlagKind.DUPLICATE_FRAGMENT) {
                r.falseDuplicates++;
                r.falseFlags.add(name + ": " + f.message());
            }
        }
        r.falseJoins += joins;
        if (joins > r.maxFalseJoins) {
            r.maxFalseJoins = joins;
            r.worst = name;
        }
        long e = errors(normalise(a.cleaned().text()), normalise(text));
        if (e == 0) {
            r.unchanged++;
        }
        r.changedChars += e;
    }

    public void damaged(String name, PageDamager.Damaged d, DamagedResult r) {
        Analysis a = analyzer.analyze(d.raw(), Format.TEXT);
        r.pages++;
        r.chars += d.raw().length();
        List<Flag> flags = a.flags();
        boolean[] used = new boolean[flags.size()];
        for (PageDamager.Truth t : d.truths()) {
            int[] c = r.found.computeIfAbsent(t.defect(), k -> new int[2]);
            c[1]++;
            boolean hit = false;
            for (int i = 0; i < flags.size(); i++) {
                Flag f = flags.get(i);
                if (matches(t, f)) {
                    used[i] = true;
                    hit = true;
                }
            }
            if (hit) {
                c[0]++;
            } else {
                r.misses.add(name + ": " + t.defect() + " at " + t.start() + ": "
                        + CheckExcerpt.around(d.raw(), t.start(), t.end()));
            }
        }
        int joins = 0;
        for (int i = 0; i < flags.size(); i++) {
            Flag f = flags.get(i);
            if (used[i] || !f.hasFix()) {
                continue;
            }
            switch (f.kind()) {
                case BROKEN_JOIN -> {
                    if (d.hardWrapped() && !spansBlankLine(d.raw(), f)) {
                        // a wrapped line of one printed paragraph that the reader took for a paragraph's end:
                        // the generator breaks lines only inside a block, so the join restores the paragraph
                        r.lineJoins++;
                    } else {
                        joins++;
                        r.misses.add(name + ": false " + f.message());
                    }
                }
                case DUPLICATE_PARAGRAPH, DUPLICATE_FRAGMENT -> {
                    r.falseDuplicates++;
                    r.misses.add(name + ": false " + f.message());
                }
                case TRADITIONAL_CHAR -> r.falseTraditional++;
                default -> { }
            }
        }
        r.falseJoins += joins;
        r.maxFalseJoins = Math.max(r.maxFalseJoins, joins);
        String exp = normalise(d.expected());
        String once = a.cleaned().text();
        if (!analyzer.analyze(once, Format.TEXT).cleaned().text().equals(once)) {
            r.notIdempotent++;
            r.misses.add(name + ": clean run again changes the text");
        }
        // the review applies the raw flags in one pass of the cleaner (clean settles on top of it)
        if (!Cleaner.join(Cleaner.cleanBlocks(a.page(), a.flags()), d.raw().length()).text().equals(once)) {
            r.reviewDiffers++;
            r.misses.add(name + ": accepting clean's flags in the review does not give clean's text");
        }
        long e = errors(normalise(once), exp);
        double cer = exp.isEmpty() ? 0 : (double) e / exp.length();
        r.errors += e;
        r.expectedChars += exp.length();
        r.cerSum += cer;
        if (cer > 0.003) {
            r.misses.add(name + String.format(": CER %.2f%% (%d of %d characters)", cer * 100, e, exp.length()));
        }
        if (cer > r.cerMax) {
            r.cerMax = cer;
            r.cerWorst = name;
        }
    }

    private static boolean matches(PageDamager.Truth t, Flag f) {
        if (t.defect().isBreak()) {
            return f.kind() == FlagKind.BROKEN_JOIN && Math.abs(f.start() - t.start()) <= 2;
        }
        if (t.defect() == PageDamager.Defect.TRADITIONAL) {
            return f.kind() == FlagKind.TRADITIONAL_CHAR && f.start() < t.end() && t.start() < f.end();
        }
        if (f.kind() != FlagKind.DUPLICATE_PARAGRAPH && f.kind() != FlagKind.DUPLICATE_FRAGMENT) {
            return false;
        }
        return covers(f, t.start(), t.end()) || t.altStart() >= 0 && covers(f, t.altStart(), t.altEnd());
    }

    /** Whether the flag covers at least half of {@code [s,e)}. */
    private static boolean covers(Flag f, int s, int e) {
        int o = Math.min(f.end(), e) - Math.max(f.start(), s);
        return o * 2 >= e - s && e > s;
    }

    /** Paragraph breaks as one newline, other white space dropped: spacing is not what clean is judged on here. */
    /** Whether a flag's span holds a blank line (a break between blocks of the damaged page, not a line wrap). */
    static boolean spansBlankLine(String raw, Flag f) {
        boolean newline = false;
        for (int k = Math.max(0, f.start()); k < Math.min(raw.length(), f.end()); k++) {
            char c = raw.charAt(k);
            if (c == '\n') {
                if (newline) {
                    return true;
                }
                newline = true;
            } else if (!Chars.isSpace(c)) {
                newline = false;
            }
        }
        return false;
    }

    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingBreak = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                // a blank line (two newlines) separates paragraphs; one newline is a wrap
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    pendingBreak = true;
                }
                continue;
            }
            if (Chars.isSpace(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (pendingBreak && b.length() > 0) {
                b.append('\n');
            }
            pendingBreak = false;
            b.append(c);
        }
        return b.toString();
    }

    /** Edit cost between two texts: Myers diff over characters, each delta costing its longer side. */
    static long errors(String got, String expected) {
        if (got.equals(expected)) {
            return 0;
        }
        List<Character> x = chars(expected);
        List<Character> y = chars(got);
        long cost = 0;
        for (AbstractDelta<Character> d : DiffUtils.diff(x, y).getDeltas()) {
            cost += Math.max(d.getSource().size(), d.getTarget().size());
        }
        return cost;
    }

    private static List<Character> chars(String s) {
        List<Character> l = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            l.add(s.charAt(i));
        }
        return l;
    }

    /** A one-line excerpt of raw text around a span, for the miss list. */
    static final class CheckExcerpt {
        static String around(String raw, int s, int e) {
            int a = Math.max(0, s - 10);
            int b = Math.min(raw.length(), Math.max(e, s) + 10);
            return raw.substring(a, Math.min(b, raw.length())).replace('\n', '⏎');
        }
    }
}

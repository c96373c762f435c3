package com.jiaodui.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Damages a correctly paragraphed page the way OCR and PDF-to-Markdown tools do, and records where
 * every defect is, for the evaluation ({@link Evaluation}). The defect classes of issue 9: a paragraph
 * broken inside a sentence (at a column end); a short first half whose break splits a word (chosen with
 * ICU's word breaker, independent of the engine's language model); a duplicated block between the two
 * halves; a continuation after a jump marker; a fragment repeating the end of the paragraph before it
 * with a heading between; a sentence continuing after a paragraph of another article; a credit line
 * after a paragraph (a trap: not a defect); whole-paragraph, partial (the second half of a broken
 * paragraph printed again), fragment and near-copy duplicates; traditional characters leaked into
 * simplified text; and, for some pages, every line hard-wrapped at a column width.
 */
public final class PageDamager {
    /** What kind of defect a truth entry is. */
    public enum Defect {
        BREAK, WORD_BREAK, DUPLICATE_BETWEEN, JUMP_BREAK, FAR_CONTINUATION,
        DUPLICATE_PARAGRAPH, DUPLICATE_PART, DUPLICATE_FRAGMENT, DUPLICATE_FRAGMENT_ACROSS_HEADING, NEAR_COPY,
        TRADITIONAL;

        public boolean isBreak() {
            return this == BREAK || this == WORD_BREAK || this == DUPLICATE_BETWEEN || this == JUMP_BREAK
                    || this == FAR_CONTINUATION;
        }

        public boolean isDuplicate() {
            return this == DUPLICATE_PARAGRAPH || this == DUPLICATE_PART || this == DUPLICATE_FRAGMENT
                    || this == DUPLICATE_FRAGMENT_ACROSS_HEADING || this == NEAR_COPY;
        }
    }

    /**
     * One defect: for a break, {@code start} is the raw end of the first half (where a broken-join flag
     * starts); for a duplicate, the raw span of the copy to remove ({@code altStart..altEnd}: the other
     * copy, which a detector may flag instead); for a traditional leak, the character.
     */
    public record Truth(Defect defect, int start, int end, int altStart, int altEnd) {}

    /** A damaged page: its text, the defects in it, and the text clean should give back. */
    public record Damaged(String raw, List<Truth> truths, String expected, boolean hardWrapped) {}

    private static final class B {
        String text;
        final boolean body;
        int start;
        int end;
        int[] wrapAt; // raw offset of each text index (hard-wrapped pages)

        B(String text, boolean body) {
            this.text = text;
            this.body = body;
        }

        int raw(int k) {
            return wrapAt == null ? start + k : wrapAt[k];
        }
    }

    private record Pending(Defect d, B a, int ka, B b, int kb, B alt) {}

    private PageDamager() {}

    /** Whether a published paragraph is body prose a defect can be made in. */
    static boolean isBody(String s) {
        return s.length() >= 30 && Chars.endsSentence(s, s.length()) && Chars.isProse(s);
    }

    /**
     * Damages {@code page} (blocks separated by blank lines). {@code foreign}: body paragraphs of other
     * articles, to interpose. {@code traditional}: whether to leak traditional characters (simplified pages).
     */
    public static Damaged damage(String page, List<String> foreign, long seed, boolean traditional, boolean wrap) {
        Random rnd = new Random(seed);
        List<B> blocks = new ArrayList<>();
        for (String p : page.split("\n\\s*\n")) {
            String t = p.strip();
            if (!t.isEmpty()) {
                blocks.add(new B(t, isBody(t)));
            }
        }
        List<B> expected = new ArrayList<>(blocks);
        List<Pending> pending = new ArrayList<>();
        java.util.Set<B> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Map<B, String> orig = new java.util.IdentityHashMap<>();
        for (B b : blocks) {
            orig.put(b, b.text);
        }
        List<Defect> ops = new ArrayList<>(List.of(Defect.values()));
        java.util.Collections.shuffle(ops, rnd);
        int budget = Math.max(4, blocks.size() / 3);
        int credits = 0;
        for (Defect op : ops) {
            if (pending.size() >= budget) {
                break;
            }
            int pi = pickBody(blocks, used, rnd);
            if (pi < 0) {
                break;
            }
            B p = blocks.get(pi);
            switch (op) {
                case BREAK, JUMP_BREAK, DUPLICATE_BETWEEN, FAR_CONTINUATION, DUPLICATE_PART -> {
                    if (op == Defect.JUMP_BREAK) {
                        p.text = "（上接第" + "一二三四".charAt(rnd.nextInt(4)) + "版）" + p.text;
                        orig.put(p, p.text);
                    }
                    int k = innerBreak(p.text, rnd, op == Defect.JUMP_BREAK ? 10 : 0);
                    if (k < 0) {
                        continue;
                    }
                    B a = new B(p.text.substring(0, k), true);
                    B b = new B(p.text.substring(k), true);
                    int at = blocks.indexOf(p);
                    blocks.set(at, a);
                    List<B> between = new ArrayList<>();
                    B alt = null;
                    if (op == Defect.DUPLICATE_BETWEEN) {
                        int q = earlierBlock(blocks, at, rnd);
                        if (q >= 0) {
                            alt = blocks.get(q);
                            B copy = new B(alt.text, true);
                            between.add(copy);
                            used.add(copy); // a copy is damage already: no later defect breaks or copies it
                            pending.add(new Pending(Defect.DUPLICATE_PARAGRAPH, copy, 0, copy, copy.text.length(), alt));
                        }
                    } else if (op == Defect.FAR_CONTINUATION && !foreign.isEmpty()) {
                        B x = new B(foreign.get(rnd.nextInt(foreign.size())), true);
                        used.add(x);
                        between.add(x);
                        int e = expected.indexOf(p);
                        expected.add(e + 1, x);
                    }
                    blocks.addAll(at + 1, between);
                    blocks.add(at + 1 + between.size(), b);
                    pending.add(new Pending(op == Defect.DUPLICATE_PART ? Defect.BREAK : op, a, k, b, 0, null));
                    if (op == Defect.DUPLICATE_PART) {
                        // the second half printed again a few blocks later as a paragraph of its own
                        B copy = new B(b.text, true);
                        int where = Math.min(blocks.size(), at + 3 + rnd.nextInt(3));
                        blocks.add(where, copy);
                        used.add(copy);
                        pending.add(new Pending(Defect.DUPLICATE_PART, copy, 0, copy, copy.text.length(), b));
                    }
                    markUsed(used, blocks, a, b);
                }
                case WORD_BREAK -> {
                    int k = wordBreak(p.text, rnd);
                    if (k < 0) {
                        continue;
                    }
                    B a = new B(p.text.substring(0, k), true);
                    B b = new B(p.text.substring(k), true);
                    int at = blocks.indexOf(p);
                    blocks.set(at, a);
                    blocks.add(at + 1, b);
                    pending.add(new Pending(op, a, k, b, 0, null));
                    markUsed(used, blocks, a, b);
                }
                case DUPLICATE_PARAGRAPH, NEAR_COPY -> {
                    String t = p.text;
                    if (op == Defect.NEAR_COPY) {
                        int k = 5 + rnd.nextInt(t.length() - 10);
                        if (!Chars.isHan(t.charAt(k))) {
                            continue;
                        }
                        t = t.substring(0, k) + (char) ('\u4E00' + rnd.nextInt(0x5000)) + t.substring(k + 1);
                    }
                    B copy = new B(t, true);
                    int at = blocks.indexOf(p);
                    int where = Math.min(blocks.size(), at + 1 + rnd.nextInt(4));
                    blocks.add(where, copy);
                    pending.add(new Pending(op, copy, 0, copy, copy.text.length(), p));
                    markUsed(used, blocks, p, copy);
                }
                case DUPLICATE_FRAGMENT, DUPLICATE_FRAGMENT_ACROSS_HEADING -> {
                    int at = blocks.indexOf(p);
                    int len = 6 + rnd.nextInt(12);
                    int from = p.text.length() - len;
                    while (from > 0 && !Chars.isHan(p.text.charAt(from))) {
                        from--;
                    }
                    if (from <= 0) {
                        continue;
                    }
                    B frag = new B(p.text.substring(from), true);
                    int where = at + 1;
                    if (op == Defect.DUPLICATE_FRAGMENT_ACROSS_HEADING) {
                        if (at + 1 >= blocks.size() || blocks.get(at + 1).body || blocks.get(at + 1).text.length() > 40) {
                            continue; // needs a heading after the paragraph
                        }
                        where = at + 2;
                    }
                    blocks.add(where, frag);
                    pending.add(new Pending(op, frag, 0, frag, frag.text.length(), p));
                    markUsed(used, blocks, p, frag);
                }
                case TRADITIONAL -> {
                    if (!traditional) {
                        continue;
                    }
                    for (int n = 0; n < 3; n++) {
                        B q = blocks.get(pickAny(blocks, rnd));
                        int k = leakable(q.text, rnd);
                        if (k >= 0) {
                            char t = TRAD[q.text.charAt(k)];
                            q.text = q.text.substring(0, k) + t + q.text.substring(k + 1);
                            pending.add(new Pending(op, q, k, q, k + 1, null));
                        }
                    }
                }
                default -> { }
            }
            if (credits == 0 && rnd.nextInt(3) == 0) {
                // a credit line after a paragraph: not a defect, a trap for the join detector
                // only after a paragraph of the undamaged page: a copy printed by a duplicate defect has no
                // place in the expected text to put the credit after
                java.util.Set<B> notOriginal = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                notOriginal.addAll(used);
                for (B b : blocks) {
                    if (expected.stream().noneMatch(e -> e == b)) {
                        notOriginal.add(b);
                    }
                }
                int at = pickBody(blocks, notOriginal, rnd);
                if (at >= 0) {
                    B c = new B(CREDITS[rnd.nextInt(CREDITS.length)], false);
                    used.add(blocks.get(at));
                    blocks.add(at + 1, c);
                    expected.add(expected.indexOf(blocks.get(at)) + 1, c);
                    credits++;
                }
            }
        }
        // expected: the undamaged page with any foreign block after its paragraph, jump markers kept
        List<String> exp = new ArrayList<>();
        for (B b : expected) {
            exp.add(orig.getOrDefault(b, b.text));
        }
        String raw = assemble(blocks, wrap, rnd);
        List<Truth> truths = new ArrayList<>();
        for (Pending p : pending) {
            if (!blocks.contains(p.a) || !blocks.contains(p.b)) {
                continue;
            }
            if (p.d.isBreak()) {
                truths.add(new Truth(p.d, p.a.end, p.b.start, -1, -1));
            } else if (p.d == Defect.TRADITIONAL) {
                truths.add(new Truth(p.d, p.a.raw(p.ka), p.a.raw(p.ka) + 1, -1, -1));
            } else {
                int as = p.alt != null && blocks.contains(p.alt) ? p.alt.start : -1;
                int ae = p.alt != null && blocks.contains(p.alt) ? p.alt.end : -1;
                truths.add(new Truth(p.d, p.a.start, p.a.end, as, ae));
            }
        }
        String expText = fixExpected(exp, pending);
        return new Damaged(raw, truths, expText, wrap);
    }

    /** The expected text: the original blocks (a jump-marker block keeps its marker). */
    private static String fixExpected(List<String> exp, List<Pending> pending) {
        return String.join("\n\n", exp) + "\n";
    }

    private static final String[] CREDITS = {"本报记者 王 鹏 李晓明 文/图", "新华社记者 刘 伟 摄", "本报记者 张 明 摄",
            "图为村民在田间劳作。 本报记者 赵 亮摄", "制图：王  婷"};

    private static String assemble(List<B> blocks, boolean wrap, Random rnd) {
        StringBuilder sb = new StringBuilder();
        int width = 18 + rnd.nextInt(8);
        for (B b : blocks) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            b.start = sb.length();
            if (wrap && Chars.width(b.text, 0, b.text.length()) > width) {
                b.wrapAt = new int[b.text.length()];
                double line = 0; // the width of the line so far, as printed (Latin letters and digits are half wide)
                for (int k = 0; k < b.text.length(); k++) {
                    double w = Chars.width(b.text, k, k + 1);
                    // a space at the column edge stays at the end of its line: no printed line of a paragraph
                    // opens with one (an indented line opens a paragraph)
                    if (line + w > width && !Chars.isSpace(b.text.charAt(k))) {
                        sb.append('\n');
                        line = 0;
                    }
                    line += w;
                    b.wrapAt[k] = sb.length();
                    sb.append(b.text.charAt(k));
                }
            } else {
                b.wrapAt = null;
                sb.append(b.text);
            }
            b.end = sb.length();
        }
        return sb.append('\n').toString();
    }

    private static void markUsed(java.util.Set<B> used, List<B> blocks, B... bs) {
        used.addAll(List.of(bs));
    }

    private static int pickBody(List<B> blocks, java.util.Set<B> used, Random rnd) {
        List<Integer> c = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            B b = blocks.get(i);
            if (b.body && isBody(b.text) && !used.contains(b)) {
                c.add(i);
            }
        }
        return c.isEmpty() ? -1 : c.get(rnd.nextInt(c.size()));
    }

    private static int pickAny(List<B> blocks, Random rnd) {
        return rnd.nextInt(blocks.size());
    }

    private static int earlierBlock(List<B> blocks, int at, Random rnd) {
        List<Integer> c = new ArrayList<>();
        for (int i = 0; i < at; i++) {
            if (isBody(blocks.get(i).text)) {
                c.add(i);
            }
        }
        return c.isEmpty() ? -1 : c.get(rnd.nextInt(c.size()));
    }

    /**
     * A break position inside a sentence: between two characters that are not punctuation, at least
     * {@code minStart} in, not in the last 4 characters.
     */
    private static int innerBreak(String s, Random rnd, int minStart) {
        for (int tries = 0; tries < 50; tries++) {
            int k = Math.max(minStart, 4) + rnd.nextInt(Math.max(1, s.length() - Math.max(minStart, 4) - 4));
            if (k < s.length() && solid(s.charAt(k - 1)) && solid(s.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean solid(char c) {
        return Chars.isHan(c) || Chars.isAsciiDigit(c) || Chars.isAsciiLetter(c);
    }

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(Locale.CHINESE));

    /** A position 2..10 characters in that splits a word of ICU's dictionary (严格遵|守). */
    private static int wordBreak(String s, Random rnd) {
        BreakIterator bi = WORDS.get();
        bi.setText(s);
        List<Integer> c = new ArrayList<>();
        for (int k = 2; k <= Math.min(10, s.length() - 5); k++) {
            if (!bi.isBoundary(k) && Chars.isHan(s.charAt(k - 1)) && Chars.isHan(s.charAt(k))) {
                c.add(k);
            }
        }
        return c.isEmpty() ? -1 : c.get(rnd.nextInt(c.size()));
    }

    /** Simplified → a traditional form (from the engine's table, inverted; only one-to-one pairs). */
    private static final char[] TRAD = new char[65536];

    static {
        TraditionalTable t = TraditionalTable.get();
        int[] count = new int[65536];
        for (char c = '\u4E00'; c < '\u9FFF'; c++) {
            if (t.isTraditional(c)) {
                char s = t.simplify(String.valueOf(c), 0);
                if (s != c) {
                    count[s]++;
                    TRAD[s] = c;
                }
            }
        }
        for (int i = 0; i < 65536; i++) {
            if (count[i] != 1) {
                TRAD[i] = 0;
            }
        }
    }

    private static int leakable(String s, Random rnd) {
        List<Integer> c = new ArrayList<>();
        for (int k = 0; k < s.length(); k++) {
            if (TRAD[s.charAt(k)] != 0) {
                c.add(k);
            }
        }
        return c.isEmpty() ? -1 : c.get(rnd.nextInt(c.size()));
    }
}

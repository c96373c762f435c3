package com.jiaodui.text;

import com.jiaodui.text.lm.CharContext;
import com.jiaodui.text.lm.VisualConfusions;
import java.util.List;

/**
 * {@code suspect-char}: a character that its context makes unlikely while a character that looks like it makes
 * the context likely — the OCR confusions 己经 → 已经, 末来 → 未来, 士地 → 土地. INFO severity, the look-alike as
 * the suggestion: shown and navigable, never applied by {@code clean} unless asked for by kind.
 *
 * <p>How. An {@link Index} lists, for every pair of adjacent Han characters, which character of the pair
 * could be an OCR misreading of which other one: it is built once from the words of the {@link CharContext}
 * (counted at least {@value #MIN_WORD} times) and the {@link VisualConfusions}: for each word, each
 * character, each look-alike of it, the misread form's two pairs point back to the word's character (unless
 * the misread form is a word too: 人口/入口 cannot be told apart here). Scanning a page is one hash probe per
 * pair of Han characters. A hit is checked in its context: the character must not make a two-character
 * word with a neighbour; then the best segmentation ({@link CharContext#bestRoute}) of up to
 * {@value #REACH} characters either side, within the run of Han characters, must gain at least
 * {@value #MIN_GAIN} (natural log) from the change, the look-alike must stand in a word of two or more
 * characters there and the character itself alone — a noisy-channel decision with the gain as the odds
 * against an OCR error.
 *
 * <p>Left alone: anything but Han characters (numbers, Latin, punctuation bound the context), titles in
 * 《》, short quotations in “” (names and terms, ≤ {@value #SHORT_QUOTE} characters), and the names after
 * 记者 / 通讯员 / 摄影 / 实习生 / 编辑 in bylines.
 */
public final class SuspectCharDetector implements Detector {
    static final int MIN_WORD = 200;
    static final double MIN_GAIN = 4.0;
    /** The gain needed grows with how far apart the two glyphs are (0..99): a near twin needs less evidence. */
    static final double PER_DISTANCE = 0.05;
    static final int REACH = 3;
    static final int SHORT_QUOTE = 8;
    private static final String[] BYLINE = {"记者", "通讯员", "摄影", "实习生", "编辑", "撰稿"};

    private final CharContext model;
    private volatile Index index;

    /** The detector over jieba's word counts ({@link CharContext#standard()}). */
    public SuspectCharDetector() {
        this(null);
    }

    /** The detector over the given model; null for {@link CharContext#standard()}, loaded on first use. */
    public SuspectCharDetector(CharContext model) {
        this.model = model;
    }

    private Index index() {
        Index i = index;
        if (i == null) {
            synchronized (this) {
                i = index;
                if (i == null) {
                    i = model == null ? Index.standard() : new Index(model, VisualConfusions.get());
                    index = i;
                }
            }
        }
        return i;
    }

    @Override
    public boolean infoOnly() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        int before = out.size();
        scan(page, out);
        if (out.size() > before && traditional(page)) {
            out.subList(before, out.size()).clear(); // the word counts are of simplified text
        }
    }

    /** Whether most of the page's script-specific characters are traditional (as {@link TraditionalCharDetector}). */
    private static boolean traditional(Page page) {
        byte[] kinds = TraditionalTable.get().kinds();
        int traditional = 0;
        int simplified = 0;
        for (Block b : page.blocks()) {
            String s = b.string();
            for (int i = 0, n = s.length(); i < n; i++) {
                int k = kinds[s.charAt(i)];
                traditional += k & 1;
                simplified += k >> 1;
            }
        }
        return traditional * 2 > traditional + simplified;
    }

    private void scan(Page page, List<Flag> out) {
        Index ix = null;
        char[] buf = new char[2 * REACH + 1];
        int[] covering = new int[1];
        for (Block block : page.blocks()) {
            MappedText t = block.text();
            String s = t.text();
            int n = s.length();
            int lastP = -1;
            char lastTo = 0;
            for (int i = 0; i + 1 < n; i++) {
                char a = s.charAt(i);
                char b = s.charAt(i + 1);
                if (!Chars.isHan(a) || !Chars.isHan(b)) {
                    continue;
                }
                if (ix == null) {
                    ix = index();
                }
                int e = ix.first(a, b);
                if (e < 0) {
                    continue;
                }
                int bestP = -1;
                char bestTo = 0;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (; e >= 0; e = ix.next[e]) {
                    int p = i + ix.offset[e];
                    char to = ix.to[e];
                    if (p == lastP && to == lastTo) {
                        continue; // already weighed from the pair before
                    }
                    double g = gain(ix.model, s, p, to, buf, covering) - PER_DISTANCE * ix.distance[e];
                    if (g >= MIN_GAIN && g > bestGain) {
                        bestGain = g;
                        bestP = p;
                        bestTo = to;
                    }
                }
                if (bestP >= 0 && t.rawEnd(bestP) > t.rawStart(bestP) && !leftAlone(s, bestP)) {
                    if (!out.isEmpty() && sameFlag(out.get(out.size() - 1), t, bestP)) {
                        continue;
                    }
                    char c = s.charAt(bestP);
                    out.add(new Flag(FlagKind.SUSPECT_CHAR, t.rawStart(bestP), t.rawEnd(bestP),
                            Msg.of("flag.suspect-char", String.valueOf(c), String.valueOf(bestTo), context(s, bestP, bestTo)),
                            String.valueOf(bestTo), Severity.INFO));
                    lastP = bestP;
                    lastTo = bestTo;
                }
            }
        }
    }

    private static boolean sameFlag(Flag f, MappedText t, int p) {
        return f.kind() == FlagKind.SUSPECT_CHAR && f.start() == t.rawStart(p);
    }

    /** The corrected word in context, for the message: "…已经…". */
    private static String context(String s, int p, char to) {
        int lo = p;
        while (lo > 0 && p - lo < 2 && Chars.isHan(s.charAt(lo - 1))) {
            lo--;
        }
        int hi = p + 1;
        while (hi < s.length() && hi - p < 3 && Chars.isHan(s.charAt(hi))) {
            hi++;
        }
        return s.substring(lo, p) + to + s.substring(p + 1, hi);
    }

    /**
     * How much more likely the context is with {@code to} at {@code p} than with the character there (log
     * odds); {@code -∞} when the change does not make a word or the character already stands in one.
     */
    static double gain(CharContext model, String s, int p, char to, char[] buf, int[] covering) {
        int lo = p;
        while (lo > 0 && p - lo < REACH && Chars.isHan(s.charAt(lo - 1))) {
            lo--;
        }
        int hi = p + 1;
        while (hi < s.length() && hi - p <= REACH && Chars.isHan(s.charAt(hi))) {
            hi++;
        }
        int len = hi - lo;
        s.getChars(lo, hi, buf, 0);
        int q = p - lo;
        // quick rejection (most hits on correct text): the character makes a word with a neighbour
        if (q > 0 && model.frequency(buf, q - 1, q + 1) > 0 || q + 1 < len && model.frequency(buf, q, q + 2) > 0) {
            return Double.NEGATIVE_INFINITY;
        }
        covering[0] = 0;
        double before = model.bestRoute(buf, 0, len, q, covering);
        if (covering[0] != 1) {
            return Double.NEGATIVE_INFINITY;
        }
        char c = buf[q];
        buf[q] = to;
        covering[0] = 0;
        double after = model.bestRoute(buf, 0, len, q, covering);
        buf[q] = c;
        if (covering[0] < 2) {
            return Double.NEGATIVE_INFINITY;
        }
        return after - before;
    }

    /** Titles, short quotations and byline names are not checked. */
    static boolean leftAlone(String s, int p) {
        // inside 《…》 or a short “…”: look back for the opening before any closing
        for (int k = p - 1; k >= 0 && p - k <= 40; k--) {
            char c = s.charAt(k);
            if (c == '》' || c == '”' || c == '\n' || Chars.isSentenceEnd(c)) {
                break;
            }
            if (c == '《') {
                return true;
            }
            if (c == '“') {
                int close = s.indexOf('”', p);
                if (close >= 0 && close - k - 1 <= SHORT_QUOTE) {
                    return true;
                }
                break;
            }
        }
        // a byline name: 记者 (通讯员 …) then at most a few Han characters, spaces or 、 up to p
        int k = p;
        for (int steps = 0; k > 0 && steps < 8; steps++) {
            for (String w : BYLINE) {
                if (k >= w.length() && s.startsWith(w, k - w.length())) {
                    return true;
                }
            }
            char c = s.charAt(k - 1);
            if (!Chars.isHan(c) && c != ' ' && c != '\u3000' && c != '、') {
                break;
            }
            k--;
        }
        return false;
    }

    /**
     * Pairs of adjacent characters that could hold an OCR misreading: a primitive open-addressing hash from
     * the pair (two chars in one int) to a list of (which of the two, the character it may stand for).
     */
    static final class Index {
        private static final int BITS = 20;
        private static final int MASK = (1 << BITS) - 1;
        final CharContext model;
        private final int[] keys = new int[1 << BITS];
        private final int[] heads = new int[1 << BITS];
        int[] next = new int[1 << 18];
        byte[] offset = new byte[1 << 18];
        char[] to = new char[1 << 18];
        byte[] distance = new byte[1 << 18];
        private int entries;
        private int pairs;

        private static final class Holder {
            static final Index INSTANCE = new Index(CharContext.standard(), VisualConfusions.get());
        }

        static Index standard() {
            return Holder.INSTANCE;
        }

        Index(CharContext model, VisualConfusions confusions) {
            this.model = model;
            char[] misread = new char[8];
            model.forEachWord(MIN_WORD, (w, len, f) -> {
                System.arraycopy(w, 0, misread, 0, len);
                for (int j = 0; j < len; j++) {
                    char t = w[j];
                    String alike = confusions.of(t);
                    for (int k = 0; k < alike.length(); k++) {
                        char c = alike.charAt(k);
                        misread[j] = c;
                        if (model.frequency(misread, 0, len) == 0) {
                            if (j > 0) {
                                add(misread[j - 1], c, 1, t, confusions.distance(t, k));
                            }
                            if (j + 1 < len) {
                                add(c, misread[j + 1], 0, t, confusions.distance(t, k));
                            }
                        }
                    }
                    misread[j] = t;
                }
            });
        }

        private static int slot(int key) {
            return (key * 0x9E3779B9) >>> (32 - BITS);
        }

        private void add(char a, char b, int off, char t, int dist) {
            int key = a << 16 | b;
            int s = slot(key);
            while (keys[s] != 0 && keys[s] != key) {
                s = (s + 1) & MASK;
            }
            if (keys[s] == 0) {
                keys[s] = key;
                heads[s] = -1;
                pairs++;
            }
            for (int e = heads[s]; e >= 0; e = next[e]) {
                if (offset[e] == off && to[e] == t) {
                    return;
                }
            }
            if (entries == next.length) {
                next = java.util.Arrays.copyOf(next, entries * 2);
                offset = java.util.Arrays.copyOf(offset, entries * 2);
                to = java.util.Arrays.copyOf(to, entries * 2);
                distance = java.util.Arrays.copyOf(distance, entries * 2);
            }
            distance[entries] = (byte) dist;
            next[entries] = heads[s];
            offset[entries] = (byte) off;
            to[entries] = t;
            heads[s] = entries++;
        }

        /** The first entry for the pair {@code ab}, or -1. */
        int first(char a, char b) {
            int key = a << 16 | b;
            int s = slot(key);
            int k;
            while ((k = keys[s]) != 0) {
                if (k == key) {
                    return heads[s];
                }
                s = (s + 1) & MASK;
            }
            return -1;
        }

        int pairs() {
            return pairs;
        }

        int entries() {
            return entries;
        }
    }
}

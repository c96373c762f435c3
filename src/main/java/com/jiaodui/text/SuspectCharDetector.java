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
                    i = model == null ? Index.standard() : Index.build(model, VisualConfusions.get());
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
        // the word counts are of simplified text: a traditional page is not scanned (one pass over its
        // characters costs a few microseconds; the scan, hundreds)
        if (!traditional(page)) {
            scan(page, out);
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
        double[] best = new double[2 * REACH + 2];
        int[] back = new int[2 * REACH + 2];
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
                for (boolean more = true; more; e++) {
                    more = (ix.offset[e] & Index.LAST) == 0;
                    int p = i + (ix.offset[e] & 1);
                    char to = ix.to[e];
                    if (p == lastP && to == lastTo) {
                        continue; // already weighed from the pair before
                    }
                    double g = gain(ix.model, s, p, to, buf, covering, best, back) - PER_DISTANCE * ix.distance[e];
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
        return new StringBuilder(hi - lo).append(s, lo, p).append(to).append(s, p + 1, hi).toString();
    }

    /**
     * How much more likely the context is with {@code to} at {@code p} than with the character there (log
     * odds); {@code -∞} when the change does not make a word or the character already stands in one.
     */
    static double gain(CharContext model, String s, int p, char to, char[] buf, int[] covering, double[] best, int[] back) {
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
        if (q > 0 && model.known(buf, q - 1, q + 1) || q + 1 < len && model.known(buf, q, q + 2)) {
            return Double.NEGATIVE_INFINITY;
        }
        covering[0] = 0;
        double before = model.bestRoute(buf, 0, len, q, covering, best, back);
        if (covering[0] != 1) {
            return Double.NEGATIVE_INFINITY;
        }
        char c = buf[q];
        buf[q] = to;
        covering[0] = 0;
        double after = model.bestRoute(buf, 0, len, q, covering, best, back);
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
     * the pair (two chars in one int) to a run of entries (which of the two, the character it may stand for,
     * how far apart the glyphs are; the last entry of a run has bit 7 of its offset set). Written at build
     * time ({@link #main}, Maven process-classes, after the language model table) into the resource
     * {@value #TABLE} as bulk arrays (2.9 MB), so that loading it is a few bulk array reads and one short
     * loop that puts the pairs into the hash. Built from the model and the confusion set when the
     * resource is missing (an IDE run without the build step) or for another model.
     */
    static final class Index {
        static final String TABLE = "/com/jiaodui/text/suspect-char-index.bin";
        private static final int MAGIC = 0x4A534333; // "JSC3"
        private static final int BITS = 20;
        private static final int MASK = (1 << BITS) - 1;
        static final int LAST = 0x80;
        /** The filter has 2^FILTER_BITS bits (256 KB): about one pair in nine that is not in the index passes it. */
        private static final int FILTER_BITS = 21;
        final CharContext model;
        /** The hash: slot s holds a pair's key at 2s and its first entry at 2s + 1 (a hit reads one cache line). */
        private final int[] slots;
        /**
         * One bit per hashed pair of the index, tested before the hash itself: most pairs of a page are not in
         * the index, and a probe of this small set stays in the cache where one of the 8 MB hash misses it.
         */
        private final long[] filter;
        /** Per entry: the offset of the misread character in the pair (0 or 1), | {@link #LAST} on a run's last entry. */
        final byte[] offset;
        final char[] to;
        final byte[] distance;
        private final int pairs;

        private static final class Holder {
            static final Index INSTANCE = load(CharContext.standard());
        }

        static Index standard() {
            return Holder.INSTANCE;
        }

        private Index(CharContext model, int[] slots, byte[] offset, char[] to, byte[] distance, int pairs) {
            this.model = model;
            this.slots = slots;
            this.filter = new long[1 << (FILTER_BITS - 6)];
            for (int s = 0; s < slots.length; s += 2) {
                int key = slots[s];
                if (key != 0) {
                    int h = filterBit(key);
                    filter[h >>> 6] |= 1L << h;
                }
            }
            this.offset = offset;
            this.to = to;
            this.distance = distance;
            this.pairs = pairs;
        }

        /** Builds the index of {@code model}'s words (counted at least {@value #MIN_WORD} times) and their look-alikes. */
        static Index build(CharContext model, VisualConfusions confusions) {
            // pair → entries {offset, to, distance}, in the order found
            java.util.Map<Integer, java.util.List<int[]>> found = new java.util.LinkedHashMap<>();
            char[] misread = new char[8];
            double minLogp = Math.log(MIN_WORD) + model.unknownLogp() - Math.log(0.5);
            model.forEachWord(minLogp, (w, len, lp) -> {
                System.arraycopy(w, 0, misread, 0, len);
                for (int j = 0; j < len; j++) {
                    char t = w[j];
                    String alike = confusions.of(t);
                    for (int k = 0; k < alike.length(); k++) {
                        char c = alike.charAt(k);
                        misread[j] = c;
                        if (!model.known(misread, 0, len)) {
                            int d = confusions.distance(t, k);
                            if (j > 0) {
                                add(found, misread[j - 1] << 16 | c, 1, t, d);
                            }
                            if (j + 1 < len) {
                                add(found, c << 16 | misread[j + 1], 0, t, d);
                            }
                        }
                    }
                    misread[j] = t;
                }
            });
            int entries = found.values().stream().mapToInt(java.util.List::size).sum();
            if (found.size() > (1 << BITS) / 2) { // the open-addressing hash below would fill up and never end
                throw new IllegalStateException(found.size() + " pairs: too many for the index (at most "
                        + (1 << BITS) / 2 + "); a smaller confusion set is needed");
            }
            int[] slots = new int[2 << BITS];
            byte[] offset = new byte[entries];
            char[] to = new char[entries];
            byte[] distance = new byte[entries];
            int e = 0;
            for (java.util.Map.Entry<Integer, java.util.List<int[]>> pair : found.entrySet()) {
                put(slots, pair.getKey(), e);
                for (int[] x : pair.getValue()) {
                    offset[e] = (byte) x[0];
                    to[e] = (char) x[1];
                    distance[e] = (byte) x[2];
                    e++;
                }
                offset[e - 1] |= LAST;
            }
            return new Index(model, slots, offset, to, distance, found.size());
        }

        private static void add(java.util.Map<Integer, java.util.List<int[]>> found, int key, int off, char t, int dist) {
            java.util.List<int[]> list = found.computeIfAbsent(key, k -> new java.util.ArrayList<>(2));
            for (int[] x : list) {
                if (x[0] == off && x[1] == t) {
                    return;
                }
            }
            list.add(new int[] {off, t, dist});
        }

        /** The index written at build time, over {@code model}; built here when the resource is missing. */
        static Index load(CharContext model) {
            try (java.io.InputStream in = Index.class.getResourceAsStream(TABLE)) {
                if (in != null) {
                    return read(model, java.nio.ByteBuffer.wrap(in.readAllBytes()));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + TABLE, e);
            }
            return build(model, VisualConfusions.get());
        }

        private static Index read(CharContext model, java.nio.ByteBuffer b) {
            if (b.getInt() != MAGIC || b.getInt() != BITS) {
                throw new IllegalStateException(TABLE + ": not a suspect-char index of this version");
            }
            int pairs = b.getInt();
            int entries = b.getInt();
            int[] pairKeys = new int[pairs];
            int[] pairHeads = new int[pairs];
            byte[] offset = new byte[entries];
            char[] to = new char[entries];
            byte[] distance = new byte[entries];
            int at = b.position();
            b.asIntBuffer().get(pairKeys).get(pairHeads);
            b.position(at + 8 * pairs);
            b.get(offset);
            at = b.position();
            b.asCharBuffer().get(to);
            b.position(at + 2 * entries);
            b.get(distance);
            // the hash itself is rebuilt (one short loop): written out it would be 8 MB of mostly empty slots
            int[] slots = new int[2 << BITS];
            for (int p = 0; p < pairs; p++) {
                put(slots, pairKeys[p], pairHeads[p]);
            }
            return new Index(model, slots, offset, to, distance, pairs);
        }

        /** Puts a pair and its first entry into the hash (linear probing). */
        private static void put(int[] slots, int key, int head) {
            int s = slot(key);
            while (slots[2 * s] != 0) {
                s = (s + 1) & MASK;
            }
            slots[2 * s] = key;
            slots[2 * s + 1] = head;
        }

        /** Writes the index as {@link #read} reads it: the pairs with the first entry of each, then the entries. */
        void write(java.io.OutputStream out) throws java.io.IOException {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16 + 8 * pairs + 4 * to.length);
            b.putInt(MAGIC).putInt(BITS).putInt(pairs).putInt(to.length);
            int[] pairKeys = new int[pairs];
            int[] pairHeads = new int[pairs];
            int p = 0;
            for (int s = 0; s < slots.length; s += 2) {
                if (slots[s] != 0) {
                    pairKeys[p] = slots[s];
                    pairHeads[p++] = slots[s + 1];
                }
            }
            int at = b.position();
            b.asIntBuffer().put(pairKeys).put(pairHeads);
            b.position(at + 8 * pairs);
            b.put(offset);
            at = b.position();
            b.asCharBuffer().put(to);
            b.position(at + 2 * to.length);
            b.put(distance);
            out.write(b.array());
        }

        private static int slot(int key) {
            return (key * 0x9E3779B9) >>> (32 - BITS);
        }

        private static int filterBit(int key) {
            return (key * 0x85EBCA6B) >>> (32 - FILTER_BITS);
        }

        /** The first entry for the pair {@code ab}, or -1; the run goes on to the entry marked {@link #LAST}. */
        int first(char a, char b) {
            int key = a << 16 | b;
            int h = filterBit(key);
            if ((filter[h >>> 6] & 1L << h) == 0) {
                return -1;
            }
            int s = slot(key);
            int k;
            while ((k = slots[2 * s]) != 0) {
                if (k == key) {
                    return slots[2 * s + 1];
                }
                s = (s + 1) & MASK;
            }
            return -1;
        }

        int pairs() {
            return pairs;
        }

        int entries() {
            return to.length;
        }
    }

    /**
     * Build step (Maven, process-classes, after {@code LanguageModelTable}; argument: the classes directory):
     * writes the pair index of the standard model and the visual confusion set to {@value Index#TABLE}.
     */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Path.of(args[0], Index.TABLE.substring(1));
        java.nio.file.Files.createDirectories(file.getParent());
        Index ix = Index.build(CharContext.standard(), VisualConfusions.get());
        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            ix.write(out);
        }
    }
}

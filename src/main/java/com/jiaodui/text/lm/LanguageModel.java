package com.jiaodui.text.lm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A unigram model of Chinese words with character statistics, built from the word frequencies of
 * jieba-analysis's {@code dict.txt} (349,045 words with counts and part-of-speech tags, Maven Central
 * {@code com.huaban:jieba-analysis:1.0.2}). It answers: how probable is the best segmentation of a
 * short text, does a word run across a given point (a paragraph break splitting 遵|守), how well can a
 * text start or end a sentence (its first and last words' part of speech).
 *
 * <p>Loaded once, lazily, on first use, from a compact table that the build writes from the
 * dictionary ({@link LanguageModelTable}, run by Maven at process-classes): sorted primitive arrays
 * keyed by the word's characters packed into a long, read in bulk in a few milliseconds. Words of
 * more than {@value #MAX_WORD} characters are left out: the windows this model judges are short.
 * Immutable and thread-safe.
 *
 * <p>Hand-written rather than using jieba's own {@code JiebaSegmenter}: that one builds a trie of
 * boxed objects (about 1 s and 100 MB to load) and offers no probability of a segmentation.
 */
public final class LanguageModel {
    /** Longest word kept, in characters: four UTF-16 chars pack into one long key. */
    public static final int MAX_WORD = 4;

    /** Part-of-speech classes of the dictionary's tags that matter for sentence edges. */
    public enum Pos {
        NOUN, VERB, ADJECTIVE, ADVERB, PREPOSITION, CONJUNCTION, PARTICLE, NUMERAL, MEASURE, PRONOUN,
        LOCALITY, IDIOM, OTHER;

        static Pos of(String tag) {
            if (tag.isEmpty()) {
                return OTHER;
            }
            return switch (tag.charAt(0)) {
                case 'n', 's', 't', 'j', 'g', 'b', 'z' -> NOUN;
                case 'v' -> VERB;
                case 'a' -> tag.equals("ad") ? ADVERB : ADJECTIVE;
                case 'd' -> ADVERB;
                case 'p' -> PREPOSITION;
                case 'c' -> CONJUNCTION;
                case 'u', 'y', 'e', 'o', 'k', 'h' -> PARTICLE;
                case 'm' -> tag.equals("mq") ? MEASURE : NUMERAL;
                case 'q' -> MEASURE;
                case 'r' -> PRONOUN;
                case 'f' -> LOCALITY;
                case 'i', 'l' -> IDIOM;
                default -> OTHER;
            };
        }
    }

    private static final Pos[] POS = Pos.values();

    /** Sorted packed words, their log probabilities and part-of-speech classes. */
    private final long[] keys;
    private final float[] logp;
    private final byte[] pos;
    /** Per character: frequency mass of longer words it starts, ends, and of it as a word of its own. */
    private final float[] startMass;
    private final float[] endMass;
    private final float[] singleMass;
    private final float unknownLogp;
    /** Corpus statistics (HanLP's People's Daily counts): sorted packed words and, per word, {freq, sentence starts, clause starts, sentence ends, clause ends}. */
    private long[] cKeys = new long[0];
    private KeyIndex cIndex = new KeyIndex(cKeys);
    private int[] cStats = new int[0];
    /** Word bigrams: sorted {@link #pairKey} of two packed words, and their counts. */
    private long[] biKeys = new long[0];
    private KeyIndex biIndex = new KeyIndex(biKeys);
    private int[] biFreq = new int[0];

    /** The compact table written at build time ({@link LanguageModelTable}) next to this class. */
    static final String TABLE = "jieba-words.bin";
    private static final int MAGIC = 0x4A4C4D31; // "JLM1"

    private static final class Holder {
        static final LanguageModel INSTANCE = load();
    }

    /** The model, loaded on first call. */
    public static LanguageModel get() {
        return Holder.INSTANCE;
    }

    private LanguageModel(long[] keys, float[] logp, byte[] pos, float[] startMass, float[] endMass,
                          float[] singleMass, float unknownLogp) {
        this.keys = keys;
        this.wordIndex = new KeyIndex(keys);
        this.logp = logp;
        this.pos = pos;
        this.startMass = startMass;
        this.endMass = endMass;
        this.singleMass = singleMass;
        this.unknownLogp = unknownLogp;
    }

    /** Parses jieba's {@code dict.txt} ("word frequency tag" per line, UTF-8). */
    static LanguageModel fromDictionary(byte[] dict) {
        int lines = 0;
        for (byte b : dict) {
            if (b == '\n') {
                lines++;
            }
        }
        float[] startMass = new float[65536];
        float[] endMass = new float[65536];
        float[] singleMass = new float[65536];
        long[] freqs = new long[lines + 1];
        long[] wordKeys = new long[lines + 1];
        byte[] wordPos = new byte[lines + 1];
        int words = 0;
        long total = 0;
        int p = 0;
        int n = dict.length;
        char[] w = new char[64];
        while (p < n) {
            // word: UTF-8 up to the first space
            int wl = 0;
            boolean ok = true;
            while (p < n && dict[p] != ' ' && dict[p] != '\n') {
                int b = dict[p] & 0xff;
                int c;
                if (b < 0x80) {
                    c = b;
                    p += 1;
                } else if (b < 0xE0 && p + 1 < n) {
                    c = (b & 0x1f) << 6 | (dict[p + 1] & 0x3f);
                    p += 2;
                } else if (b < 0xF0 && p + 2 < n) {
                    c = (b & 0x0f) << 12 | (dict[p + 1] & 0x3f) << 6 | (dict[p + 2] & 0x3f);
                    p += 3;
                } else {
                    c = 0xFFFD;
                    p += 4;
                    ok = false;
                }
                if (wl < w.length) {
                    w[wl++] = (char) c;
                } else {
                    ok = false;
                }
            }
            long freq = 0;
            if (p < n && dict[p] == ' ') {
                p++;
                while (p < n && dict[p] >= '0' && dict[p] <= '9') {
                    freq = freq * 10 + (dict[p] - '0');
                    p++;
                }
            }
            String tag = "";
            if (p < n && dict[p] == ' ') {
                p++;
                int ts = p;
                while (p < n && dict[p] != '\n' && dict[p] != '\r') {
                    p++;
                }
                tag = new String(dict, ts, p - ts, StandardCharsets.US_ASCII);
            }
            while (p < n && dict[p] != '\n') {
                p++;
            }
            p++;
            if (!ok || wl == 0 || freq <= 0) {
                continue;
            }
            total += freq;
            if (wl == 1) {
                singleMass[w[0]] += freq;
            } else {
                startMass[w[0]] += freq;
                endMass[w[wl - 1]] += freq;
            }
            if (wl <= MAX_WORD) {
                wordKeys[words] = pack(w, 0, wl);
                freqs[words] = freq;
                wordPos[words] = (byte) Pos.of(tag).ordinal();
                words++;
            }
        }
        // sort by key (an index sort over the packed words), keep the commoner reading of a word listed twice
        Integer[] order = new Integer[words];
        for (int i = 0; i < words; i++) {
            order[i] = i;
        }
        long[] wk = wordKeys;
        java.util.Arrays.sort(order, (x, y) -> Long.compare(wk[x], wk[y]));
        long[] keys = new long[words];
        float[] logp = new float[words];
        byte[] pos = new byte[words];
        double lt = Math.log(total);
        int m = 0;
        for (int k = 0; k < words; k++) {
            int i = order[k];
            float lp = (float) (Math.log(freqs[i]) - lt);
            if (m > 0 && keys[m - 1] == wordKeys[i]) {
                if (lp > logp[m - 1]) {
                    logp[m - 1] = lp;
                    pos[m - 1] = wordPos[i];
                }
                continue;
            }
            keys[m] = wordKeys[i];
            logp[m] = lp;
            pos[m] = wordPos[i];
            m++;
        }
        // a character the dictionary does not know as a word: rarer than its rarest word
        return new LanguageModel(java.util.Arrays.copyOf(keys, m), java.util.Arrays.copyOf(logp, m),
                java.util.Arrays.copyOf(pos, m), startMass, endMass, singleMass, (float) (Math.log(0.5) - lt));
    }

    /** Writes the compact table: sorted keys, log probabilities, tags and the character masses. */
    void write(java.io.OutputStream out) throws IOException {
        java.io.DataOutputStream d = new java.io.DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(keys.length);
        d.writeFloat(unknownLogp);
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate(keys.length * 13 + 3 * 65536 * 4);
        bb.asLongBuffer().put(keys);
        bb.position(keys.length * 8);
        bb.asFloatBuffer().put(logp);
        bb.position(keys.length * 12);
        bb.put(pos);
        bb.asFloatBuffer().put(startMass).put(endMass).put(singleMass);
        d.write(bb.array());
        java.nio.ByteBuffer cb = java.nio.ByteBuffer.allocate(8 + cKeys.length * 28 + biKeys.length * 12);
        cb.putInt(cKeys.length);
        cb.asLongBuffer().put(cKeys);
        cb.position(4 + cKeys.length * 8);
        cb.asIntBuffer().put(cStats);
        cb.position(4 + cKeys.length * 28);
        cb.putInt(biKeys.length);
        int at = cb.position();
        cb.asLongBuffer().put(biKeys);
        cb.position(at + biKeys.length * 8);
        cb.asIntBuffer().put(biFreq);
        d.write(cb.array());
        d.flush();
    }

    /** Reads the table {@link #write} wrote (bulk reads: a few milliseconds). */
    static LanguageModel read(byte[] table) {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(table);
        if (bb.getInt() != MAGIC) {
            throw new IllegalStateException("not a language model table");
        }
        int n = bb.getInt();
        float unknown = bb.getFloat();
        long[] keys = new long[n];
        float[] logp = new float[n];
        byte[] pos = new byte[n];
        float[] s = new float[65536];
        float[] e = new float[65536];
        float[] one = new float[65536];
        int at = bb.position();
        bb.asLongBuffer().get(keys);
        bb.position(at + n * 8);
        bb.asFloatBuffer().get(logp);
        bb.position(at + n * 12);
        bb.get(pos);
        java.nio.FloatBuffer fb = bb.asFloatBuffer();
        fb.get(s).get(e).get(one);
        LanguageModel m = new LanguageModel(keys, logp, pos, s, e, one, unknown);
        bb.position(at + n * 13 + 3 * 65536 * 4);
        if (bb.remaining() >= 8) {
            int cn = bb.getInt();
            m.cKeys = new long[cn];
            m.cStats = new int[cn * 5];
            int c0 = bb.position();
            bb.asLongBuffer().get(m.cKeys);
            bb.position(c0 + cn * 8);
            bb.asIntBuffer().get(m.cStats);
            bb.position(c0 + cn * 28);
            int bn = bb.getInt();
            m.biKeys = new long[bn];
            m.biFreq = new int[bn];
            int b0 = bb.position();
            bb.asLongBuffer().get(m.biKeys);
            bb.position(b0 + bn * 8);
            bb.asIntBuffer().get(m.biFreq);
            m.indexCorpusStatistics();
        }
        return m;
    }

    private static LanguageModel load() {
        try (InputStream in = LanguageModel.class.getResourceAsStream(TABLE)) {
            if (in != null) {
                return read(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model table " + TABLE, e);
        }
        // not built (an IDE run without the Maven build step): parse the dictionary itself, slower
        try (InputStream in = LanguageModel.class.getResourceAsStream("/dict.txt")) {
            if (in == null) {
                throw new IllegalStateException("jieba's dict.txt is not on the class path (com.huaban:jieba-analysis)");
            }
            return fromDictionary(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jieba's dict.txt", e);
        }
    }

    /** A key for the word pair (a, b): the two packed words mixed into one long (collisions are negligible). */
    static long pairKey(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + Long.rotateLeft(b, 31) * 0xC2B2AE3D27D4EB4FL;
        return h ^ (h >>> 33);
    }

    /** This model with corpus counts: words {key, freq, sentenceStart, clauseStart, sentenceEnd, clauseEnd}, pairs {key, freq}. */
    LanguageModel withCorpusStatistics(java.util.List<long[]> words, java.util.List<long[]> pairs) {
        words.sort((x, y) -> Long.compare(x[0], y[0]));
        pairs.sort((x, y) -> Long.compare(x[0], y[0]));
        LanguageModel m = new LanguageModel(keys, logp, pos, startMass, endMass, singleMass, unknownLogp);
        m.cKeys = new long[words.size()];
        m.cStats = new int[words.size() * 5];
        for (int i = 0; i < words.size(); i++) {
            long[] w = words.get(i);
            m.cKeys[i] = w[0];
            for (int k = 0; k < 5; k++) {
                m.cStats[5 * i + k] = (int) w[k + 1];
            }
        }
        int np = 0;
        long[] bk = new long[pairs.size()];
        int[] bf = new int[pairs.size()];
        for (long[] pr : pairs) {
            if (np > 0 && bk[np - 1] == pr[0]) {
                bf[np - 1] += (int) pr[1];
                continue;
            }
            bk[np] = pr[0];
            bf[np] = (int) pr[1];
            np++;
        }
        m.biKeys = java.util.Arrays.copyOf(bk, np);
        m.biFreq = java.util.Arrays.copyOf(bf, np);
        m.indexCorpusStatistics();
        return m;
    }

    /** Hashes the corpus counts' and the bigrams' sorted keys (distinct: one per word, one per pair), as the words'. */
    private void indexCorpusStatistics() {
        cIndex = new KeyIndex(cKeys);
        biIndex = new KeyIndex(biKeys);
    }

    /** Packs up to four chars into a long; chars are non-zero, so lengths cannot collide. */
    static long pack(CharSequence s, int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) {
            k |= (long) s.charAt(i) << (16 * (i - from));
        }
        return k;
    }

    private static long pack(char[] s, int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) {
            k |= (long) s[i] << (16 * (i - from));
        }
        return k;
    }

    /** Index of a packed word in {@link #keys}, or -1. */
    private int slot(long key) {
        return wordIndex.find(key);
    }

    private final KeyIndex wordIndex;

    /**
     * The position of a key in a sorted array of distinct keys, or -1: an open-addressing hash table (a
     * binary search over 350,000 keys took about a tenth of the engine's time: the join scores and the
     * character checks look words up several times per position). A slot holds the key's index + 1 in its
     * low {@code indexBits} bits and a fingerprint of the key above them, so that a probe of an occupied slot
     * reads the keys (another cache miss) only when the fingerprint agrees: most words looked up are not there.
     */
    private static final class KeyIndex {
        private final long[] keys;
        private final int[] table;
        private final int indexBits;

        KeyIndex(long[] keys) {
            this.keys = keys;
            this.indexBits = 32 - Integer.numberOfLeadingZeros(keys.length);
            int size = Integer.highestOneBit(Math.max(16, keys.length * 2)) << 1;
            table = new int[size];
            int mask = size - 1;
            for (int i = 0; i < keys.length; i++) {
                long m = mix(keys[i]);
                int h = (int) m & mask;
                while (table[h] != 0) {
                    h = (h + 1) & mask;
                }
                table[h] = fingerprint(m) << indexBits | i + 1;
            }
        }

        private int fingerprint(long m) {
            return (int) (m >>> 32) >>> indexBits;
        }

        int find(long key) {
            int[] t = table;
            int mask = t.length - 1;
            long m = mix(key);
            int fp = fingerprint(m);
            int indexMask = (1 << indexBits) - 1;
            for (int h = (int) m & mask; ; h = (h + 1) & mask) {
                int v = t[h];
                if (v == 0) {
                    return -1;
                }
                if (v >>> indexBits == fp && keys[(v & indexMask) - 1] == key) {
                    return (v & indexMask) - 1;
                }
            }
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    /** The i-th word of the table (sorted by packed key). */
    String wordAt(int i) {
        long k = keys[i];
        StringBuilder b = new StringBuilder(MAX_WORD);
        while (k != 0) {
            b.append((char) (k & 0xFFFF));
            k >>>= 16;
        }
        return b.toString();
    }

    /** The i-th word's packed key ({@link #pack}: char k at bits 16k) and log probability, for views such as {@link ModelCharContext}. */
    long keyAt(int i) {
        return keys[i];
    }

    float logpAt(int i) {
        return logp[i];
    }

    /** Log probability given to a character that is no word of the dictionary. */
    float unknownLogp() {
        return unknownLogp;
    }

    /** Number of words in the table. */
    public int size() {
        return keys.length;
    }

    /** Whether {@code s[from,to)} is a dictionary word (of at most {@value #MAX_WORD} characters). */
    public boolean isWord(CharSequence s, int from, int to) {
        return to - from >= 1 && to - from <= MAX_WORD && slot(pack(s, from, to)) >= 0;
    }

    /** Log probability of the word {@code s[from,to)}, or NaN when it is not in the dictionary. */
    public double wordLogp(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > MAX_WORD) {
            return Double.NaN;
        }
        int i = slot(pack(s, from, to));
        return i < 0 ? Double.NaN : logp[i];
    }

    /** Part of speech of the word {@code s[from,to)} (its commonest reading), or null if unknown. */
    public Pos pos(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > MAX_WORD) {
            return null;
        }
        int i = slot(pack(s, from, to));
        return i < 0 ? null : POS[pos[i]];
    }

    /** Log probability of the word packed as {@link #pack} packs it, or NaN when it is not in the dictionary. */
    double packedLogp(long key) {
        int i = slot(key);
        return i < 0 ? Double.NaN : logp[i];
    }

    /** Log probability of one character standing alone: its own word, or the unknown-character floor. */
    private double charLogp(CharSequence s, int i) {
        double lp = wordLogp(s, i, i + 1);
        return Double.isNaN(lp) ? unknownLogp : lp;
    }

    /**
     * Best segmentation of {@code s} (maximum product of word probabilities, words of at most
     * {@value #MAX_WORD} characters): its log probability, and in {@code cut} (when not null, length
     * {@code s.length() + 1}) whether a word boundary falls before each position.
     */
    public double segment(CharSequence s, boolean[] cut) {
        int n = s.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Double.NEGATIVE_INFINITY;
            for (int i = Math.max(0, j - MAX_WORD); i < j; i++) {
                double lp = j - i == 1 ? charLogp(s, i) : wordLogp(s, i, j);
                if (Double.isNaN(lp)) {
                    continue;
                }
                double v = best[i] + lp;
                if (v > best[j]) {
                    best[j] = v;
                    from[j] = i;
                }
            }
        }
        if (cut != null) {
            java.util.Arrays.fill(cut, false);
            cut[0] = true;
            cut[n] = true;
            for (int j = n; j > 0; j = from[j]) {
                cut[from[j]] = true;
            }
        }
        return best[n];
    }

    /**
     * How much better {@code left + right} reads with a word running across the join than split there:
     * the log-probability of the best segmentation of the joined text minus that of the two halves
     * segmented apart. Positive when the best reading puts a word across the break (严格遵|守 → 遵守).
     * Judged on the last and first {@value #MAX_WORD} characters.
     */
    public double straddleGain(CharSequence left, CharSequence right) {
        int l = Math.min(MAX_WORD, left.length());
        int r = Math.min(MAX_WORD, right.length());
        if (l == 0 || r == 0) {
            return 0;
        }
        CharSequence tail = left.subSequence(left.length() - l, left.length());
        CharSequence head = right.subSequence(0, r);
        String joined = tail.toString() + head;
        return segment(joined, null) - segment(tail, null) - segment(head, null);
    }

    /** The first word of {@code s} in its best segmentation, as {start, end} ({0, 0} for an empty text). */
    public int firstWordEnd(CharSequence s) {
        int n = Math.min(s.length(), 2 * MAX_WORD);
        if (n == 0) {
            return 0;
        }
        boolean[] cut = new boolean[n + 1];
        segment(s.subSequence(0, n), cut);
        for (int j = 1; j <= n; j++) {
            if (cut[j]) {
                return j;
            }
        }
        return n;
    }

    /** The start of the last word of {@code s} in its best segmentation. */
    public int lastWordStart(CharSequence s) {
        int n = s.length();
        int from = Math.max(0, n - 2 * MAX_WORD);
        CharSequence t = s.subSequence(from, n);
        boolean[] cut = new boolean[t.length() + 1];
        segment(t, cut);
        for (int j = t.length() - 1; j >= 0; j--) {
            if (cut[j]) {
                return from + j;
            }
        }
        return from;
    }

    /**
     * Share of the dictionary's frequency mass in which character {@code c} starts a word (alone or at
     * the head of a longer one); 0 for a character the dictionary does not know.
     */
    public double startShare(char c) {
        double all = startMass[c] + endMass[c] + singleMass[c];
        return all == 0 ? 0 : (startMass[c] + singleMass[c]) / all;
    }

    /** Share of the frequency mass in which {@code c} ends a word (alone or at the tail of a longer one). */
    public double endShare(char c) {
        double all = startMass[c] + endMass[c] + singleMass[c];
        return all == 0 ? 0 : (endMass[c] + singleMass[c]) / all;
    }

    /** Share of the frequency mass in which {@code c} is bound inside a longer word (neither alone). */
    public double boundShare(char c) {
        double all = startMass[c] + endMass[c] + singleMass[c];
        return all == 0 ? 0 : (startMass[c] + endMass[c]) / all;
    }

    /** Counts of a word in the corpus: {freq, sentence starts, clause starts, sentence ends, clause ends}, or null. */
    public int[] corpusCounts(CharSequence s, int from, int to) {
        if (to - from < 1 || to - from > MAX_WORD) {
            return null;
        }
        int i = cIndex.find(pack(s, from, to));
        return i < 0 ? null : java.util.Arrays.copyOfRange(cStats, 5 * i, 5 * i + 5);
    }

    /** Whether corpus counts (sentence edges, bigrams) were built into the table. */
    public boolean hasCorpusStatistics() {
        return biKeys.length > 0;
    }

    /** How often word {@code a[as,ae)} is followed by word {@code b[bs,be)} in the corpus (0 when unseen). */
    public int bigram(CharSequence a, int as, int ae, CharSequence b, int bs, int be) {
        if (ae - as < 1 || ae - as > MAX_WORD || be - bs < 1 || be - bs > MAX_WORD) {
            return 0;
        }
        int i = biIndex.find(pairKey(pack(a, as, ae), pack(b, bs, be)));
        return i < 0 ? 0 : biFreq[i];
    }

    /**
     * Log odds that a text whose first word is {@code s[from,to)} starts a sentence rather than continues
     * one, from how often the word follows a sentence start versus anything else in the corpus (add-half
     * smoothed; NaN for a word the corpus has not seen).
     */
    public double sentenceStartLogOdds(CharSequence s, int from, int to) {
        int[] c = corpusCounts(s, from, to);
        if (c == null || c[0] < 3) {
            return Double.NaN;
        }
        double start = c[1] + 0.5;
        double rest = Math.max(0, c[0] - c[1] - c[2]) + 0.5;
        return Math.log(start / rest);
    }

    /** Log odds that a text ending with the word {@code s[from,to)} ends a sentence or clause there (NaN: unseen). */
    public double endLogOdds(CharSequence s, int from, int to) {
        int[] c = corpusCounts(s, from, to);
        if (c == null || c[0] < 3) {
            return Double.NaN;
        }
        double end = c[3] + c[4] + 0.5;
        double rest = Math.max(0, c[0] - c[3] - c[4]) + 0.5;
        return Math.log(end / rest);
    }
}

package com.jiaodui.text.lm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@link CharContext} over jieba-analysis 1.0.2's {@code dict.txt} (349,045 words with corpus counts,
 * Apache-2.0; read from the jieba jar on the class path). Words of up to four BMP characters are packed into
 * one {@code long} (16 bits a character) and kept in an open-addressing table: a lookup is one multiply and,
 * almost always, one probe; nothing is allocated. Hand-written rather than jieba's own {@code WordDictionary}
 * because that one keeps a trie of boxed characters and a {@code Map<String, Double>} (≈ 1 s and ≈ 150 MB to
 * load) and looks words up by {@code String}.
 *
 * <p>Loaded once, lazily, on first use (≈ 60–120 ms).
 */
public final class JiebaCharContext implements CharContext {
    static final int MAX_WORD = 4;
    private static final int BITS = 20;
    private static final int MASK = (1 << BITS) - 1;

    private final long[] keys = new long[1 << BITS];
    private final int[] counts = new int[1 << BITS];
    private final double logTotal;
    private final int size;

    /**
     * Parses {@code dict.txt} ("word count tag" lines) from its UTF-8 bytes directly: decoding the 5 MB to a
     * String first costs as much again.
     */
    private JiebaCharContext(byte[] dict) {
        long total = 0;
        int words = 0;
        int n = dict.length;
        int i = 0;
        while (i < n) {
            // the word: up to the first space, decoded from UTF-8 (BMP only: 1 to 3 bytes a character)
            long key = 0;
            int len = 0;
            boolean ok = true;
            while (i < n && dict[i] != ' ' && dict[i] != '\n') {
                int b0 = dict[i] & 0xFF;
                int c;
                if (b0 < 0x80) {
                    c = b0;
                    i++;
                } else if (b0 < 0xE0) {
                    c = (b0 & 0x1F) << 6 | (dict[i + 1] & 0x3F);
                    i += 2;
                } else if (b0 < 0xF0) {
                    c = (b0 & 0x0F) << 12 | (dict[i + 1] & 0x3F) << 6 | (dict[i + 2] & 0x3F);
                    i += 3;
                } else {
                    ok = false; // outside the BMP
                    i += 4;
                    c = 0;
                }
                key = key << 16 | c;
                len++;
            }
            int f = 0;
            if (i < n && dict[i] == ' ') {
                i++;
                while (i < n && dict[i] >= '0' && dict[i] <= '9') {
                    f = f * 10 + (dict[i++] - '0');
                }
            }
            while (i < n && dict[i] != '\n') {
                i++;
            }
            i++;
            total += f;
            if (ok && len > 0 && len <= MAX_WORD && f > 0 && add(key, f)) {
                words++;
            }
        }
        this.logTotal = Math.log(total);
        this.size = words;
    }

    private static final class Holder {
        static final JiebaCharContext INSTANCE = load();
    }

    /** The model, read from {@code dict.txt} on first call. */
    public static JiebaCharContext get() {
        return Holder.INSTANCE;
    }

    private static JiebaCharContext load() {
        try (InputStream in = JiebaCharContext.class.getResourceAsStream("/dict.txt")) {
            if (in == null) {
                throw new IllegalStateException("dict.txt of jieba-analysis 1.0.2 is not on the class path");
            }
            return new JiebaCharContext(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read jieba's dict.txt", e);
        }
    }

    /** Number of words of up to {@value #MAX_WORD} characters held. */
    public int size() {
        return size;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
    }

    /** Adds {@code f} to the word's count; true when the word is new. */
    private boolean add(long key, int f) {
        int s = slot(key);
        while (keys[s] != 0) {
            if (keys[s] == key) {
                counts[s] += f;
                return false;
            }
            s = (s + 1) & MASK;
        }
        keys[s] = key;
        counts[s] = f;
        return true;
    }

    private int count(long key) {
        int s = slot(key);
        long k;
        while ((k = keys[s]) != 0) {
            if (k == key) {
                return counts[s];
            }
            s = (s + 1) & MASK;
        }
        return 0;
    }

    @Override
    public int frequency(char[] text, int start, int end) {
        int len = end - start;
        if (len <= 0 || len > MAX_WORD) {
            return 0;
        }
        long key = 0;
        for (int k = start; k < end; k++) {
            key = key << 16 | text[k];
        }
        return count(key);
    }

    /** {@link #frequency(char[], int, int)} of a word given as a string. */
    public int frequency(String word) {
        return frequency(word.toCharArray(), 0, word.length());
    }

    @Override
    public double logTotal() {
        return logTotal;
    }

    @Override
    public int maxWordLength() {
        return MAX_WORD;
    }

    @Override
    public void forEachWord(int min, WordSink sink) {
        char[] buf = new char[MAX_WORD];
        for (int s = 0; s < keys.length; s++) {
            long key = keys[s];
            if (key == 0 || counts[s] < min) {
                continue;
            }
            int len = 0;
            for (long k = key; k != 0; k >>>= 16) {
                len++;
            }
            if (len < 2) {
                continue;
            }
            boolean han = true;
            for (int k = 0; k < len; k++) {
                char c = (char) (key >>> (16 * (len - 1 - k)));
                buf[k] = c;
                han &= c >= 0x4E00 && c <= 0x9FFF;
            }
            if (han) {
                sink.word(buf, len, counts[s]);
            }
        }
    }
}

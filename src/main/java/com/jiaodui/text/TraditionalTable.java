package com.jiaodui.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The traditional → simplified character table of the traditional-char detector, derived from ICU4J's
 * {@code Traditional-Simplified} transliterator (CLDR/Unihan conversion data).
 *
 * <p>A character is <em>traditional-only</em> when the conversion changes it and it is not in GB2312, the
 * simplified character set: so 級, 屆, 們 are flagged but 乾 (乾隆), 著 (著名), 藉 (慰藉), 於 (a surname)
 * are not, although the conversion would change them too. 後 is in GB2312 for historical reasons but is
 * never written in simplified text, so it is flagged as well. A character is <em>simplified-only</em> when
 * it is the simplified form of some traditional character and is not in Big5; the two counts decide whether
 * a page is written in traditional characters.
 *
 * <p>Where ICU's word rules consistently convert a character differently inside words (計畫 → 计划, 項鍊 →
 * 项链), the word form is kept as an override.
 *
 * <p>Loading the transliterator costs about 0.3 s, too much for command-line start-up, so the table is
 * generated once into the resource {@code traditional-simplified.txt} next to this class
 * ({@link TraditionalTableGenerator}, checked against ICU by {@code TraditionalTableTest}); loading it takes a
 * few milliseconds. This class does not touch ICU, so start-up does not load it. The table is
 * built lazily on first use and shared; it is immutable.
 */
final class TraditionalTable {
    static final String RESOURCE = "traditional-simplified.txt";
    /** In GB2312, but never used in simplified text. */
    static final String ALWAYS_TRADITIONAL = "後";

    private static final byte TRADITIONAL = 1;
    private static final byte SIMPLIFIED = 2;

    private final byte[] kind = new byte[0x10000];
    private final char[] simplified = new char[0x10000];
    /** Traditional char → word overrides: {phrase, simplified phrase}. */
    private final Map<Character, List<String[]>> words = new HashMap<>();
    private final int traditionalCount;

    private static final class Holder {
        static final TraditionalTable INSTANCE = load();
    }

    private TraditionalTable(String data) {
        // plain loops, no regex or lambdas: this runs once at start-up in a cold JVM
        int count = 0;
        int at = 0;
        while (at < data.length()) {
            int eol = data.indexOf('\n', at);
            if (eol < 0) {
                eol = data.length();
            }
            char tag = data.charAt(at);
            if (eol - at > 2 && data.charAt(at + 1) == ' ') {
                if (tag == 'T') {
                    for (int i = at + 2; i + 1 < eol; i += 2) {
                        char t = data.charAt(i);
                        kind[t] = TRADITIONAL;
                        simplified[t] = data.charAt(i + 1);
                        count++;
                    }
                } else if (tag == 'S') {
                    for (int i = at + 2; i < eol; i++) {
                        if (kind[data.charAt(i)] == 0) {
                            kind[data.charAt(i)] = SIMPLIFIED;
                        }
                    }
                } else if (tag == 'W') {
                    addWords(data, at + 2, eol);
                }
            }
            at = eol + 1;
        }
        traditionalCount = count;
    }

    /** Word overrides "計畫>计划 項鍊>项链" in {@code data[from,to)}, after the T line. */
    private void addWords(String data, int from, int to) {
        int at = from;
        while (at < to) {
            int sp = data.indexOf(' ', at);
            if (sp < 0 || sp > to) {
                sp = to;
            }
            int gt = data.indexOf('>', at);
            if (gt > at && gt < sp && sp - gt - 1 == gt - at) {
                String fromWord = data.substring(at, gt);
                String toWord = data.substring(gt + 1, sp);
                for (int k = 0; k < fromWord.length(); k++) {
                    char c = fromWord.charAt(k);
                    if (kind[c] == TRADITIONAL && toWord.charAt(k) != simplified[c]) {
                        List<String[]> list = words.get(c);
                        if (list == null) {
                            list = new ArrayList<>();
                            words.put(c, list);
                        }
                        list.add(new String[] {fromWord, toWord});
                    }
                }
            }
            at = sp + 1;
        }
    }

    /** The shared table, loaded on first use. */
    static TraditionalTable get() {
        return Holder.INSTANCE;
    }

    static TraditionalTable load() {
        try (InputStream in = TraditionalTable.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return new TraditionalTable(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TraditionalTable(TraditionalTableGenerator.generate());
    }

    static TraditionalTable parse(String data) {
        return new TraditionalTable(data);
    }

    boolean isTraditional(char c) {
        return kind[c] == TRADITIONAL;
    }

    boolean isSimplifiedOnly(char c) {
        return kind[c] == SIMPLIFIED;
    }

    /** 0 = neither, 1 = traditional-only, 2 = simplified-only. */
    int kind(char c) {
        return kind[c];
    }

    /** The kind of every BMP char (index = char); read-only. */
    byte[] kinds() {
        return kind;
    }

    int traditionalCount() {
        return traditionalCount;
    }

    /** The simplified form of the traditional character at {@code i} of {@code s}, words considered. */
    char simplify(CharSequence s, int i) {
        char c = s.charAt(i);
        List<String[]> ws = words.get(c);
        if (ws != null) {
            for (String[] w : ws) {
                String from = w[0];
                for (int k = from.indexOf(c); k >= 0; k = from.indexOf(c, k + 1)) {
                    int at = i - k;
                    if (at >= 0 && at + from.length() <= s.length() && regionEquals(s, at, from)) {
                        return w[1].charAt(k);
                    }
                }
            }
        }
        return simplified[c];
    }

    private static boolean regionEquals(CharSequence s, int at, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(at + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

}

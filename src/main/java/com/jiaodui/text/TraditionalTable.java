package com.jiaodui.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The traditional → simplified character table of the traditional-char detector, derived from ICU4J's
 * {@code Traditional-Simplified} transliterator (the Unihan/OpenCC based conversion table).
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
 * generated once into the resource {@code traditional-simplified.txt} next to this class ({@link #generate()},
 * checked against ICU by {@code TraditionalTableTest}); loading it takes about a millisecond. The table is
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
        int count = 0;
        for (String line : data.split("\n")) {
            if (line.startsWith("T ")) {
                for (int i = 2; i + 1 < line.length(); i += 2) {
                    char t = line.charAt(i);
                    kind[t] = TRADITIONAL;
                    simplified[t] = line.charAt(i + 1);
                    count++;
                }
            } else if (line.startsWith("S ")) {
                for (int i = 2; i < line.length(); i++) {
                    if (kind[line.charAt(i)] == 0) {
                        kind[line.charAt(i)] = SIMPLIFIED;
                    }
                }
            } else if (line.startsWith("W ")) {
                for (String w : line.substring(2).split(" ")) {
                    int gt = w.indexOf('>');
                    if (gt <= 0) {
                        continue;
                    }
                    String from = w.substring(0, gt);
                    String to = w.substring(gt + 1);
                    for (int k = 0; k < from.length(); k++) {
                        char c = from.charAt(k);
                        if (kind[c] == TRADITIONAL && to.charAt(k) != simplified[c]) {
                            words.computeIfAbsent(c, x -> new ArrayList<>()).add(new String[] {from, to});
                        }
                    }
                }
            }
        }
        traditionalCount = count;
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
        return new TraditionalTable(generate());
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

    private static final Pattern RULE = Pattern.compile("^(\\S+) > (\\S+);$", Pattern.MULTILINE);

    /**
     * Builds the resource text from ICU's {@code Traditional-Simplified} transliterator: its single-character
     * rules (BMP to BMP) give the traditional-only and simplified-only sets, its word rules the overrides.
     */
    static String generate() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
        Map<Character, Character> single = new TreeMap<>();
        List<String[]> phrases = new ArrayList<>();
        Matcher m = RULE.matcher(t2s.toRules(false));
        while (m.find()) {
            String from = m.group(1);
            String to = m.group(2);
            if (from.length() == 1 && to.length() == 1) {
                if (from.charAt(0) != to.charAt(0)) {
                    single.put(from.charAt(0), to.charAt(0));
                }
            } else if (from.length() == to.length() && from.codePointCount(0, from.length()) == from.length()) {
                phrases.add(new String[] {from, to});
            }
        }
        StringBuilder trad = new StringBuilder("T ");
        StringBuilder simp = new StringBuilder("S ");
        java.util.Set<Character> simpSeen = new java.util.TreeSet<>();
        for (Map.Entry<Character, Character> e : single.entrySet()) {
            char t = e.getKey();
            char s = e.getValue();
            if (!gb2312.canEncode(t) || ALWAYS_TRADITIONAL.indexOf(t) >= 0) {
                trad.append(t).append(s);
            }
            if (!big5.canEncode(s) && !single.containsKey(s)) {
                simpSeen.add(s);
            }
        }
        simpSeen.forEach(simp::append);
        // word overrides: a traditional char that ≥ 2 word rules convert to the same other character
        Map<String, List<String>> byAlt = new LinkedHashMap<>();
        for (String[] p : phrases) {
            for (int k = 0; k < p[0].length(); k++) {
                char c = p[0].charAt(k);
                Character s = single.get(c);
                char alt = p[1].charAt(k);
                boolean flagged = s != null && (!gb2312.canEncode(c) || ALWAYS_TRADITIONAL.indexOf(c) >= 0);
                if (flagged && alt != s && alt != c) {
                    byAlt.computeIfAbsent("" + c + alt, x -> new ArrayList<>()).add(p[0] + ">" + p[1]);
                }
            }
        }
        StringBuilder words = new StringBuilder("W");
        for (List<String> ws : byAlt.values()) {
            if (ws.size() >= 2) {
                ws.forEach(w -> words.append(' ').append(w));
            }
        }
        return "# Traditional -> simplified characters for the traditional-char detector (jiaodui).\n"
                + "# Generated from ICU4J " + VersionInfo.ICU_VERSION + " transliterator \"Traditional-Simplified\" by"
                + " TraditionalTable.generate(); TraditionalTableTest checks it against ICU. Do not edit.\n"
                + "# T: traditional-only char + its simplified form; S: simplified-only chars; W: word overrides.\n"
                + trad + "\n" + simp + "\n" + words + "\n";
    }

    /** Writes the resource text to standard output: {@code TraditionalTable > traditional-simplified.txt}. */
    public static void main(String[] args) {
        System.out.print(generate());
    }
}

package com.jiaodui.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the resource of {@link TraditionalTable} from ICU4J's {@code Traditional-Simplified} transliterator:
 * {@code java -cp target/classes:icu4j.jar com.jiaodui.text.TraditionalTableGenerator >
 * src/main/resources/com/jiaodui/text/traditional-simplified.txt}. {@code TraditionalTableTest} fails when the
 * resource no longer matches the ICU on the class path.
 */
final class TraditionalTableGenerator {
    private TraditionalTableGenerator() {}

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
            if (!gb2312.canEncode(t) || TraditionalTable.ALWAYS_TRADITIONAL.indexOf(t) >= 0) {
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
                boolean flagged = s != null && (!gb2312.canEncode(c) || TraditionalTable.ALWAYS_TRADITIONAL.indexOf(c) >= 0);
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
                + " TraditionalTableGenerator.generate(); TraditionalTableTest checks it against ICU. Do not edit.\n"
                + "# T: traditional-only char + its simplified form; S: simplified-only chars; W: word overrides.\n"
                + trad + "\n" + simp + "\n" + words + "\n";
    }

    /** Writes the resource text to standard output: {@code TraditionalTable > traditional-simplified.txt}. */
    public static void main(String[] args) {
        System.out.print(generate());
    }
}

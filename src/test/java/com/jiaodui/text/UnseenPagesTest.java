package com.jiaodui.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pages the engine was never tuned on: hand-written clean articles (src/test/resources/unseen), damaged
 * by a seeded generator the way OCR damages pages (hard wraps at a column width, paragraph breaks at
 * column ends, an interposed caption, a paragraph and a fragment printed twice, spaces, half-width
 * punctuation, traditional characters, garbled glyphs), with the position of every defect recorded.
 * Checks the bars: recall of broken joins, duplicates and traditional leaks ≥ 95%, at most one
 * false broken-join flag per page, and {@code clean} within 0.5% character error rate of the original.
 */
class UnseenPagesTest {
    static final String[] PAGES = {"page-1.txt", "page-2.txt", "page-3.txt"};
    static final int SEEDS = 6;

    record Truth(FlagKind kind, int start, int end) { }

    record Damaged(String raw, String expected, List<Truth> truths) { }

    @Test
    void meetsTheRecallPrecisionAndErrorRateBars() throws IOException {
        Analyzer analyzer = new Analyzer();
        Map<FlagKind, int[]> found = new EnumMap<>(FlagKind.class); // kind -> {found, total}
        int worstFalseJoins = 0;
        double worstCer = 0;
        StringBuilder report = new StringBuilder();
        for (String name : PAGES) {
            List<List<String>> articles = load(name);
            for (int seed = 1; seed <= SEEDS; seed++) {
                Damaged d = damage(articles, new Random(seed * 7919L + name.hashCode()));
                Analysis a = analyzer.analyze(d.raw(), Format.TEXT);
                if (System.getenv("UNSEEN_DUMP") != null) {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("UNSEEN_DUMP"), name + "-" + seed), d.raw());
                    java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("UNSEEN_DUMP"), name + "-" + seed + ".expected"), d.expected());
                }
                for (Truth t : d.truths()) {
                    int[] c = found.computeIfAbsent(t.kind(), k -> new int[2]);
                    c[1]++;
                    if (a.flags().stream().anyMatch(f -> f.kind() == t.kind() && covers(f, t))) {
                        c[0]++;
                    } else {
                        report.append("missed ").append(t.kind().id()).append(" in ").append(name).append(" seed ").append(seed)
                                .append(": ").append(around(d.raw(), t.start(), t.end())).append('\n');
                    }
                }
                int falseJoins = 0;
                for (Flag f : a.flags()) {
                    if (f.kind() == FlagKind.BROKEN_JOIN
                            && d.truths().stream().noneMatch(t -> t.kind() == FlagKind.BROKEN_JOIN && covers(f, t))) {
                        falseJoins++;
                        report.append("false broken-join in ").append(name).append(" seed ").append(seed).append(": ")
                                .append(around(d.raw(), f.start(), f.end())).append('\n');
                    }
                }
                worstFalseJoins = Math.max(worstFalseJoins, falseJoins);
                double cer = cer(a.cleaned().text(), d.expected());
                if (cer > 0.005) {
                    report.append(String.format("CER %.4f in %s seed %d%n", cer, name, seed));
                }
                worstCer = Math.max(worstCer, cer);
            }
        }
        for (Map.Entry<FlagKind, int[]> e : found.entrySet()) {
            report.append(String.format("%s: %d/%d%n", e.getKey().id(), e.getValue()[0], e.getValue()[1]));
        }
        report.append(String.format("worst false broken joins per page: %d, worst CER: %.4f%n", worstFalseJoins, worstCer));
        System.out.print(report);
        for (FlagKind k : List.of(FlagKind.BROKEN_JOIN, FlagKind.DUPLICATE_PARAGRAPH, FlagKind.DUPLICATE_FRAGMENT,
                FlagKind.TRADITIONAL_CHAR)) {
            int[] c = found.get(k);
            assertTrue(c != null && c[1] > 0 && c[0] >= 0.95 * c[1], k.id() + " recall below 95%\n" + report);
        }
        assertTrue(worstFalseJoins <= 1, "more than one false broken join on a page\n" + report);
        assertTrue(worstCer <= 0.005, "clean above 0.5% character error rate\n" + report);
    }

    static boolean covers(Flag f, Truth t) {
        return f.start() <= t.start() && t.end() <= f.end() || f.start() < t.end() && t.start() < f.end();
    }

    static String around(String raw, int s, int e) {
        return raw.substring(Math.max(0, s - 12), s).replace('\n', '⏎') + "【" + raw.substring(s, e).replace('\n', '⏎')
                + "】" + raw.substring(e, Math.min(raw.length(), e + 12)).replace('\n', '⏎');
    }

    static List<List<String>> load(String name) throws IOException {
        try (InputStream in = UnseenPagesTest.class.getResourceAsStream("/unseen/" + name)) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> out = new ArrayList<>();
            for (String art : all.split("\n===\n")) {
                out.add(art.strip().lines().filter(l -> !l.isBlank()).toList());
            }
            return out;
        }
    }

    // ---- the damager ---------------------------------------------------------------------------

    static final String TRAD_FROM = "级会发国时这经为业产务区场机进";
    static final String TRAD_TO = "級會發國時這經為業產務區場機進";
    static final String[] CAPTIONS = {"图为施工现场一角", "本报记者 摄", "项目效果图"};

    static Damaged damage(List<List<String>> articles, Random r) {
        int width = 15 + r.nextInt(6);
        StringBuilder raw = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        List<Truth> truths = new ArrayList<>();
        // choose one paragraph to print twice and one to have its tail printed twice
        List<int[]> paras = new ArrayList<>();
        for (int ai = 0; ai < articles.size(); ai++) {
            for (int pi = 1; pi < articles.get(ai).size(); pi++) {
                String p = articles.get(ai).get(pi);
                if (p.length() > 40) {
                    paras.add(new int[] {ai, pi});
                }
            }
        }
        int[] dupPara = paras.get(r.nextInt(paras.size()));
        int[] dupFrag = paras.get(r.nextInt(paras.size()));
        int tradLeft = 4;
        int captionLeft = 1;
        boolean garbledDone = false;
        for (int ai = 0; ai < articles.size(); ai++) {
            List<String> art = articles.get(ai);
            for (int pi = 0; pi < art.size(); pi++) {
                String text = art.get(pi);
                boolean body = text.contains("。");
                if (expected.length() > 0) {
                    expected.append("\n\n");
                }
                if (raw.length() > 0) {
                    raw.append("\n\n");
                }
                if (!body) {
                    raw.append(text);
                    expected.append(text);
                    continue;
                }
                // in-line damage, with positions relative to the damaged paragraph
                StringBuilder dp = new StringBuilder();
                List<Truth> local = new ArrayList<>();
                if (!garbledDone && r.nextInt(4) == 0) {
                    dp.append("\uFFFD\uFFFD\uFFFD\uFFFD");
                    garbledDone = true;
                }
                boolean halfWidth = r.nextInt(4) == 0;
                for (int k = 0; k < text.length(); k++) {
                    char c = text.charAt(k);
                    int ti = TRAD_FROM.indexOf(c);
                    if (ti >= 0 && tradLeft > 0 && r.nextInt(6) == 0) {
                        local.add(new Truth(FlagKind.TRADITIONAL_CHAR, dp.length(), dp.length() + 1));
                        dp.append(TRAD_TO.charAt(ti));
                        tradLeft--;
                        continue;
                    }
                    if (c == '，' && halfWidth) {
                        local.add(new Truth(FlagKind.PUNCTUATION_WIDTH, dp.length(), dp.length() + 1));
                        dp.append(',');
                        continue;
                    }
                    dp.append(c);
                    boolean digitThenHan = Chars.isAsciiDigit(c) && k + 1 < text.length() && Chars.isHan(text.charAt(k + 1));
                    if ((digitThenHan && r.nextInt(3) == 0) || (c == '。' && k + 1 < text.length() && r.nextInt(3) == 0)) {
                        local.add(new Truth(FlagKind.SPURIOUS_SPACE, dp.length(), dp.length() + 1));
                        dp.append(' ');
                    }
                }
                boolean isDupPara = dupPara[0] == ai && dupPara[1] == pi;
                boolean isDupFrag = dupFrag[0] == ai && dupFrag[1] == pi && !isDupPara;
                String caption = null;
                List<String> lines = wrap(dp.toString(), width);
                int breakAt = -1;
                if (lines.size() >= 3 && r.nextInt(3) > 0) {
                    breakAt = 1 + r.nextInt(lines.size() - 2); // a column ends after line breakAt-1
                    String before = lines.get(breakAt - 1);
                    String after = lines.get(breakAt);
                    char last = before.charAt(before.length() - 1);
                    if (Chars.endsSentence(before, before.length()) || last == ' ' || after.startsWith(" ")
                            || Chars.cannotStart(after.charAt(0)) && last == '。') {
                        breakAt = -1; // a break at a sentence end is not a broken join
                    } else if (captionLeft > 0 && r.nextInt(3) == 0) {
                        caption = CAPTIONS[r.nextInt(CAPTIONS.length)];
                        captionLeft--;
                    }
                }
                int base = raw.length();
                int consumed = 0;
                int[] map = new int[dp.length() + 1];
                for (int li = 0; li < lines.size(); li++) {
                    if (li > 0) {
                        if (li == breakAt) {
                            int at = raw.length();
                            raw.append("\n\n");
                            if (caption != null) {
                                raw.append(caption).append("\n\n");
                            }
                            truths.add(new Truth(FlagKind.BROKEN_JOIN, at, raw.length()));
                        } else {
                            raw.append('\n');
                        }
                    }
                    for (int k = 0; k < lines.get(li).length(); k++) {
                        map[consumed++] = raw.length();
                        raw.append(lines.get(li).charAt(k));
                    }
                }
                map[consumed] = raw.length();
                for (Truth t : local) {
                    truths.add(new Truth(t.kind(), map[t.start()], map[t.start()] + (t.end() - t.start())));
                }
                expected.append(text);
                if (caption != null) {
                    expected.append("\n\n").append(caption);
                }
                if (isDupFrag) {
                    int comma = text.lastIndexOf('，');
                    String tail = text.substring(comma + 1);
                    if (comma > 0 && tail.length() >= 5 && tail.length() <= 40) {
                        raw.append("\n\n");
                        int s = raw.length();
                        raw.append(tail);
                        truths.add(new Truth(FlagKind.DUPLICATE_FRAGMENT, s, raw.length()));
                    }
                }
                if (isDupPara) {
                    // printed again after the next paragraph, or at once when it is the last
                    pendingDuplicate = text;
                    pendingAfter = pi + 1 < art.size() ? 1 : 0;
                    if (pendingAfter == 0) {
                        flushDuplicate(raw, truths, width);
                    }
                } else if (pendingDuplicate != null && --pendingAfter <= 0) {
                    flushDuplicate(raw, truths, width);
                }
            }
        }
        if (pendingDuplicate != null) {
            flushDuplicate(raw, truths, width);
        }
        raw.append('\n');
        return new Damaged(raw.toString(), expected.toString(), truths);
    }

    private static String pendingDuplicate;
    private static int pendingAfter;

    private static void flushDuplicate(StringBuilder raw, List<Truth> truths, int width) {
        raw.append("\n\n");
        int s = raw.length();
        raw.append(String.join("\n", wrap(pendingDuplicate, width)));
        truths.add(new Truth(FlagKind.DUPLICATE_PARAGRAPH, s, raw.length()));
        pendingDuplicate = null;
    }

    /** Hard-wraps at a column width (CJK 1, half-width 1/2), never starting a line with closing punctuation. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double cw = c == '\uFFFD' ? 0 : (c >= 0x2E80 || c == '“' || c == '”' ? 1 : 0.5);
            if (w + cw > width && i > start && !Chars.cannotStart(c) && c != ' ') {
                lines.add(text.substring(start, i));
                start = i;
                w = 0;
            }
            w += cw;
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Character error rate: edit distance over the expected length, line breaks ignored. */
    static double cer(String actual, String expected) {
        String a = actual.replace("\n", "");
        String e = expected.replace("\n", "");
        int[] prev = new int[a.length() + 1];
        int[] cur = new int[a.length() + 1];
        for (int j = 0; j <= a.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= e.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= a.length(); j++) {
                int cost = e.charAt(i - 1) == a.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(prev[j - 1] + cost, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return (double) prev[a.length()] / e.length();
    }
}

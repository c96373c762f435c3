package com.jiaodui.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads raw page text into blocks. Decides per page whether lines are hard-wrapped at column edges;
 * if so, joins the lines of each paragraph (no space between CJK characters, one between two Latin
 * words, numbers split across a wrap joined back) and finds paragraph ends from blank lines,
 * indentation and short lines that close a sentence.
 */
public final class PageReader {
    /**
     * An ATX heading: 1–6 '#' and a space. Indentation and garbled glyphs before it are looked through
     * (the reader trims the one and clean deletes the other, and the line must read the same after).
     */
    private static final Pattern MD_HEADING =
            Pattern.compile("^[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFD\\uE000-\\uF8FF \\t\\u3000\\u00A0]*(#{1,6})[ \\t]+");

    private PageReader() {}

    public static Page read(SourceText source) {
        return read(source.raw(), source.format());
    }

    public static Page read(String raw, Format hint) {
        List<int[]> lines = splitLines(raw);
        int[] lineStarts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            lineStarts[i] = lines.get(i)[0];
        }
        Format format = hint == Format.MARKDOWN || looksLikeMarkdown(raw, lines) ? Format.MARKDOWN : Format.TEXT;
        boolean hard = isHardWrapped(raw, lines);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        int blanks = 0;
        while (i < lines.size()) {
            int[] ln = lines.get(i);
            if (isBlank(raw, ln)) {
                blanks++;
                i++;
                continue;
            }
            if (format == Format.MARKDOWN && startsWithHash(raw, ln)) {
                Matcher m = MD_HEADING.matcher(raw).region(ln[0], ln[1]);
                if (m.lookingAt()) {
                    MappedText t = trimmed(raw, m.end(), ln[1]);
                    blocks.add(new Block(blocks.size(), Block.Type.HEADING, m.group(1).length(), ln[0],
                            contentEnd(raw, ln), t, i, i, blanks, false, false));
                    blanks = 0;
                    i++;
                    continue;
                }
            }
            // a run of consecutive non-blank, non-heading lines
            int runStart = i;
            while (i < lines.size() && !isBlank(raw, lines.get(i))
                    && !(format == Format.MARKDOWN && isMdHeading(raw, lines.get(i)))) {
                i++;
            }
            List<int[]> run = lines.subList(runStart, i);
            if (!hard) {
                for (int k = 0; k < run.size(); k++) {
                    int[] l = run.get(k);
                    blocks.add(new Block(blocks.size(), Block.Type.PARAGRAPH, 0, l[0], contentEnd(raw, l),
                            trimmed(raw, l[0], l[1]), runStart + k, runStart + k, k == 0 ? blanks : 0,
                            isSpace(raw, l[0]), false));
                }
            } else {
                readHardWrappedRun(raw, run, runStart, blanks, blocks);
            }
            blanks = 0;
        }
        return new Page(raw, format, hard, blocks, lineStarts);
    }

    private static void readHardWrappedRun(String raw, List<int[]> run, int firstLine, int blanks, List<Block> out) {
        int n = run.size();
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            int[] l = run.get(k);
            w[k] = Chars.width(raw, firstNonSpace(raw, l[0], l[1]), contentEnd(raw, l));
        }
        if (isHeadingRun(raw, run)) {
            for (int k = 0; k < n; k++) {
                int[] l = run.get(k);
                if (k + 2 == n && w[k + 1] <= 2 && w[k] >= 12) {
                    // a title wrapped at the column edge: its last one or two characters are no title line of
                    // their own ("尼泊爾 波卡拉看雪山 奇旺國家公園叢林探" / "險")
                    out.add(new Block(out.size(), Block.Type.PARAGRAPH, 0, l[0], contentEnd(raw, run.get(k + 1)),
                            join(raw, run.subList(k, n)), firstLine + k, firstLine + k + 1, k == 0 ? blanks : 0,
                            isSpace(raw, l[0]), true));
                    break;
                }
                out.add(new Block(out.size(), Block.Type.PARAGRAPH, 0, l[0], contentEnd(raw, l),
                        trimmed(raw, l[0], l[1]), firstLine + k, firstLine + k, k == 0 ? blanks : 0,
                        isSpace(raw, l[0]), true));
            }
            return;
        }
        int paraStart = 0;
        boolean headline = false;
        for (int k = 0; k < n; k++) {
            boolean last = k == n - 1;
            boolean breakAfter = last;
            if (k == 0 && !last && isWideHeadline(raw, run, w)) {
                // a headline set wider than the column, printed straight above its body
                breakAfter = true;
                headline = true;
            } else if (!last) {
                int[] l = run.get(k);
                int end = contentEnd(raw, l);
                char lastChar = end > l[0] ? raw.charAt(end - 1) : ' ';
                double before = k == 0 ? maxWidth(w, 1, 3) : maxWidth(w, k - 3, k - 1);
                double after = maxWidth(w, k + 1, k + 2);
                boolean shortLine = w[k] < 0.75 * before && w[k] < 0.75 * after;
                boolean nextIndented = indentOf(raw, run.get(k + 1)) > indentOf(raw, l)
                        && (indentOf(raw, run.get(k + 1)) >= 2 || raw.charAt(run.get(k + 1)[0]) == '\u3000'
                            || Chars.endsSentence(raw, end));
                int nextFirst = firstNonSpace(raw, run.get(k + 1)[0], run.get(k + 1)[1]);
                if (nextIndented || startsGarbled(raw, nextFirst)) {
                    // an indented line, or one opening with unmapped glyphs (an image or drop cap), starts a paragraph
                    breakAfter = true;
                } else if (shortLine && !Chars.cannotEnd(lastChar)) {
                    breakAfter = true;
                } else if (Chars.endsSentence(raw, end) && w[k] < before - 1.5
                        && nextFirst < raw.length() && !Chars.cannotStart(raw.charAt(nextFirst))) {
                    // a sentence closed before the column edge: the paragraph ends here
                    breakAfter = true;
                }
            }
            if (breakAfter) {
                List<int[]> para = run.subList(paraStart, k + 1);
                int[] first = para.get(0);
                out.add(new Block(out.size(), Block.Type.PARAGRAPH, 0, first[0], contentEnd(raw, para.get(para.size() - 1)),
                        join(raw, para), firstLine + paraStart, firstLine + k, paraStart == 0 ? blanks : 0,
                        isSpace(raw, first[0]), headline));
                headline = false;
                paraStart = k + 1;
            }
        }
    }

    private static int indentOf(String raw, int[] l) {
        return firstNonSpace(raw, l[0], l[1]) - l[0];
    }

    private static boolean startsGarbled(String raw, int p) {
        return p + 1 < raw.length() && raw.charAt(p) == '\uFFFD' && raw.charAt(p + 1) == '\uFFFD';
    }

    private static boolean isWideHeadline(String raw, List<int[]> run, double[] w) {
        double next = maxWidth(w, 1, 3);
        if (w[0] - next < 1.5 || next < 0.75 * w[0]) {
            // not wider than the column below it, or the line below is a paragraph's last
            return false;
        }
        return isHeadingRun(raw, run.subList(0, 1));
    }

    /** Widest of the lines {@code from..to} (clamped). */
    private static double maxWidth(double[] w, int from, int to) {
        double max = 0;
        for (int j = Math.max(0, from); j <= Math.min(w.length - 1, to); j++) {
            max = Math.max(max, w[j]);
        }
        return max;
    }

    /**
     * A short isolated run of lines with no sentence punctuation: a headline, kicker, caption, page
     * index or countdown box, each line its own block.
     */
    static boolean isHeadingRun(String raw, List<int[]> run) {
        if (run.size() > 3) {
            return false;
        }
        for (int[] l : run) {
            int end = contentEnd(raw, l);
            for (int p = l[0]; p < end; p++) {
                char c = raw.charAt(p);
                if (c == '。' || c == '，' || c == '、' || c == '；' || c == ',' || c == ';') {
                    return false;
                }
            }
            if (end > l[0] && Chars.cannotEnd(raw.charAt(end - 1))) {
                return false;
            }
        }
        return true;
    }

    /** Joins the lines of one hard-wrapped paragraph. */
    static MappedText join(String raw, List<int[]> lines) {
        int size = 0; // the lines' content: the exact length unless a space is inserted, so build() copies nothing
        for (int[] l : lines) {
            size += Math.max(0, contentEnd(raw, l) - firstNonSpace(raw, l[0], l[1]));
        }
        MappedText.Builder b = MappedText.builder(size);
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            int s = firstNonSpace(raw, l[0], l[1]);
            int e = contentEnd(raw, l);
            if (s >= e) {
                continue;
            }
            if (b.length() > 0) {
                char prev = b.charAt(b.length() - 1);
                char next = raw.charAt(s);
                if (Chars.isAsciiLetter(prev) && Chars.isAsciiLetter(next)) {
                    b.insert(" ", s);
                }
            }
            b.appendRaw(raw, s, e);
        }
        return b.build();
    }

    private static MappedText trimmed(String raw, int from, int to) {
        int s = firstNonSpace(raw, from, to);
        int e = to;
        while (e > s && (Chars.isSpace(raw.charAt(e - 1)))) {
            e--;
        }
        return MappedText.builder(e - s).appendRaw(raw, s, e).build();
    }

    static int firstNonSpace(String raw, int from, int to) {
        int s = from;
        while (s < to && Chars.isSpace(raw.charAt(s))) {
            s++;
        }
        return s;
    }

    static int contentEnd(String raw, int[] l) {
        int e = l[1];
        while (e > l[0] && Chars.isSpace(raw.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean isSpace(String raw, int p) {
        return p < raw.length() && Chars.isSpace(raw.charAt(p));
    }

    private static boolean isBlank(String raw, int[] l) {
        return firstNonSpace(raw, l[0], l[1]) >= l[1];
    }

    /** Lines as {start, end} content spans, line terminators (LF, CRLF, CR) excluded. */
    static List<int[]> splitLines(String raw) {
        List<int[]> lines = new ArrayList<>();
        int s = 0;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {s, i});
                if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                    i++;
                }
                s = i + 1;
            }
        }
        if (s < n || lines.isEmpty()) {
            lines.add(new int[] {s, n});
        }
        return lines;
    }

    private static boolean startsWithHash(String raw, int[] l) {
        int p = l[0];
        while (p < l[1] && (Chars.isSpace(raw.charAt(p)) || Chars.isGarbage(raw.charAt(p)))) {
            p++;
        }
        return p < l[1] && raw.charAt(p) == '#';
    }

    private static boolean isMdHeading(String raw, int[] l) {
        return startsWithHash(raw, l) && MD_HEADING.matcher(raw).region(l[0], l[1]).lookingAt();
    }

    private static boolean looksLikeMarkdown(String raw, List<int[]> lines) {
        for (int[] l : lines) {
            if (isMdHeading(raw, l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A page is hard-wrapped when most of its text lines run straight into another text line and lines
     * are column-narrow: a wrapped page has few blank lines and lines of similar, short width.
     */
    static boolean isHardWrapped(String raw, List<int[]> lines) {
        int text = 0;
        int followed = 0;
        int midSentence = 0;
        List<Double> widths = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (isBlank(raw, l)) {
                continue;
            }
            text++;
            widths.add(Chars.width(raw, firstNonSpace(raw, l[0], l[1]), contentEnd(raw, l)));
            if (i + 1 < lines.size() && !isBlank(raw, lines.get(i + 1))) {
                followed++;
                int e = contentEnd(raw, l);
                if (e > l[0] && !Chars.endsSentence(raw, e) && Chars.isProse(raw, l[0], e)) {
                    midSentence++;
                }
            }
        }
        if (text < 3) {
            return false;
        }
        widths.sort(null);
        double median = widths.get(widths.size() / 2);
        // wrapped: lines run into the next line in mid-sentence; one paragraph a line: they almost never do
        return (followed * 2 >= text || midSentence * 4 >= text) && median <= 45;
    }
}

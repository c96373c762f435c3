package com.jiaodui.text;

import java.util.List;

/**
 * {@code spurious-space}: spaces (ASCII, tab, U+3000, no-break) that OCR or PDF extraction put into
 * Chinese text. One flag per run of spaces, fixed by deleting the run.
 *
 * <p>WARNING (removed by {@code clean}): a space between two Chinese characters ("规范管理 ，"), between a
 * number and a Chinese character ("截至 1月 2日", "“80 后”", "近 35 万人"), next to full-width punctuation
 * ("。 其中", "“学习强国 ”", "市） 和", "《〈诗经 〉 里"), inside half-width brackets around Chinese, and
 * between Chinese and ASCII punctuation ("日 ,").
 *
 * <p>INFO (shown, never removed): a space between Chinese and Latin text ("APP 和": some house styles
 * space mixed text); a space between two Chinese characters inside 《》 ("《…白发校长 用爱守护…》" quotes a
 * headline whose space may be a separator); the padding of a two-character name ("李 丹", "■罗 平",
 * "郭 嘉") in bylines, signatures and title-like lines.
 *
 * <p>Not flagged: spaces between Latin words or Latin and digits ("New York", "COVID 19"), between two
 * numbers; in bylines and photo credits the space between the role and a name, between two names and
 * before 摄/作 ("记者 李 丹 王建军", "新华社发 王鹏 作": the credit's spacing is newspaper style); spaces
 * between Chinese phrases in a title-like block (heading, heading run, or a short block without sentence
 * punctuation: "线上出众 线下出彩"); the space after the number of a page index ("03 综合新闻"). Markdown
 * hard-break spaces are not in block text.
 */
public final class SpuriousSpaceDetector implements Detector {

    @Override
    public void detect(Page page, List<Flag> out) {
        String raw = page.raw();
        for (Block block : page.blocks()) {
            MappedText t = block.text();
            String s = t.text();
            int n = s.length();
            int firstSpace = firstSpace(s);
            if (firstSpace < 0) {
                continue;
            }
            boolean title = DetectorChars.isTitleLike(block);
            boolean pageIndex = title && FurniturePatterns.PAGE_INDEX.matcher(s).matches();
            boolean bylineLine = FurniturePatterns.isBylineLine(s);
            int credit = FurniturePatterns.creditStart(s);
            if (credit < 0) {
                credit = n;
            }
            int bookDepth = 0;
            int bylineEnd = -1;
            char[] a = s.toCharArray();
            for (int i = 0; i < n; i++) {
                char c = a[i];
                if (c >= 0x4E00 && c < 0xFF00) {
                    continue; // Han: the bulk of the text
                }
                if (c == '《') {
                    bookDepth++;
                } else if (c == '》') {
                    bookDepth = Math.max(0, bookDepth - 1);
                } else if ((c == '（' || c == '(') && i > bylineEnd) {
                    bylineEnd = FurniturePatterns.bylineBracketEnd(s, i);
                }
                if (!DetectorChars.isSpace(c)) {
                    continue;
                }
                int j = i + 1;
                while (j < n && DetectorChars.isSpace(a[j])) {
                    j++;
                }
                if (i > 0 && j < n) {
                    boolean byline = bylineLine || i > credit || i < bylineEnd;
                    judge(raw, t, i, j, title, pageIndex, byline, bookDepth > 0, out);
                }
                i = j - 1;
            }
        }
    }

    /** Index of the first space of {@code s}, -1 if none. */
    private static int firstSpace(String s) {
        int i = s.indexOf(' ');
        int k = s.indexOf('\u3000');
        if (k >= 0 && (i < 0 || k < i)) {
            i = k;
        }
        k = s.indexOf('\t');
        if (k >= 0 && (i < 0 || k < i)) {
            i = k;
        }
        k = s.indexOf('\u00A0');
        if (k >= 0 && (i < 0 || k < i)) {
            i = k;
        }
        return i;
    }

    /** Decides on the run of spaces {@code [i,j)} of the block text and flags it. */
    private static void judge(String raw, MappedText t, int i, int j, boolean title, boolean pageIndex,
                              boolean byline, boolean inBook, List<Flag> out) {
        String s = t.text();
        char p = s.charAt(i - 1);
        char n = s.charAt(j);
        boolean pHan = DetectorChars.isHan(p);
        boolean nHan = DetectorChars.isHan(n);
        String message;
        Severity severity = Severity.WARNING;
        if (pHan && nHan) {
            boolean padded = !(i >= 2 && DetectorChars.isHan(s.charAt(i - 2)))
                    && !(j + 1 < s.length() && DetectorChars.isHan(s.charAt(j + 1)));
            if (byline || title) {
                if (!padded) {
                    return;
                }
                message = "letter-spaced two-character name or word (newspaper style)";
                severity = Severity.INFO;
            } else if (inBook) {
                message = "space between Chinese characters in a title in 《》 (may be a separator)";
                severity = Severity.INFO;
            } else {
                message = "space between Chinese characters";
            }
        } else if (pHan && DetectorChars.isDigit(n) || DetectorChars.isDigit(p) && nHan) {
            if (pageIndex) {
                return;
            }
            message = "space between a number and a Chinese character";
        } else if (DetectorChars.isCjkPunct(p)) {
            message = "space after '" + p + "'";
        } else if (DetectorChars.isCjkPunct(n)) {
            message = "space before '" + n + "'";
        } else if ((p == '(' || p == '[') && (nHan || DetectorChars.isCjkPunct(n))) {
            message = "space after '" + p + "'";
        } else if ((n == ')' || n == ']') && (pHan || DetectorChars.isCjkPunct(p))) {
            message = "space before '" + n + "'";
        } else if (pHan && isAsciiPunct(n)) {
            message = "space before '" + n + "'";
        } else if (nHan && isAsciiPunct(p)) {
            message = "space after '" + p + "'";
        } else if (pHan && DetectorChars.isLatin(n) || DetectorChars.isLatin(p) && nHan) {
            if (title || byline) {
                return;
            }
            message = "space between Chinese and Latin text";
            severity = Severity.INFO;
        } else {
            return;
        }
        for (int k = i; k < j; k++) {
            if (t.rawEnd(k) <= t.rawStart(k)) {
                return; // inserted by the reader, not in the raw text
            }
        }
        int start = t.rawStart(i);
        int end = t.rawEnd(j - 1);
        for (int k = start; k < end; k++) {
            char c = raw.charAt(k);
            if (!DetectorChars.isSpace(c) && c != '\n' && c != '\r') {
                return; // never delete what is not white space
            }
        }
        if (s.charAt(i) == '\u3000') {
            message = message.replaceFirst("^space", "ideographic space");
        }
        out.add(new Flag(FlagKind.SPURIOUS_SPACE, start, end, message, "", severity));
    }

    /** ASCII punctuation that takes no space next to Chinese text. */
    private static boolean isAsciiPunct(char c) {
        return ",.;:?!%~()".indexOf(c) >= 0;
    }
}

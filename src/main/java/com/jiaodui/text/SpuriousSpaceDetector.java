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
 * between Chinese phrases in a title-like block (a Markdown heading, or a block of ≤ 40 characters without
 * ，。、； that is not part of a broken sentence: "线上出众 线下出彩"); the space after the number of a page index
 * ("03 综合新闻"). Markdown hard-break spaces are not in block text.
 *
 * <p>Neighbours are judged as they will stand after cleaning (garbled characters looked through, a half-width
 * mark in Chinese text taken as the full-width mark it becomes), so the fixes are idempotent.
 */
public final class SpuriousSpaceDetector implements Detector {

    @Override
    public boolean inline() {
        return true;
    }

    @Override
    public void detect(Page page, List<Flag> out) {
        String raw = page.raw();
        List<Block> blocks = page.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            detectBlock(raw, blocks, b, out);
        }
    }

    /** One block: kept apart from the page loop so the JIT compiles a small method once, not the whole loop. */
    private void detectBlock(String raw, List<Block> blocks, int b, List<Flag> out) {
        Block block = blocks.get(b);
        MappedText t = block.text();
        String s = t.text();
        int n = s.length();
        int firstSpace = firstSpace(s);
        if (firstSpace < 0) {
            return;
        }
        boolean title = DetectorChars.isTitleLike(blocks, b);
        boolean pageIndex = title && FurniturePatterns.PAGE_INDEX.matcher(s).matches();
        boolean bylineLine = FurniturePatterns.isBylineLine(s);
        int credit = FurniturePatterns.creditStart(s);
        if (credit < 0) {
            credit = n;
        }
        int bookDepth = 0;
        int bylineEnd = -1;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
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
            if (!Chars.isSpace(c)) {
                continue;
            }
            int j = i + 1;
            while (j < n && Chars.isSpace(s.charAt(j))) {
                j++;
            }
            if (i > 0 && j < n) {
                boolean byline = bylineLine || i > credit || i < bylineEnd;
                judge(blocks, b, raw, t, i, j, title, pageIndex, byline, bookDepth > 0, out);
            }
            i = j - 1;
        }
    }

    /**
     * Whether the space between {@code pi} and {@code ni} stands alone between runs of at least three Han
     * characters on each side, none of them spaced (judged up to the next punctuation mark).
     */
    static boolean loneBetweenRuns(String s, int pi, int ni) {
        return run(s, pi, -1) >= 3 && run(s, ni, 1) >= 3;
    }

    /** Han characters from {@code k} in direction {@code dir} before a space or the end; a mark ends the run without spoiling it. */
    private static int run(String s, int k, int dir) {
        int n = 0;
        for (; k >= 0 && k < s.length(); k += dir) {
            char c = s.charAt(k);
            if (Chars.isHan(c)) {
                n++;
            } else if (Chars.isSpace(c)) {
                return n;
            } else {
                return Chars.isCjkPunct(c) ? Math.max(n, 3) : n; // "反「波卡」": the phrase runs on into its quotation
            }
            if (n >= 3) {
                return n;
            }
        }
        return n;
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
    /** A dateline opening a paragraph, up to its 电: "本报北京2月23日电", "新华社北京5月16日电". */
    static final java.util.regex.Pattern DATELINE_LEAD = java.util.regex.Pattern.compile(
            "^[\\s\u3000]*[（(]?(本报|新华社|中新社|人民日报)?[\\p{IsHan}·]{0,12}\\d{1,2}月\\d{1,2}日电");

    private static void judge(List<Block> blocks, int b, String raw, MappedText t, int i, int j, boolean title,
                              boolean pageIndex, boolean byline, boolean inBook, List<Flag> out) {
        String s = t.text();
        // the neighbours as they stand after cleaning: garbled characters (deleted) are looked through
        int pi = i - 1;
        while (pi >= 0 && (Chars.isSpace(s.charAt(pi)) || GarbledCharDetector.isGarbled(s, pi))) {
            pi--;
        }
        int ni = j;
        while (ni < s.length() && (Chars.isSpace(s.charAt(ni)) || GarbledCharDetector.isGarbled(s, ni))) {
            ni++;
        }
        if (pi < 0 || ni >= s.length()) {
            return;
        }
        char p = s.charAt(pi);
        char n = s.charAt(ni);
        boolean pHan = Chars.isHan(p);
        boolean nHan = Chars.isHan(n);
        // a half-width mark in Chinese text counts as the full-width mark it becomes
        boolean pMark = DetectorChars.isHalfMark(p) && markInChinese(blocks, b, s, pi);
        boolean nMark = DetectorChars.isHalfMark(n) && markInChinese(blocks, b, s, ni);
        Msg message;
        Severity severity = Severity.WARNING;
        if (pHan && nHan) {
            boolean padded = !(pi >= 1 && Chars.isHan(s.charAt(pi - 1)))
                    && !(ni + 1 < s.length() && Chars.isHan(s.charAt(ni + 1)));
            if (p == '电' && DATELINE_LEAD.matcher(s.substring(0, pi + 1)).matches()) {
                return; // "本报北京2月23日电 近日，…": the space after a dateline is newspaper style
            }
            if (byline || title) {
                if (!padded) {
                    return;
                }
                message = Msg.of("space.padded-name");
                severity = Severity.INFO;
            } else if (inBook) {
                message = Msg.of("space.in-book-title");
                severity = Severity.INFO;
            } else if (loneBetweenRuns(s, pi, ni)) {
                // one space between two runs of unspaced characters ("會檢討 反「波卡」", "吳未回應 資料來源"): web
                // text flattens its sub-headings and line breaks so; OCR letter-spacing spaces every character
                message = Msg.of("space.separator");
                severity = Severity.INFO;
            } else {
                message = Msg.of("space.han-han");
            }
        } else if (pHan && DetectorChars.isDigit(n) && !latinToken(s, ni, 1)
                || DetectorChars.isDigit(p) && nHan && !latinToken(s, pi, -1)) {
            if (pageIndex) {
                return;
            }
            message = Msg.of("space.number-han");
        } else if (pHan && DetectorChars.isDigit(n) || DetectorChars.isDigit(p) && nHan) {
            if (title || byline) {
                return;
            }
            message = Msg.of("space.han-latin"); // "COVID-19 疫情"
            severity = Severity.INFO;
        } else if (Chars.isCjkPunct(p) || pMark) {
            if ((p == '！' || p == '？') && nHan && (title
                    || BlockClassifier.isTitleShaped(blocks.get(b), BrokenJoinDetector.visibleEnd(s.strip())))) {
                return; // a headline's main line and its second, set apart: "熟悉面孔！　地震中心主任郭鎧紋提前退休"
            }
            message = Msg.of("space.after", String.valueOf(p));
        } else if (Chars.isCjkPunct(n) || nMark) {
            message = Msg.of("space.before", String.valueOf(n));
        } else if ((p == '(' || p == '[') && (nHan || Chars.isCjkPunct(n))) {
            message = Msg.of("space.after", String.valueOf(p));
        } else if ((n == ')' || n == ']') && (pHan || Chars.isCjkPunct(p))) {
            message = Msg.of("space.before", String.valueOf(n));
        } else if (pHan && isAsciiPunct(n)) {
            message = Msg.of("space.before", String.valueOf(n));
        } else if (nHan && isAsciiPunct(p)) {
            message = Msg.of("space.after", String.valueOf(p));
        } else if (pHan && DetectorChars.isLatin(n) || DetectorChars.isLatin(p) && nHan) {
            if (title || byline) {
                return;
            }
            message = Msg.of("space.han-latin");
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
            if (!Chars.isSpace(c) && c != '\n' && c != '\r') {
                return; // never delete what is not white space
            }
        }
        if (s.charAt(i) == '\u3000') {
            message = Msg.of("space.ideographic", message);
        }
        out.add(new Flag(FlagKind.SPURIOUS_SPACE, start, end, message, "", severity));
    }

    /** Whether the half-width mark at {@code k} stands in Chinese text (and so becomes full-width). */
    private static boolean markInChinese(List<Block> blocks, int b, String s, int k) {
        char before = DetectorChars.contextBefore(blocks, b);
        char after = DetectorChars.contextAfter(blocks, b);
        char c = s.charAt(k);
        if (c == '(' || c == ')') {
            return PunctuationWidthDetector.bracketInChinese(s, k, PunctuationWidthDetector.pairBrackets(s), before, after);
        }
        return PunctuationWidthDetector.sentenceMarkInChinese(s, k, before, after);
    }

    /**
     * Whether the run of non-space, non-Chinese characters from {@code at} in direction {@code dir} holds a
     * Latin letter: "COVID-19" is Latin text, "2019" a number.
     */
    private static boolean latinToken(String s, int at, int dir) {
        for (int k = at; k >= 0 && k < s.length(); k += dir) {
            char c = s.charAt(k);
            if (Chars.isSpace(c) || DetectorChars.isCjk(c) || DetectorChars.isHalfMark(c)) {
                return false; // a mark of either width ends the token (fixes turn one into the other)
            }
            if (DetectorChars.isLatin(c)) {
                return true;
            }
        }
        return false;
    }

    /** ASCII punctuation that takes no space next to Chinese text. */
    private static boolean isAsciiPunct(char c) {
        return ",.;:?!%~()".indexOf(c) >= 0;
    }
}

package com.jiaodui.text;

/**
 * Character classes and block tests shared by the detectors (spurious-space, punctuation-width,
 * traditional-char, garbled-char, page-furniture). Kept apart from {@link Chars} so the detectors do not
 * depend on the reader's notion of a character class.
 */
final class DetectorChars {
    private DetectorChars() {}

    /** Han or full-width punctuation: a character that only occurs in Chinese text. */
    static boolean isCjk(char c) {
        return Chars.isHan(c) || Chars.isCjkPunct(c);
    }

    /** ASCII and full-width digits. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** Latin letters, ASCII and full-width, with the Latin-1 and Latin Extended-A/B letters. */
    static boolean isLatin(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ' || c >= 'Ａ' && c <= 'Ｚ'
                || c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7;
    }

    /** Punctuation that shows a block holds sentences rather than a title: commas and sentence ends. */
    static boolean isSentencePunct(char c) {
        return c == '。' || c == '，' || c == '；' || c == '！' || c == '？' || c == '、'
                || c == ',' || c == ';' || c == '!' || c == '?';
    }

    /**
     * A title-like block: a Markdown heading, or a block of at most 40 characters without commas, enumeration
     * commas, semicolons or full stops (the test the reader applies to heading runs; '！' and '？' may end a
     * headline) that stands alone: it does not end with a mark that cannot end a line, and its neighbours do
     * not show a sentence broken across it (clean would join those). Spaces between phrases in such a block
     * are deliberate separators ("线上出众 线下出彩").
     *
     * <p>The decision rests on the block's text alone, not on how the reader saw the lines (a heading run
     * of a hard-wrapped page becomes a plain paragraph once cleaned), so it is the same on the cleaned page;
     * fixes only shorten a block, which can make it title-like but never the reverse.
     */
    static boolean isTitleLike(java.util.List<Block> blocks, int b) {
        Block block = blocks.get(b);
        if (block.isHeading()) {
            return true;
        }
        String s = block.string();
        if (s.length() > 40 || s.isEmpty() || Chars.cannotEnd(lastSolid(s))) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '，' || c == '、' || c == '；' || c == ',' || c == ';') {
                return false;
            }
        }
        // a block broken off a sentence (clean joins it back) is no title
        if (b > 0 && !blocks.get(b - 1).isHeading()) {
            if (Chars.cannotEnd(lastSolid(blocks.get(b - 1).string()))) {
                return false;
            }
        }
        if (b + 1 < blocks.size() && !blocks.get(b + 1).isHeading()) {
            if (Chars.cannotStart(firstSolid(blocks.get(b + 1).string()))) {
                return false;
            }
        }
        return true;
    }

    /** The last character of {@code s} that is neither a space nor garbled (deleted by clean), 0 if none. */
    static char lastSolid(String s) {
        for (int k = s.length() - 1; k >= 0; k--) {
            if (!Chars.isSpace(s.charAt(k)) && !GarbledCharDetector.isGarbled(s, k)) {
                return s.charAt(k);
            }
        }
        return 0;
    }

    /** The first character of {@code s} that is neither a space nor garbled, 0 if none. */
    static char firstSolid(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Chars.isSpace(s.charAt(k)) && !GarbledCharDetector.isGarbled(s, k)) {
                return s.charAt(k);
            }
        }
        return 0;
    }

    /** Index of the nearest non-space character before {@code i}, or -1. */
    static int prevNonSpace(CharSequence s, int i) {
        int k = i - 1;
        while (k >= 0 && Chars.isSpace(s.charAt(k))) {
            k--;
        }
        return k;
    }

    /** Index of the nearest non-space character after {@code i}, or {@code s.length()}. */
    static int nextNonSpace(CharSequence s, int i) {
        int k = i + 1;
        while (k < s.length() && Chars.isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** The half-width marks of the punctuation-width detector. */
    static boolean isHalfMark(char c) {
        return c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == '(' || c == ')';
    }

    /** The full-width counterparts of the half-width marks: ，；：？！（）. */
    static boolean isFullMark(char c) {
        return c == '，' || c == '；' || c == '：' || c == '？' || c == '！' || c == '（' || c == '）';
    }

    /**
     * Index of the nearest character before {@code i} that decides whether a mark stands in Chinese text:
     * spaces and garbled characters (deleted by clean) and the marks of either width (which fixes turn into
     * each other) are looked through, so a detector decides the same way on a page and on its cleaned
     * version. -1 if none.
     */
    static int prevContext(String s, int i) {
        int k = i - 1;
        while (k >= 0 && transparent(s, k)) {
            k--;
        }
        return k;
    }

    /** Like {@link #prevContext}, after {@code i}; {@code s.length()} if none. */
    static int nextContext(String s, int i) {
        int k = i + 1;
        while (k < s.length() && transparent(s, k)) {
            k++;
        }
        return k;
    }

    /**
     * The context character just before block {@code b}: the last non-transparent character of the blocks
     * before it (a paragraph broken in mid-sentence is joined by clean, so its context runs on), 0 if none.
     */
    static char contextBefore(java.util.List<Block> blocks, int b) {
        for (int k = b - 1; k >= 0 && k >= b - 3; k--) {
            String s = blocks.get(k).string();
            int i = prevContext(s, s.length());
            if (i >= 0) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    /** The context character just after block {@code b}, 0 if none; see {@link #contextBefore}. */
    static char contextAfter(java.util.List<Block> blocks, int b) {
        for (int k = b + 1; k < blocks.size() && k <= b + 3; k++) {
            String s = blocks.get(k).string();
            int i = nextContext(s, -1);
            if (i < s.length()) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static boolean transparent(String s, int k) {
        char c = s.charAt(k);
        return Chars.isSpace(c) || isHalfMark(c) || isFullMark(c) || GarbledCharDetector.isGarbled(s, k);
    }

    /** "U+3000" style code point label for messages. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}

package com.jiaodui.text;

/** Character classes the reader and the detectors share. */
public final class Chars {
    private Chars() {}

    /** Han ideographs of the BMP (URO, extension A, compatibility ideographs) and the ideographic zero 〇. */
    public static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF || c == '〇';
    }

    /** Full-width CJK punctuation and symbols (U+3000 block, full-width forms, general punctuation used in Chinese). */
    public static boolean isCjkPunct(char c) {
        return c >= 0x3001 && c <= 0x303F && c != '〇' || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20
                || c >= 0xFF3B && c <= 0xFF40 || c >= 0xFF5B && c <= 0xFF65
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '～';
    }

    /** A character that belongs to Chinese text: Han or full-width punctuation. */
    public static boolean isCjk(char c) {
        return isHan(c) || isCjkPunct(c) || c == '□' || c == '■' || c == '●' || c == '★' || c == '◆';
    }

    public static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isLatinWordChar(char c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c >= 0xC0 && c <= 0x24F;
    }

    /** ASCII space, tab, ideographic space U+3000, no-break space. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Punctuation that closes a sentence (a paragraph may end after it). */
    public static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
    }

    /** Closing quotes and brackets that may follow a sentence end. */
    public static boolean isClosing(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '】' || c == '"';
    }

    /** Opening quotes and brackets. */
    public static boolean isOpening(char c) {
        return c == '“' || c == '‘' || c == '「' || c == '『' || c == '（' || c == '(' || c == '《' || c == '【';
    }

    /** Characters that cannot start a sentence or line in Chinese typesetting (行首禁则). */
    public static boolean cannotStart(char c) {
        return "，。、；：？！）》」』】”’…—,.;:?!)%".indexOf(c) >= 0;
    }

    /** Characters that cannot end a sentence or paragraph (a line ending with one continues). */
    public static boolean cannotEnd(char c) {
        return "，、；：（《「『【“‘—(,;:".indexOf(c) >= 0;
    }

    /**
     * Whether text ending at {@code end} (exclusive) closes a sentence: its last non-space character is
     * a sentence end, optionally followed by closing quotes/brackets.
     */
    public static boolean endsSentence(CharSequence s, int end) {
        int i = end - 1;
        while (i >= 0 && (isSpace(s.charAt(i)) || isGarbage(s.charAt(i)))) {
            i--; // garbled glyphs are deleted by clean: the verdict must not depend on them
        }
        while (i >= 0 && isClosing(s.charAt(i))) {
            char c = s.charAt(i);
            if ((c == '）' || c == ')') && i > 0 && !isSentenceEnd(s.charAt(i - 1))) {
                // "（据新华社）" closes a paragraph too
                return true;
            }
            i--;
        }
        return i >= 0 && isSentenceEnd(s.charAt(i));
    }

    /** Text folded for comparison: no white space, no garbled glyphs, half-width punctuation made full-width. */
    public static String fold(CharSequence s) {
        int same = 0; // most text folds to itself: then a String is returned as it is, with no copy
        while (same < s.length() && !isSpace(s.charAt(same)) && !isGarbage(s.charAt(same))
                && fullWidth(s.charAt(same)) == s.charAt(same)) {
            same++;
        }
        if (same == s.length()) {
            return s.toString();
        }
        char[] b = new char[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c) || isGarbage(c)) {
                continue;
            }
            b[n++] = fullWidth(c);
        }
        return new String(b, 0, n);
    }

    /** Characters clean deletes or that are layout only: controls, U+FFFD, private use. */
    public static boolean isGarbage(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\uFFFD' || c >= 0xE000 && c <= 0xF8FF;
    }

    /** The full-width form of half-width Chinese punctuation; other characters unchanged. */
    public static char fullWidth(char c) {
        return switch (c) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '?' -> '？';
            case '!' -> '！';
            case '(' -> '（';
            case ')' -> '）';
            default -> c;
        };
    }

    /** Whether the text reads as prose: it holds clause or sentence punctuation. */
    public static boolean isProse(CharSequence s) {
        return isProse(s, 0, s.length());
    }

    /** {@link #isProse(CharSequence)} of {@code s[from,to)}. */
    public static boolean isProse(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = fullWidth(s.charAt(i)); // width-blind: fixing a mark's width never changes the verdict
            if (c == '，' || c == '。' || c == '、' || c == '；' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    /** Display width in columns of the column-text: CJK and full-width 1, everything else 1/2. */
    public static double width(CharSequence s, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                continue; // unmapped glyphs: an image or drop cap, not a column character
            }
            w += c >= 0x2E80 || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' ? 1.0 : 0.5;
        }
        return w;
    }
}

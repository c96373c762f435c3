package com.jiaodui.text;

/**
 * Character classes and block tests shared by the detectors (spurious-space, punctuation-width,
 * traditional-char, garbled-char, page-furniture). Kept apart from {@link Chars} so the detectors do not
 * depend on the reader's notion of a character class.
 */
final class DetectorChars {
    private DetectorChars() {}

    /** Han ideographs of the BMP (URO, extension A, compatibility ideographs) and the ideographic zero. */
    static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF || c >= 0xF900 && c <= 0xFAFF || c == '〇';
    }

    /** Full-width punctuation of Chinese text: CJK symbols block, full-width forms, curly quotes, dash, ellipsis. */
    static boolean isCjkPunct(char c) {
        return c >= 0x3001 && c <= 0x303F && c != '〇' || c >= 0xFF01 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20
                || c >= 0xFF3B && c <= 0xFF40 || c >= 0xFF5B && c <= 0xFF65
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '～';
    }

    /** Han or full-width punctuation: a character that only occurs in Chinese text. */
    static boolean isCjk(char c) {
        return isHan(c) || isCjkPunct(c);
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

    /** Spaces inside a line: ASCII space, tab, ideographic space U+3000, no-break space. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** Punctuation that shows a block holds sentences rather than a title: commas and sentence ends. */
    static boolean isSentencePunct(char c) {
        return c == '。' || c == '，' || c == '；' || c == '！' || c == '？' || c == '、'
                || c == ',' || c == ';' || c == '!' || c == '?';
    }

    /**
     * A title-like block: a Markdown heading, a line of a heading run on a hard-wrapped page, or a short
     * block (≤ 30 characters) without sentence punctuation. Spaces between phrases in such a block are
     * deliberate separators ("线上出众 线下出彩").
     */
    static boolean isTitleLike(Block block) {
        if (block.isHeading() || block.headingRun()) {
            return true;
        }
        String s = block.string();
        if (s.length() > 30) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (isSentencePunct(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Index of the nearest non-space character before {@code i}, or -1. */
    static int prevNonSpace(CharSequence s, int i) {
        int k = i - 1;
        while (k >= 0 && isSpace(s.charAt(k))) {
            k--;
        }
        return k;
    }

    /** Index of the nearest non-space character after {@code i}, or {@code s.length()}. */
    static int nextNonSpace(CharSequence s, int i) {
        int k = i + 1;
        while (k < s.length() && isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /** "U+3000" style code point label for messages. */
    static String codePoint(int c) {
        return String.format("U+%04X", c);
    }
}

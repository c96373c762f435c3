package com.jiaodui.compare;

import com.jiaodui.text.Chars;
import java.util.ArrayList;
import java.util.List;

/** Diff tokens: a run of ASCII letters and digits (a Latin word or a number, with its inner . or ,) is one token; any other character is its own. */
final class Tokens {
    private Tokens() {}

    static boolean isWordChar(char c) {
        return Chars.isAsciiLetter(c) || Chars.isAsciiDigit(c);
    }

    /** Whether {@code p} is not inside a Latin word or number. */
    static boolean boundary(String s, int p) {
        return p <= 0 || p >= s.length() || !(inWord(s, p - 1) && inWord(s, p));
    }

    /** A letter or digit, or a '.' between two digits. */
    private static boolean inWord(String s, int i) {
        char c = s.charAt(i);
        return isWordChar(c) || c == '.' && i > 0 && i + 1 < s.length() && Chars.isAsciiDigit(s.charAt(i - 1))
                && Chars.isAsciiDigit(s.charAt(i + 1));
    }

    /** Tokens of the characters at positions {@code pos[from..to)} of {@code s}; a word never spans a gap in the positions. */
    static List<String> split(String s, int[] pos, int from, int to) {
        List<String> out = new ArrayList<>(to - from);
        int i = from;
        while (i < to) {
            char c = s.charAt(pos[i]);
            if (isWordChar(c)) {
                int j = i + 1;
                while (j < to && pos[j] == pos[j - 1] + 1 && (isWordChar(s.charAt(pos[j]))
                        || isNumberInner(s, pos, j, to))) {
                    j++;
                }
                out.add(s.substring(pos[i], pos[j - 1] + 1));
                i = j;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    /** A '.' between two digits ("3.5") belongs to the number (the caller has checked pos[j-1] is adjacent). */
    private static boolean isNumberInner(String s, int[] pos, int j, int to) {
        return j + 1 < to && pos[j + 1] == pos[j] + 1 && inWord(s, pos[j]) && s.charAt(pos[j]) == '.';
    }
}

package com.jiaodui.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.jiaodui.text.Chars;
import com.jiaodui.text.LearnedFix;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an editor corrected between two saves of a text: the single-character and short-word replacements
 * (1–{@value #MAX_LENGTH} Han characters for as many, 己 → 已, 风采 → 风貌), each with up to two characters of
 * context either side. Insertions, deletions, re-wordings of other lengths and changes to anything but Han
 * characters (spaces, punctuation, numbers) are not corrections of a misreading and are left out.
 * A pure function over java-diff-utils' Myers diff of the two character sequences.
 */
public final class Corrections {
    static final int MAX_LENGTH = 2;
    static final int CONTEXT = 2;

    private Corrections() {}

    /** The replacements from {@code before} to {@code after}, one per distinct (from, to, context), in text order. */
    public static List<LearnedFix> extract(String before, String after, String by, String when) {
        List<Character> a = chars(before);
        List<Character> b = chars(after);
        Map<String, LearnedFix> out = new LinkedHashMap<>();
        for (AbstractDelta<Character> d : DiffUtils.diff(a, b).getDeltas()) {
            if (d.getType() != DeltaType.CHANGE) {
                continue;
            }
            int n = d.getSource().size();
            if (n == 0 || n > MAX_LENGTH || d.getTarget().size() != n) {
                continue;
            }
            int at = d.getSource().getPosition();
            String from = before.substring(at, at + n);
            String to = after.substring(d.getTarget().getPosition(), d.getTarget().getPosition() + n);
            if (!allHan(from) || !allHan(to)) {
                continue;
            }
            String left = before.substring(Math.max(0, at - CONTEXT), at);
            String right = before.substring(at + n, Math.min(before.length(), at + n + CONTEXT));
            LearnedFix f = new LearnedFix(from, to, left, right, by, when);
            out.putIfAbsent(from + "\t" + to + "\t" + left + "\t" + right, f);
        }
        return new ArrayList<>(out.values());
    }

    private static boolean allHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Chars.isHan(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Character> chars(String s) {
        List<Character> l = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            l.add(s.charAt(i));
        }
        return l;
    }
}

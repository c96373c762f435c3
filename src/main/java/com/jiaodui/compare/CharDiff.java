package com.jiaodui.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain character diff of two texts, for the app's history view and for following edits through an
 * offset link: the common prefix and suffix are trimmed, java-diff-utils diffs the middle, and a middle too
 * large to diff quickly is reported as one replacement.
 */
public final class CharDiff {
    /** Middles longer than this together are one replacement. */
    static final int MAX_DIFFED = 200_000;

    private CharDiff() {}

    /** Text {@code a[aStart,aEnd)} becomes {@code b[bStart,bEnd)}. */
    public record Edit(int aStart, int aEnd, int bStart, int bEnd) { }

    /** The edits that turn {@code a} into {@code b}, in text order. */
    public static List<Edit> edits(String a, String b) {
        List<Edit> out = new ArrayList<>();
        if (a.equals(b)) {
            return out;
        }
        int max = Math.min(a.length(), b.length());
        int pre = 0;
        while (pre < max && a.charAt(pre) == b.charAt(pre)) {
            pre++;
        }
        int suf = 0;
        while (suf < max - pre && a.charAt(a.length() - 1 - suf) == b.charAt(b.length() - 1 - suf)) {
            suf++;
        }
        String midA = a.substring(pre, a.length() - suf);
        String midB = b.substring(pre, b.length() - suf);
        if (midA.isEmpty() || midB.isEmpty() || midA.length() + midB.length() > MAX_DIFFED) {
            out.add(new Edit(pre, a.length() - suf, pre, b.length() - suf));
            return out;
        }
        for (AbstractDelta<Character> d : DiffUtils.diff(chars(midA), chars(midB)).getDeltas()) {
            int as = pre + d.getSource().getPosition();
            int bs = pre + d.getTarget().getPosition();
            out.add(new Edit(as, as + d.getSource().size(), bs, bs + d.getTarget().size()));
        }
        return out;
    }

    private static List<Character> chars(String s) {
        List<Character> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.add(s.charAt(i));
        }
        return out;
    }
}

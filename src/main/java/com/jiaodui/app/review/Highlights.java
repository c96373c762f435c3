package com.jiaodui.app.review;

import com.jiaodui.review.FlagState;
import com.jiaodui.text.Flag;
import com.jiaodui.text.FlagKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Style spans for flags: one class per kind ({@code flag-<kind>}), decided flags dashed. Cheap: O(flags). */
public final class Highlights {
    private Highlights() {}

    /** A span with its style classes. */
    record Mark(int start, int end, String style) {}

    public static StyleSpans<Collection<String>> forReview(List<ReviewFlag> flags, int length) {
        List<Mark> marks = new ArrayList<>();
        for (ReviewFlag f : flags) {
            int[] v = f.visibleSpan(length);
            marks.add(new Mark(v[0], v[1], f.state() == FlagState.OPEN ? cls(f.kind()) : "flag-decided"));
        }
        return build(marks, length);
    }

    /** Raw-page highlights; a flag on white space only (a line break) also marks the characters either side. */
    public static StyleSpans<Collection<String>> forRaw(List<Flag> flags, String raw) {
        int length = raw.length();
        List<Mark> marks = new ArrayList<>();
        for (Flag f : flags) {
            int s = Math.min(f.start(), Math.max(0, length - 1));
            int e = f.end() > f.start() ? Math.min(f.end(), length) : Math.min(s + 1, length);
            if (raw.substring(s, e).isBlank()) {
                s = Math.max(0, s - 1);
                e = Math.min(length, e + 1);
            }
            marks.add(new Mark(s, e, cls(f.kind())));
        }
        return build(marks, length);
    }

    public static String cls(FlagKind k) {
        return "flag-" + k.id();
    }

    static StyleSpans<Collection<String>> build(List<Mark> marks, int length) {
        // boundaries → active styles (the last mark starting wins where marks overlap)
        TreeMap<Integer, List<Mark>> starts = new TreeMap<>();
        TreeMap<Integer, Integer> cuts = new TreeMap<>();
        cuts.put(0, 0);
        cuts.put(length, 0);
        for (Mark m : marks) {
            if (m.end() <= m.start() || m.start() >= length) {
                continue;
            }
            starts.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
            cuts.put(m.start(), 0);
            cuts.put(Math.min(m.end(), length), 0);
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        List<Mark> active = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts.keySet()) {
            if (prev != null && cut > prev) {
                final int at = prev;
                active.removeIf(m -> m.end() <= at);
                List<Mark> st = starts.get(at);
                if (st != null) {
                    active.addAll(st);
                }
                if (active.isEmpty()) {
                    b.add(Collections.emptyList(), cut - prev);
                } else {
                    List<String> cls = new ArrayList<>(2);
                    cls.add("flag");
                    cls.add(active.get(active.size() - 1).style());
                    b.add(cls, cut - prev);
                }
            }
            prev = cut;
        }
        if (length == 0) {
            b.add(Collections.emptyList(), 0);
        }
        return b.create();
    }
}

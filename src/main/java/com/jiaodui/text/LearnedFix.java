package com.jiaodui.text;

import java.util.Objects;

/**
 * One correction an editor made, learnt from a saved revision: {@code from} (1–4 characters) was replaced by
 * {@code to} between {@code left} and {@code right} (up to two characters each side, as found).
 *
 * @param by   who made it (may be empty)
 * @param when when, ISO-8601 (may be empty)
 */
public record LearnedFix(String from, String to, String left, String right, String by, String when) {
    public LearnedFix {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        left = left == null ? "" : left;
        right = right == null ? "" : right;
        by = by == null ? "" : by;
        when = when == null ? "" : when;
        if (from.isEmpty() || from.equals(to)) {
            throw new IllegalArgumentException("not a replacement: " + from + " → " + to);
        }
    }
}

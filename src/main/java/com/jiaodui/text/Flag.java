package com.jiaodui.text;

import java.util.Objects;

/**
 * One defect found in a page.
 *
 * @param kind        what kind of defect
 * @param start       start of the span, a Java string index into the raw page text
 * @param end         end of the span (exclusive), into the raw page text
 * @param message     a sentence for the editor
 * @param replacement the text that replaces {@code raw[start,end)} when the fix is accepted; null when there is none
 * @param severity    INFO flags are never applied by {@code clean}
 */
public record Flag(FlagKind kind, int start, int end, String message, String replacement, Severity severity) {

    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public Flag(FlagKind kind, int start, int end, String message, String replacement) {
        this(kind, start, end, message, replacement, Severity.WARNING);
    }

    public boolean hasFix() {
        return replacement != null && severity != Severity.INFO;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end || (start == end && s <= start && start < e);
    }
}

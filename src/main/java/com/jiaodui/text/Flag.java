package com.jiaodui.text;

import java.util.Objects;

/**
 * One defect found in a page.
 *
 * @param kind        what kind of defect
 * @param start       start of the span, a Java string index into the raw page text
 * @param end         end of the span (exclusive), into the raw page text
 * @param msg         the sentence for the editor, as a message key and its arguments (see {@link Msg}); {@link #message()}
 *                    renders it in English
 * @param replacement the text that replaces {@code raw[start,end)} when the fix is accepted; null when there is none
 * @param severity    INFO flags are never applied by {@code clean}
 */
public record Flag(FlagKind kind, int start, int end, Msg msg, String replacement, Severity severity) {

    public Flag {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(msg, "msg");
        Objects.requireNonNull(severity, "severity");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** A flag whose message is a finished sentence without a key (it shows as written in every language). */
    public Flag(FlagKind kind, int start, int end, String message, String replacement, Severity severity) {
        this(kind, start, end, Msg.literal(Objects.requireNonNull(message, "message")), replacement, severity);
    }

    public Flag(FlagKind kind, int start, int end, String message, String replacement) {
        this(kind, start, end, message, replacement, Severity.WARNING);
    }

    public Flag(FlagKind kind, int start, int end, Msg msg, String replacement) {
        this(kind, start, end, msg, replacement, Severity.WARNING);
    }

    /** The message in English. */
    public String message() {
        return msg.english();
    }

    /** The message in the given language. */
    public String message(java.util.Locale locale) {
        return msg.render(locale);
    }

    /** The same flag at another span. */
    public Flag at(int s, int e) {
        return new Flag(kind, s, e, msg, replacement, severity);
    }

    public boolean hasFix() {
        return replacement != null && severity != Severity.INFO;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end || (start == end && s <= start && start < e);
    }
}

package com.jiaodui.compare;

/**
 * A span of one version's decoded raw text ({@code String} indexes). An empty span ({@code start == end}) is
 * the point where text of the other side would go.
 *
 * @param start raw start offset
 * @param end   raw end offset (exclusive)
 * @param text  {@code raw.substring(start, end)}, the text exactly as in the file (hard wraps included)
 */
public record Span(int start, int end, String text) {
    public boolean isEmpty() {
        return start == end;
    }

    public int length() {
        return end - start;
    }

    /** Whether this span meets {@code [from,to)}; an empty span meets a range it lies in. */
    public boolean meets(int from, int to) {
        return isEmpty() ? start >= from && start <= to : start < to && end > from;
    }
}

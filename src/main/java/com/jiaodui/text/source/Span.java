package com.jiaodui.text.source;

/**
 * A span of the raw text that sits at a known place on the page: a line or a block.
 *
 * @param start raw offset, inclusive
 * @param end   raw offset, exclusive (the line end not included)
 */
public record Span(int start, int end, Box box) {
    public boolean holds(int offset) {
        return offset >= start && offset < end;
    }
}
